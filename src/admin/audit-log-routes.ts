/**
 * The audit log page: every change administrators made to the program, newest first, a page
 * at a time, with who made it, when, what it was done to and each value before and after.
 */
import { Router } from 'express';
import { pageLocals, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator } from './oversight-web';
import type { AuditLogStore } from './audit-log-store';
import { auditEntryView } from './audit-log-view';
import { pageNumber, pagerView } from './settings-form-view';

export const AUDIT_PAGE_SIZE = 25;

export function createAuditLogRouter(audit: AuditLogStore): Router {
  const router = Router();

  router.get('/admin/audit-log', requireMember, requireAdministrator, async (req, res) => {
    const { program, locale } = pageLocals(res);
    const total = await audit.count(program.id);
    const pager = pagerView(pageNumber(req.query.page), total, AUDIT_PAGE_SIZE);
    const entries = await audit.page(program.id, pager.offset, AUDIT_PAGE_SIZE);
    const names = await audit.names(program.id, entries);

    renderPage(res, 'admin/settings/audit-log', {
      title: t(res, 'admin.audit.heading'),
      total,
      ...pager,
      entries: entries.map((entry) => auditEntryView(locale, names, entry)),
    });
  });
  return router;
}
