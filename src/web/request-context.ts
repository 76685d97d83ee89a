/**
 * Per-request context every page relies on: the plugin's mount path, the language, the
 * program, and who is asking (loaded fresh, so a lapsed or deleted member is noticed at once)
 * with the programs they administer (see program-administrators.ts).
 *
 * The programs list is the one thing not read fresh: each instance keeps it for
 * PROGRAM_LIST_TTL_MS (program-store.ts). A program's administrator role changed on this
 * instance counts from its next request; changed on another, within that time. The member's
 * host roles, which say who holds that role, are always read fresh.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { MentorMatchSettings } from '../config/settings';
import { pickLocale, SUPPORTED_LOCALES, type Locale } from '../i18n/catalogue';
import type { Member, MemberStore } from '../members/member-store';
import { administeredPrograms } from '../programs/program-administrators';
import { DEFAULT_PROGRAM_SLUG, type ProgramStore } from '../programs/program-store';
import { NotSignedInError } from './errors';
import { pageLocals, type PageLocals } from './render';
import { sessionTimeoutView } from './session-timeout';
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
  now: () => number,
): RequestHandler {
  return async (req, res, next) => {
    const locals = pageLocals(res);
    // The program chosen in this session (see program-choice-routes), else the default one.
    const all = await programs.all();
    const chosen = all.find((program) => program.id === req.session?.programId);
    locals.program = chosen ?? all.find((program) => program.slug === DEFAULT_PROGRAM_SLUG)!;

    const memberId = req.session?.memberId;
    const member = memberId === undefined ? undefined : await members.byId(memberId);
    if (member) {
      // The member's own choice, else the host's preferredLanguage, else the browser's.
      if (member.language) locals.locale = pickLocale(member.language);
      const { hostRoles } = member;
      const administered = administeredPrograms(hostRoles, settings.saml.adminRole, all);
      const administeredProgramIds = administered.map((program) => program.id);
      locals.member = member;
      locals.viewer = {
        memberId: member.id,
        displayName: `${member.givenName} ${member.surname}`,
        // Every administration page works on the current program, so this is what they check.
        isAdmin: administeredProgramIds.includes(locals.program.id),
        isGlobalAdmin: hostRoles.includes(settings.saml.adminRole),
        administeredProgramIds,
      };
      locals.sessionTimeout = sessionTimeoutView(settings, req.session.signedInAt, now());
    }
    next();
  };
}

/** Guards member pages: a signed-out visitor is sent through sign-in and brought back. */
export const requireMember: RequestHandler = (_req, res, next) => {
  next(pageLocals(res).viewer ? undefined : new NotSignedInError());
};

/**
 * The signed-in member, read fresh at the start of this request: a page behind requireMember
 * takes it from here rather than reading the same row again.
 */
export function signedInMember(res: Response): Member {
  const { member } = pageLocals(res);
  if (!member) throw new NotSignedInError();
  return member;
}
