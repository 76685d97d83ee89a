/**
 * The outbox (emails written in the same transaction as the change that causes them) and the
 * job queue. Both tables carry the same claim columns, so one piece of code claims rows from
 * either: a worker sets `claim_token` and `claimed_until` (its lease), and a row whose lease
 * has run out may be claimed again.
 */
import type { Knex } from 'knex';

export const name = '20261203-02-outbox-and-jobs';

function claimColumns(t: Knex.CreateTableBuilder): void {
  t.string('status', 16).notNullable().defaultTo('pending');
  t.bigInteger('run_at').notNullable();
  t.integer('attempts').notNullable().defaultTo(0);
  t.string('claim_token', 36).nullable();
  t.bigInteger('claimed_until').nullable();
  t.text('last_error').nullable();
  t.bigInteger('created_at').notNullable();
  t.bigInteger('finished_at').nullable();
  t.index(['status', 'run_at']);
  t.index(['claim_token']);
}

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mm_outbox', (t) => {
    t.increments('id');
    // The stable part of the Message-ID: a retry after a crash is the same message.
    t.string('uuid', 36).notNullable().unique();
    t.integer('program_id').unsigned().notNullable().references('id').inTable('mm_programs');
    t.string('template', 64).notNullable();
    t.integer('member_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('mm_members')
      .onDelete('SET NULL');
    t.string('to_address', 191).notNullable();
    t.string('to_name', 191).notNullable();
    t.string('locale', 8).notNullable();
    t.text('data').notNullable();
    claimColumns(t);
  });

  await db.schema.createTable('mm_jobs', (t) => {
    t.increments('id');
    t.string('type', 64).notNullable();
    t.text('payload').notNullable();
    // Unique while a job waits to run; cleared when a worker claims it (see JobQueue.enqueue).
    t.string('dedupe_key', 191).nullable().unique();
    claimColumns(t);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_jobs');
  await db.schema.dropTable('mm_outbox');
}
