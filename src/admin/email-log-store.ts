/**
 * SQL for the email log: the program's outbox rows a page at a time, newest first, optionally
 * of one status, and sending a failed row again.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';

export const EMAIL_STATUSES = ['pending', 'sent', 'failed'] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

export interface LoggedEmail {
  id: number;
  template: string;
  toName: string;
  toAddress: string;
  status: string;
  attempts: number;
  /** The last failure's reason, as the delivery worker recorded it. */
  lastError: string | null;
  createdAt: number;
  finishedAt: number | null;
}

interface OutboxRow {
  id: number;
  template: string;
  to_name: string;
  to_address: string;
  status: string;
  attempts: number;
  last_error: string | null;
  created_at: number | string;
  finished_at: number | string | null;
}

function toLoggedEmail(row: OutboxRow): LoggedEmail {
  return {
    id: row.id,
    template: row.template,
    toName: row.to_name,
    toAddress: row.to_address,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    createdAt: Number(row.created_at),
    finishedAt: row.finished_at === null ? null : Number(row.finished_at),
  };
}

export class EmailLogStore {
  constructor(private readonly db: Database) {}

  private rows(programId: number, status: EmailStatus | null, trx: Knex = this.db) {
    const query = trx('mm_outbox').where({ program_id: programId });
    return status ? query.andWhere({ status }) : query;
  }

  async count(programId: number, status: EmailStatus | null): Promise<number> {
    const row = await this.rows(programId, status).count({ total: '*' }).first();
    return Number(row?.total ?? 0);
  }

  async page(
    programId: number,
    status: EmailStatus | null,
    offset: number,
    limit: number,
  ): Promise<LoggedEmail[]> {
    const rows: OutboxRow[] = await this.rows(programId, status)
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .offset(offset)
      .limit(limit)
      .select(
        'id', 'template', 'to_name', 'to_address', 'status', 'attempts', 'last_error',
        'created_at', 'finished_at',
      );
    return rows.map(toLoggedEmail);
  }

  async byId(trx: Knex, programId: number, id: number): Promise<LoggedEmail | undefined> {
    const row: OutboxRow | undefined = await trx('mm_outbox')
      .where({ program_id: programId, id })
      .first();
    return row ? toLoggedEmail(row) : undefined;
  }

  /**
   * Puts a failed email back in the queue, due now, with a fresh round of attempts. Only a
   * row still failed changes, so that two administrators retrying at once send it once.
   */
  async retry(trx: Knex, programId: number, id: number, now: number): Promise<boolean> {
    const updated = await trx('mm_outbox')
      .where({ program_id: programId, id, status: 'failed' })
      .update({
        status: 'pending',
        run_at: now,
        attempts: 0,
        claim_token: null,
        claimed_until: null,
        finished_at: null,
      });
    return Number(updated) === 1;
  }
}
