/**
 * SAML 2.0 metadata for the stand-in identity provider: its entity id, where its
 * HTTP-Redirect single sign-on service listens, and the certificate it signs with.
 */
import { NAME_ID_FORMAT_PERSISTENT } from './saml-response';
import { element, serializeXml } from './xml-writer';

export interface IdentityProviderMetadataInput {
  entityId: string;
  ssoUrl: string;
  certificatePem: string;
}

const METADATA_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

export function buildIdentityProviderMetadata(input: IdentityProviderMetadataInput): string {
  const keyInfo = element('ds:KeyInfo', {}, [
    element('ds:X509Data', {}, [
      element('ds:X509Certificate', {}, [certificateBody(input.certificatePem)]),
    ]),
  ]);
  const descriptor = element(
    'md:IDPSSODescriptor',
    { WantAuthnRequestsSigned: 'false', protocolSupportEnumeration: PROTOCOL_NS },
    [
      element('md:KeyDescriptor', { use: 'signing' }, [keyInfo]),
      element('md:NameIDFormat', {}, [NAME_ID_FORMAT_PERSISTENT]),
      element('md:SingleSignOnService', { Binding: REDIRECT_BINDING, Location: input.ssoUrl }),
    ],
  );

  const attributes = { 'xmlns:md': METADATA_NS, 'xmlns:ds': DSIG_NS, entityID: input.entityId };
  return serializeXml(element('md:EntityDescriptor', attributes, [descriptor]));
}

/** The base64 between the PEM boundaries, on one line, as metadata usually carries it. */
export function certificateBody(certificatePem: string): string {
  return certificatePem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
}
