/**
 * The administrators' minimal approval queue: the roles that wait for a decision, a page at a
 * time, each approved or declined with a reason the member is told by email. Only program
 * administrators reach it; the full console comes later.
 */
import { Router, type Request, type Response } from 'express';
import { ConflictError, NotFoundError, type FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import type { RoleApprovalService } from '../members/role-approval-service';
import type { ApprovalQueueStore } from './approval-queue-store';
import type { OversightAudit } from './oversight-audit';
import { adminContext, adminOnly } from './oversight-web';

export interface ApprovalRouteDeps {
  queue: ApprovalQueueStore;
  approvals: RoleApprovalService;
  /** Records each decision, as the participant page does for the same decision. */
  audit: OversightAudit;
}

export const APPROVALS_PAGE_SIZE = 20;
export const DECLINE_NOTE_LENGTH = 1000;

const NOTICES = ['approved', 'declined', 'already_decided'];

function pageNumber(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}

function roleIdOf(req: Request): number {
  const id = req.params.roleId;
  if (typeof id !== 'string' || !/^\d{1,10}$/.test(id)) throw new NotFoundError('role');
  return Number(id);
}

interface QueueView {
  page: number;
  notice?: string;
  errors?: FieldErrors;
  typed?: { roleId: number; note: string };
}

function noteError(res: Response, errors: FieldErrors | undefined): string | null {
  return errors?.note ? t(res, errors.note, { length: DECLINE_NOTE_LENGTH }) : null;
}

async function renderQueue(deps: ApprovalRouteDeps, res: Response, view: QueueView, status = 200) {
  const programId = pageLocals(res).program.id;
  const total = await deps.queue.countWaiting(programId);
  const pages = Math.max(1, Math.ceil(total / APPROVALS_PAGE_SIZE));
  const page = Math.min(view.page, pages);
  const offset = (page - 1) * APPROVALS_PAGE_SIZE;
  const items = await deps.queue.waiting(programId, offset, APPROVALS_PAGE_SIZE);
  const failedNote = noteError(res, view.errors);

  renderPage(res, 'admin/approvals', {
    title: t(res, failedNote ? 'admin.approvals.title_with_errors' : 'admin.approvals.title'),
    notice: view.notice && NOTICES.includes(view.notice) ? view.notice : null,
    items: items.map((item) => {
      const typedHere = view.typed?.roleId === item.roleId;
      return {
        ...item,
        noteError: typedHere ? failedNote : null,
        typedNote: typedHere ? view.typed?.note : '',
      };
    }),
    total,
    page,
    pages,
    previous: page > 1 ? page - 1 : null,
    next: page < pages ? page + 1 : null,
    noteLength: DECLINE_NOTE_LENGTH,
  }, status);
}

function backToQueue(req: Request, res: Response, notice: string) {
  const page = pageNumber(req.body?.page);
  res.redirect(303, pluginPath(res, `/admin/approvals?page=${page}&notice=${notice}`));
}

async function decide(deps: ApprovalRouteDeps, req: Request, res: Response, approve: boolean) {
  const roleId = roleIdOf(req);
  const note = typeof req.body?.note === 'string' ? req.body.note.trim() : '';
  if (!approve && (note === '' || note.length > DECLINE_NOTE_LENGTH)) {
    const key = `admin.approvals.error.${note === '' ? 'note_required' : 'note_length'}`;
    const page = pageNumber(req.body?.page);
    return renderQueue(deps, res, { page, errors: { note: key }, typed: { roleId, note } }, 422);
  }

  const { programId, actor } = adminContext(res);
  try {
    const decision = approve ? { kind: 'approve' as const } : { kind: 'decline' as const, note };
    await deps.approvals.decide(programId, roleId, actor.memberId, decision);
  } catch (err) {
    if (err instanceof ConflictError) return backToQueue(req, res, 'already_decided');
    throw err;
  }
  const action = approve ? 'role.approve' : 'role.decline';
  await deps.audit.record(programId, actor, action, `role:${roleId}`, { note });
  backToQueue(req, res, approve ? 'approved' : 'declined');
}

export function createApprovalRouter(deps: ApprovalRouteDeps): Router {
  const router = Router();
  const guard = adminOnly;

  router.get('/admin/approvals', ...guard, (req, res) =>
    renderQueue(deps, res, {
      page: pageNumber(req.query.page),
      notice: typeof req.query.notice === 'string' ? req.query.notice : undefined,
    }),
  );
  router.post('/admin/approvals/:roleId/approve', ...guard, (req, res) =>
    decide(deps, req, res, true),
  );
  router.post('/admin/approvals/:roleId/decline', ...guard, (req, res) =>
    decide(deps, req, res, false),
  );

  return router;
}
