/**
 * The reasons for a match, as the request pages show them: the reasons saved with a suggestion
 * of the pair when there is one, else the matching engine's score of the pair from the two
 * profiles as they stand. Either way they come out in the viewer's words.
 */
import type { Knex } from 'knex';
import { loadCandidates, type PlaceLookup } from '../matching/cohort-store';
import { scorePair, type MatchingSettings, type Reason } from '../matching/engine';
import { reasonInWords } from '../matching/reason-words';
import type { SavedSuggestion, Side, SuggestionStore } from '../matching/suggestion-store';
import type { Translate } from './partner-profile';

/** What the matching part lends: its saved suggestions, place coordinates and settings. */
export interface MatchSources {
  store: SuggestionStore;
  placeOf: PlaceLookup;
  settingsFor: (programId: number, trx?: Knex) => Promise<MatchingSettings>;
}

interface Pair {
  mentorId: number;
  menteeId: number;
}

export class MatchReasons {
  constructor(
    private readonly db: Knex,
    private readonly sources: MatchSources,
  ) {}

  /** The member's current suggestion of `partnerId`, in the role (side) the member plays. */
  async suggestion(
    programId: number,
    memberId: number,
    partnerId: number,
    side: Side,
  ): Promise<SavedSuggestion | undefined> {
    const saved = await this.sources.store.forMember(this.db, programId, memberId);
    return saved.find((s) => s.partnerId === partnerId && s.side === side);
  }

  /** The pair's reasons, strongest first: either member's suggestion of the other, or a score. */
  async forPair(programId: number, pair: Pair): Promise<Reason[]> {
    // A pair scores the same from either side, so either member's list will do.
    const saved =
      (await this.suggestion(programId, pair.menteeId, pair.mentorId, 'mentee')) ??
      (await this.suggestion(programId, pair.mentorId, pair.menteeId, 'mentor'));
    return saved?.reasons ?? this.scored(programId, pair);
  }

  /** The engine's reasons for the pair; none when either has no profile with a role. */
  private async scored(programId: number, pair: Pair): Promise<Reason[]> {
    // The loader reads the program's cohort in a few set queries, as the matching job and the
    // administrators' pair check do; pages need it only for a pair nobody was suggested.
    const candidates = await loadCandidates(this.db, programId, this.sources.placeOf);
    const mentor = candidates.find((c) => c.memberId === pair.mentorId);
    const mentee = candidates.find((c) => c.memberId === pair.menteeId);
    if (!mentor || !mentee) return [];

    const settings = await this.sources.settingsFor(programId);
    return scorePair(mentor, mentee, settings).reasons;
  }
}

/** The reasons as the member playing `side` reads them. */
export function reasonsInWords(t: Translate, reasons: Reason[], side: Side): string[] {
  return reasons.map((reason) => reasonInWords(t, reason, side));
}
