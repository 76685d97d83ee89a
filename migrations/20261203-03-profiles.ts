/**
 * Member profiles: institutions (seeded with Ontario's, one row per program), one profile per
 * member and program, the roles applied for with their approval state, and the skills a member
 * shares or wants. Every row carries its program id.
 */
import type { Knex } from 'knex';
import { programColumn } from './columns';
import { institutionSeedRows } from '../src/members/institutions';

export const name = '20261203-03-profiles';

async function createInstitutions(db: Knex): Promise<void> {
  await db.schema.createTable('mm_institutions', (t) => {
    t.increments('id');
    programColumn(t);
    // The seed list's stable id, so that a later seed can update its rows in place.
    t.string('seed_id', 64).nullable();
    t.string('name', 191).notNullable();
    // institutionKey(name): the same institution typed differently has one row per program.
    t.string('normalised_key', 191).notNullable();
    t.text('aliases').notNullable();
    t.string('sector', 16).nullable();
    t.integer('added_by_member_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('mm_members')
      .onDelete('SET NULL');
    // A duplicate an administrator merged: it stands for the row it names from then on.
    t.integer('merged_into_id').unsigned().nullable().references('id').inTable('mm_institutions');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['program_id', 'normalised_key']);
    t.unique(['program_id', 'seed_id']);
  });
}

async function createProfiles(db: Knex): Promise<void> {
  await db.schema.createTable('mm_profiles', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('member_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_members')
      .onDelete('CASCADE');
    t.string('focus', 16).notNullable();
    // A place id from the Ontario place list; null for members outside Ontario.
    t.string('place_id', 64).nullable();
    t.boolean('outside_ontario').notNullable().defaultTo(false);
    t.boolean('online_only').notNullable().defaultTo(false);
    t.integer('years_experience').notNullable();
    t.integer('supervisory_years').notNullable().defaultTo(0);
    t.integer('supervised_people').notNullable().defaultTo(0);
    t.integer('institution_id').unsigned().nullable().references('id').inTable('mm_institutions');
    t.integer('mentor_capacity').notNullable().defaultTo(1);
    t.text('other_information').nullable();
    t.string('contact_email', 191).notNullable();
    t.string('contact_phone', 32).nullable();
    t.bigInteger('paused_at').nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['program_id', 'member_id']);
    t.index(['member_id']);
  });
}

async function createRolesAndSkills(db: Knex): Promise<void> {
  await db.schema.createTable('mm_profile_roles', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('profile_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_profiles')
      .onDelete('CASCADE');
    t.string('role', 16).notNullable();
    // pending (an administrator decides), approved, declined, suspended.
    t.string('status', 16).notNullable();
    // Why it is not approved, as a code the views put into words.
    t.string('status_reason', 32).nullable();
    // What an administrator who declined wrote to the member.
    t.text('decision_note').nullable();
    t.integer('decided_by_member_id')
      .unsigned()
      .nullable()
      .references('id')
      .inTable('mm_members')
      .onDelete('SET NULL');
    t.bigInteger('applied_at').notNullable();
    t.bigInteger('decided_at').nullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['profile_id', 'role']);
    t.index(['program_id', 'status', 'applied_at']);
  });

  await db.schema.createTable('mm_profile_skills', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('profile_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_profiles')
      .onDelete('CASCADE');
    // 'shared' by a mentor, 'wanted' by a mentee.
    t.string('kind', 16).notNullable();
    t.string('skill', 32).notNullable();
    t.unique(['profile_id', 'kind', 'skill']);
  });
}

/** Every program present gets its own copy of the seed list, so that merges stay per program. */
async function seedInstitutions(db: Knex): Promise<void> {
  const programs = await db('mm_programs').select('id');
  const now = Date.now();

  for (const program of programs) {
    const rows = institutionSeedRows(program.id, now);
    for (let i = 0; i < rows.length; i += 50) {
      await db('mm_institutions').insert(rows.slice(i, i + 50));
    }
  }
}

export async function up(db: Knex): Promise<void> {
  await createInstitutions(db);
  await createProfiles(db);
  await createRolesAndSkills(db);
  await seedInstitutions(db);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_profile_skills');
  await db.schema.dropTable('mm_profile_roles');
  await db.schema.dropTable('mm_profiles');
  await db.schema.dropTable('mm_institutions');
}
