/**
 * The email log: the program's outbox as a table, a page at a time, filtered by status, with
 * each failed email's reason and a button that queues it again. A retry is audited.
 */
import { Router, type Request, type Response } from 'express';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { NotFoundError } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator } from './oversight-web';
import { formatDateTime } from './audit-log-view';
import type { AuditLogStore } from './audit-log-store';
import { EMAIL_STATUSES, type EmailLogStore, type EmailStatus } from './email-log-store';
import { emailName } from './email-names';
import { pageNumber, pagerView } from './settings-form-view';
import { administratorOf } from './settings-routes';

export interface EmailLogDeps {
  db: Database;
  emails: EmailLogStore;
  audit: AuditLogStore;
  logger: Logger;
  now: () => number;
}

export const EMAIL_LOG_PAGE_SIZE = 25;

const NOTICES = ['retried', 'not_failed'];

function statusOf(value: unknown): EmailStatus | null {
  return (EMAIL_STATUSES as readonly unknown[]).includes(value) ? (value as EmailStatus) : null;
}

function emailIdOf(req: Request): number {
  const id = req.params.emailId;
  if (typeof id !== 'string' || !/^\d{1,10}$/.test(id)) throw new NotFoundError('email');
  return Number(id);
}

/** The query string that keeps the filter and page across links and redirects. */
function listQuery(status: EmailStatus | null, page: number): string {
  return `?status=${status ?? 'all'}&page=${page}`;
}

async function showLog(deps: EmailLogDeps, req: Request, res: Response) {
  const programId = pageLocals(res).program.id;
  const status = statusOf(req.query.status);
  const total = await deps.emails.count(programId, status);
  const pager = pagerView(pageNumber(req.query.page), total, EMAIL_LOG_PAGE_SIZE);
  const emails = await deps.emails.page(programId, status, pager.offset, EMAIL_LOG_PAGE_SIZE);
  const locale = pageLocals(res).locale;
  const notice = typeof req.query.notice === 'string' && NOTICES.includes(req.query.notice);

  renderPage(res, 'admin/email-log/index', {
    title: t(res, 'admin.email_log.heading'),
    notice: notice ? t(res, `admin.email_log.notice.${req.query.notice as string}`) : null,
    filters: ['all', ...EMAIL_STATUSES].map((value) => ({
      value,
      label: t(res, `admin.email_log.filter.${value}`),
      selected: value === (status ?? 'all'),
    })),
    total,
    ...pager,
    previousQuery: pager.previous && listQuery(status, pager.previous),
    nextQuery: pager.next && listQuery(status, pager.next),
    statusValue: status ?? 'all',
    emails: emails.map((email) => ({
      ...email,
      name: emailName(locale, email.template),
      created: formatDateTime(locale, email.createdAt),
      statusText: t(res, `admin.email_log.status.${email.status}`),
      failed: email.status === 'failed',
    })),
  });
}

async function retry(deps: EmailLogDeps, req: Request, res: Response) {
  const programId = pageLocals(res).program.id;
  const emailId = emailIdOf(req);
  const by = administratorOf(res);
  const retried = await deps.db.transaction(async (trx) => {
    const email = await deps.emails.byId(trx, programId, emailId);
    if (!email) throw new NotFoundError('email');
    if (!(await deps.emails.retry(trx, programId, emailId, deps.now()))) return false;

    const before = { status: email.status, lastError: email.lastError, attempts: email.attempts };
    const after = { status: 'pending', lastError: email.lastError, attempts: 0 };
    const entry = { programId, actor: by, action: 'email.retried' as const, before, after };
    await deps.audit.record(trx, { ...entry, subject: `outbox:${emailId}` }, deps.now());
    return true;
  });

  if (retried) {
    const event = 'email_retry_requested';
    deps.logger.info({ event, outbox_id: emailId, member_id: by.memberId });
  }
  const status = statusOf(req.body?.status);
  const back = listQuery(status, pageNumber(req.body?.page));
  const notice = retried ? 'retried' : 'not_failed';
  res.redirect(303, pluginPath(res, `/admin/email-log${back}&notice=${notice}`));
}

export function createEmailLogRouter(deps: EmailLogDeps): Router {
  const router = Router();
  const guard = [requireMember, requireAdministrator];
  router.get('/admin/email-log', ...guard, (req, res) => showLog(deps, req, res));
  router.post('/admin/email-log/:emailId/retry', ...guard, (req, res) => retry(deps, req, res));
  return router;
}
