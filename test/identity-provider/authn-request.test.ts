import { deflateRawSync } from 'node:zlib';
import { SAML } from '@node-saml/node-saml';
import {
  AuthnRequestError,
  parseAuthnRequest,
} from '../../standalone/identity-provider/authn-request';
import { generateSigningKey } from '../../standalone/identity-provider/signing-key';

const SP_ENTITY_ID = 'https://portal.example/mentormatch/saml/metadata';
const ACS_URL = 'https://portal.example/mentormatch/saml/acs';
const SSO_URL = 'https://portal.example/idp/sso';

function serviceProvider(options: { skipRequestCompression?: boolean } = {}) {
  return new SAML({
    entryPoint: SSO_URL,
    issuer: SP_ENTITY_ID,
    callbackUrl: ACS_URL,
    idpCert: generateSigningKey('unused').certificatePem,
    ...options,
  });
}

const redirectEncoded = (xml: string) => deflateRawSync(Buffer.from(xml)).toString('base64');
const postEncoded = (xml: string) => Buffer.from(xml).toString('base64');

const PROTOCOL = 'xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"';
const ASSERTION = 'xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"';

function requestXml(attributes: string, issuer = `<saml:Issuer ${ASSERTION}>sp</saml:Issuer>`) {
  return `<samlp:AuthnRequest ${PROTOCOL} ${attributes}>${issuer}</samlp:AuthnRequest>`;
}

function refusal(samlRequest: string, binding: 'redirect' | 'post' = 'redirect') {
  try {
    parseAuthnRequest(samlRequest, binding);
  } catch (error) {
    if (error instanceof AuthnRequestError) return error.code;
    throw error;
  }
  throw new Error('the request was accepted');
}

describe('parseAuthnRequest', () => {
  it('reads a real HTTP-Redirect AuthnRequest made by node-saml', async () => {
    const url = new URL(await serviceProvider().getAuthorizeUrlAsync('relay', undefined, {}));

    const request = parseAuthnRequest(url.searchParams.get('SAMLRequest') ?? '', 'redirect');

    expect(request.id).toMatch(/^_[0-9a-f]+$/);
    expect(request.issuer).toBe(SP_ENTITY_ID);
    expect(request.assertionConsumerServiceUrl).toBe(ACS_URL);
    expect(request.destination).toBe(SSO_URL);
  });

  // node-saml deflates a POSTed request by default, and sends plain base64 when told to skip.
  it.each([false, true])(
    'reads a real HTTP-POST AuthnRequest made by node-saml (skip compression: %s)',
    async (skipRequestCompression) => {
      const sp = serviceProvider({ skipRequestCompression });
      const form = await sp.getAuthorizeFormAsync('relay', undefined, {});
      const samlRequest = /name="SAMLRequest" value="([^"]+)"/.exec(form)?.[1] ?? '';

      const request = parseAuthnRequest(samlRequest, 'post');

      expect(request.issuer).toBe(SP_ENTITY_ID);
      expect(request.assertionConsumerServiceUrl).toBe(ACS_URL);
    },
  );

  it('accepts base64 wrapped over several lines and leaves optional attributes out', () => {
    const wrapped = postEncoded(requestXml('ID="_abc"')).replace(/(.{20})/g, '$1\r\n');

    const request = parseAuthnRequest(wrapped, 'post');

    expect(request).toEqual({
      id: '_abc',
      issuer: 'sp',
      assertionConsumerServiceUrl: undefined,
      destination: undefined,
    });
  });

  const withIssuer = (issuer: string) => redirectEncoded(requestXml('ID="_a"', issuer));
  const notUtf8 = deflateRawSync(Buffer.from([0xff, 0xfe])).toString('base64');
  const doctype = `<!DOCTYPE x [<!ENTITY e "e">]>${requestXml('ID="_a"')}`;
  const javascriptAcs = requestXml('ID="_a" AssertionConsumerServiceURL="javascript:x"');
  const logoutRequest = `<samlp:LogoutRequest ${PROTOCOL} ID="_a"/>`;
  const bomb = deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 0x20)).toString('base64');

  it.each([
    ['an empty value', '', 'not-base64'],
    ['text that is not base64', '<AuthnRequest/>', 'not-base64'],
    ['base64 that is not deflated', postEncoded('plain text'), 'not-deflated'],
    ['deflated text that is not XML', redirectEncoded('plain text'), 'not-xml'],
    ['unclosed XML', redirectEncoded('<samlp:AuthnRequest ID="_a">'), 'not-xml'],
    ['bytes that are not UTF-8', notUtf8, 'not-xml'],
    ['a document type', redirectEncoded(doctype), 'not-xml'],
    ['another root', redirectEncoded(logoutRequest), 'not-authn-request'],
    ['the root in no namespace', redirectEncoded('<AuthnRequest ID="_a"/>'), 'not-authn-request'],
    ['no ID', redirectEncoded(requestXml('')), 'bad-id'],
    ['an ID that is not an NCName', redirectEncoded(requestXml(`ID="1']|//x"`)), 'bad-id'],
    ['no Issuer', withIssuer(''), 'missing-issuer'],
    ['an empty Issuer', withIssuer(`<saml:Issuer ${ASSERTION}/>`), 'missing-issuer'],
    ['an Issuer in no namespace', withIssuer('<Issuer>sp</Issuer>'), 'missing-issuer'],
    ['a javascript: ACS URL', redirectEncoded(javascriptAcs), 'bad-acs-url'],
    ['an oversized value', 'A'.repeat(70 * 1024), 'too-large'],
    ['a deflate bomb', bomb, 'too-large'],
  ])('refuses %s', (_name, samlRequest, code) => {
    expect(refusal(samlRequest)).toBe(code);
  });

  it('refuses plain base64 given as the HTTP-Redirect binding, which must be deflated', () => {
    expect(refusal(postEncoded(requestXml('ID="_a"')), 'redirect')).toBe('not-deflated');
  });

  it('refuses POSTed base64 that is neither XML nor deflated XML', () => {
    expect(refusal(postEncoded('plain text'), 'post')).toBe('not-deflated');
  });
});
