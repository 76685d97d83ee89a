/**
 * The whole-cohort proposal pages: the drafts, a new draft from the engine, a draft reviewed
 * with each pair's score by criterion, the spread and who is left unmatched and why; a pair
 * dropped or another mentor swapped in; and the draft published as partnership requests, once
 * the administrator has confirmed what that sends.
 * In a program with sessions each page works on one session, named with its phase: the
 * current one unless another is chosen (meant for when its registration has closed and its
 * matches are being confirmed).
 */
import { Router, type Request, type Response } from 'express';
import { HARD_RULES, type HardRule } from '../matching/engine';
import { ConflictError, NotFoundError } from '../web/errors';
import { pluginPath, renderPage, t } from '../web/render';
import type { DraftUnmatchedReason } from './matching-draft-store';
import { DraftService, PairRefusedError, type DraftReview } from './matching-draft-service';
import { checkView, rulesInWords } from './matching-manual-routes';
import {
  matchingSession,
  sessionById,
  sessionChoices,
  sessionWords,
  type SessionSource,
} from './matching-sessions';
import { idOf, pageNumber, paging } from './oversight-filters';
import type { ParticipantStore } from './oversight-participant-store';
import { adminContext, adminOnly, translator, type Translate } from './oversight-web';

export const DRAFT_PAGE_SIZE = 25;
const DRAFTS_LISTED = 10;
const PROPOSALS = '/admin/matching/proposals';

export interface ProposalRouteDeps {
  drafts: DraftService;
  participants: ParticipantStore;
  sessions: SessionSource;
  now: () => number;
}

function draftIdOf(req: Request): number {
  const id = idOf(req.params.draftId);
  if (id === null) throw new NotFoundError('draft');
  return id;
}

function menteeIdOf(req: Request): number {
  const id = idOf(req.params.menteeId);
  if (id === null) throw new NotFoundError('pair');
  return id;
}

/** The session a proposals page works on, as the form or the address asks. */
function sessionAsked(deps: ProposalRouteDeps, res: Response, source: Record<string, unknown>) {
  const { programId } = adminContext(res);
  return matchingSession(deps.sessions, programId, idOf(source.session), deps.now());
}

async function listDrafts(deps: ProposalRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const sessions = await sessionAsked(deps, res, req.query);
  const session = sessions.chosen;
  const drafts = await deps.drafts.latest(programId, session?.id ?? null, DRAFTS_LISTED);
  renderPage(res, 'admin/matching/proposals', {
    title: t(res, 'admin.matching.proposals.title'),
    session: sessionWords(res, session, deps.now()),
    sessionChoices: sessionChoices(sessions),
    drafts: drafts.map((draft) => ({ ...draft, pairCount: draft.pairs.length })),
  });
}

async function prepare(deps: ProposalRouteDeps, req: Request, res: Response) {
  const { programId, actor } = adminContext(res);
  const { chosen } = await sessionAsked(deps, res, req.body ?? {});
  backToDraft(res, await deps.drafts.prepare(programId, chosen?.id ?? null, actor), 'prepared');
}

/** The unmatched mentee's reason in words. */
function unmatchedWords(t: Translate, reason: DraftUnmatchedReason, names: Map<number, string>) {
  if (reason.code === 'dropped') return t('admin.matching.unmatched.dropped');
  if (reason.code === 'mentors_taken') {
    const best = names.get(reason.bestMentorId) ?? '';
    return t('admin.matching.unmatched.mentors_taken', {
      count: reason.viableMentors,
      best,
      score: reason.bestScore,
    });
  }
  const counts = HARD_RULES.filter((rule) => reason.ruledOutBy[rule]).map((rule: HardRule) =>
    t('admin.matching.unmatched.rule_count', {
      rule: t(`hard_rule.${rule}`),
      count: reason.ruledOutBy[rule] as number,
    }),
  );
  return t('admin.matching.unmatched.no_viable_mentor', { rules: counts.join('; ') });
}

async function showDraft(deps: ProposalRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const review = await deps.drafts.review(programId, draftIdOf(req));
  const pages = paging(pageNumber(req.query.page), review.pairs.length, DRAFT_PAGE_SIZE);
  const shown = review.pairs.slice(pages.offset, pages.offset + DRAFT_PAGE_SIZE);
  const names = await deps.participants.names(namedIn(review, shown));
  const session = await sessionById(deps.sessions, programId, review.draft.sessionId);
  const tr = translator(res);

  renderPage(res, 'admin/matching/draft', {
    title: t(res, 'admin.matching.draft.title', { number: review.draft.id }),
    draft: review.draft,
    session: sessionWords(res, session, deps.now()),
    proposalsPath: session ? `${PROPOSALS}?session=${session.id}` : PROPOSALS,
    published: review.draft.publishedAt !== null,
    notice: noticeOf(req),
    spread: review.spread,
    pairCount: review.pairs.length,
    menteesInPool: review.menteesInPool,
    mentorsInPool: review.mentorsInPool,
    ...pages,
    pairs: shown.map((pair) => ({
      ...pair,
      ...checkView(tr, pair),
      mentorName: names.get(pair.mentorId) ?? '',
      menteeName: names.get(pair.menteeId) ?? '',
      outcomeWords: outcomeWords(tr, pair.outcome),
    })),
    unmatched: review.draft.unmatched.map((entry) => ({
      menteeId: entry.menteeId,
      name: names.get(entry.menteeId) ?? '',
      reason: unmatchedWords(tr, entry.reason, names),
    })),
  });
}

