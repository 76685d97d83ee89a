/**
 * The session each approved role belongs to: matching pairs roles of one session only, and a
 * partnership of a session starts on the session's start date. Null in a program without
 * sessions, and for roles never approved (see src/programs/program-session-rules.ts).
 */
import type { Knex } from 'knex';

export const name = '20261204-11-role-sessions';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('mm_profile_roles', (t) => {
    // No foreign key and no index, so that SQLite can drop the column in place on the way
    // down; queries reach the roles by program first.
    t.integer('session_id').unsigned().nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL: Knex would rebuild the SQLite table, and rebuilding it would cascade-delete the
  // role events that refer to it. SQLite drops a column in place since 3.35.
  await db.raw('alter table mm_profile_roles drop column session_id');
}
