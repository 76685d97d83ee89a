import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import express from 'express';
import request from 'supertest';
import { certificateBody } from '../../standalone/identity-provider/identity-provider-metadata';
import {
  createIdentityProviderRouter,
  type IdentityProviderRouterOptions,
} from '../../standalone/identity-provider/identity-provider-router';
import { SAMPLE_MEMBERS } from '../../standalone/identity-provider/sample-members';
import {
  generateSigningKey,
  type SigningKey,
} from '../../standalone/identity-provider/signing-key';

const IDP_ENTITY_ID = 'https://portal.example/idp';
const SP_ENTITY_ID = 'https://portal.example/mentormatch/saml/metadata';
const ACS_URL = 'https://portal.example/mentormatch/saml/acs?from=idp&x=1';

let idpKey: SigningKey;

beforeAll(() => {
  idpKey = generateSigningKey('stand-in identity provider');
});

function hostWithIdentityProvider(overrides: Partial<IdentityProviderRouterOptions> = {}) {
  const app = express();
  app.use(
    '/idp',
    createIdentityProviderRouter({
      entityId: IDP_ENTITY_ID,
      signingKey: idpKey,
      members: SAMPLE_MEMBERS,
      ...overrides,
    }),
  );
  return app;
}

function serviceProvider() {
  return new SAML({
    entryPoint: 'https://portal.example/idp/sso',
    issuer: SP_ENTITY_ID,
    audience: SP_ENTITY_ID,
    callbackUrl: ACS_URL,
    idpCert: idpKey.certificatePem,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
  });
}

/** The path and query of a real redirect-binding AuthnRequest to the router's /sso. */
async function signInPath(sp: SAML, relayState: string): Promise<string> {
  const url = new URL(await sp.getAuthorizeUrlAsync(relayState, undefined, {}));
  return `${url.pathname}${url.search}`;
}

function unescapeHtml(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[match[1]] = unescapeHtml(match[2]);
  }
  return fields;
}

function formAction(html: string): string {
  return unescapeHtml(/<form[^>]* action="([^"]*)"/.exec(html)?.[1] ?? '');
}

