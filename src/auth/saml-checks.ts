/**
 * Checks node-saml leaves to the application, run on a response whose signatures it has
 * already verified: where the response was addressed and which of our requests it answers.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Profile } from '@node-saml/node-saml';

const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';

export class SamlCheckError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'SamlCheckError';
  }
}

function parse(xml: string) {
  return new DOMParser({ onError: () => undefined }).parseFromString(xml, 'text/xml');
}

/** The response must be addressed to our assertion consumer URL. */
export function checkDestination(profile: Profile, acsUrl: string): void {
  const xml = profile.getSamlResponseXml?.();
  if (!xml) throw new SamlCheckError('response XML unavailable');

  const root = parse(xml).documentElement;
  if (!root || root.localName !== 'Response' || root.namespaceURI !== PROTOCOL_NS) {
    throw new SamlCheckError('response root is not a SAML Response');
  }
  if (root.getAttribute('Destination') !== acsUrl) {
    throw new SamlCheckError('Destination does not match our assertion consumer URL');
  }
}

/** Every bearer confirmation of the signed assertion must name our ACS URL as Recipient. */
export function checkRecipient(profile: Profile, acsUrl: string): void {
  const xml = profile.getAssertionXml?.();
  if (!xml) throw new SamlCheckError('assertion XML unavailable');

  const data = parse(xml).getElementsByTagNameNS(ASSERTION_NS, 'SubjectConfirmationData');
  if (data.length === 0) throw new SamlCheckError('SubjectConfirmationData is missing');

  for (let i = 0; i < data.length; i += 1) {
    if (data.item(i)?.getAttribute('Recipient') !== acsUrl) {
      throw new SamlCheckError('Recipient does not match our assertion consumer URL');
    }
  }
}

/** Both the response and its assertion must come from the identity provider we trust. */
export function checkIssuer(profile: Profile, idpEntityId: string): void {
  const response = parse(profile.getSamlResponseXml?.() ?? '').documentElement;
  const issuers = [
    profile.issuer,
    response?.getElementsByTagNameNS(ASSERTION_NS, 'Issuer').item(0)?.textContent?.trim(),
  ];
  if (issuers.some((issuer) => issuer !== idpEntityId)) {
    throw new SamlCheckError('Issuer is not the configured identity provider');
  }
}
