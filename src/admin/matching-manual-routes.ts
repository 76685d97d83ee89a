/**
 * Manual matching: an administrator chooses a mentee and a mentor, sees the pair's score by
 * criterion and every hard rule it breaks, and makes it a proposed partnership that waits
 * for both signatures like any other. A pair that breaks a rule is refused, the rule named.
 * In a program with sessions the lists hold one session's approved roles (the current session
 * unless another is chosen); a pair across sessions is still refused, by its rule.
 */
import { Router, type Request, type Response } from 'express';
import type { Role } from '../members/profile-options';
import type { ProgramSession } from '../programs/program-session-rules';
import { CRITERIA, type HardRule } from '../matching/engine';
import { reasonInWords } from '../matching/reason-words';
import type { RequestService } from '../partnerships/request-service';
import { ConflictError } from '../web/errors';
import { pluginPath, renderPage, t } from '../web/render';
import {
  checkPair,
  loadCohort,
  sessionOfPair,
  type CohortSources,
  type PairCheck,
} from './matching-cohort';
import {
  matchingSession,
  sessionAudited,
  sessionChoices,
  sessionWords,
  type SessionSource,
} from './matching-sessions';
import type { OversightAudit } from './oversight-audit';
import { idOf, SEARCH_LENGTH } from './oversight-filters';
import type { ParticipantStore } from './oversight-participant-store';
import { adminContext, adminOnly, textField, translator, type Translate } from './oversight-web';

/** How many members each list of the form offers; a search narrows them. */
export const CHOICES_SHOWN = 100;

export interface ManualMatchDeps {
  participants: ParticipantStore;
  cohort: CohortSources;
  sessions: SessionSource;
  requests: Pick<RequestService, 'pairByProgram'>;
  audit: OversightAudit;
  now: () => number;
}

interface PairForm {
  /** The session asked for; null for the current one. */
  sessionId: number | null;
  menteeId: number | null;
  mentorId: number | null;
  menteeQuery: string;
  mentorQuery: string;
  /** A refusal to show above the check: hard rules named, or the service's message key. */
  refusal?: { rules?: HardRule[]; messageKey?: string };
}

/** The members a list offers: those with the role, or its approved holders in the session. */
async function choices(
  deps: ManualMatchDeps,
  programId: number,
  role: Role,
  form: PairForm,
  session: ProgramSession | null,
) {
  const search = role === 'mentee' ? form.menteeQuery : form.mentorQuery;
  const chosen = role === 'mentee' ? form.menteeId : form.mentorId;
  const inSession = session ? { state: 'approved' as const, sessionId: session.id } : null;
  const query = {
    search,
    role,
    state: null,
    focus: null,
    region: null,
    regionPlaceIds: null,
    ...inSession,
  };
  const rows = await deps.participants.page(programId, query, 0, CHOICES_SHOWN);
  const list = rows.map((row) => ({ id: row.memberId, name: row.name, email: row.email }));
  if (chosen !== null && !list.some((member) => member.id === chosen)) {
    const name = (await deps.participants.names([chosen])).get(chosen);
    if (name !== undefined) list.unshift({ id: chosen, name, email: '' });
  }
  return list.map((member) => ({ ...member, selected: member.id === chosen }));
}

export function rulesInWords(t: Translate, rules: readonly HardRule[]): string[] {
  return rules.map((rule) => t(`hard_rule.${rule}`));
}

/** The check as the page shows it: rules broken, points by criterion and reasons, in words. */
export function checkView(t: Translate, check: PairCheck) {
  const score = check.score;
  return {
    allowed: check.broken.length === 0,
    broken: rulesInWords(t, check.broken),
    score: score?.score ?? null,
    breakdown: score
      ? CRITERIA.map((criterion) => ({
          label: t(`suggestions.criterion.${criterion}`),
          points: score.contributions[criterion],
        }))
      : [],
    reasonWords: score ? score.reasons.map((reason) => reasonInWords(t, reason, 'mentee')) : [],
  };
}

async function showPairPage(deps: ManualMatchDeps, res: Response, form: PairForm, status = 200) {
  const { programId } = adminContext(res);
  const tr = translator(res);
  const now = deps.now();
  const sessions = await matchingSession(deps.sessions, programId, form.sessionId, now);
  const session = sessions.chosen;
  const [mentees, mentors] = await Promise.all([
    choices(deps, programId, 'mentee', form, session),
    choices(deps, programId, 'mentor', form, session),
  ]);
  let check = null;
  if (form.menteeId !== null && form.mentorId !== null) {
    const cohort = await loadCohort(deps.cohort, programId);
    check = checkView(tr, checkPair(cohort, form.mentorId, form.menteeId));
  }

  const titleKey = form.refusal ? 'admin.matching.pair.title_refused' : 'admin.matching.pair.title';
  const view = {
    title: t(res, titleKey),
    form,
    session: sessionWords(res, session, now),
    sessionChoices: sessionChoices(sessions),
    searchLength: SEARCH_LENGTH,
    mentees,
    mentors,
    menteeName: mentees.find((m) => m.selected)?.name ?? '',
    mentorName: mentors.find((m) => m.selected)?.name ?? '',
    check,
    refusedRules: form.refusal?.rules ? rulesInWords(tr, form.refusal.rules) : [],
    refusedMessage: form.refusal?.messageKey ? t(res, form.refusal.messageKey) : null,
  };
  renderPage(res, 'admin/matching/pair', view, status);
}

function formOf(source: Record<string, unknown>): PairForm {
  return {
    sessionId: idOf(source.session),
    menteeId: idOf(source.mentee),
    mentorId: idOf(source.mentor),
    menteeQuery: textField(source, 'menteeQuery').slice(0, SEARCH_LENGTH),
    mentorQuery: textField(source, 'mentorQuery').slice(0, SEARCH_LENGTH),
  };
}

async function makePair(deps: ManualMatchDeps, req: Request, res: Response) {
  const form = formOf(req.body ?? {});
  const { programId, actor } = adminContext(res);
  if (form.menteeId === null || form.mentorId === null) {
    const refusal = { messageKey: 'admin.matching.pair.choose_both' };
    return showPairPage(deps, res, { ...form, refusal }, 422);
  }

  const cohort = await loadCohort(deps.cohort, programId);
  const { broken } = checkPair(cohort, form.mentorId, form.menteeId);
  if (broken.length > 0) {
    return showPairPage(deps, res, { ...form, refusal: { rules: broken } }, 409);
  }

  const pair = { mentorId: form.mentorId, menteeId: form.menteeId };
  let partnershipId: number;
  try {
    partnershipId = await deps.requests.pairByProgram(programId, actor.memberId, pair);
  } catch (err) {
    if (!(err instanceof ConflictError)) throw err;
    return showPairPage(deps, res, { ...form, refusal: { messageKey: err.messageKey } }, 409);
  }
  const audited = { ...pair, ...sessionAudited(sessionOfPair(cohort, pair)) };
  const subject = `partnership:${partnershipId}` as const;
  await deps.audit.record(programId, actor, 'matching.pair', subject, audited);
  res.redirect(303, pluginPath(res, `/admin/partnerships/${partnershipId}?notice=paired`));
}

export function createManualMatchRouter(deps: ManualMatchDeps): Router {
  const router = Router();
  router.get('/admin/matching/pair', ...adminOnly, (req, res) =>
    showPairPage(deps, res, formOf(req.query)),
  );
  router.post('/admin/matching/pair', ...adminOnly, (req, res) => makePair(deps, req, res));
  return router;
}
