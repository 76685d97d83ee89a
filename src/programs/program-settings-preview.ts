/**
 * What a change of matching settings would do, before it is saved: the engine runs on the
 * program's current cohort with the settings in force and with the proposed ones, and each
 * mentee's first suggestion is compared. Read only: nothing is saved, nobody is emailed.
 */
import type { Database } from '../db/database';
import { loadCandidates, loadExclusions, type PlaceLookup } from '../matching/cohort-store';
import {
  buildExclusions,
  computeCohortSuggestions,
  matchingSettings,
  type MatchingSettings,
  type Suggestion,
} from '../matching/engine';
import type { MatchingSettingsInput } from './program-settings-validation';

export interface FirstSuggestion {
  mentorId: number;
  score: number;
}

export interface FirstSuggestionChange {
  menteeId: number;
  before: FirstSuggestion | null;
  after: FirstSuggestion | null;
}

export interface MatchingPreview {
  menteesInPool: number;
  mentorsInPool: number;
  /** Mentees whose first suggestion is another mentor (or none) with the proposed settings. */
  changes: FirstSuggestionChange[];
  pairedBefore: number;
  pairedAfter: number;
}

function firstOf(list: readonly Suggestion[] | undefined): FirstSuggestion | null {
  const first = list?.[0];
  return first ? { mentorId: first.partnerId, score: first.score } : null;
}

/** Compares the mentees' first suggestions of two runs; pure. */
export function firstSuggestionChanges(
  before: ReadonlyMap<number, readonly Suggestion[]>,
  after: ReadonlyMap<number, readonly Suggestion[]>,
): FirstSuggestionChange[] {
  const mentees = [...new Set([...before.keys(), ...after.keys()])].sort((a, b) => a - b);
  return mentees
    .map((menteeId) => ({
      menteeId,
      before: firstOf(before.get(menteeId)),
      after: firstOf(after.get(menteeId)),
    }))
    .filter((change) => change.before?.mentorId !== change.after?.mentorId);
}

/**
 * Runs the engine twice on the program's cohort as it stands, inside the request: for a
 * cohort of tens of thousands that takes seconds (see the matching benchmark), which an
 * administrator waits through; it is not moved to a job.
 */
export async function previewMatchingChange(
  db: Database,
  programId: number,
  placeOf: PlaceLookup,
  settings: { current: MatchingSettings; proposed: MatchingSettings },
): Promise<MatchingPreview> {
  const profiles = await loadCandidates(db, programId, placeOf);
  const exclusions = buildExclusions(await loadExclusions(db, programId));
  const before = computeCohortSuggestions(profiles, { settings: settings.current, exclusions });
  const after = computeCohortSuggestions(profiles, { settings: settings.proposed, exclusions });

  return {
    menteesInPool: after.proposal.menteesInPool,
    mentorsInPool: after.proposal.mentorsInPool,
    changes: firstSuggestionChanges(before.asMentee, after.asMentee),
    pairedBefore: before.proposal.pairs.length,
    pairedAfter: after.proposal.pairs.length,
  };
}

/** How many changed first suggestions a preview lists by name; the count covers them all. */
export const PREVIEW_LISTED = 50;

export interface NamedPreview extends MatchingPreview {
  names: ReadonlyMap<number, string>;
}

/** The preview for the settings page: the program's settings in force against the typed ones. */
export class MatchingPreviewer {
  constructor(
    private readonly deps: {
      db: Database;
      placeOf: PlaceLookup;
      settingsFor: (programId: number) => Promise<MatchingSettings>;
    },
  ) {}

  async preview(programId: number, input: MatchingSettingsInput): Promise<NamedPreview> {
    const current = await this.deps.settingsFor(programId);
    const proposed = matchingSettings({
      ...current,
      weights: input.matchingWeights,
      minExperienceGap: input.minExperienceGap,
    });
    const preview = await previewMatchingChange(this.deps.db, programId, this.deps.placeOf, {
      current,
      proposed,
    });
    const listed = preview.changes.slice(0, PREVIEW_LISTED);
    const ids = listed.flatMap((c) => [c.menteeId, c.before?.mentorId, c.after?.mentorId]);
    return { ...preview, names: await this.names(ids.filter((id) => id !== undefined)) };
  }

  private async names(ids: number[]): Promise<Map<number, string>> {
    const rows: Array<{ id: number; given_name: string; surname: string }> = await this.deps
      .db('mm_members')
      .whereIn('id', [...new Set(ids)])
      .select('id', 'given_name', 'surname');
    return new Map(rows.map((row) => [row.id, `${row.given_name} ${row.surname}`]));
  }
}
