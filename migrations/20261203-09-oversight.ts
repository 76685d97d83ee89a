/**
 * What program oversight needs: the history of each role (every change of status, who made it
 * and the reason given), when a role was first suggested to anyone after its approval, which
 * partnership requests the program made rather than a member, and the drafts of whole-cohort
 * proposals that administrators adjust before publishing.
 */
import type { Knex } from 'knex';

export const name = '20261203-09-oversight';

async function createRoleEvents(db: Knex): Promise<void> {
  await db.schema.createTable('mm_role_events', (t) => {
    t.increments('id');
    t.integer('program_id').unsigned().notNullable().references('id').inTable('mm_programs');
    t.integer('role_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_profile_roles')
      .onDelete('CASCADE');
    t.string('status', 16).notNullable();
    t.string('status_reason', 32).nullable();
    // What an administrator wrote to the member with the change.
    t.text('note').nullable();
    // Null when the membership the portal asserted made the change.
    t.integer('by_member_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('mm_members')
      .onDelete('SET NULL');
    t.bigInteger('created_at').notNullable();
    t.index(['role_id']);
  });
}

async function createDrafts(db: Knex): Promise<void> {
  await db.schema.createTable('mm_matching_drafts', (t) => {
    t.increments('id');
    t.integer('program_id').unsigned().notNullable().references('id').inTable('mm_programs');
    t.integer('created_by_member_id').unsigned().nullable();
    // The pairs as administrators left them, and who was left without, as JSON.
    t.text('pairs', 'mediumtext').notNullable();
    t.text('unmatched', 'mediumtext').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('published_at').nullable();
    t.integer('published_by_member_id').unsigned().nullable();
    t.index(['program_id', 'created_at']);
  });
}

export async function up(db: Knex): Promise<void> {
  await createRoleEvents(db);
  await createDrafts(db);
  await db.schema.alterTable('mm_profile_roles', (t) => {
    // The first time the role was suggested to anyone since it was last approved.
    t.bigInteger('suggested_at').nullable();
  });
  await db.schema.alterTable('mm_partnership_requests', (t) => {
    // The administrator who made the pair for the program; null for a member's own request.
    // No foreign key, so that SQLite can drop the column in place on the way down.
    t.integer('proposed_by_member_id').unsigned().nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  // Plain SQL: Knex would rebuild the SQLite tables, and rebuilding them inside the
  // migration's transaction would cascade-delete the rows that reference them.
  await db.raw('alter table mm_partnership_requests drop column proposed_by_member_id');
  await db.raw('alter table mm_profile_roles drop column suggested_at');
  await db.schema.dropTable('mm_matching_drafts');
  await db.schema.dropTable('mm_role_events');
}