/** Every member the page names: the pairs shown, the unmatched and their best mentors. */
function namedIn(review: DraftReview, shown: DraftReview['pairs']): number[] {
  const unmatched = review.draft.unmatched.flatMap(({ menteeId, reason }) =>
    reason.code === 'mentors_taken' ? [menteeId, reason.bestMentorId] : [menteeId],
  );
  return [...shown.flatMap((pair) => [pair.mentorId, pair.menteeId]), ...unmatched];
}

function outcomeWords(t: Translate, outcome: DraftReview['pairs'][number]['outcome']) {
  if (!outcome) return null;
  if ('requestId' in outcome) return t('admin.matching.draft.outcome_published');
  return t('admin.matching.draft.outcome_refused', { reason: t(outcome.refusal) });
}

const NOTICES = ['prepared', 'dropped', 'swapped', 'published', 'already_published', 'changed'];

function noticeOf(req: Request) {
  const notice = typeof req.query.notice === 'string' ? req.query.notice : '';
  if (!NOTICES.includes(notice)) return null;
  const count = (name: string) => {
    const value = String(req.query[name]);
    return /^\d{1,6}$/.test(value) ? Number(value) : 0;
  };
  return { key: notice, published: count('published'), refused: count('refused') };
}

function backToDraft(res: Response, draftId: number, notice: string) {
  res.redirect(303, pluginPath(res, `${PROPOSALS}/${draftId}?notice=${notice}`));
}

/** A conflict on a draft (published or changed meanwhile) sends the administrator back to it. */
async function onDraft(res: Response, draftId: number, work: () => Promise<string>) {
  try {
    backToDraft(res, draftId, await work());
  } catch (err) {
    if (!(err instanceof ConflictError) || err instanceof PairRefusedError) throw err;
    const published = err.messageKey === 'admin.matching.already_published';
    backToDraft(res, draftId, published ? 'already_published' : 'changed');
  }
}

/**
 * What publishing will do, asked before it is done: it sends requests and emails that cannot
 * be taken back. A published draft has nothing left to confirm.
 */
async function confirmPublish(deps: ProposalRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const draft = await deps.drafts.draft(programId, draftIdOf(req));
  if (draft.publishedAt !== null) return backToDraft(res, draft.id, 'already_published');
  const session = await sessionById(deps.sessions, programId, draft.sessionId);
  const members = new Set(draft.pairs.flatMap((pair) => [pair.mentorId, pair.menteeId]));

  renderPage(res, 'admin/matching/publish', {
    title: t(res, 'admin.matching.publish.title', { number: draft.id }),
    draft,
    session: sessionWords(res, session, deps.now()),
    requestCount: draft.pairs.length,
    memberCount: members.size,
  });
}

async function showSwap(
  deps: ProposalRouteDeps,
  req: Request,
  res: Response,
  refused: HardRule[] = [],
) {
  const { programId } = adminContext(res);
  const draftId = draftIdOf(req);
  const menteeId = menteeIdOf(req);
  const options = await deps.drafts.swapOptions(programId, draftId, menteeId);
  const names = await deps.participants.names([menteeId, ...options.map((o) => o.mentorId)]);

  const menteeName = names.get(menteeId) ?? '';
  const titleKey = `admin.matching.swap.${refused.length ? 'title_refused' : 'title'}`;
  const view = {
    title: t(res, titleKey, { name: menteeName }),
    draftId,
    menteeId,
    menteeName,
    options: options.map((option) => ({ ...option, name: names.get(option.mentorId) ?? '' })),
    refused: rulesInWords(translator(res), refused),
  };
  renderPage(res, 'admin/matching/swap', view, refused.length ? 409 : 200);
}

async function swap(deps: ProposalRouteDeps, req: Request, res: Response) {
  const { programId, actor } = adminContext(res);
  const draftId = draftIdOf(req);
  const mentorId = idOf(req.body?.mentor);
  if (mentorId === null) return showSwap(deps, req, res, ['not_a_mentor']);
  try {
    await onDraft(res, draftId, async () => {
      await deps.drafts.swap(programId, draftId, menteeIdOf(req), mentorId, actor);
      return 'swapped';
    });
  } catch (err) {
    if (!(err instanceof PairRefusedError)) throw err;
    await showSwap(deps, req, res, err.rules);
  }
}

export function createProposalRouter(deps: ProposalRouteDeps): Router {
  const router = Router();
  const base = PROPOSALS;
  router.get(base, ...adminOnly, (req, res) => listDrafts(deps, req, res));
  router.post(base, ...adminOnly, (req, res) => prepare(deps, req, res));
  router.get(`${base}/:draftId`, ...adminOnly, (req, res) => showDraft(deps, req, res));
  router.post(`${base}/:draftId/pairs/:menteeId/drop`, ...adminOnly, (req, res) => {
    const { programId, actor } = adminContext(res);
    const draftId = draftIdOf(req);
    return onDraft(res, draftId, async () => {
      await deps.drafts.drop(programId, draftId, menteeIdOf(req), actor);
      return 'dropped';
    });
  });
  const swapPath = `${base}/:draftId/pairs/:menteeId/swap`;
  router.get(swapPath, ...adminOnly, (req, res) => showSwap(deps, req, res));
  router.post(swapPath, ...adminOnly, (req, res) => swap(deps, req, res));
  const publishPath = `${base}/:draftId/publish`;
  router.get(publishPath, ...adminOnly, (req, res) => confirmPublish(deps, req, res));
  router.post(publishPath, ...adminOnly, (req, res) => {
    const { programId, actor } = adminContext(res);
    const draftId = draftIdOf(req);
    return onDraft(res, draftId, async () => {
      const result = await deps.drafts.publish(programId, draftId, actor);
      return `published&published=${result.published}&refused=${result.refused}`;
    });
  });
  return router;
}
