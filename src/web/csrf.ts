/**
 * CSRF protection on every state-changing form (synchroniser token kept in the session). The
 * assertion consumer is the one exception: the identity provider posts it, not our forms.
 */
import type { RequestHandler } from 'express';
import { csrfSync } from 'csrf-sync';
import { manifest } from '../manifest';

export function csrfProtection(): RequestHandler {
  const csrf = csrfSync({
    getTokenFromRequest: (req) => (req.body as Record<string, string> | undefined)?._csrf,
  });

  return (req, res, next) => {
    (res.locals as { csrfToken?: () => string }).csrfToken = () => csrf.generateToken(req);
    if (req.path === manifest.sso.assertionConsumerPath) return next();
    csrf.csrfSynchronisedProtection(req, res, next);
  };
}
