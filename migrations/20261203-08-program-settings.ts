/**
 * Program administration: each program's settings (one JSON document per program, read over
 * the defaults, so that a new setting needs no migration), the audit log of every change an
 * administrator makes, and the program's sessions with their registration windows.
 */
import type { Knex } from 'knex';

export const name = '20261203-08-program-settings';

function programColumn(t: Knex.CreateTableBuilder): void {
  t.integer('program_id').unsigned().notNullable().references('id').inTable('mm_programs');
}

function actorColumn(t: Knex.CreateTableBuilder, column: string): void {
  t.integer(column)
    .unsigned()
    .nullable()
    .references('id')
    .inTable('mm_members')
    .onDelete('SET NULL');
}

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mm_program_settings', (t) => {
    t.increments('id');
    programColumn(t);
    t.unique(['program_id']);
    // Only the settings that differ from the defaults, as JSON.
    t.text('settings').notNullable();
    actorColumn(t, 'updated_by_member_id');
    t.bigInteger('updated_at').notNullable();
  });

  await db.schema.createTable('mm_audit_log', (t) => {
    t.increments('id');
    programColumn(t);
    // Null once the administrator's member record is deleted; the entry itself stays.
    actorColumn(t, 'actor_member_id');
    t.string('actor_name', 191).notNullable();
    t.string('action', 64).notNullable();
    t.string('subject', 191).notNullable();
    t.text('before_json').nullable();
    t.text('after_json').nullable();
    t.bigInteger('created_at').notNullable();
    t.index(['program_id', 'created_at', 'id'], 'mm_audit_log_program_time');
  });

  await db.schema.createTable('mm_program_sessions', (t) => {
    t.increments('id');
    programColumn(t);
    t.string('name', 191).notNullable();
    t.bigInteger('registration_opens_at').notNullable();
    t.bigInteger('registration_closes_at').notNullable();
    t.bigInteger('starts_at').notNullable();
    t.integer('term_months').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['program_id', 'registration_opens_at'], 'mm_program_sessions_opening');
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_program_sessions');
  await db.schema.dropTable('mm_audit_log');
  await db.schema.dropTable('mm_program_settings');
}
