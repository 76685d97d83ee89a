/**
 * The core of the plugin: programs (the default OLA program from the start), members as the
 * host identifies them, database-backed sessions and the SAML request store.
 */
import type { Knex } from 'knex';

export const name = '20261203-01-core';

const DEFAULT_PROGRAM = {
  slug: 'ola',
  name: 'Ontario Library Association Mentoring Program',
  program_contact_email: 'mentoring@example.org',
  support_contact_email: 'support@example.org',
};

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mm_programs', (t) => {
    t.increments('id');
    t.string('slug', 64).notNullable().unique();
    t.string('name', 191).notNullable();
    t.string('program_contact_email', 191).notNullable();
    t.string('support_contact_email', 191).notNullable();
    t.bigInteger('created_at').notNullable();
  });
  await db('mm_programs').insert({ ...DEFAULT_PROGRAM, created_at: Date.now() });

  await db.schema.createTable('mm_members', (t) => {
    t.increments('id');
    // The SAML NameID: the member's stable id at the host.
    // Binary collation on MySQL: ids that differ only in case or accents are different people.
    t.string('external_id', 191).notNullable().unique().collate('utf8mb4_bin');
    t.string('email', 191).notNullable();
    t.string('given_name', 191).notNullable();
    t.string('surname', 191).notNullable();
    t.string('membership_status', 64).nullable();
    t.boolean('membership_active').notNullable().defaultTo(false);
    t.string('member_type', 64).nullable();
    t.string('host_institution', 191).nullable();
    t.text('host_roles').notNullable();
    t.string('language', 8).nullable();
    t.bigInteger('last_sign_in_at').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });

  // Shape required by connect-session-knex (sid, sess, expired).
  await db.schema.createTable('mm_sessions', (t) => {
    t.string('sid', 191).primary();
    t.text('sess', 'mediumtext').notNullable();
    t.dateTime('expired').notNullable().index();
  });

  await db.schema.createTable('mm_saml_requests', (t) => {
    t.string('id', 191).primary();
    t.string('issue_instant', 64).notNullable();
    t.string('return_to', 512).nullable();
    t.bigInteger('expires_at').notNullable().index();
    t.bigInteger('consumed_at').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_saml_requests');
  await db.schema.dropTable('mm_sessions');
  await db.schema.dropTable('mm_members');
  await db.schema.dropTable('mm_programs');
}
