/** SQL for partnership requests. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { Role } from '../members/profile-options';
import { locked } from './locking';
import { openPairKey } from './pair-rules';

export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';

export interface PartnershipRequest {
  id: number;
  programId: number;
  requesterId: number;
  recipientId: number;
  mentorId: number;
  menteeId: number;
  message: string | null;
  status: RequestStatus;
  declineReason: string | null;
  expiresAt: number;
  answeredAt: number | null;
  createdAt: number;
  /** The administrator who made the pair for the program; null for a member's own request. */
  proposedBy: number | null;
}

export interface NewRequest {
  programId: number;
  requesterId: number;
  recipientId: number;
  /** The role the requester would play. */
  requesterRole: Role;
  message: string | null;
  expiresAt: number;
  /** Set when a program administrator makes the request on the program's behalf. */
  proposedById?: number | null;
}

interface RequestRow {
  id: number;
  program_id: number;
  requester_member_id: number;
  recipient_member_id: number;
  mentor_member_id: number;
  mentee_member_id: number;
  message: string | null;
  status: RequestStatus;
  decline_reason: string | null;
  expires_at: number | string;
  answered_at: number | string | null;
  created_at: number | string;
  proposed_by_member_id?: number | null;
}

function toRequest(row: RequestRow): PartnershipRequest {
  return {
    id: row.id,
    programId: row.program_id,
    requesterId: row.requester_member_id,
    recipientId: row.recipient_member_id,
    mentorId: row.mentor_member_id,
    menteeId: row.mentee_member_id,
    message: row.message,
    status: row.status,
    declineReason: row.decline_reason,
    expiresAt: Number(row.expires_at),
    answeredAt: row.answered_at === null ? null : Number(row.answered_at),
    createdAt: Number(row.created_at),
    proposedBy: row.proposed_by_member_id ?? null,
  };
}

/** Rows between two members, in either role. */
export function betweenMembers(query: Knex.QueryBuilder, programId: number, a: number, b: number) {
  return query
    .where({ program_id: programId })
    .where((pair) =>
      pair
        .where({ mentor_member_id: a, mentee_member_id: b })
        .orWhere({ mentor_member_id: b, mentee_member_id: a }),
    );
}

export class RequestStore {
  constructor(private readonly db: Database) {}

  async byId(id: number, trx: Knex = this.db): Promise<PartnershipRequest | undefined> {
    const row = await trx<RequestRow>('mm_partnership_requests').where({ id }).first();
    return row && toRequest(row);
  }

  /** Reads the request and locks it until the transaction ends. */
  async lockedById(trx: Knex, id: number): Promise<PartnershipRequest | undefined> {
    const row = await locked(trx, trx<RequestRow>('mm_partnership_requests').where({ id })).first();
    return row && toRequest(row as RequestRow);
  }

  /** Inserts a pending request; a pending one between the pair makes it a unique violation. */
  async create(trx: Knex, request: NewRequest, now: number): Promise<number> {
    const mentor = request.requesterRole === 'mentor' ? request.requesterId : request.recipientId;
    const mentee = request.requesterRole === 'mentor' ? request.recipientId : request.requesterId;
    const [id] = await trx('mm_partnership_requests').insert({
      program_id: request.programId,
      requester_member_id: request.requesterId,
      recipient_member_id: request.recipientId,
      mentor_member_id: mentor,
      mentee_member_id: mentee,
      message: request.message,
      status: 'pending',
      open_pair_key: openPairKey(request.programId, mentor, mentee),
      expires_at: request.expiresAt,
      proposed_by_member_id: request.proposedById ?? null,
      created_at: now,
      updated_at: now,
    });
    return Number(id);
  }

  /** Moves a pending request to its answer; false when it was no longer pending. */
  async answer(
    trx: Knex,
    id: number,
    status: Exclude<RequestStatus, 'pending'>,
    now: number,
    declineReason: string | null = null,
  ): Promise<boolean> {
    const changed = await trx('mm_partnership_requests').where({ id, status: 'pending' }).update({
      status,
      decline_reason: declineReason,
      open_pair_key: null,
      answered_at: now,
      updated_at: now,
    });
    return Number(changed) === 1;
  }

  /** The member's requests, made and received, newest first. */
  async ofMember(programId: number, memberId: number, trx: Knex = this.db) {
    const rows = await trx<RequestRow>('mm_partnership_requests')
      .where({ program_id: programId })
      .where((q) =>
        q.where({ requester_member_id: memberId }).orWhere({ recipient_member_id: memberId }),
      )
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ]);
    return rows.map(toRequest);
  }

  /** Deletes every request the member made or received, in every program. */
  async deleteOfMember(trx: Knex, memberId: number): Promise<void> {
    await trx('mm_partnership_requests')
      .where({ requester_member_id: memberId })
      .orWhere({ recipient_member_id: memberId })
      .delete();
  }

  /** Whether a pending request, and whether a declined one, stands between the two. */
  async historyBetween(programId: number, a: number, b: number, trx: Knex = this.db) {
    const rows = await betweenMembers(trx('mm_partnership_requests'), programId, a, b)
      .whereIn('status', ['pending', 'declined'])
      .distinct('status');
    const statuses = rows.map((row: { status: string }) => row.status);
    return {
      pendingRequest: statuses.includes('pending'),
      declined: statuses.includes('declined'),
    };
  }
}
