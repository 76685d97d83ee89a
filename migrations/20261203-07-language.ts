/**
 * The language a member chose for themselves. `mm_members.language` keeps holding the
 * language pages and emails use; this column records that the member picked it, so that the
 * host's preferredLanguage attribute no longer overwrites it at the next sign-in.
 */
import type { Knex } from 'knex';

export const name = '20261203-07-language';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('mm_members', (t) => {
    t.string('language_choice', 8).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL on both databases: Knex rebuilds a SQLite table to drop a column, and rebuilding
  // mm_members inside the migration's transaction would cascade-delete every row that
  // references a member. SQLite drops a column in place since 3.35.
  await db.raw('alter table mm_members drop column language_choice');
}
