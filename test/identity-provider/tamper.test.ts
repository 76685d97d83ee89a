import { SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import {
  ASSERTION_NS,
  buildSignedResponse,
  encodeResponse,
  PROTOCOL_NS,
  type SamlResponseOptions,
} from '../../standalone/identity-provider/saml-response';
import {
  generateSigningKey,
  type SigningKey,
} from '../../standalone/identity-provider/signing-key';
import {
  injectCommentIntoNameId,
  resignResponse,
  setNameId,
  stripSignatures,
  wrapSignedAssertion,
  wrapSignedResponse,
  type AssertionWrapPlacement,
  type ResponseWrapPlacement,
} from '../../standalone/identity-provider/tamper';

const IDP_ENTITY_ID = 'https://portal.example/idp';
const SP_ENTITY_ID = 'https://portal.example/mentormatch/saml/metadata';
const ACS_URL = 'https://portal.example/mentormatch/saml/acs';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const MEMBER = 'ola-member-20417';
const INTRUDER = 'ola-member-00968';

let idpKey: SigningKey;
let otherKey: SigningKey;

beforeAll(() => {
  idpKey = generateSigningKey('stand-in identity provider');
  otherKey = generateSigningKey('attacker');
});

function serviceProvider(wantAuthnResponseSigned = true) {
  return new SAML({
    issuer: SP_ENTITY_ID,
    audience: SP_ENTITY_ID,
    callbackUrl: ACS_URL,
    idpCert: idpKey.certificatePem,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned,
    validateInResponseTo: ValidateInResponseTo.never,
  });
}

function signedResponse(overrides: Partial<SamlResponseOptions> = {}): string {
  return buildSignedResponse({
    signingKey: idpKey,
    issuer: IDP_ENTITY_ID,
    destination: ACS_URL,
    recipient: ACS_URL,
    audience: SP_ENTITY_ID,
    nameId: MEMBER,
    sessionIndex: '_s',
    attributes: { membershipStatus: 'active' },
    now: new Date(),
    ...overrides,
  });
}

function validate(xml: string, sp = serviceProvider()) {
  return sp.validatePostResponseAsync({ SAMLResponse: encodeResponse(xml) });
}

function root(xml: string): Element {
  const element = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!element) throw new Error('no root');
  return element;
}

function idOf(xml: string, localName: 'Response' | 'Assertion'): string {
  const top = root(xml);
  const element =
    localName === 'Response' ? top : top.getElementsByTagNameNS(ASSERTION_NS, 'Assertion')[0];
  return element.getAttribute('ID') ?? '';
}

/**
 * Finds the element with `id` wherever the tampering moved it and checks its own enveloped
 * signature on a copy of that element alone: a wrapping attack keeps it valid.
 */
function signatureStillVerifies(xml: string, id: string): boolean {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const candidates = [
    ...Array.from(doc.getElementsByTagNameNS(ASSERTION_NS, 'Assertion')),
    ...Array.from(doc.getElementsByTagNameNS(PROTOCOL_NS, 'Response')),
  ].filter((element) => element.getAttribute('ID') === id);
  const alone = new XMLSerializer().serializeToString(candidates[0]);
  const signature = Array.from(root(alone).childNodes).find(
    (node) => node.nodeType === node.ELEMENT_NODE && (node as Element).namespaceURI === DSIG_NS,
  );

  const verifier = new SignedXml({ publicCert: idpKey.certificatePem });
  verifier.loadSignature(signature as Element);
  return candidates.length === 1 && verifier.checkSignature(alone);
}

