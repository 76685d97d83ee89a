/**
 * The administrators' partnership pages: every partnership by state, a page at a time, with
 * the reasons partners gave for ending early; one partnership's page; and ending one early
 * with a reason, confirmed on a page of its own, which both partners are told of (the reason
 * itself stays with the program).
 */
import { Router, type Request, type Response } from 'express';
import type { PartnershipService } from '../partnerships/partnership-service';
import { ConflictError, NotFoundError, ValidationError } from '../web/errors';
import { pluginPath, renderPage, t } from '../web/render';
import type { OversightAudit } from './oversight-audit';
import {
  filterQuery,
  idOf,
  pageNumber,
  paging,
  partnershipStatusFilter,
  PARTNERSHIP_STATUSES,
} from './oversight-filters';
import type { OversightPartnershipStore } from './oversight-partnership-store';
import { adminContext, adminOnly, NOTE_LENGTH, noteError, textField } from './oversight-web';

export const PARTNERSHIPS_PAGE_SIZE = 25;

export interface PartnershipRouteDeps {
  list: OversightPartnershipStore;
  partnerships: PartnershipService;
  audit: OversightAudit;
}

async function listPartnerships(deps: PartnershipRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const status = partnershipStatusFilter(req.query);
  const counts = await deps.list.countsByStatus(programId);
  const all = [...counts.values()].reduce((sum, count) => sum + count, 0);
  const total = status ? (counts.get(status) ?? 0) : all;
  const pages = paging(pageNumber(req.query.page), total, PARTNERSHIPS_PAGE_SIZE);
  const rows = await deps.list.page(programId, status, pages.offset, PARTNERSHIPS_PAGE_SIZE);

  const link = (page: number | null) =>
    page === null ? null : pluginPath(res, `/admin/partnerships?${filterQuery({ status }, page)}`);
  renderPage(res, 'admin/oversight/partnerships', {
    title: t(res, 'admin.oversight.partnerships.title'),
    tabs: [null, ...PARTNERSHIP_STATUSES].map((value) => ({
      value,
      count: value ? (counts.get(value) ?? 0) : all,
      current: value === status,
    })),
    status,
    total,
    ...pages,
    previousLink: link(pages.previous),
    nextLink: link(pages.next),
    rows,
  });
}

/** Whether the partnership can still be ended: not yet completed or ended. */
function isOpen(status: string): boolean {
  return status === 'agreement' || status === 'active';
}

interface EndForm {
  notice?: string;
  reason?: string;
  error?: string;
}

async function showPartnership(
  deps: PartnershipRouteDeps,
  req: Request,
  res: Response,
  form: EndForm = {},
  status = 200,
) {
  const id = idOf(req.params.id);
  const { programId } = adminContext(res);
  const partnership = id === null ? undefined : await deps.list.byId(programId, id);
  if (!partnership) throw new NotFoundError('partnership');

  const names = { mentor: partnership.mentorName, mentee: partnership.menteeName };
  const view = {
    title: t(res, 'admin.oversight.partnership.title', names),
    partnership,
    open: isOpen(partnership.status),
    notice: form.notice === 'ended' || form.notice === 'paired' ? form.notice : null,
    typedReason: form.reason ?? '',
    reasonError: form.error ? t(res, form.error, { length: NOTE_LENGTH }) : null,
    noteLength: NOTE_LENGTH,
  };
  renderPage(res, 'admin/oversight/partnership', view, status);
}

/**
 * Before ending, the administrator sees whom it concerns and the reason they gave, and
 * confirms: the partners are emailed at once and an ended partnership cannot be reopened.
 */
async function confirmEnd(deps: PartnershipRouteDeps, req: Request, res: Response) {
  const id = idOf(req.params.id);
  const { programId } = adminContext(res);
  const partnership = id === null ? undefined : await deps.list.byId(programId, id);
  if (!partnership) throw new NotFoundError('partnership');
  const reason = textField(req.body, 'reason');
  const error = noteError(reason, true);
  if (error) return showPartnership(deps, req, res, { reason, error }, 422);
  if (!isOpen(partnership.status)) {
    const closed = `partnerships.error.status_${partnership.status}`;
    return showPartnership(deps, req, res, { reason, error: closed }, 409);
  }

  const names = { mentor: partnership.mentorName, mentee: partnership.menteeName };
  renderPage(res, 'admin/oversight/end-partnership', {
    title: t(res, 'admin.oversight.end_confirm.title', names),
    partnership,
    reason,
  });
}

async function endPartnership(deps: PartnershipRouteDeps, req: Request, res: Response) {
  const id = idOf(req.params.id);
  if (id === null) throw new NotFoundError('partnership');
  const { programId, actor } = adminContext(res);
  const reason = textField(req.body, 'reason');
  if (reason.length > NOTE_LENGTH) {
    const error = 'admin.oversight.error.note_length';
    return showPartnership(deps, req, res, { reason, error }, 422);
  }

  try {
    await deps.partnerships.endByAdministrator(programId, actor.memberId, id, reason);
  } catch (err) {
    if (err instanceof ValidationError) {
      const error = 'admin.oversight.error.note_required';
      return showPartnership(deps, req, res, { reason, error }, 422);
    }
    if (err instanceof ConflictError) {
      return showPartnership(deps, req, res, { reason, error: err.messageKey }, 409);
    }
    throw err;
  }
  await deps.audit.record(programId, actor, 'partnership.end', `partnership:${id}`, { reason });
  res.redirect(303, pluginPath(res, `/admin/partnerships/${id}?notice=ended`));
}

export function createOversightPartnershipRouter(deps: PartnershipRouteDeps): Router {
  const router = Router();
  router.get('/admin/partnerships', ...adminOnly, (req, res) => listPartnerships(deps, req, res));
  router.get('/admin/partnerships/:id', ...adminOnly, (req, res) => {
    const notice = typeof req.query.notice === 'string' ? req.query.notice : undefined;
    return showPartnership(deps, req, res, { notice });
  });
  router.post('/admin/partnerships/:id/end/confirm', ...adminOnly, (req, res) =>
    confirmEnd(deps, req, res),
  );
  router.post('/admin/partnerships/:id/end', ...adminOnly, (req, res) =>
    endPartnership(deps, req, res),
  );
  return router;
}
