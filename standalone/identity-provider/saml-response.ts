/**
 * Builds a SAML 2.0 Response carrying one bearer Assertion, signed the way production identity
 * providers sign: RSA-SHA256 over exclusive canonicalization, enveloped signatures placed right
 * after the Issuer as the schema orders them, the certificate in KeyInfo. The assertion is
 * signed first and the response over it, so both signatures verify.
 *
 * The attack tests switch either signature off with `signResponse` / `signAssertion`.
 */
import { randomBytes } from 'node:crypto';
import { SignedXml } from 'xml-crypto';
import { SAML_ID } from './authn-request';
import type { SigningKey } from './signing-key';
import { element, serializeXml, type XmlElement } from './xml-writer';

export const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const NAME_ID_FORMAT_PERSISTENT = 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent';

const STATUS_SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';
const PASSWORD_PROTECTED = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
const ATTRIBUTE_NAME_FORMAT = 'urn:oasis:names:tc:SAML:2.0:attrname-format:basic';

const RSA_SHA256 = 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256';
const SHA256 = 'http://www.w3.org/2001/04/xmlenc#sha256';
const EXCLUSIVE_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED_SIGNATURE = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

export interface SamlResponseOptions {
  signingKey: SigningKey;
  /** The identity provider's entity id. */
  issuer: string;
  destination: string;
  recipient: string;
  audience: string;
  /** The AuthnRequest's id; left out, the response is unsolicited. */
  inResponseTo?: string;
  nameId: string;
  nameIdFormat?: string;
  sessionIndex: string;
  attributes: Record<string, string | string[]>;
  now: Date;
  lifetimeSeconds?: number;
  signResponse?: boolean;
  signAssertion?: boolean;
  /** Makes the Response and Assertion ids; fresh random ids unless a test needs fixed ones. */
  generateId?: () => string;
}

/** Returns the response as XML text; `encodeResponse` turns it into a SAMLResponse value. */
export function buildSignedResponse(options: SamlResponseOptions): string {
  const generateId = options.generateId ?? randomSamlId;
  const responseId = generateId();
  const assertionId = generateId();

  const tree = responseElement(options, responseId, assertionElement(options, assertionId));
  let xml = serializeXml(tree);
  if (options.signAssertion ?? true) {
    xml = signSamlElement(xml, assertionId, options.signingKey);
  }

  if (options.signResponse ?? true) {
    xml = signSamlElement(xml, responseId, options.signingKey);
  }
  return xml;
}

/** Base64 of the UTF-8 XML, as the HTTP-POST binding carries a SAMLResponse. */
export function encodeResponse(xml: string): string {
  return Buffer.from(xml, 'utf8').toString('base64');
}

export function randomSamlId(): string {
  return `_${randomBytes(20).toString('hex')}`;
}

/**
 * Adds an enveloped signature to the element whose ID attribute is `elementId`, placed right
 * after that element's own saml:Issuer child.
 */
export function signSamlElement(xml: string, elementId: string, signingKey: SigningKey): string {
  // The id goes into XPath expressions below, so it must be a plain NCName.
  if (!SAML_ID.test(elementId)) {
    throw new Error(`Not a SAML id: ${JSON.stringify(elementId)}`);
  }

  const target = `//*[@ID='${elementId}']`;
  const signature = new SignedXml({
    privateKey: signingKey.privateKeyPem,
    publicCert: signingKey.certificatePem,
    signatureAlgorithm: RSA_SHA256,
    canonicalizationAlgorithm: EXCLUSIVE_C14N,
  });
  signature.addReference({
    xpath: target,
    transforms: [ENVELOPED_SIGNATURE, EXCLUSIVE_C14N],
    digestAlgorithm: SHA256,
  });

  const issuer = `${target}/*[local-name()='Issuer' and namespace-uri()='${ASSERTION_NS}']`;
  signature.computeSignature(xml, {
    prefix: 'ds',
    location: { reference: issuer, action: 'after' },
  });
  return signature.getSignedXml();
}

function responseElement(
  options: SamlResponseOptions,
  id: string,
  assertion: XmlElement,
): XmlElement {
  const attributes = {
    'xmlns:samlp': PROTOCOL_NS,
    'xmlns:saml': ASSERTION_NS,
    ID: id,
    Version: '2.0',
    IssueInstant: options.now.toISOString(),
    Destination: options.destination,
    InResponseTo: options.inResponseTo,
  };
  const status = element('samlp:Status', {}, [
    element('samlp:StatusCode', { Value: STATUS_SUCCESS }),
  ]);

  return element('samlp:Response', attributes, [issuerElement(options.issuer), status, assertion]);
}

function assertionElement(options: SamlResponseOptions, id: string): XmlElement {
  const attributes = { ID: id, Version: '2.0', IssueInstant: options.now.toISOString() };

  const children = [
    issuerElement(options.issuer),
    subjectElement(options),
    conditionsElement(options),
    authnStatementElement(options),
  ];
  // The schema wants at least one Attribute in an AttributeStatement, so none means no statement.
  if (Object.keys(options.attributes).length > 0) {
    children.push(attributeStatementElement(options.attributes));
  }
  return element('saml:Assertion', attributes, children);
}

function issuerElement(issuer: string): XmlElement {
  return element('saml:Issuer', {}, [issuer]);
}

function subjectElement(options: SamlResponseOptions): XmlElement {
  const nameIdFormat = options.nameIdFormat ?? NAME_ID_FORMAT_PERSISTENT;
  const confirmationData = element('saml:SubjectConfirmationData', {
    InResponseTo: options.inResponseTo,
    NotOnOrAfter: expiry(options),
    Recipient: options.recipient,
  });

  return element('saml:Subject', {}, [
    element('saml:NameID', { Format: nameIdFormat }, [options.nameId]),
    element('saml:SubjectConfirmation', { Method: BEARER }, [confirmationData]),
  ]);
}

function conditionsElement(options: SamlResponseOptions): XmlElement {
  const audience = element('saml:AudienceRestriction', {}, [
    element('saml:Audience', {}, [options.audience]),
  ]);

  return element(
    'saml:Conditions',
    { NotBefore: options.now.toISOString(), NotOnOrAfter: expiry(options) },
    [audience],
  );
}

function authnStatementElement(options: SamlResponseOptions): XmlElement {
  const context = element('saml:AuthnContext', {}, [
    element('saml:AuthnContextClassRef', {}, [PASSWORD_PROTECTED]),
  ]);

  return element(
    'saml:AuthnStatement',
    { AuthnInstant: options.now.toISOString(), SessionIndex: options.sessionIndex },
    [context],
  );
}

function attributeStatementElement(attributes: Record<string, string | string[]>): XmlElement {
  const children = Object.entries(attributes).map(([name, value]) => {
    const values = (Array.isArray(value) ? value : [value]).map((one) =>
      element('saml:AttributeValue', {}, [one]),
    );
    return element('saml:Attribute', { Name: name, NameFormat: ATTRIBUTE_NAME_FORMAT }, values);
  });

  return element('saml:AttributeStatement', {}, children);
}

function expiry(options: SamlResponseOptions): string {
  const lifetimeMs = (options.lifetimeSeconds ?? 300) * 1000;
  return new Date(options.now.getTime() + lifetimeMs).toISOString();
}
