/**
 * Per-request context every page relies on: the plugin's mount path, the language, the
 * program, and who is asking (loaded fresh, so a lapsed or deleted member is noticed at once).
 */
import type { RequestHandler } from 'express';
import type { MentorMatchSettings } from '../config/settings';
import { pickLocale } from '../i18n/catalogue';
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
    locals.locale = pickLocale(undefined);
    next();
  };
}

export function memberContext(
  members: MemberStore,
  programs: ProgramStore,
  settings: MentorMatchSettings,
): RequestHandler {
  return async (req, res, next) => {
    const locals = pageLocals(res);
    locals.program = (await programs.bySlug(DEFAULT_PROGRAM_SLUG))!;

    const memberId = req.session?.memberId;
    const member = memberId === undefined ? undefined : await members.byId(memberId);
    if (member) {
      locals.locale = pickLocale(member.language);
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
