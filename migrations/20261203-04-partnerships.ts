/**
 * Partnerships: the requests members send each other, the partnerships that accepted requests
 * become, the places each member has taken as mentor or mentee (the counter that keeps a
 * mentor's capacity), the versioned Mentoring Agreement with its signatures, and the documents
 * partners share. Every row carries its program id; times are epoch milliseconds.
 */
import type { Knex } from 'knex';
import { programColumn, memberColumn } from './columns';

export const name = '20261203-04-partnerships';

async function createRequests(db: Knex): Promise<void> {
  await db.schema.createTable('mm_partnership_requests', (t) => {
    t.increments('id');
    programColumn(t);
    memberColumn(t, 'requester_member_id');
    memberColumn(t, 'recipient_member_id');
    memberColumn(t, 'mentor_member_id');
    memberColumn(t, 'mentee_member_id');
    t.text('message').nullable();
    // pending, accepted, declined, withdrawn, expired.
    t.string('status', 16).notNullable();
    // What the recipient wrote when declining; the requester reads it.
    t.text('decline_reason').nullable();
    // Set only while pending: two pending requests between the same pair cannot both exist.
    t.string('open_pair_key', 64).nullable().unique();
    t.bigInteger('expires_at').notNullable();
    t.bigInteger('answered_at').nullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    // Named by hand: MySQL allows 64 characters, fewer than Knex's generated names need.
    t.index(['program_id', 'requester_member_id'], 'mm_requests_requester_index');
    t.index(['program_id', 'recipient_member_id'], 'mm_requests_recipient_index');
    t.index(['program_id', 'mentor_member_id', 'mentee_member_id'], 'mm_requests_pair_index');
  });
}

async function createAgreementVersions(db: Knex): Promise<void> {
  await db.schema.createTable('mm_agreement_versions', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('version').notNullable();
    t.string('title', 191).notNullable();
    // Paragraphs separated by blank lines; kept as signed, never edited (a change is a version).
    t.text('body').notNullable();
    t.bigInteger('created_at').notNullable();
    t.unique(['program_id', 'version']);
  });
}

function termColumns(t: Knex.CreateTableBuilder): void {
  t.bigInteger('starts_at').nullable();
  t.bigInteger('ends_at').nullable();
  t.bigInteger('first_contact_at').nullable();
  // Comma-separated: face_to_face, phone, email, video.
  t.string('meeting_modes', 64).nullable();
  t.string('meeting_frequency', 32).nullable();
  t.integer('meeting_plan_by_member_id').unsigned().nullable();
  t.bigInteger('meeting_plan_at').nullable();
  t.integer('extension_months').nullable();
  t.integer('extension_proposed_by_member_id').unsigned().nullable();
  t.bigInteger('extension_proposed_at').nullable();
  t.bigInteger('ended_at').nullable();
  t.integer('ended_by_member_id').unsigned().nullable();
  // Why it ended early: program administrators read it, the partners never see it.
  t.text('end_reason').nullable();
  t.bigInteger('documents_purged_at').nullable();
}

async function createPartnerships(db: Knex): Promise<void> {
  await db.schema.createTable('mm_partnerships', (t) => {
    t.increments('id');
    programColumn(t);
    // One partnership per accepted request, however many times the accept is sent.
    t.integer('request_id')
      .unsigned()
      .notNullable()
      .unique()
      .references('id')
      .inTable('mm_partnership_requests')
      .onDelete('CASCADE');
    memberColumn(t, 'mentor_member_id');
    memberColumn(t, 'mentee_member_id');
    // agreement (waiting for signatures), active, completed, ended (early).
    t.string('status', 16).notNullable();
    t.integer('agreement_version_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_agreement_versions');
    termColumns(t);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.index(['program_id', 'mentor_member_id', 'status'], 'mm_partnerships_mentor_index');
    t.index(['program_id', 'mentee_member_id', 'status'], 'mm_partnerships_mentee_index');
  });
}

async function createPlaces(db: Knex): Promise<void> {
  await db.schema.createTable('mm_partnership_places', (t) => {
    t.increments('id');
    programColumn(t);
    memberColumn(t, 'member_id');
    // mentor or mentee.
    t.string('role', 16).notNullable();
    // Partnerships (signing or running) the member is in under this role. Only ever changed by
    // a conditional UPDATE, which is what keeps a mentor's capacity.
    t.integer('taken').notNullable().defaultTo(0);
    t.bigInteger('updated_at').notNullable();
    t.unique(['program_id', 'member_id', 'role'], { indexName: 'mm_places_member_role_unique' });
  });
}

async function createSignatures(db: Knex): Promise<void> {
  await db.schema.createTable('mm_agreement_signatures', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('partnership_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_partnerships')
      .onDelete('CASCADE');
    memberColumn(t, 'member_id');
    t.integer('agreement_version_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_agreement_versions');
    t.string('typed_name', 191).notNullable();
    t.bigInteger('signed_at').notNullable();
    t.unique(['partnership_id', 'member_id']);
  });
}

async function createDocuments(db: Knex): Promise<void> {
  await db.schema.createTable('mm_partnership_documents', (t) => {
    t.increments('id');
    programColumn(t);
    t.integer('partnership_id')
      .unsigned()
      .notNullable()
      .references('id')
      .inTable('mm_partnerships')
      .onDelete('CASCADE');
    memberColumn(t, 'uploaded_by_member_id');
    t.string('file_name', 191).notNullable();
    // pdf, docx, odt, text, png, jpeg: decided from the content, never from the upload.
    t.string('kind', 16).notNullable();
    t.integer('size_bytes').notNullable();
    t.string('sha256', 64).notNullable();
    // In the database, so that every app instance reaches it; mediumblob holds 16 MB on MySQL
    // (a plain blob only 64 kB), and SQLite reads the name as a blob.
    t.specificType('content', 'mediumblob').notNullable();
    t.bigInteger('created_at').notNullable();
    t.index(['partnership_id']);
  });
}

export async function up(db: Knex): Promise<void> {
  await createRequests(db);
  await createAgreementVersions(db);
  await createPartnerships(db);
  await createPlaces(db);
  await createSignatures(db);
  await createDocuments(db);
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('mm_partnership_documents');
  await db.schema.dropTable('mm_agreement_signatures');
  await db.schema.dropTable('mm_partnership_places');
  await db.schema.dropTable('mm_partnerships');
  await db.schema.dropTable('mm_agreement_versions');
  await db.schema.dropTable('mm_partnership_requests');
}
