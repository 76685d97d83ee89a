/**
 * A program's own administrator role: the host role whose holders administer this program
 * alone. Null means only holders of the host's administrator role (settings.saml.adminRole)
 * run the program, as every program did before.
 */
import type { Knex } from 'knex';

export const name = '20261204-12-program-admin-role';

export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('mm_programs', (t) => {
    t.string('admin_role', 191).nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL on both databases: Knex would rebuild the SQLite table to drop a column, and
  // nearly every other table references mm_programs. SQLite drops a column in place since 3.35.
  await db.raw('alter table mm_programs drop column admin_role');
}
