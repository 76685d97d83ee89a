import { migrateDown, migrateLatest, migrateRollbackAll, migrateUp, pendingMigrations } from '../../src/db/migrations';
import { migrations } from '../../migrations';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';

describe.each(databaseKinds())('migrations on %s', (kind) => {
  let test: TestDatabase;

  beforeEach(async () => {
    test = await createTestDatabase(kind);
  });

  afterEach(async () => {
    await test.drop();
  });

  it('applies every migration, then undoes them all, leaving no MentorMatch table', async () => {
    const applied = await migrateLatest(test.db);
    expect(applied).toEqual(migrations.map((m) => m.name));
    expect(await test.db.schema.hasTable('mm_members')).toBe(true);
    expect(await pendingMigrations(test.db)).toEqual([]);

    await migrateRollbackAll(test.db);
    for (const table of ['mm_programs', 'mm_members', 'mm_sessions', 'mm_saml_requests']) {
      expect(await test.db.schema.hasTable(table)).toBe(false);
    }
  });

  it('walks each migration up, down and up again', async () => {
    for (const migration of migrations) {
      await migrateUp(test.db);
      await migrateDown(test.db);
      await migrateUp(test.db);
      expect((await pendingMigrations(test.db))).not.toContain(migration.name);
    }
  });

  it('creates the default OLA program from the start', async () => {
    await migrateLatest(test.db);
    const program = await test.db('mm_programs').where({ slug: 'ola' }).first();
    expect(program.name).toMatch(/Ontario Library Association/);
  });
});
