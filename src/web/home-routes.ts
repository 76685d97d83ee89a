/**
 * The MentorMatch home page: who is signed in, their membership status, the program, and the
 * programs the member may choose to work in: those open for enrolment and those they
 * administer.
 */
import { Router } from 'express';
import { manifest } from '../manifest';
import type { Program } from '../programs/program-store';
import { pageLocals, pluginPath, renderPage, t, type Viewer } from './render';
import { signedInMember } from './request-context';

export interface Enrolment {
  all(): Promise<readonly Program[]>;
  openForEnrolment(): Promise<Program[]>;
}

/** The programs open for enrolment and those the viewer administers, oldest first. */
async function programChoices(enrolment: Enrolment, viewer: Viewer): Promise<Program[]> {
  const open = new Set((await enrolment.openForEnrolment()).map((program) => program.id));
  const administered = viewer.administeredProgramIds;
  return (await enrolment.all()).filter(
    (program) => open.has(program.id) || administered.includes(program.id),
  );
}

export function createHomeRouter(enrolment?: Enrolment): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const viewer = pageLocals(res).viewer;
    // Arriving from the host's menu: go straight through single sign-on.
    if (!viewer) {
      return res.redirect(303, pluginPath(res, `${manifest.sso.loginPath}?RelayState=%2F`));
    }

    const member = signedInMember(res);
    const status = member.membershipStatus;
    const membershipText = member.membershipActive
      ? t(res, 'home.membership.active')
      : status
        ? t(res, 'home.membership.inactive', { status })
        : t(res, 'home.membership.unknown');

    const current = pageLocals(res).program.id;
    const choices = enrolment ? await programChoices(enrolment, viewer) : [];
    const administers = viewer.administeredProgramIds.length > 0;
    const heading = administers ? 'home.programs.heading_admin' : 'home.programs.heading';
    renderPage(res, 'home', {
      title: t(res, 'home.title', { name: viewer.displayName }),
      membershipText,
      programsHeading: t(res, heading),
      openPrograms: choices.map((program) => ({ ...program, current: program.id === current })),
    });
  });

  return router;
}
