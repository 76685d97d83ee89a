/** The MentorMatch home page: who is signed in, their membership status and the program. */
import { Router } from 'express';
import type { MemberStore } from '../members/member-store';
import { pageLocals, pluginPath, renderPage, t } from './render';

export function createHomeRouter(members: MemberStore): Router {
  const router = Router();

  router.get('/', async (_req, res) => {
    const viewer = pageLocals(res).viewer;
    // Arriving from the host's menu: go straight through single sign-on.
    if (!viewer) return res.redirect(303, pluginPath(res, '/auth/saml/login?RelayState=%2F'));

    const member = await members.byId(viewer.memberId);
    const status = member?.membershipStatus;
    const membershipText = member?.membershipActive
      ? t(res, 'home.membership.active')
      : status
        ? t(res, 'home.membership.inactive', { status })
        : t(res, 'home.membership.unknown');

    renderPage(res, 'home', {
      title: t(res, 'home.title', { name: viewer.displayName }),
      membershipText,
    });
  });

  return router;
}
