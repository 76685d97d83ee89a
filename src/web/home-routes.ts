/**
 * The MentorMatch home page: who is signed in, their membership status, the program, and the
 * programs open for enrolment that the member may choose to work in.
 */
import { Router } from 'express';
import { manifest } from '../manifest';
import type { MemberStore } from '../members/member-store';
import type { Program } from '../programs/program-store';
import { pageLocals, pluginPath, renderPage, t } from './render';

export interface Enrolment {
  openForEnrolment(): Promise<Program[]>;
}

export function createHomeRouter(members: MemberStore, enrolment?: Enrolment): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const viewer = pageLocals(res).viewer;
    // Arriving from the host's menu: go straight through single sign-on.
    if (!viewer) {
      return res.redirect(303, pluginPath(res, `${manifest.sso.loginPath}?RelayState=%2F`));
    }

    const member = await members.byId(viewer.memberId);
    const status = member?.membershipStatus;
    const membershipText = member?.membershipActive
      ? t(res, 'home.membership.active')
      : status
        ? t(res, 'home.membership.inactive', { status })
        : t(res, 'home.membership.unknown');

    const current = pageLocals(res).program.id;
    const open = enrolment ? await enrolment.openForEnrolment() : [];
    renderPage(res, 'home', {
      title: t(res, 'home.title', { name: viewer.displayName }),
      membershipText,
      openPrograms: open.map((program) => ({ ...program, current: program.id === current })),
    });
  });

  return router;
}
