/**
 * What matching leaves behind: each member's ranked suggestions with their explanations, the
 * suggestions a member hid for good, the market state of the last whole-cohort run (so that a
 * newcomer's list can be ranked between runs), and when a member was last told by email.
 */
import type { Knex } from 'knex';
import { programColumn, memberColumn } from './columns';

export const name = '20261203-06-matching';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('mm_suggestions', (t) => {
    t.increments('id');
    programColumn(t);
    memberColumn(t, 'member_id');
    // The role the member plays in the pair: 'mentee' lists mentors, 'mentor' lists mentees.
    t.string('side', 8).notNullable();
    memberColumn(t, 'partner_member_id');
    t.integer('rank').notNullable();
    t.integer('score').notNullable();
    t.text('contributions').notNullable();
    t.text('reasons').notNullable();
    t.boolean('from_optimum').notNullable().defaultTo(false);
    t.bigInteger('computed_at').notNullable();
    t.unique(['program_id', 'member_id', 'side', 'partner_member_id'], {
      indexName: 'mm_suggestions_pair_unique',
    });
    t.index(['partner_member_id'], 'mm_suggestions_partner_index');
  });

  await db.schema.createTable('mm_suggestion_dismissals', (t) => {
    t.increments('id');
    programColumn(t);
    memberColumn(t, 'member_id');
    memberColumn(t, 'partner_member_id');
    t.bigInteger('created_at').notNullable();
    t.unique(['program_id', 'member_id', 'partner_member_id'], {
      indexName: 'mm_dismissals_pair_unique',
    });
  });

  await db.schema.createTable('mm_matching_runs', (t) => {
    t.increments('id');
    programColumn(t);
    t.unique(['program_id']);
    t.text('market', 'mediumtext').notNullable();
    t.integer('mentees_in_pool').notNullable();
    t.integer('mentors_in_pool').notNullable();
    t.integer('duration_ms').notNullable();
    t.bigInteger('computed_at').notNullable();
  });

  await db.schema.createTable('mm_matching_notices', (t) => {
    t.increments('id');
    programColumn(t);
    memberColumn(t, 'member_id');
    t.bigInteger('notified_at').notNullable();
    t.unique(['program_id', 'member_id']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_matching_notices');
  await db.schema.dropTable('mm_matching_runs');
  await db.schema.dropTable('mm_suggestion_dismissals');
  await db.schema.dropTable('mm_suggestions');
}
