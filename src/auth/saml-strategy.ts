/**
 * The passport strategy that validates the host's SAML responses. Signed responses AND signed
 * assertions are required; requests are tracked in the database (see SamlRequestStore).
 */
import {
  Strategy as SamlStrategy,
  type Profile,
  type VerifiedCallback,
} from '@node-saml/passport-saml';
import { ValidateInResponseTo } from '@node-saml/node-saml';
import { absoluteUrl, spEntityId, type MentorMatchSettings } from '../config/settings';
import { manifest } from '../manifest';
import type { SamlRequestStore } from './saml-request-store';
import { checkDestination, checkIssuer, checkRecipient, SamlCheckError } from './saml-checks';

export const SAML_STRATEGY = 'mentormatch-saml';

export function assertionConsumerUrl(settings: MentorMatchSettings): string {
  return absoluteUrl(settings, manifest.sso.assertionConsumerPath);
}

export function createSamlStrategy(settings: MentorMatchSettings, requests: SamlRequestStore) {
  const acsUrl = assertionConsumerUrl(settings);

  const verify = async (profile: Profile | null) => {
    if (!profile) throw new SamlCheckError('no profile in response');
    checkDestination(profile, acsUrl);
    checkRecipient(profile, acsUrl);
    checkIssuer(profile, settings.saml.idpEntityId);

    const requestId = profile.inResponseTo;
    if (typeof requestId !== 'string' || !(await requests.consume(requestId))) {
      throw new SamlCheckError('response answers no open request of ours (replayed?)');
    }
    return profile;
  };

  return new SamlStrategy(
    {
      name: SAML_STRATEGY,
      callbackUrl: acsUrl,
      entryPoint: settings.saml.idpSsoUrl,
      issuer: spEntityId(settings),
      audience: spEntityId(settings),
      idpIssuer: settings.saml.idpEntityId,
      idpCert: settings.saml.idpCertificates,
      wantAssertionsSigned: true,
      wantAuthnResponseSigned: true,
      identifierFormat: manifest.sso.nameIdFormat,
      acceptedClockSkewMs: settings.saml.clockSkewSeconds * 1000,
      validateInResponseTo: ValidateInResponseTo.always,
      requestIdExpirationPeriodMs: settings.saml.requestTtlSeconds * 1000,
      cacheProvider: requests,
      disableRequestedAuthnContext: true,
      passReqToCallback: false,
    },
    (profile: Profile | null, done: VerifiedCallback) => {
      verify(profile).then((p) => done(null, p as unknown as Record<string, unknown>), done);
    },
    (_profile: Profile | null, done: VerifiedCallback) => done(null, undefined),
  );
}
