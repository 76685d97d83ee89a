/**
 * The administrators' home (/admin): the program they work on, the picker when the host runs
 * more than one, and a link to every administration page (listed in admin-menu.ts).
 */
import { Router } from 'express';
import type { ProgramDirectory } from '../programs/program-directory';
import { renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { ADMIN_MENU } from './admin-menu';
import { requireAdministrator } from './oversight-web';
import { programChoices } from './program-routes';

export function createAdminHomeRouter(directory: ProgramDirectory): Router {
  const router = Router();

  router.get('/admin', requireMember, requireAdministrator, async (_req, res) => {
    const programs = await programChoices(directory, res);
    renderPage(res, 'admin/home', {
      title: t(res, 'admin.home.heading'),
      programs,
      manyPrograms: programs.length > 1,
      entries: ADMIN_MENU.map((entry) => ({
        path: entry.path,
        title: t(res, entry.titleKey),
        description: t(res, entry.descriptionKey),
      })),
    });
  });
  return router;
}
