import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { parseAuthnRequest } from '../../standalone/identity-provider/authn-request';
import {
  buildSignedResponse,
  encodeResponse,
  type SamlResponseOptions,
} from '../../standalone/identity-provider/saml-response';
import {
  memberAttributes,
  SAMPLE_MEMBERS,
} from '../../standalone/identity-provider/sample-members';
import {
  generateSigningKey,
  type SigningKey,
} from '../../standalone/identity-provider/signing-key';

const IDP_ENTITY_ID = 'https://portal.example/idp';
const SP_ENTITY_ID = 'https://portal.example/mentormatch/saml/metadata';
const ACS_URL = 'https://portal.example/mentormatch/saml/acs';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

let idpKey: SigningKey;
let otherKey: SigningKey;

beforeAll(() => {
  idpKey = generateSigningKey('stand-in identity provider');
  otherKey = generateSigningKey('somebody else');
});

function serviceProvider(overrides: Partial<ConstructorParameters<typeof SAML>[0]> = {}) {
  return new SAML({
    entryPoint: 'https://portal.example/idp/sso',
    issuer: SP_ENTITY_ID,
    audience: SP_ENTITY_ID,
    callbackUrl: ACS_URL,
    idpCert: idpKey.certificatePem,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    ...overrides,
  });
}

/** Makes a real AuthnRequest with node-saml and reads it back with our parser. */
async function requestFrom(sp: SAML) {
  const url = new URL(await sp.getAuthorizeUrlAsync('relay-1', undefined, {}));
  return parseAuthnRequest(url.searchParams.get('SAMLRequest') ?? '', 'redirect');
}

function responseOptions(overrides: Partial<SamlResponseOptions> = {}): SamlResponseOptions {
  const member = SAMPLE_MEMBERS[0];
  return {
    signingKey: idpKey,
    issuer: IDP_ENTITY_ID,
    destination: ACS_URL,
    recipient: ACS_URL,
    audience: SP_ENTITY_ID,
    nameId: member.nameId,
    sessionIndex: '_session-1',
    attributes: memberAttributes(member),
    now: new Date(),
    ...overrides,
  };
}

function validate(sp: SAML, xml: string) {
  return sp.validatePostResponseAsync({ SAMLResponse: encodeResponse(xml) });
}

function parse(xml: string): Element {
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root) throw new Error('no document element');
  return root;
}

function elementChildren(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === node.ELEMENT_NODE,
  );
}

describe('buildSignedResponse, checked by node-saml', () => {
  it('answers a real AuthnRequest and yields the member and attributes', async () => {
    const sp = serviceProvider();
    const request = await requestFrom(sp);
    const admin = SAMPLE_MEMBERS[3];

    const xml = buildSignedResponse(
      responseOptions({
        inResponseTo: request.id,
        audience: request.issuer,
        nameId: admin.nameId,
        attributes: memberAttributes(admin),
      }),
    );
    const { profile } = await validate(sp, xml);

    expect(profile?.nameID).toBe(admin.nameId);
    expect(profile?.nameIDFormat).toBe('urn:oasis:names:tc:SAML:2.0:nameid-format:persistent');
    expect(profile?.inResponseTo).toBe(request.id);
    expect(profile?.sessionIndex).toBe('_session-1');
    expect(profile?.attributes).toEqual({
      email: admin.email,
      givenName: admin.givenName,
      surname: admin.surname,
      membershipStatus: 'active',
      memberType: admin.memberType,
      institution: admin.institution,
      roles: ['member', 'mentormatch-admin'],
      preferredLanguage: 'en',
    });
  });

  it('carries hostile markup and accents in values through signing unchanged', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });
    const hostile = `<script>alert("x")</script> & ]]> 'Élodie'\ttab\nline`;

    const xml = buildSignedResponse(
      responseOptions({
        nameId: 'id"<&>',
        attributes: { surname: hostile, roles: [hostile, 'b'] },
      }),
    );
    const { profile } = await validate(sp, xml);

    expect(profile?.nameID).toBe('id"<&>');
    expect(profile?.attributes).toEqual({ surname: hostile, roles: [hostile, 'b'] });
  });

  it('is accepted unsolicited, without InResponseTo, when the SP allows that', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.ifPresent });

    const xml = buildSignedResponse(responseOptions());
    const { profile } = await validate(sp, xml);

    expect(xml).not.toContain('InResponseTo');
    expect(profile?.nameID).toBe(SAMPLE_MEMBERS[0].nameId);
  });

  it('rejects a response signed by another key', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });

    const xml = buildSignedResponse(responseOptions({ signingKey: otherKey }));

    await expect(validate(sp, xml)).rejects.toThrow(/signature/i);
  });

  it('rejects a response whose assertion was altered after signing', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });
    const xml = buildSignedResponse(responseOptions());

    const altered = xml.replace('>active<', '>lapsed<');

    expect(altered).not.toBe(xml);
    await expect(validate(sp, altered)).rejects.toThrow(/signature/i);
  });

  it('rejects an expired response', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });
    const tenMinutesAgo = new Date(Date.now() - 10 * 60 * 1000);

    const xml = buildSignedResponse(responseOptions({ now: tenMinutesAgo, lifetimeSeconds: 300 }));

    await expect(validate(sp, xml)).rejects.toThrow(/expired/i);
  });

  it('rejects a response meant for another audience', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });

    const xml = buildSignedResponse(responseOptions({ audience: 'https://elsewhere.example/sp' }));

    await expect(validate(sp, xml)).rejects.toThrow(/audience/i);
  });

  it('rejects a response or an assertion left unsigned when both must be signed', async () => {
    const sp = serviceProvider({ validateInResponseTo: ValidateInResponseTo.never });

    const unsignedResponse = buildSignedResponse(responseOptions({ signResponse: false }));
    const unsignedAssertion = buildSignedResponse(responseOptions({ signAssertion: false }));

    await expect(validate(sp, unsignedResponse)).rejects.toThrow(/signature/i);
    await expect(validate(sp, unsignedAssertion)).rejects.toThrow(/signature/i);
  });
});

