/** SQL for partnerships: their state, their term, and how the partners meet. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { locked } from './locking';
import { betweenMembers } from './request-store';

export type PartnershipStatus = 'agreement' | 'active' | 'completed' | 'ended';

/** The states in which a partnership holds its partners' places. */
export const OPEN_STATUSES: readonly PartnershipStatus[] = ['agreement', 'active'];

export interface Partnership {
  id: number;
  programId: number;
  requestId: number;
  mentorId: number;
  menteeId: number;
  status: PartnershipStatus;
  agreementVersionId: number;
  startsAt: number | null;
  endsAt: number | null;
  firstContactAt: number | null;
  meetingModes: string[];
  meetingFrequency: string | null;
  meetingPlanAt: number | null;
  extensionMonths: number | null;
  extensionProposedBy: number | null;
  endedAt: number | null;
  endedBy: number | null;
  /** For program administrators only; never shown to the partners. */
  endReason: string | null;
  documentsPurgedAt: number | null;
  createdAt: number;
}

export interface NewPartnership {
  programId: number;
  requestId: number;
  mentorId: number;
  menteeId: number;
  agreementVersionId: number;
}

interface PartnershipRow {
  id: number;
  program_id: number;
  request_id: number;
  mentor_member_id: number;
  mentee_member_id: number;
  status: PartnershipStatus;
  agreement_version_id: number;
  starts_at: Millis;
  ends_at: Millis;
  first_contact_at: Millis;
  meeting_modes: string | null;
  meeting_frequency: string | null;
  meeting_plan_at: Millis;
  extension_months: number | null;
  extension_proposed_by_member_id: number | null;
  ended_at: Millis;
  ended_by_member_id: number | null;
  end_reason: string | null;
  documents_purged_at: Millis;
  created_at: number | string;
}

type Millis = number | string | null;

function ms(value: Millis): number | null {
  return value === null ? null : Number(value);
}

function toPartnership(row: PartnershipRow): Partnership {
  return {
    id: row.id,
    programId: row.program_id,
    requestId: row.request_id,
    mentorId: row.mentor_member_id,
    menteeId: row.mentee_member_id,
    status: row.status,
    agreementVersionId: row.agreement_version_id,
    startsAt: ms(row.starts_at),
    endsAt: ms(row.ends_at),
    firstContactAt: ms(row.first_contact_at),
    meetingModes: row.meeting_modes ? row.meeting_modes.split(',') : [],
    meetingFrequency: row.meeting_frequency,
    meetingPlanAt: ms(row.meeting_plan_at),
    extensionMonths: row.extension_months,
    extensionProposedBy: row.extension_proposed_by_member_id,
    endedAt: ms(row.ended_at),
    endedBy: row.ended_by_member_id,
    endReason: row.end_reason,
    documentsPurgedAt: ms(row.documents_purged_at),
    createdAt: Number(row.created_at),
  };
}

/** Columns a transition may set, by their database names. */
export type PartnershipChange = Record<string, string | number | null>;

export class PartnershipStore {
  constructor(private readonly db: Database) {}

  async byId(id: number, trx: Knex = this.db): Promise<Partnership | undefined> {
    const row = await trx<PartnershipRow>('mm_partnerships').where({ id }).first();
    return row && toPartnership(row);
  }

  /** Reads the partnership and locks it until the transaction ends (jobs use this). */
  async lockedById(trx: Knex, id: number): Promise<Partnership | undefined> {
    const row = await locked(trx, trx<PartnershipRow>('mm_partnerships').where({ id })).first();
    return row && toPartnership(row as PartnershipRow);
  }

  /** The partnership, if `memberId` is one of its two partners; locked when `lock` is set. */
  async ofPartner(
    trx: Knex,
    programId: number,
    id: number,
    memberId: number,
    lock = false,
  ): Promise<Partnership | undefined> {
    const query = trx<PartnershipRow>('mm_partnerships')
      .where({ id, program_id: programId })
      .where((q) =>
        q.where({ mentor_member_id: memberId }).orWhere({ mentee_member_id: memberId }),
      );
    const row = await (lock ? locked(trx, query) : query).first();
    return row && toPartnership(row as PartnershipRow);
  }

  async create(trx: Knex, partnership: NewPartnership, now: number): Promise<number> {
    const [id] = await trx('mm_partnerships').insert({
      program_id: partnership.programId,
      request_id: partnership.requestId,
      mentor_member_id: partnership.mentorId,
      mentee_member_id: partnership.menteeId,
      agreement_version_id: partnership.agreementVersionId,
      status: 'agreement',
      created_at: now,
      updated_at: now,
    });
    return Number(id);
  }

  /**
   * Applies a change only while the partnership is in one of `from` (and matches `also`), so
   * that two partners acting at once cannot both make the same transition. Resolves whether
   * this call made it.
   */
  async change(
    trx: Knex,
    id: number,
    from: readonly PartnershipStatus[],
    change: PartnershipChange,
    now: number,
    also: Record<string, string | number | null> = {},
  ): Promise<boolean> {
    const changed = await trx('mm_partnerships')
      .where({ id, ...also })
      .whereIn('status', from)
      .update({ ...change, updated_at: now });
    return Number(changed) === 1;
  }

  /** The member's partnerships in every state, newest first. */
  async ofMember(programId: number, memberId: number, trx: Knex = this.db) {
    const rows = await trx<PartnershipRow>('mm_partnerships')
      .where({ program_id: programId })
      .where((q) => q.where({ mentor_member_id: memberId }).orWhere({ mentee_member_id: memberId }))
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(toPartnership);
  }

  /**
   * Deletes the partnership with its signatures and documents, by name rather than by the
   * cascade, since a host's own SQLite connection may not enforce foreign keys.
   */
  async deleteWithParts(trx: Knex, id: number): Promise<void> {
    await trx('mm_partnership_documents').where({ partnership_id: id }).delete();
    await trx('mm_agreement_signatures').where({ partnership_id: id }).delete();
    await trx('mm_partnerships').where({ id }).delete();
  }

  /** Whether the two members were ever partners, in either role. */
  async existsBetween(programId: number, a: number, b: number, trx: Knex = this.db) {
    const row = await betweenMembers(trx('mm_partnerships'), programId, a, b).first('id');
    return row !== undefined;
  }
}
