/** SQL for saved suggestions, hidden ones, the last run's market state and email notices. */
import type { Knex } from 'knex';
import type { Contributions, MarketState, Reason, Suggestion } from './engine';

export type Side = 'mentee' | 'mentor';

export interface SavedSuggestion {
  partnerId: number;
  side: Side;
  rank: number;
  score: number;
  contributions: Contributions;
  reasons: Reason[];
  fromOptimum: boolean;
  computedAt: number;
}

interface SuggestionRow {
  partner_member_id: number;
  side: Side;
  rank: number;
  score: number;
  contributions: string;
  reasons: string;
  from_optimum: number | boolean;
  computed_at: number;
}

function toSaved(row: SuggestionRow): SavedSuggestion {
  return {
    partnerId: row.partner_member_id,
    side: row.side,
    rank: row.rank,
    score: row.score,
    contributions: JSON.parse(row.contributions) as Contributions,
    reasons: JSON.parse(row.reasons) as Reason[],
    fromOptimum: Boolean(row.from_optimum),
    computedAt: Number(row.computed_at),
  };
}

type MarketJson = Record<keyof MarketState, Array<[number, number]>>;

export class SuggestionStore {
  /** Replaces a member's list for one side; returns the partners that were not listed before. */
  async replace(
    trx: Knex,
    key: { programId: number; memberId: number; side: Side },
    suggestions: Suggestion[],
    now: number,
  ): Promise<number[]> {
    const where = { program_id: key.programId, member_id: key.memberId, side: key.side };
    const before = new Set<number>(
      (await trx('mm_suggestions').where(where).select('partner_member_id')).map(
        (r: { partner_member_id: number }) => r.partner_member_id,
      ),
    );
    await trx('mm_suggestions').where(where).delete();

    const rows = suggestions.map((s) => ({
      ...where,
      partner_member_id: s.partnerId,
      rank: s.rank,
      score: s.score,
      contributions: JSON.stringify(s.contributions),
      reasons: JSON.stringify(s.reasons),
      from_optimum: s.fromOptimum,
      computed_at: now,
    }));
    for (let i = 0; i < rows.length; i += 200) await trx('mm_suggestions').insert(rows.slice(i, i + 200));
    return suggestions.map((s) => s.partnerId).filter((id) => !before.has(id));
  }

  /** Removes the lists of every member on each side but those given (they are replaced). */
  async removeListsExcept(trx: Knex, programId: number, keep: Record<Side, number[]>) {
    for (const side of ['mentee', 'mentor'] as const) {
      const kept = new Set(keep[side]);
      const listed: number[] = await trx('mm_suggestions')
        .where({ program_id: programId, side })
        .distinct('member_id')
        .pluck('member_id');
      const gone = listed.map(Number).filter((id) => !kept.has(id));
      // In slices: SQLite caps the number of bound values in one statement.
      for (let i = 0; i < gone.length; i += 500) {
        await trx('mm_suggestions')
          .where({ program_id: programId, side })
          .whereIn('member_id', gone.slice(i, i + 500))
          .delete();
      }
    }
  }

  /**
   * Dates the first suggestion of each approved role that has suggestions and none dated since
   * its approval (the reports measure the wait); one member's, or everyone's when none given.
   */
  async markFirstSuggested(trx: Knex, programId: number, now: number, memberId?: number) {
    for (const side of ['mentee', 'mentor'] as const) {
      const suggested = trx('mm_suggestions')
        .where({ program_id: programId, side })
        .select('member_id');
      if (memberId !== undefined) suggested.where({ member_id: memberId });
      const profiles = trx('mm_profiles')
        .where({ program_id: programId })
        .whereIn('member_id', suggested)
        .select('id');
      await trx('mm_profile_roles')
        .where({ program_id: programId, role: side, status: 'approved' })
        .whereNull('suggested_at')
        .whereIn('profile_id', profiles)
        .update({ suggested_at: now });
    }
  }

  async forMember(db: Knex, programId: number, memberId: number): Promise<SavedSuggestion[]> {
    const rows: SuggestionRow[] = await db('mm_suggestions')
      .where({ program_id: programId, member_id: memberId })
      .orderBy([{ column: 'side' }, { column: 'rank' }]);
    return rows.map(toSaved);
  }

  async one(db: Knex, programId: number, memberId: number, partnerId: number) {
    const row: SuggestionRow | undefined = await db('mm_suggestions')
      .where({ program_id: programId, member_id: memberId, partner_member_id: partnerId })
      .first();
    return row && toSaved(row);
  }

  /** Hides a suggestion for good, from the member's list at once. */
  async dismiss(trx: Knex, programId: number, memberId: number, partnerId: number, now: number) {
    const exists = await trx('mm_suggestion_dismissals')
      .where({ program_id: programId, member_id: memberId, partner_member_id: partnerId })
      .first('id');
    if (!exists) {
      await trx('mm_suggestion_dismissals').insert({
        program_id: programId,
        member_id: memberId,
        partner_member_id: partnerId,
        created_at: now,
      });
    }
    await trx('mm_suggestions')
      .where({ program_id: programId, member_id: memberId, partner_member_id: partnerId })
      .delete();
  }

  async saveMarket(trx: Knex, programId: number, run: MarketRun): Promise<void> {
    const market: MarketJson = {
      mentorPrice: [...run.market.mentorPrice],
      menteePrice: [...run.market.menteePrice],
      mentorExposure: [...run.market.mentorExposure],
      menteeExposure: [...run.market.menteeExposure],
    };
    const row = {
      market: JSON.stringify(market),
      mentees_in_pool: run.menteesInPool,
      mentors_in_pool: run.mentorsInPool,
      duration_ms: run.durationMs,
      computed_at: run.computedAt,
    };
    const updated = await trx('mm_matching_runs').where({ program_id: programId }).update(row);
    if (updated === 0) await trx('mm_matching_runs').insert({ ...row, program_id: programId });
  }

  async market(db: Knex, programId: number): Promise<MarketState | undefined> {
    const row = await db('mm_matching_runs').where({ program_id: programId }).first('market');
    if (!row) return undefined;
    const json = JSON.parse(row.market) as MarketJson;
    return {
      mentorPrice: new Map(json.mentorPrice),
      menteePrice: new Map(json.menteePrice),
      mentorExposure: new Map(json.mentorExposure),
      menteeExposure: new Map(json.menteeExposure),
    };
  }

  /** Records a notice unless one went out within `minGapMs`; true when the caller may send. */
  async claimNotice(trx: Knex, programId: number, memberId: number, now: number, minGapMs: number) {
    const where = { program_id: programId, member_id: memberId };
    // One conditional update, so that two runs at once cannot both claim the same day.
    const claimed = await trx('mm_matching_notices')
      .where(where)
      .andWhere('notified_at', '<=', now - minGapMs)
      .update({ notified_at: now });
    if (claimed > 0) return true;
    if (await trx('mm_matching_notices').where(where).first('member_id')) return false;

    // The first notice: of two runs inserting at once, the key lets one through and the other
    // fails its transaction, and its job is retried.
    await trx('mm_matching_notices').insert({ ...where, notified_at: now });
    return true;
  }
}

export interface MarketRun {
  market: MarketState;
  menteesInPool: number;
  mentorsInPool: number;
  durationMs: number;
  computedAt: number;
}
