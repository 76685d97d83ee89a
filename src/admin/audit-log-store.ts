/**
 * The audit log: one row for every change an administrator makes, with who made it, when,
 * what it touched and the values before and after. Written in the transaction of the change,
 * so that a change is never saved without its record, nor recorded without being saved.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { loadAuditNames, type AuditNames } from './audit-log-names';

export type AuditValues = Record<string, unknown>;

/**
 * Every action the audit log records, with the kind of thing each is done to. The audit page
 * puts each into words; a test records each one and reads the page in both languages.
 */
export const AUDIT_ACTIONS = {
  'settings.general': 'program',
  'settings.matching': 'program',
  'settings.agreement': 'program',
  'settings.emails': 'program',
  'program.created': 'program',
  'export.participants': 'program',
  'export.partnerships': 'program',
  'session.created': 'session',
  'session.updated': 'session',
  'email.retried': 'outbox',
  'institution.merged': 'institution',
  'role.approve': 'role',
  'role.decline': 'role',
  'role.suspend': 'role',
  'role.reinstate': 'role',
  'partnership.end': 'partnership',
  'matching.pair': 'partnership',
  'matching.draft_drop': 'draft',
  'matching.draft_swap': 'draft',
  'matching.publish': 'draft',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditSubjectKind = (typeof AUDIT_ACTIONS)[AuditAction];
/** What an action was done to: its kind and id, e.g. 'role:12'. */
export type AuditSubject = `${AuditSubjectKind}:${number}`;

export interface AuditEntryInput {
  programId: number;
  actor: { memberId: number; name: string };
  action: AuditAction;
  subject: AuditSubject;
  before: AuditValues | null;
  after: AuditValues | null;
}

export interface AuditEntry {
  id: number;
  programId: number;
  /** The member id is null once the administrator's member record is deleted. */
  actor: { memberId: number | null; name: string };
  /** As stored: rows written by an older version may hold an action no longer written. */
  action: string;
  subject: string;
  before: AuditValues | null;
  after: AuditValues | null;
  createdAt: number;
}

interface AuditRow {
  id: number;
  program_id: number;
  actor_member_id: number | null;
  actor_name: string;
  action: string;
  subject: string;
  before_json: string | null;
  after_json: string | null;
  created_at: number | string;
}

function parsed(json: string | null): AuditValues | null {
  return json === null ? null : (JSON.parse(json) as AuditValues);
}

function toEntry(row: AuditRow): AuditEntry {
  return {
    id: row.id,
    programId: row.program_id,
    actor: { memberId: row.actor_member_id, name: row.actor_name },
    action: row.action,
    subject: row.subject,
    before: parsed(row.before_json),
    after: parsed(row.after_json),
    createdAt: Number(row.created_at),
  };
}

export class AuditLogStore {
  constructor(private readonly db: Database) {}

  async record(trx: Knex, entry: AuditEntryInput, now: number): Promise<void> {
    await trx('mm_audit_log').insert({
      program_id: entry.programId,
      actor_member_id: entry.actor.memberId,
      actor_name: entry.actor.name.slice(0, 191),
      action: entry.action,
      subject: entry.subject.slice(0, 191),
      before_json: entry.before === null ? null : JSON.stringify(entry.before),
      after_json: entry.after === null ? null : JSON.stringify(entry.after),
      created_at: now,
    });
  }

  async count(programId: number): Promise<number> {
    const row = await this.db('mm_audit_log')
      .where({ program_id: programId })
      .count({ total: '*' })
      .first();
    return Number(row?.total ?? 0);
  }

  /** Newest first. */
  async page(programId: number, offset: number, limit: number): Promise<AuditEntry[]> {
    const rows: AuditRow[] = await this.db('mm_audit_log')
      .where({ program_id: programId })
      .orderBy([
        { column: 'created_at', order: 'desc' },
        { column: 'id', order: 'desc' },
      ])
      .offset(offset)
      .limit(limit);
    return rows.map(toEntry);
  }

  /** The names of what a page of entries was done to, and of the members they name. */
  async names(programId: number, entries: readonly AuditEntry[]): Promise<AuditNames> {
    return loadAuditNames(this.db, programId, entries);
  }
}

/** The fields whose values differ, each side holding only those; null when nothing changed. */
export function changedValues(
  before: AuditValues,
  after: AuditValues,
): { before: AuditValues; after: AuditValues } | null {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  const changed = keys.filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
  if (changed.length === 0) return null;
  return {
    before: Object.fromEntries(changed.map((key) => [key, before[key] ?? null])),
    after: Object.fromEntries(changed.map((key) => [key, after[key] ?? null])),
  };
}
