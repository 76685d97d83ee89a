import { migrations } from '../../migrations';
import * as partnerships from '../../migrations/20261203-04-partnerships';
import { migrateDown, migrateLatest, migrateUp, pendingMigrations } from '../../src/db/migrations';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';

const TABLES = [
  'mm_partnership_requests',
  'mm_agreement_versions',
  'mm_partnerships',
  'mm_partnership_places',
  'mm_agreement_signatures',
  'mm_partnership_documents',
];

describe.each(databaseKinds())('the partnerships migration on %s', (kind) => {
  let test: TestDatabase;

  beforeEach(async () => {
    test = await createTestDatabase(kind);
  });

  afterEach(async () => {
    await test.drop();
  });

  async function tablesPresent(): Promise<string[]> {
    const present: string[] = [];
    for (const table of TABLES) if (await test.db.schema.hasTable(table)) present.push(table);
    return present;
  }

  it('is listed after every migration it builds on', () => {
    expect(migrations.map((m) => m.name)).toContain(partnerships.name);
    expect(migrations.findIndex((m) => m.name === partnerships.name)).toBeGreaterThan(
      migrations.findIndex((m) => m.name === '20261203-03-profiles'),
    );
  });

  it('creates its tables, removes them on the way down, and creates them again', async () => {
    await migrateLatest(test.db);
    expect(await tablesPresent()).toEqual(TABLES);

    while (!(await pendingMigrations(test.db)).includes(partnerships.name)) {
      await migrateDown(test.db);
    }
    expect(await tablesPresent()).toEqual([]);
    expect(await test.db.schema.hasTable('mm_profiles')).toBe(true);

    await migrateUp(test.db);
    expect(await tablesPresent()).toEqual(TABLES);
  });

  it('stores a five-megabyte document whole', async () => {
    await migrateLatest(test.db);
    const db = test.db;
    const program = await db('mm_programs').first();
    const now = Date.now();
    const [memberId] = await db('mm_members').insert({
      external_id: 'blob-test',
      email: 'b@example.org',
      given_name: 'B',
      surname: 'T',
      host_roles: '[]',
      last_sign_in_at: now,
      created_at: now,
      updated_at: now,
    });
    const [versionId] = await db('mm_agreement_versions').insert({
      program_id: program.id,
      version: 1,
      title: 'T',
      body: 'B',
      created_at: now,
    });
    const [requestId] = await db('mm_partnership_requests').insert({
      program_id: program.id,
      requester_member_id: memberId,
      recipient_member_id: memberId,
      mentor_member_id: memberId,
      mentee_member_id: memberId,
      status: 'accepted',
      expires_at: now,
      created_at: now,
      updated_at: now,
    });
    const [partnershipId] = await db('mm_partnerships').insert({
      program_id: program.id,
      request_id: requestId,
      mentor_member_id: memberId,
      mentee_member_id: memberId,
      status: 'active',
      agreement_version_id: versionId,
      created_at: now,
      updated_at: now,
    });
    const content = Buffer.alloc(5 * 1024 * 1024, 7);

    await db('mm_partnership_documents').insert({
      program_id: program.id,
      partnership_id: partnershipId,
      uploaded_by_member_id: memberId,
      file_name: 'big.pdf',
      kind: 'pdf',
      size_bytes: content.length,
      sha256: 'x',
      content,
      created_at: now,
    });

    const row = await db('mm_partnership_documents').first('content');
    expect(Buffer.compare(Buffer.from(row.content), content)).toBe(0);
  });
});
