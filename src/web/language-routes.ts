/**
 * The member's choice of language: the footer's form posts here. The choice is stored on the
 * member, so that it holds on every device and for emails too, and from then on it wins over
 * the preferredLanguage attribute the host sends at sign-in.
 */
import { Router } from 'express';
import { SUPPORTED_LOCALES } from '../i18n/catalogue';
import type { MemberStore } from '../members/member-store';
import { ValidationError } from './errors';
import { pageLocals, pluginPath, safeReturnPath } from './render';
import { requireMember } from './request-context';

export interface LanguageRouteDeps {
  members: MemberStore;
  now: () => number;
}

export function createLanguageRouter(deps: LanguageRouteDeps): Router {
  const router = Router();

  router.post('/language', requireMember, async (req, res) => {
    const body = req.body as { language?: unknown; return?: unknown } | undefined;
    const language = body?.language;
    if (typeof language !== 'string' || !(SUPPORTED_LOCALES as string[]).includes(language)) {
      throw new ValidationError({ language: 'language.error.unknown' });
    }

    await deps.members.chooseLanguage(pageLocals(res).viewer!.memberId, language, deps.now());
    res.redirect(303, pluginPath(res, safeReturnPath(body?.return)));
  });

  return router;
}
