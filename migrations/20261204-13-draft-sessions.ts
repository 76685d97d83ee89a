/**
 * The session a whole-cohort proposal was prepared for: in a program with sessions, each draft
 * pairs the roles of one session and is published for that session alone. Null for drafts of
 * a program without sessions, and for those prepared before sessions existed.
 */
import type { Knex } from 'knex';

export const name = '20261204-13-draft-sessions';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('mm_matching_drafts', (t) => {
    // No foreign key, so that SQLite can drop the column in place on the way down; drafts are
    // always reached by program first.
    t.integer('session_id').unsigned().nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL: Knex would rebuild the SQLite table. SQLite drops a column in place since 3.35.
  await db.raw('alter table mm_matching_drafts drop column session_id');
}