describe('buildSignedResponse, the document itself', () => {
  it('places each signature right after the Issuer of the element it signs', () => {
    const root = parse(buildSignedResponse(responseOptions()));
    const assertion = elementChildren(root).find((child) => child.localName === 'Assertion');

    for (const signed of [root, assertion as Element]) {
      const [issuer, signature] = elementChildren(signed);
      expect(issuer.localName).toBe('Issuer');
      expect(signature.localName).toBe('Signature');
      expect(signature.namespaceURI).toBe(DSIG_NS);
      const reference = signature.getElementsByTagNameNS(DSIG_NS, 'Reference')[0];
      expect(reference.getAttribute('URI')).toBe(`#${signed.getAttribute('ID')}`);
    }
  });

  it('signs with RSA-SHA256 over exclusive c14n and publishes the certificate', () => {
    const xml = buildSignedResponse(responseOptions());
    const certificateBody = idpKey.certificatePem
      .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
      .replace(/\s/g, '');

    const signatures = parse(xml).getElementsByTagNameNS(DSIG_NS, 'Signature');
    const methods = Array.from(parse(xml).getElementsByTagNameNS(DSIG_NS, 'SignatureMethod'));
    const canonicalizations = parse(xml).getElementsByTagNameNS(
      DSIG_NS,
      'CanonicalizationMethod',
    );
    const certificates = parse(xml).getElementsByTagNameNS(DSIG_NS, 'X509Certificate');

    expect(signatures.length).toBe(2);
    expect(methods.map((method) => method.getAttribute('Algorithm'))).toEqual([
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
      'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    ]);
    expect(canonicalizations[0].getAttribute('Algorithm')).toBe(
      'http://www.w3.org/2001/10/xml-exc-c14n#',
    );
    expect(certificates[0].textContent?.replace(/\s/g, '')).toBe(certificateBody);
  });

  it('gives every response fresh ids', () => {
    const first = parse(buildSignedResponse(responseOptions()));
    const second = parse(buildSignedResponse(responseOptions()));

    expect(first.getAttribute('ID')).toMatch(/^_[0-9a-f]{40}$/);
    expect(first.getAttribute('ID')).not.toBe(second.getAttribute('ID'));
  });

  it('refuses a value that XML cannot carry instead of writing a broken document', () => {
    expect(() => buildSignedResponse(responseOptions({ nameId: 'bell\u0007' }))).toThrow(
      expect.objectContaining({ name: 'XmlValueError' }),
    );
  });
});
