/**
 * The administrators' participant pages: search and filters with paging, each member's full
 * record (contact details included: administrators may see them), the decisions on each role
 * with the reason the member is told, and "why excluded".
 */
import { Router, type Request, type Response } from 'express';
import { FOCUSES, ROLES } from '../members/profile-options';
import { PLACE_REGIONS } from '../members/places';
import type { RoleApprovalService } from '../members/role-approval-service';
import type { ProfileStore } from '../members/profile-store';
import { ConflictError, NotFoundError, type FieldErrors } from '../web/errors';
import { pluginPath, renderPage, t } from '../web/render';
import type { OversightAudit } from './oversight-audit';
import { exclusionsFor } from './oversight-exclusions';
import {
  filterQuery,
  idOf,
  pageNumber,
  paging,
  participantFilter,
  PARTICIPANT_STATES,
  type ParticipantFilter,
} from './oversight-filters';
import type { MemberRecordLoader } from './oversight-member-record';
import { memberRecordView, type RecordForms } from './oversight-member-view';
import type { ParticipantStore } from './oversight-participant-store';
import { loadCohort, type CohortSources } from './matching-cohort';
import { adminContext, adminOnly, noteError, textField, translator } from './oversight-web';

export const PARTICIPANTS_PAGE_SIZE = 25;
export const EXCLUSIONS_PAGE_SIZE = 50;

export interface ParticipantRouteDeps {
  participants: ParticipantStore;
  records: MemberRecordLoader;
  profiles: ProfileStore;
  approvals: RoleApprovalService;
  audit: OversightAudit;
  cohort: CohortSources;
  /** The place ids of each region, so that the store can filter by region. */
  placesInRegion: (region: string) => string[];
  placeName: (placeId: string) => string | null;
  regionOf: (placeId: string) => string | null;
}

const ROLE_ACTIONS = ['approve', 'decline', 'suspend', 'reinstate'] as const;
type RoleAction = (typeof ROLE_ACTIONS)[number];

function options(res: Response, values: readonly string[], prefix: string, chosen: unknown) {
  return values.map((value) => ({
    value,
    label: t(res, `${prefix}${value}`),
    selected: value === chosen,
  }));
}

function filterForm(res: Response, filter: ParticipantFilter) {
  return {
    search: filter.search,
    roles: options(res, ROLES, 'profile.role.', filter.role),
    states: options(res, PARTICIPANT_STATES, 'admin.oversight.state.', filter.state),
    focuses: options(res, FOCUSES, 'profile.focus.', filter.focus),
    regions: options(res, PLACE_REGIONS, 'region.', filter.region),
  };
}

async function listParticipants(deps: ParticipantRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const filter = participantFilter(req.query);
  const regionPlaceIds = filter.region ? deps.placesInRegion(filter.region) : null;
  const query = { ...filter, regionPlaceIds };
  const total = await deps.participants.count(programId, query);
  const pages = paging(pageNumber(req.query.page), total, PARTICIPANTS_PAGE_SIZE);
  const rows = await deps.participants.page(programId, query, pages.offset, PARTICIPANTS_PAGE_SIZE);

  const { role, state, focus, region } = filter;
  const asQuery = { q: filter.search, role, state, focus, region };
  const link = (page: number | null) =>
    page === null ? null : pluginPath(res, `/admin/participants?${filterQuery(asQuery, page)}`);
  renderPage(res, 'admin/oversight/participants', {
    title: t(res, 'admin.oversight.participants.title'),
    form: filterForm(res, filter),
    total,
    ...pages,
    previousLink: link(pages.previous),
    nextLink: link(pages.next),
    rows: rows.map((row) => ({
      ...row,
      placeName: row.placeId ? deps.placeName(row.placeId) : null,
      region: row.placeId ? deps.regionOf(row.placeId) : null,
    })),
  });
}

function memberIdOf(req: Request): number {
  const id = idOf(req.params.memberId);
  if (id === null) throw new NotFoundError('member');
  return id;
}

async function showRecord(
  deps: ParticipantRouteDeps,
  res: Response,
  memberId: number,
  forms: RecordForms = {},
  status = 200,
) {
  const { programId } = adminContext(res);
  const record = await deps.records.load(programId, memberId);
  if (!record) throw new NotFoundError('member');

  const view = memberRecordView(record, translator(res), deps.placeName, forms);
  const title = t(res, 'admin.oversight.member.title', { name: view.name });
  renderPage(res, 'admin/oversight/member', { title, ...view }, status);
}