describe('re-signing and altering', () => {
  it('re-signs an altered response so that node-saml accepts the alteration', async () => {
    const altered = setNameId(signedResponse(), INTRUDER);

    const resigned = resignResponse(altered, idpKey);

    const { profile } = await validate(resigned);
    expect(profile?.nameID).toBe(INTRUDER);
  });

  it('re-signs with another key, which node-saml refuses', async () => {
    const resigned = resignResponse(signedResponse(), otherKey);

    await expect(validate(resigned)).rejects.toThrow(/signature/i);
  });

  it('re-signs the assertion only when asked to leave the response unsigned', async () => {
    const resigned = resignResponse(signedResponse(), idpKey, { signResponse: false });

    await expect(validate(resigned)).rejects.toThrow(/signature/i);
    const { profile } = await validate(resigned, serviceProvider(false));
    expect(profile?.nameID).toBe(MEMBER);
  });

  it('changes the NameID without re-signing, which node-saml refuses', async () => {
    const altered = setNameId(signedResponse(), INTRUDER);

    expect(altered).toContain(`>${INTRUDER}</saml:NameID>`);
    await expect(validate(altered)).rejects.toThrow(/signature/i);
  });

  it('strips every signature', async () => {
    const stripped = stripSignatures(signedResponse());

    expect(root(stripped).getElementsByTagNameNS(DSIG_NS, 'Signature')).toHaveLength(0);
    await expect(validate(stripped)).rejects.toThrow(/signature/i);
  });
});

describe('a comment injected into the NameID', () => {
  it('keeps the signature valid, and node-saml still reads the whole NameID', async () => {
    const injected = injectCommentIntoNameId(signedResponse(), 'ola-member'.length);

    expect(injected).toContain('>ola-member<!---->-20417</saml:NameID>');
    const { profile } = await validate(injected);
    expect(profile?.nameID).toBe(MEMBER);
  });
});

describe('signature wrapping', () => {
  const assertionPlacements: AssertionWrapPlacement[] = [
    'forged-first',
    'forged-last',
    'signed-inside-forged',
    'signed-in-extensions',
    'signed-in-forged-signature',
  ];

  it('has a signature check that notices an alteration (control for the checks below)', () => {
    const original = signedResponse({ signResponse: false });

    const altered = setNameId(original, INTRUDER);

    expect(signatureStillVerifies(original, idOf(original, 'Assertion'))).toBe(true);
    expect(signatureStillVerifies(altered, idOf(original, 'Assertion'))).toBe(false);
  });

  it.each(assertionPlacements)(
    'wraps a signed assertion (%s): the signature stays valid and node-saml refuses',
    async (placement) => {
      const original = signedResponse({ signResponse: false });

      const wrapped = wrapSignedAssertion(original, { nameId: INTRUDER, placement });

      expect(wrapped).toContain(`>${INTRUDER}</saml:NameID>`);
      expect(signatureStillVerifies(wrapped, idOf(original, 'Assertion'))).toBe(true);
      await expect(validate(wrapped, serviceProvider(false))).rejects.toThrow(/signature/i);
    },
  );

  it('reuses the signed assertion’s ID when asked; node-saml refuses that', async () => {
    const original = signedResponse({ signResponse: false });
    const forgedId = idOf(original, 'Assertion');

    const wrapped = wrapSignedAssertion(original, {
      nameId: INTRUDER,
      placement: 'signed-inside-forged',
      forgedId,
    });

    expect(wrapped.split(`ID="${forgedId}"`)).toHaveLength(3);
    await expect(validate(wrapped, serviceProvider(false))).rejects.toThrow(/signature/i);
  });

  it.each<ResponseWrapPlacement>(['in-signature-object', 'before-signature'])(
    'wraps a signed response (%s): the signature stays valid and node-saml refuses',
    async (placement) => {
      const original = signedResponse();

      const wrapped = wrapSignedResponse(original, { nameId: INTRUDER, placement });

      expect(idOf(wrapped, 'Response')).not.toBe(idOf(original, 'Response'));
      expect(wrapped).toContain(`>${INTRUDER}</saml:NameID>`);
      expect(signatureStillVerifies(wrapped, idOf(original, 'Response'))).toBe(true);
      await expect(validate(wrapped)).rejects.toThrow(/signature/i);
    },
  );
});
