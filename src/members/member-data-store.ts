/**
 * SQL for what MentorMatch holds about one member outside their profile: the emails written
 * to them, the institutions they added, and their member record itself.
 */
import type { Database } from '../db/database';

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
