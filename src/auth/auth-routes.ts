/**
 * Sign-in through the host's SAML identity provider, the SP metadata, and sign-out.
 * A failed sign-in logs its reason at warn and shows a plain page with whom to contact.
 */
import { Router, type Request, type Response } from 'express';
import type { PassportStatic } from 'passport';
import type { Profile } from '@node-saml/passport-saml';
import type { Strategy as SamlStrategy } from '@node-saml/passport-saml';
import type { MentorMatchSettings } from '../config/settings';
import type { Logger } from '../logging/logger';
import { manifest } from '../manifest';
import { pluginPath, renderPage, safeReturnPath, t } from '../web/render';
import { hostIdentityFrom } from './host-identity';
import { SAML_STRATEGY } from './saml-strategy';
import type { SignInService } from './sign-in-service';

export interface AuthRouteDeps {
  passport: PassportStatic['Authenticator']['prototype'];
  strategy: SamlStrategy;
  settings: MentorMatchSettings;
  signIn: SignInService;
  logger: Logger;
  now: () => number;
}

function failSignIn(res: Response, deps: AuthRouteDeps, reason: string, err?: unknown) {
  deps.logger.warn({ event: 'sign_in_refused', reason, err });
  renderPage(res, 'auth/sign-in-failed', { title: t(res, 'signin_failed.title') }, 401);
}

function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((e) => (e ? reject(e) : resolve())));
}

function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((e) => (e ? reject(e) : resolve())));
}

async function completeSignIn(req: Request, res: Response, deps: AuthRouteDeps, profile: Profile) {
  const identity = hostIdentityFrom(profile, deps.settings.saml);
  const member = await deps.signIn.signIn(identity);

  // A new session id at sign-in: whatever id the browser held before is worthless now.
  await regenerate(req);
  req.session.memberId = member.id;
  req.session.signedInAt = deps.now();
  await save(req);

  deps.logger.info({ event: 'signed_in', member_id: member.id });
  res.redirect(303, pluginPath(res, safeReturnPath(req.body?.RelayState)));
}

function assertionConsumer(deps: AuthRouteDeps) {
  return (req: Request, res: Response, next: (err?: unknown) => void) => {
    if (typeof req.body?.SAMLResponse !== 'string') {
      return failSignIn(res, deps, 'no SAMLResponse in request');
    }
    const callback = (err: unknown, profile: Profile | false) => {
      if (err || !profile) {
        const reason = (err as Error | undefined)?.message ?? 'response not accepted';
        return failSignIn(res, deps, reason);
      }
      completeSignIn(req, res, deps, profile).catch((e: unknown) => {
        if ((e as Error).name === 'IdentityError') return failSignIn(res, deps, (e as Error).message);
        next(e);
      });
    };
    deps.passport.authenticate(SAML_STRATEGY, { session: false }, callback)(req, res, next);
  };
}

export function createAuthRouter(deps: AuthRouteDeps): Router {
  const router = Router();
  const sso = manifest.sso;

  router.get(sso.metadataPath, (_req, res) => {
    res.type('application/samlmetadata+xml').send(deps.strategy.generateServiceProviderMetadata(null));
  });

  router.get(sso.loginPath, (req, res, next) => {
    deps.passport.authenticate(SAML_STRATEGY, { session: false })(req, res, next);
  });

  router.post(sso.assertionConsumerPath, assertionConsumer(deps));

  router.post('/auth/sign-out', (req, res, next) => {
    const memberId = req.session.memberId;
    req.session.destroy((err) => {
      if (err) return next(err);
      deps.logger.info({ event: 'signed_out', member_id: memberId });
      res.redirect(303, pluginPath(res, '/auth/signed-out'));
    });
  });

  router.get('/auth/signed-out', (_req, res) => {
    renderPage(res, 'auth/signed-out', { title: t(res, 'signout.title') });
  });

  return router;
}
