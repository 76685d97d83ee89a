/**
 * The program's reports: counts by state, supply against demand by focus and by region (where
 * mentees wait for lack of mentors), the waits from approval to first suggestion and from
 * request to signed agreement, and CSV exports of participants and partnerships. Contact
 * details go into an export only when the administrator ticks the box, and every export is
 * recorded in the audit log with who asked, when, and what it held.
 */
import { Router, type Request, type Response } from 'express';
import { FOCUSES } from '../members/profile-options';
import { PLACE_REGIONS } from '../members/places';
import { renderPage, t } from '../web/render';
import type { OversightAudit } from './oversight-audit';
import { adminContext, adminOnly, translator, type Translate } from './oversight-web';
import { csvTime, toCsv, type CsvValue } from './report-csv';
import { supplyAgainstDemand, waitFigures, type WaitFigures } from './report-figures';
import type { ParticipantExportRow, PartnershipExportRow, ReportStore } from './report-store';

export interface ReportRouteDeps {
  reports: ReportStore;
  audit: OversightAudit;
  placeName: (placeId: string) => string | null;
  regionOf: (placeId: string) => string | null;
}

/** Members outside Ontario, or with no place given, are counted under this region. */
const ELSEWHERE = 'elsewhere';
const HOUR_MS = 3_600_000;

function waitWords(t: Translate, figures: WaitFigures) {
  const words = (ms: number | null) => {
    if (ms === null) return t('admin.reports.wait.none');
    const hours = Math.round(ms / HOUR_MS);
    if (hours < 48) return t('admin.reports.wait.hours', { hours });
    return t('admin.reports.wait.days', { days: Math.round(hours / 24) });
  };
  return { count: figures.count, median: words(figures.median), p90: words(figures.p90) };
}

async function showReports(deps: ReportRouteDeps, res: Response) {
  const { programId } = adminContext(res);
  const [counts, supply, demand, toSuggestion, toAgreement] = await Promise.all([
    deps.reports.stateCounts(programId),
    deps.reports.supply(programId),
    deps.reports.demand(programId),
    deps.reports.approvalToSuggestion(programId),
    deps.reports.requestToAgreement(programId),
  ]);
  const regionKey = (row: { placeId: string | null }) =>
    (row.placeId && deps.regionOf(row.placeId)) || ELSEWHERE;
  const tr = translator(res);

  renderPage(res, 'admin/reports/index', {
    title: t(res, 'admin.reports.title'),
    counts: counts.map((row) => ({ ...row, label: stateLabel(tr, row.group, row.state) })),
    byFocus: supplyAgainstDemand(supply, demand, FOCUSES, (row) => row.focus).map((line) => ({
      ...line,
      label: t(res, `profile.focus.${line.key}`),
    })),
    byRegion: supplyAgainstDemand(supply, demand, [...PLACE_REGIONS, ELSEWHERE], regionKey).map(
      (line) => ({ ...line, label: t(res, `admin.reports.region.${line.key}`) }),
    ),
    toSuggestion: waitWords(tr, waitFigures(toSuggestion)),
    toAgreement: waitWords(tr, waitFigures(toAgreement)),
  });
}

function stateLabel(t: Translate, group: string, state: string): string {
  if (group.startsWith('role.')) {
    const role = t(`profile.role.${group.slice('role.'.length)}`);
    return t('admin.reports.count.role', { role, state: t(`admin.oversight.state.${state}`) });
  }
  if (group === 'profile') return t('admin.reports.count.paused');
  if (group === 'partnership') {
    return t('admin.reports.count.partnership', { state: t(`partnerships.status.${state}`) });
  }
  return t('admin.reports.count.request', { state: t(`partnerships.request_status.${state}`) });
}

const PARTICIPANT_COLUMNS = [
  'member_id', 'given_name', 'surname', 'mentor_status', 'mentee_status', 'paused', 'focus',
  'place', 'region', 'outside_ontario', 'years_experience', 'institution', 'mentor_capacity',
];
const PARTICIPANT_CONTACT_COLUMNS = ['portal_email', 'contact_email', 'contact_phone'];

function participantLine(deps: ReportRouteDeps, row: ParticipantExportRow, contact: boolean) {
  const line: CsvValue[] = [
    row.memberId, row.givenName, row.surname, row.mentorStatus, row.menteeStatus, row.paused,
    row.focus, row.placeId ? deps.placeName(row.placeId) : null,
    row.placeId ? deps.regionOf(row.placeId) : null, row.outsideOntario, row.yearsExperience,
    row.institution, row.mentorCapacity,
  ];
  return contact ? [...line, row.hostEmail, row.contactEmail, row.contactPhone] : line;
}

const PARTNERSHIP_COLUMNS = [
  'partnership_id', 'status', 'mentor_id', 'mentor_name', 'mentee_id', 'mentee_name',
  'made_by_program', 'requested_at', 'created_at', 'starts_at', 'ends_at', 'ended_at',
  'end_reason',
];
const PARTNERSHIP_CONTACT_COLUMNS = [
  'mentor_email', 'mentor_phone', 'mentee_email', 'mentee_phone',
];

function partnershipLine(row: PartnershipExportRow, contact: boolean): CsvValue[] {
  const line: CsvValue[] = [
    row.id, row.status, row.mentorId, row.mentorName, row.menteeId, row.menteeName, row.byProgram,
    csvTime(row.requestedAt), csvTime(row.createdAt), csvTime(row.startsAt), csvTime(row.endsAt),
    csvTime(row.endedAt), row.endReason,
  ];
  if (!contact) return line;
  const { mentorContact: mentor, menteeContact: mentee } = row;
  return [...line, mentor.email, mentor.phone, mentee.email, mentee.phone];
}

type ExportKind = 'participants' | 'partnerships';

async function exportCsv(deps: ReportRouteDeps, req: Request, res: Response, kind: ExportKind) {
  const { programId, actor } = adminContext(res);
  const contact = req.body?.contact === 'yes';
  let csv: string;
  let rows: number;
  if (kind === 'participants') {
    const found = await deps.reports.participantsForExport(programId);
    const headers = [...PARTICIPANT_COLUMNS, ...(contact ? PARTICIPANT_CONTACT_COLUMNS : [])];
    csv = toCsv(headers, found.map((row) => participantLine(deps, row, contact)));
    rows = found.length;
  } else {
    const found = await deps.reports.partnershipsForExport(programId);
    const headers = [...PARTNERSHIP_COLUMNS, ...(contact ? PARTNERSHIP_CONTACT_COLUMNS : [])];
    csv = toCsv(headers, found.map((row) => partnershipLine(row, contact)));
    rows = found.length;
  }

  await deps.audit.record(programId, actor, `export.${kind}`, `program:${programId}`, {
    contactDetails: contact,
    rows,
  });
  res.attachment(`mentormatch-${kind}.csv`).type('text/csv; charset=utf-8').send(csv);
}

export function createReportRouter(deps: ReportRouteDeps): Router {
  const router = Router();
  router.get('/admin/reports', ...adminOnly, (_req, res) => showReports(deps, res));
  router.post('/admin/reports/participants.csv', ...adminOnly, (req, res) =>
    exportCsv(deps, req, res, 'participants'),
  );
  router.post('/admin/reports/partnerships.csv', ...adminOnly, (req, res) =>
    exportCsv(deps, req, res, 'partnerships'),
  );
  return router;
}
