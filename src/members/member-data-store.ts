/**
 * SQL for what MentorMatch holds about one member outside their profile: the emails written
 * to them, what matching left for them (their suggestions, the ones they hid, when they were
 * told), the institutions they added, and their member record itself.
 */
import type { Database } from '../db/database';

/** Another member as the member's own lists name them: by name only, never their contacts. */
interface OtherMemberName {
  given_name: string;
  surname: string;
}

function fullName(row: OtherMemberName): string {
  return `${row.given_name} ${row.surname}`;
}

function parsedJson(text: string): unknown {
  return JSON.parse(text) as unknown;
}

export interface EmailRecord {
  template: string;
  toAddress: string;
  status: string;
  createdAt: number;
  finishedAt: number | null;
}

interface EmailRow {
  template: string;
  to_address: string;
  status: string;
  created_at: number | string;
  finished_at: number | string | null;
}

export interface SuggestionRecord {
  program: string;
  /** The role the member plays in the pair. */
  side: string;
  partner: string;
  rank: number;
  score: number;
  /** The points of each criterion, adding up to the score. */
  contributions: unknown;
  /** Codes with parameters, as the suggestion page puts them into words. */
  reasons: unknown;
  fromOptimum: boolean;
  computedAt: number;
}

interface SuggestionRow extends OtherMemberName {
  program: string;
  side: string;
  rank: number;
  score: number;
  contributions: string;
  reasons: string;
  from_optimum: number | boolean;
  computed_at: number | string;
}

export interface DismissalRecord {
  program: string;
  partner: string;
  dismissedAt: number;
}

export interface NoticeRecord {
  program: string;
  notifiedAt: number;
}

export class MemberDataStore {
  constructor(private readonly db: Database) {}

  async emailsTo(memberId: number, trx: Database = this.db): Promise<EmailRecord[]> {
    const rows: EmailRow[] = await trx('mm_outbox')
      .where({ member_id: memberId })
      .orderBy('id')
      .select('template', 'to_address', 'status', 'created_at', 'finished_at');
    return rows.map((row) => ({
      template: row.template,
      toAddress: row.to_address,
      status: row.status,
      createdAt: Number(row.created_at),
      finishedAt: row.finished_at === null ? null : Number(row.finished_at),
    }));
  }

  /** The member's own suggestion lists; the lists of others that name them are theirs. */
  async suggestionsFor(memberId: number, trx: Database = this.db): Promise<SuggestionRecord[]> {
    const rows: SuggestionRow[] = await trx('mm_suggestions as s')
      .join('mm_programs as p', 'p.id', 's.program_id')
      .join('mm_members as m', 'm.id', 's.partner_member_id')
      .where('s.member_id', memberId)
      .orderBy([{ column: 's.program_id' }, { column: 's.side' }, { column: 's.rank' }])
      .select('p.name as program', 's.side', 'm.given_name', 'm.surname', 's.rank', 's.score')
      .select('s.contributions', 's.reasons', 's.from_optimum', 's.computed_at');

    return rows.map((row) => ({
      program: row.program,
      side: row.side,
      partner: fullName(row),
      rank: Number(row.rank),
      score: Number(row.score),
      contributions: parsedJson(row.contributions),
      reasons: parsedJson(row.reasons),
      fromOptimum: Boolean(row.from_optimum),
      computedAt: Number(row.computed_at),
    }));
  }

  /** The suggestions the member hid for good ("not interested"). */
  async dismissalsBy(memberId: number, trx: Database = this.db): Promise<DismissalRecord[]> {
    const rows: Array<OtherMemberName & { program: string; created_at: number | string }> =
      await trx('mm_suggestion_dismissals as d')
        .join('mm_programs as p', 'p.id', 'd.program_id')
        .join('mm_members as m', 'm.id', 'd.partner_member_id')
        .where('d.member_id', memberId)
        .orderBy('d.id')
        .select('p.name as program', 'm.given_name', 'm.surname', 'd.created_at');
    return rows.map((row) => ({
      program: row.program,
      partner: fullName(row),
      dismissedAt: Number(row.created_at),
    }));
  }

  /** When matching last told the member by email that they have new suggestions. */
  async matchingNoticesTo(memberId: number, trx: Database = this.db): Promise<NoticeRecord[]> {
    const rows: Array<{ program: string; notified_at: number | string }> = await trx(
      'mm_matching_notices as n',
    )
      .join('mm_programs as p', 'p.id', 'n.program_id')
      .where('n.member_id', memberId)
      .orderBy('n.id')
      .select('p.name as program', 'n.notified_at');
    return rows.map((row) => ({ program: row.program, notifiedAt: Number(row.notified_at) }));
  }

  /**
   * Matching's rows about the member, theirs and the places they hold in others' lists. Named
   * rather than left to the cascade, because a host's own connection may not enforce keys.
   */
  async deleteMatchingOf(memberId: number, trx: Database = this.db): Promise<void> {
    for (const table of ['mm_suggestions', 'mm_suggestion_dismissals']) {
      await trx(table)
        .where({ member_id: memberId })
        .orWhere({ partner_member_id: memberId })
        .delete();
    }
    await trx('mm_matching_notices').where({ member_id: memberId }).delete();
  }

  /** Emails not yet sent are dropped with the rest: nobody is left to receive them. */
  async deleteEmailsTo(memberId: number, trx: Database = this.db): Promise<void> {
    await trx('mm_outbox').where({ member_id: memberId }).delete();
  }

  /** An institution a member added stays on the list (colleagues may use it), but not as theirs. */
  async forgetAddedInstitutions(memberId: number, trx: Database = this.db): Promise<void> {
    await trx('mm_institutions')
      .where({ added_by_member_id: memberId })
      .update({ added_by_member_id: null });
  }

  /** Decisions an administrator made stay recorded, without naming the administrator. */
  async forgetDecisionsBy(memberId: number, trx: Database = this.db): Promise<void> {
    await trx('mm_profile_roles')
      .where({ decided_by_member_id: memberId })
      .update({ decided_by_member_id: null });
  }

  async deleteMember(memberId: number, trx: Database = this.db): Promise<void> {
    await trx('mm_members').where({ id: memberId }).delete();
  }
}
