/**
 * SQL for drafts of whole-cohort proposals: the session each is for, the pairs as
 * administrators leave them and who is left without a mentor, kept in the database so that
 * every instance (and every administrator) sees the same draft. A change is saved only over
 * the version it was made from, so that two administrators cannot overwrite each other's
 * adjustments.
 */
import type { Database } from '../db/database';
import type { UnmatchedReason } from '../matching/engine';

export interface DraftPair {
  mentorId: number;
  menteeId: number;
  /** 'engine' as proposed; 'swapped' once an administrator chose another mentor. */
  origin: 'engine' | 'swapped';
  /** Once published: the request made, or the refusal's message key. */
  outcome?: { requestId: number } | { refusal: string };
}

export type DraftUnmatchedReason = UnmatchedReason | { code: 'dropped' };

export interface DraftUnmatched {
  menteeId: number;
  reason: DraftUnmatchedReason;
}

export interface Draft {
  id: number;
  programId: number;
  /** The session whose roles it pairs; null in a program without sessions. */
  sessionId: number | null;
  createdBy: number | null;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  publishedBy: number | null;
  pairs: DraftPair[];
  unmatched: DraftUnmatched[];
}

interface DraftRow {
  id: number;
  program_id: number;
  session_id: number | null;
  created_by_member_id: number | null;
  pairs: string;
  unmatched: string;
  created_at: number | string;
  updated_at: number | string;
  published_at: number | string | null;
  published_by_member_id: number | null;
}

function toDraft(row: DraftRow): Draft {
  return {
    id: row.id,
    programId: row.program_id,
    sessionId: row.session_id === null ? null : Number(row.session_id),
    createdBy: row.created_by_member_id,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
    publishedAt: row.published_at === null ? null : Number(row.published_at),
    publishedBy: row.published_by_member_id,
    pairs: JSON.parse(row.pairs) as DraftPair[],
    unmatched: JSON.parse(row.unmatched) as DraftUnmatched[],
  };
}

export class DraftStore {
  constructor(private readonly db: Database) {}

  async create(
    programId: number,
    sessionId: number | null,
    by: number,
    content: Pick<Draft, 'pairs' | 'unmatched'>,
    now: number,
  ): Promise<number> {
    const [id] = await this.db('mm_matching_drafts').insert({
      program_id: programId,
      session_id: sessionId,
      created_by_member_id: by,
      pairs: JSON.stringify(content.pairs),
      unmatched: JSON.stringify(content.unmatched),
      created_at: now,
      updated_at: now,
    });
    return Number(id);
  }

  async byId(programId: number, id: number): Promise<Draft | undefined> {
    const row = await this.db<DraftRow>('mm_matching_drafts')
      .where({ id, program_id: programId })
      .first();
    return row && toDraft(row);
  }

  /** The newest drafts first: the session's, or every draft of the program for null. */
  async latest(programId: number, sessionId: number | null, limit: number): Promise<Draft[]> {
    const query = this.db<DraftRow>('mm_matching_drafts').where({ program_id: programId });
    if (sessionId !== null) query.where({ session_id: sessionId });
    const rows = await query
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .limit(limit);
    return rows.map(toDraft);
  }

  /**
   * Saves the draft's new content if nobody saved it since `seen` was read and it is not
   * published; resolves whether it was saved. The new version is always later than the last.
   */
  async update(seen: Draft, content: Pick<Draft, 'pairs' | 'unmatched'>, now: number) {
    const changed = await this.db('mm_matching_drafts')
      .where({ id: seen.id, updated_at: seen.updatedAt })
      .whereNull('published_at')
      .update({
        pairs: JSON.stringify(content.pairs),
        unmatched: JSON.stringify(content.unmatched),
        updated_at: Math.max(now, seen.updatedAt + 1),
      });
    return Number(changed) === 1;
  }

  /** Marks the draft published, once: false when it already was (or changed since read). */
  async claimPublication(seen: Draft, by: number, now: number): Promise<boolean> {
    const changed = await this.db('mm_matching_drafts')
      .where({ id: seen.id, updated_at: seen.updatedAt })
      .whereNull('published_at')
      .update({ published_at: now, published_by_member_id: by });
    return Number(changed) === 1;
  }

  /** Records how each pair fared once published. */
  async saveOutcomes(id: number, pairs: DraftPair[]): Promise<void> {
    await this.db('mm_matching_drafts').where({ id }).update({ pairs: JSON.stringify(pairs) });
  }
}