describe('the stand-in identity provider router', () => {
  it('shows an accessible sign-in page listing every sample member', async () => {
    const sp = serviceProvider();
    const app = hostWithIdentityProvider();

    const res = await request(app).get(await signInPath(sp, '/mentormatch/'));

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toContain('<html lang="en">');
    expect(res.text).toMatch(/<main>[\s\S]*<h1>Sign in to the portal<\/h1>[\s\S]*<\/main>/);
    expect(res.text).toContain('<form method="post" action="/idp/sso/respond"');
    const buttons = [...res.text.matchAll(/<button type="submit" name="member" value="([^"]+)">/g)];
    expect(buttons.map((button) => button[1])).toEqual(SAMPLE_MEMBERS.map((m) => m.nameId));
    expect(res.text).toContain('Siobhan O&#39;Connor');
  });

  it('signs a response for the chosen member that node-saml accepts', async () => {
    const sp = serviceProvider();
    const app = hostWithIdentityProvider();
    const signInPage = await request(app).get(await signInPath(sp, '/mentormatch/'));
    const member = SAMPLE_MEMBERS[1];

    const res = await request(app)
      .post(formAction(signInPage.text))
      .type('form')
      .send({ ...hiddenFields(signInPage.text), member: member.nameId });

    expect(res.status).toBe(200);
    expect(formAction(res.text)).toBe(ACS_URL);
    expect(res.text).toContain("document.getElementById('saml-post').submit()");
    expect(res.text).toContain('<button type="submit">Continue</button>');
    const posted = hiddenFields(res.text);
    expect(posted.RelayState).toBe('/mentormatch/');
    const { profile } = await sp.validatePostResponseAsync({ SAMLResponse: posted.SAMLResponse });
    expect(profile?.nameID).toBe(member.nameId);
    expect(profile?.issuer).toBe(IDP_ENTITY_ID);
    expect(profile?.attributes).toMatchObject({
      email: member.email,
      givenName: 'Élodie',
      membershipStatus: 'active',
      preferredLanguage: 'fr',
    });
  });

  it('addresses the response to the ACS URL and the request that asked for it', async () => {
    const sp = serviceProvider();
    const app = hostWithIdentityProvider();
    const signInPage = await request(app).get(await signInPath(sp, 'r'));
    const fields = hiddenFields(signInPage.text);

    const res = await request(app)
      .post('/idp/sso/respond')
      .type('form')
      .send({ ...fields, member: SAMPLE_MEMBERS[0].nameId });

    const xml = Buffer.from(hiddenFields(res.text).SAMLResponse, 'base64').toString('utf8');
    const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
    const confirmation = root?.getElementsByTagName('saml:SubjectConfirmationData')[0];
    expect(root?.getAttribute('Destination')).toBe(ACS_URL);
    expect(root?.getAttribute('InResponseTo')).toBe(fields.requestId);
    expect(confirmation?.getAttribute('Recipient')).toBe(ACS_URL);
    expect(root?.getElementsByTagName('saml:Audience')[0].textContent).toBe(SP_ENTITY_ID);
  });

  it('dates the response with the clock it was given', async () => {
    const sp = serviceProvider();
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const app = hostWithIdentityProvider({ now: () => anHourAgo });
    const signInPage = await request(app).get(await signInPath(sp, 'r'));

    const res = await request(app)
      .post('/idp/sso/respond')
      .type('form')
      .send({ ...hiddenFields(signInPage.text), member: SAMPLE_MEMBERS[0].nameId });

    const samlResponse = hiddenFields(res.text).SAMLResponse;
    const xml = Buffer.from(samlResponse, 'base64').toString('utf8');
    expect(xml).toContain(`IssueInstant="${anHourAgo.toISOString()}"`);
    // node-saml reports an expired bearer confirmation as having no valid one.
    await expect(sp.validatePostResponseAsync({ SAMLResponse: samlResponse })).rejects.toThrow(
      /no valid subject confirmation/i,
    );
  });

  it('serves metadata naming its entity id, SSO location and signing certificate', async () => {
    const app = hostWithIdentityProvider();

    const res = await request(app).get('/idp/metadata');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/samlmetadata\+xml/);
    const root = new DOMParser().parseFromString(res.text, 'text/xml').documentElement;
    const sso = root?.getElementsByTagName('md:SingleSignOnService')[0];
    expect(root?.getAttribute('entityID')).toBe(IDP_ENTITY_ID);
    expect(sso?.getAttribute('Location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/idp\/sso$/);
    expect(sso?.getAttribute('Binding')).toBe(
      'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect',
    );
    expect(root?.getElementsByTagName('ds:X509Certificate')[0].textContent).toBe(
      certificateBody(idpKey.certificatePem),
    );
  });

  it('uses the configured base URL in the metadata when one is given', async () => {
    const app = hostWithIdentityProvider({ baseUrl: 'https://portal.example/idp/' });

    const res = await request(app).get('/idp/metadata');

    expect(res.text).toContain('Location="https://portal.example/idp/sso"');
  });
});

describe('the stand-in identity provider router, refusing bad input', () => {
  const stackTrace = /at .+\(.+:\d+:\d+\)/;

  it.each([
    ['no SAMLRequest', '/idp/sso'],
    ['a SAMLRequest that is not base64', '/idp/sso?SAMLRequest=%3Cnot%20base64%3E'],
    ['a SAMLRequest that is not deflated', '/idp/sso?SAMLRequest=aGVsbG8gd29ybGQ%3D'],
    ['a repeated SAMLRequest', '/idp/sso?SAMLRequest=a&SAMLRequest=b'],
  ])('answers 400 with a plain page for %s', async (_name, path) => {
    const app = hostWithIdentityProvider();

    const res = await request(app).get(path);

    expect(res.status).toBe(400);
    expect(res.text).toContain('The sign-in request could not be read.');
    expect(res.text).not.toMatch(stackTrace);
  });

  it('refuses a request whose ACS URL is not trusted', async () => {
    const sp = serviceProvider();
    const app = hostWithIdentityProvider({ trustedServiceProviders: () => false });

    const res = await request(app).get(await signInPath(sp, 'r'));

    expect(res.status).toBe(400);
    expect(res.text).toContain('does not trust');
  });

  it('refuses to post a response to an untrusted or non-HTTP address', async () => {
    const trustedServiceProviders = (acsUrl: string) => acsUrl.startsWith('https://portal.');
    const app = hostWithIdentityProvider({ trustedServiceProviders });
    const form = { serviceProvider: SP_ENTITY_ID, member: SAMPLE_MEMBERS[0].nameId };

    const untrusted = await request(app)
      .post('/idp/sso/respond')
      .type('form')
      .send({ ...form, acsUrl: 'https://evil.example/acs' });
    const script = await request(app)
      .post('/idp/sso/respond')
      .type('form')
      .send({ ...form, acsUrl: 'javascript:alert(1)' });

    expect(untrusted.status).toBe(400);
    expect(untrusted.text).not.toContain('SAMLResponse');
    expect(script.status).toBe(400);
    expect(script.text).not.toContain('SAMLResponse');
  });

  it.each([
    ['an unknown member', { member: 'nobody' }],
    ['a malformed request id', { requestId: '1"]|//*' }],
    ['a service provider holding a control character', { serviceProvider: 'sp\u0001' }],
    ['a repeated member field', { member: [SAMPLE_MEMBERS[0].nameId, SAMPLE_MEMBERS[1].nameId] }],
  ])('answers 400 to a response form with %s', async (_name, change) => {
    const app = hostWithIdentityProvider();
    const form = {
      acsUrl: ACS_URL,
      serviceProvider: SP_ENTITY_ID,
      member: SAMPLE_MEMBERS[0].nameId,
      ...change,
    };

    const res = await request(app).post('/idp/sso/respond').type('form').send(form);

    expect(res.status).toBe(400);
    expect(res.text).not.toContain('SAMLResponse');
    expect(res.text).not.toMatch(stackTrace);
  });

  it('answers 413 with a plain page to an oversized form', async () => {
    const app = hostWithIdentityProvider();

    const res = await request(app)
      .post('/idp/sso/respond')
      .type('form')
      .send({ member: 'x'.repeat(100 * 1024) });

    expect(res.status).toBe(413);
    expect(res.text).toContain('The sign-in request could not be read.');
    expect(res.text).not.toMatch(stackTrace);
  });

  it('shows a short page, and tells onError, when something unexpected breaks', async () => {
    const errors: unknown[] = [];
    const brokenKey = { privateKeyPem: 'not a key', certificatePem: idpKey.certificatePem };
    const app = hostWithIdentityProvider({ signingKey: brokenKey, onError: (e) => errors.push(e) });
    const form = { acsUrl: ACS_URL, serviceProvider: SP_ENTITY_ID, member: 'ola-member-20417' };

    const res = await request(app).post('/idp/sso/respond').type('form').send(form);

    expect(res.status).toBe(500);
    expect(res.text).toContain('Something went wrong on the sign-in page.');
    expect(res.text).not.toMatch(stackTrace);
    expect(errors).toHaveLength(1);
  });
});