/** The role, if it belongs to this member in this program. */
async function roleOfMember(
  deps: ParticipantRouteDeps,
  res: Response,
  memberId: number,
  raw: unknown,
) {
  const roleId = idOf(raw);
  const role = roleId === null ? undefined : await deps.profiles.roleById(roleId);
  const profile = role && (await deps.profiles.byId(role.profileId));
  if (!role || profile?.memberId !== memberId || role.programId !== adminContext(res).programId) {
    throw new NotFoundError('role');
  }
  return role;
}

async function actOnRole(deps: ParticipantRouteDeps, req: Request, res: Response) {
  const memberId = memberIdOf(req);
  const role = await roleOfMember(deps, res, memberId, req.params.roleId);
  const action = (ROLE_ACTIONS as readonly string[]).includes(req.body?.action)
    ? (req.body.action as RoleAction)
    : null;
  const note = textField(req.body, 'note');
  const required = action === 'decline' || action === 'suspend';
  const error = action === null ? 'admin.oversight.error.action' : noteError(note, required);
  if (error) {
    const forms: RecordForms = { roleId: role.id, note, errors: { note: error } as FieldErrors };
    return showRecord(deps, res, memberId, forms, 422);
  }

  try {
    await applyRoleAction(deps, res, role.id, action as RoleAction, note);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    const forms = { roleId: role.id, note, conflict: err.messageKey };
    return showRecord(deps, res, memberId, forms, 409);
  }
  res.redirect(303, pluginPath(res, `/admin/participants/${memberId}?notice=${action}`));
}

async function applyRoleAction(
  deps: ParticipantRouteDeps,
  res: Response,
  roleId: number,
  action: RoleAction,
  note: string,
) {
  const { programId, actor } = adminContext(res);
  const by = actor.memberId;
  if (action === 'approve') {
    await deps.approvals.decide(programId, roleId, by, { kind: 'approve', note });
  } else if (action === 'decline') {
    await deps.approvals.decide(programId, roleId, by, { kind: 'decline', note });
  } else if (action === 'suspend') {
    await deps.approvals.act(programId, roleId, by, { kind: 'suspend', note });
  } else {
    await deps.approvals.act(programId, roleId, by, { kind: 'reinstate', note: note || null });
  }
  await deps.audit.record(programId, actor, `role.${action}`, `role:${roleId}`, { note });
}

async function showExclusions(deps: ParticipantRouteDeps, req: Request, res: Response) {
  const memberId = memberIdOf(req);
  const { programId } = adminContext(res);
  const name = (await deps.participants.names([memberId])).get(memberId);
  if (name === undefined) throw new NotFoundError('member');

  const cohort = await loadCohort(deps.cohort, programId);
  const page = pageNumber(req.query.page);
  const sides = exclusionsFor(cohort, memberId);
  const start = (page - 1) * EXCLUSIONS_PAGE_SIZE;
  const shown = sides.map((side) => ({
    ...side,
    excluded: side.excluded.slice(start, start + EXCLUSIONS_PAGE_SIZE),
    more: side.excluded.length > start + EXCLUSIONS_PAGE_SIZE,
  }));
  const names = await deps.participants.names(
    shown.flatMap((side) => side.excluded.map((c) => c.memberId)),
  );

  renderPage(res, 'admin/oversight/exclusions', {
    title: t(res, 'admin.oversight.exclusions.title', { name }),
    memberId,
    name,
    inPool: sides.length > 0,
    sides: shown.map((side) => ({
      ...side,
      excluded: side.excluded.map((c) => ({ ...c, name: names.get(c.memberId) ?? '' })),
    })),
    page,
    previous: page > 1 ? page - 1 : null,
    next: shown.some((side) => side.more) ? page + 1 : null,
  });
}

export function createParticipantRouter(deps: ParticipantRouteDeps): Router {
  const router = Router();
  router.get('/admin/participants', ...adminOnly, (req, res) => listParticipants(deps, req, res));
  router.get('/admin/participants/:memberId', ...adminOnly, (req, res) => {
    const notice = typeof req.query.notice === 'string' ? req.query.notice : undefined;
    return showRecord(deps, res, memberIdOf(req), { notice });
  });
  router.post('/admin/participants/:memberId/roles/:roleId', ...adminOnly, (req, res) =>
    actOnRole(deps, req, res),
  );
  router.get('/admin/participants/:memberId/exclusions', ...adminOnly, (req, res) =>
    showExclusions(deps, req, res),
  );
  return router;
}
