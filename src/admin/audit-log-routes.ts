/**
 * The audit log page: every change administrators made to the program, newest first, a page
 * at a time, with who made it, when, and each value before and after.
 */
import { Router, type Response } from 'express';
import { hasMessage, type Locale } from '../i18n/catalogue';
import { pageLocals, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator } from './oversight-web';
import type { AuditEntry, AuditLogStore } from './audit-log-store';
import { pageNumber, pagerView } from './settings-form-view';

export const AUDIT_PAGE_SIZE = 25;

/** A moment as administrators read it: date and time in Ontario. */
export function formatDateTime(locale: Locale, ms: number): string {
  return new Intl.DateTimeFormat(`${locale}-CA`, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'America/Toronto',
  }).format(new Date(ms));
}

/** A field's name in words when the catalogue has it ('weights.focus' reads 'weights_focus'). */
function fieldLabel(res: Response, field: string): string {
  const key = `admin.audit.field.${field.replace(/\./g, '_')}`;
  if (hasMessage(pageLocals(res).locale, key)) return t(res, key);
  const email = `admin.settings.email.${field}`;
  return hasMessage(pageLocals(res).locale, email) ? t(res, email) : field;
}

function valueText(res: Response, value: unknown): string {
  if (value === null || value === undefined || value === '') return t(res, 'admin.audit.none');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function subjectText(res: Response, subject: string): string {
  const [kind, id] = subject.split(':');
  const key = `admin.audit.subject.${kind}`;
  return hasMessage(pageLocals(res).locale, key) ? t(res, key, { id: id ?? '' }) : subject;
}

function entryView(res: Response, entry: AuditEntry) {
  const fields = Object.keys({ ...entry.before, ...entry.after });
  const actionKey = `admin.audit.action.${entry.action}`;
  return {
    when: formatDateTime(pageLocals(res).locale, entry.createdAt),
    who: entry.actor.name,
    action: hasMessage(pageLocals(res).locale, actionKey) ? t(res, actionKey) : entry.action,
    subject: subjectText(res, entry.subject),
    changes: fields.map((field) => ({
      field: fieldLabel(res, field),
      before: entry.before ? valueText(res, entry.before[field]) : null,
      after: entry.after ? valueText(res, entry.after[field]) : null,
    })),
  };
}

export function createAuditLogRouter(audit: AuditLogStore): Router {
  const router = Router();

  router.get('/admin/audit-log', requireMember, requireAdministrator, async (req, res) => {
    const programId = pageLocals(res).program.id;
    const total = await audit.count(programId);
    const pager = pagerView(pageNumber(req.query.page), total, AUDIT_PAGE_SIZE);
    const entries = await audit.page(programId, pager.offset, AUDIT_PAGE_SIZE);

    renderPage(res, 'admin/settings/audit-log', {
      title: t(res, 'admin.audit.heading'),
      total,
      ...pager,
      entries: entries.map((entry) => entryView(res, entry)),
    });
  });
  return router;
}
