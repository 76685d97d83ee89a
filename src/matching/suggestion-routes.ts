/**
 * The member's suggestions: ranked lists with the reasons in plain words, a suggested
 * partner's profile without contact details, and "Not interested". A member can open only the
 * profiles suggested to them; any other id is "not found".
 */
import { Router, type Response } from 'express';
import { partnerProfile, type ProfileSources } from '../partnerships/partner-profile';
import { NotFoundError } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { CRITERIA } from './engine';
import type { MatchingService } from './matching-service';
import { reasonInWords } from './reason-words';
import type { SavedSuggestion, SuggestionStore } from './suggestion-store';
import type { Database } from '../db/database';

export interface SuggestionRouteDeps {
  db: Database;
  store: SuggestionStore;
  matching: MatchingService;
  sources: ProfileSources;
}

function viewer(res: Response) {
  const locals = pageLocals(res);
  return { programId: locals.program.id, memberId: locals.viewer!.memberId };
}

function partnerIdParam(value: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError('suggestion');
  return id;
}

async function namesOf(db: Database, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db('mm_members').whereIn('id', ids).select('id', 'given_name', 'surname');
  return new Map(rows.map((r) => [r.id as number, `${r.given_name} ${r.surname}`]));
}

function describe(res: Response, s: SavedSuggestion, names: Map<number, string>) {
  const translate = (key: string, params?: Record<string, string | number>) => t(res, key, params);
  return {
    ...s,
    name: names.get(s.partnerId) ?? '',
    reasonWords: s.reasons.map((r) => reasonInWords(translate, r, s.side)),
    breakdown: CRITERIA.map((criterion) => ({
      label: t(res, `suggestions.criterion.${criterion}`),
      points: s.contributions[criterion],
    })),
  };
}

async function showList(deps: SuggestionRouteDeps, res: Response, dismissed: boolean) {
  const { programId, memberId } = viewer(res);
  const saved = await deps.store.forMember(deps.db, programId, memberId);
  const names = await namesOf(deps.db, saved.map((s) => s.partnerId));
  const hasProfile = Boolean(
    await deps.db('mm_profiles').where({ program_id: programId, member_id: memberId }).first('id'),
  );
  const described = saved.map((s) => describe(res, s, names));

  renderPage(res, 'suggestions/list', {
    title: t(res, 'suggestions.title'),
    hasProfile,
    dismissed,
    asMentee: described.filter((s) => s.side === 'mentee'),
    asMentor: described.filter((s) => s.side === 'mentor'),
  });
}

async function findSuggestion(deps: SuggestionRouteDeps, res: Response, partnerParam: string) {
  const { programId, memberId } = viewer(res);
  const suggestion = await deps.store.one(deps.db, programId, memberId, partnerIdParam(partnerParam));
  if (!suggestion) throw new NotFoundError('suggestion');
  return suggestion;
}

async function showProfile(deps: SuggestionRouteDeps, res: Response, partnerParam: string) {
  const suggestion = await findSuggestion(deps, res, partnerParam);
  const { programId } = viewer(res);
  const partnerRole = suggestion.side === 'mentee' ? 'mentor' : 'mentee';
  const translate = (key: string, params?: Record<string, string | number>) => t(res, key, params);
  const profile = await partnerProfile(deps.sources, programId, suggestion.partnerId, partnerRole, translate);
  if (!profile) throw new NotFoundError('suggestion');

  const names = new Map([[suggestion.partnerId, profile.name]]);
  renderPage(res, 'suggestions/show', {
    title: t(res, 'suggestions.profile.title', { name: profile.name }),
    suggestion: describe(res, suggestion, names),
    profile,
  });
}

export function createSuggestionRouter(deps: SuggestionRouteDeps): Router {
  const router = Router();
  router.use('/suggestions', requireMember);

  router.get('/suggestions', (req, res) => showList(deps, res, req.query.dismissed === '1'));
  router.get('/suggestions/:partnerId', (req, res) => showProfile(deps, res, req.params.partnerId));

  router.get('/suggestions/:partnerId/dismiss', async (req, res) => {
    const suggestion = await findSuggestion(deps, res, req.params.partnerId);
    const names = await namesOf(deps.db, [suggestion.partnerId]);
    renderPage(res, 'suggestions/dismiss', {
      title: t(res, 'suggestions.dismiss'),
      suggestion: describe(res, suggestion, names),
    });
  });

  router.post('/suggestions/:partnerId/dismiss', async (req, res) => {
    const suggestion = await findSuggestion(deps, res, req.params.partnerId);
    const { programId, memberId } = viewer(res);
    await deps.matching.dismiss(programId, memberId, suggestion.partnerId);
    res.redirect(303, pluginPath(res, '/suggestions?dismissed=1'));
  });

  return router;
}
