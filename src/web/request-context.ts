/**
 * Per-request context every page relies on: the plugin's mount path, the language, the
 * program, and who is asking (loaded fresh, so a lapsed or deleted member is noticed at once).
 */
import type { Request, RequestHandler } from 'express';
import type { MentorMatchSettings } from '../config/settings';
import { pickLocale, SUPPORTED_LOCALES, type Locale } from '../i18n/catalogue';
import type { MemberStore } from '../members/member-store';
import { DEFAULT_PROGRAM_SLUG, type ProgramStore } from '../programs/program-store';
import { NotSignedInError } from './errors';
import { pageLocals, type PageLocals } from './render';
import type { ViewRenderer } from './views';

export function mountContext(views: ViewRenderer): RequestHandler {
  return (req, res, next) => {
    // Set before any router runs: here req.baseUrl is exactly where the host mounted us.
    const locals = res.locals as PageLocals;
    locals.baseUrl = req.baseUrl;
    locals.views = views;
    locals.locale = browserLocale(req);
    next();
  };
}

/** A visitor who is not signed in reads pages in their browser's language, if we have it. */
function browserLocale(req: Request): Locale {
  return pickLocale(req.acceptsLanguages(...SUPPORTED_LOCALES) || undefined);
}

export function memberContext(
  members: MemberStore,
  programs: ProgramStore,
  settings: MentorMatchSettings,
): RequestHandler {
  return async (req, res, next) => {
    const locals = pageLocals(res);
    // The program chosen in this session (see program-choice-routes), else the default one.
    const chosen = req.session?.programId;
    const program = chosen === undefined ? undefined : await programs.byId(chosen);
    locals.program = program ?? (await programs.bySlug(DEFAULT_PROGRAM_SLUG))!;

    const memberId = req.session?.memberId;
    const member = memberId === undefined ? undefined : await members.byId(memberId);
    if (member) {
      // The member's own choice, else the host's preferredLanguage, else the browser's.
      if (member.language) locals.locale = pickLocale(member.language);
      locals.viewer = {
        memberId: member.id,
        displayName: `${member.givenName} ${member.surname}`,
        isAdmin: member.hostRoles.includes(settings.saml.adminRole),
      };
    }
    next();
  };
}

/** Guards member pages: a signed-out visitor is sent through sign-in and brought back. */
export const requireMember: RequestHandler = (_req, res, next) => {
  next(pageLocals(res).viewer ? undefined : new NotSignedInError());
};
