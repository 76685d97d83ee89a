/**
 * SQL for the names the audit log shows in place of ids: what each entry was done to (a role,
 * a partnership, a session...) and the members its values name. One query per kind of thing
 * on the page, whatever the number of rows; a thing deleted since is simply absent.
 */
import type { Database } from '../db/database';
import type { AuditEntry } from './audit-log-store';

/** The fields of an entry's values that hold a member's id (manual pairs, proposal changes). */
export const AUDIT_MEMBER_FIELDS: readonly string[] = ['mentorId', 'menteeId', 'from', 'to'];

/** The field of an entry's values that holds a session's id (matching within a session). */
export const AUDIT_SESSION_FIELD = 'sessionId';

export interface AuditNames {
  programs: Map<number, string>;
  sessions: Map<number, string>;
  emails: Map<number, { template: string; toName: string }>;
  institutions: Map<number, string>;
  roles: Map<number, { role: string; memberName: string }>;
  partnerships: Map<number, { mentorName: string; menteeName: string }>;
  drafts: Set<number>;
  members: Map<number, string>;
}

interface MemberNameRow {
  given_name: string;
  surname: string;
}

function fullName(row: MemberNameRow): string {
  return `${row.given_name} ${row.surname}`;
}

/**
 * The ids of each kind of subject on the page, and of the members the values name; a session
 * a value names is looked up with the sessions that entries were done to.
 */
function idsOf(entries: readonly AuditEntry[]) {
  const subjects = new Map<string, Set<number>>();
  const members = new Set<number>();
  const add = (kind: string, id: number | null) => {
    const ids = subjects.get(kind) ?? new Set<number>();
    subjects.set(kind, ids);
    if (id !== null) ids.add(id);
  };
  for (const entry of entries) {
    const [kind, id] = entry.subject.split(':');
    add(kind, /^\d+$/.test(id ?? '') ? Number(id) : null);

    for (const values of [entry.before, entry.after]) {
      for (const field of AUDIT_MEMBER_FIELDS) {
        if (Number.isInteger(values?.[field])) members.add(values![field] as number);
      }
      const session = values?.[AUDIT_SESSION_FIELD];
      if (Number.isInteger(session)) add('session', session as number);
    }
  }
  const of = (kind: string) => [...(subjects.get(kind) ?? [])];
  return { of, members: [...members] };
}

export async function loadAuditNames(
  db: Database,
  programId: number,
  entries: readonly AuditEntry[],
): Promise<AuditNames> {
  const ids = idsOf(entries);
  const inProgram = (table: string, kind: string) =>
    db(table).where(`${table}.program_id`, programId).whereIn(`${table}.id`, ids.of(kind));
  // A page without a kind of subject asks nothing about it.
  const ifAny = <T>(kind: string, query: () => Promise<T[]>) =>
    ids.of(kind).length === 0 ? Promise.resolve([] as T[]) : query();

  const [programs, sessions, emails, institutions, roles, partnerships, drafts, members] =
    await Promise.all([
      ifAny('program', () =>
        db('mm_programs').whereIn('id', ids.of('program')).select('id', 'name'),
      ),
      ifAny('session', () => inProgram('mm_program_sessions', 'session').select('id', 'name')),
      ifAny('outbox', () => inProgram('mm_outbox', 'outbox').select('id', 'template', 'to_name')),
      ifAny('institution', () => inProgram('mm_institutions', 'institution').select('id', 'name')),
      ifAny('role', () =>
        inProgram('mm_profile_roles', 'role')
          .join('mm_profiles as p', 'p.id', 'mm_profile_roles.profile_id')
          .join('mm_members as m', 'm.id', 'p.member_id')
          .select('mm_profile_roles.id', 'mm_profile_roles.role', 'm.given_name', 'm.surname'),
      ),
      ifAny('partnership', () =>
        inProgram('mm_partnerships', 'partnership')
          .join('mm_members as mentor', 'mentor.id', 'mm_partnerships.mentor_member_id')
          .join('mm_members as mentee', 'mentee.id', 'mm_partnerships.mentee_member_id')
          .select('mm_partnerships.id')
          .select('mentor.given_name as mentor_given', 'mentor.surname as mentor_surname')
          .select('mentee.given_name as mentee_given', 'mentee.surname as mentee_surname'),
      ),
      ifAny('draft', () => inProgram('mm_matching_drafts', 'draft').select('id')),
      ids.members.length === 0
        ? Promise.resolve([])
        : db('mm_members').whereIn('id', ids.members).select('id', 'given_name', 'surname'),
    ]);

  return {
    programs: new Map(programs.map((row) => [row.id, row.name])),
    sessions: new Map(sessions.map((row) => [row.id, row.name])),
    emails: new Map(emails.map((row) => [row.id, { template: row.template, toName: row.to_name }])),
    institutions: new Map(institutions.map((row) => [row.id, row.name])),
    roles: new Map(roles.map((row) => [row.id, { role: row.role, memberName: fullName(row) }])),
    partnerships: new Map(
      partnerships.map((row) => [
        row.id,
        {
          mentorName: `${row.mentor_given} ${row.mentor_surname}`,
          menteeName: `${row.mentee_given} ${row.mentee_surname}`,
        },
      ]),
    ),
    drafts: new Set(drafts.map((row) => row.id as number)),
    members: new Map(members.map((row: MemberNameRow & { id: number }) => [row.id, fullName(row)])),
  };
}
