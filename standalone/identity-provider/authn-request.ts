/**
 * Reads a SAML 2.0 AuthnRequest as a service provider sends it: base64 of raw DEFLATE in the
 * query string (HTTP-Redirect binding) or base64 in a form field (HTTP-POST binding). The POST
 * binding calls for plain base64, but node-saml deflates there too unless told not to, so a
 * POSTed request that does not open like XML is inflated.
 * Anything else is refused with an `AuthnRequestError` whose code says what was wrong.
 *
 * The stand-in identity provider does not check a signature on the request; a real one that
 * requires signed requests would, and that is beyond what the stand-in host needs.
 */
import { inflateRawSync } from 'node:zlib';
import { DOMParser, type Element } from '@xmldom/xmldom';

export type SamlBinding = 'redirect' | 'post';

export interface AuthnRequestSummary {
  id: string;
  issuer: string;
  assertionConsumerServiceUrl?: string;
  destination?: string;
}

export type AuthnRequestErrorCode =
  | 'too-large'
  | 'not-base64'
  | 'not-deflated'
  | 'not-xml'
  | 'not-authn-request'
  | 'bad-id'
  | 'missing-issuer'
  | 'bad-acs-url';

export class AuthnRequestError extends Error {
  constructor(readonly code: AuthnRequestErrorCode) {
    super(`The SAML AuthnRequest was refused: ${code}`);
    this.name = 'AuthnRequestError';
  }
}

const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';

// Generous for a request, which is a few hundred bytes, and small enough that a hostile one
// (a deflate bomb included) costs little to refuse.
const MAX_ENCODED_LENGTH = 64 * 1024;
const MAX_XML_BYTES = 256 * 1024;
const MAX_ISSUER_LENGTH = 1024;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

// xs:ID is an NCName; requests from the SP libraries we meet use ASCII ids, and keeping to
// ASCII means an id can be put in an XPath or an attribute without further thought.
export const SAML_ID = /^[A-Za-z_][A-Za-z0-9_.-]{0,255}$/;

export function parseAuthnRequest(samlRequest: string, binding: SamlBinding): AuthnRequestSummary {
  const bytes = decodeBase64(samlRequest);
  const xml = binding === 'redirect' || !opensLikeXml(bytes) ? inflate(bytes) : bytes;

  const root = parseXml(toUtf8(xml));
  if (root.namespaceURI !== PROTOCOL_NS || root.localName !== 'AuthnRequest') {
    throw new AuthnRequestError('not-authn-request');
  }

  return {
    id: requestId(root),
    issuer: requestIssuer(root),
    assertionConsumerServiceUrl: acsUrl(root),
    destination: optionalAttribute(root, 'Destination'),
  };
}

function decodeBase64(encoded: string): Buffer {
  if (encoded.length > MAX_ENCODED_LENGTH) {
    throw new AuthnRequestError('too-large');
  }

  // A form field may carry the base64 wrapped over several lines.
  const compact = encoded.replace(/[\r\n\t ]/g, '');
  if (compact.length === 0 || !BASE64.test(compact)) {
    throw new AuthnRequestError('not-base64');
  }
  return Buffer.from(compact, 'base64');
}

function opensLikeXml(bytes: Buffer): boolean {
  return /^(\uFEFF)?\s*</.test(bytes.subarray(0, 64).toString('utf8'));
}

function inflate(bytes: Buffer): Buffer {
  try {
    return inflateRawSync(bytes, { maxOutputLength: MAX_XML_BYTES });
  } catch (error) {
    const tooLarge = (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new AuthnRequestError(tooLarge ? 'too-large' : 'not-deflated');
  }
}

function toUtf8(bytes: Buffer): string {
  if (bytes.length > MAX_XML_BYTES) {
    throw new AuthnRequestError('too-large');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AuthnRequestError('not-xml');
  }
}

function parseXml(xml: string): Element {
  // A request has no use for a document type, and refusing one shuts out entity tricks.
  if (/<!DOCTYPE/i.test(xml)) {
    throw new AuthnRequestError('not-xml');
  }

  try {
    const parser = new DOMParser({ onError: refuseParseProblem });
    const root = parser.parseFromString(xml, 'text/xml').documentElement;
    if (!root) throw new AuthnRequestError('not-xml');
    return root;
  } catch {
    throw new AuthnRequestError('not-xml');
  }
}

function refuseParseProblem(level: 'warning' | 'error' | 'fatalError'): void {
  if (level !== 'warning') {
    throw new AuthnRequestError('not-xml');
  }
}

function requestId(root: Element): string {
  const id = root.getAttribute('ID') ?? '';
  if (!SAML_ID.test(id)) {
    throw new AuthnRequestError('bad-id');
  }
  return id;
}

function requestIssuer(root: Element): string {
  const issuers = childElements(root).filter(
    (child) => child.namespaceURI === ASSERTION_NS && child.localName === 'Issuer',
  );
  const issuer = issuers.length === 1 ? (issuers[0].textContent ?? '').trim() : '';
  if (issuer.length === 0 || issuer.length > MAX_ISSUER_LENGTH) {
    throw new AuthnRequestError('missing-issuer');
  }
  return issuer;
}

function acsUrl(root: Element): string | undefined {
  const value = optionalAttribute(root, 'AssertionConsumerServiceURL');
  if (value !== undefined && !isHttpUrl(value)) {
    throw new AuthnRequestError('bad-acs-url');
  }
  return value;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

function optionalAttribute(root: Element, name: string): string | undefined {
  return root.hasAttribute(name) ? (root.getAttribute(name) ?? undefined) : undefined;
}

function childElements(parent: Element): Element[] {
  const children: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as Element);
  }
  return children;
}
