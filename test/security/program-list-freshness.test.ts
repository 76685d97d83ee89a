/**
 * The programs list each instance keeps for PROGRAM_LIST_TTL_MS (program-store.ts), which
 * every request reads to know who administers what: read once while fresh, dropped by a
 * change made through the store once it commits, never kept when read while a change was
 * still to commit. Across two instances on one database, a program handed to another
 * administrator role is refused to the old role at once on the instance that saved it, and on
 * the other once the list's lifetime has passed.
 */
import { migrateLatest } from '../../src/db/migrations';
import { PROGRAM_LIST_TTL_MS, ProgramStore } from '../../src/programs/program-store';
import { activeMember, post } from '../admin/admin-helpers';
import { signedIn } from '../members/profile-helpers';
import { startInstance } from '../reliability/support/plugin-instance';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';
import { at, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';

const onMariaDb = databaseKinds().includes('mariadb') ? describe : describe.skip;

const STUDENTS = {
  slug: 'ola-students',
  name: 'OLA Student Mentoring',
  program_contact_email: 'students@ola.example',
  support_contact_email: 'help@ola.example',
  admin_role: 'students-admin',
};

/** The general settings form of the students' program, handed to another role. */
const HANDED_OVER = {
  name: STUDENTS.name,
  program_contact_email: STUDENTS.program_contact_email,
  support_contact_email: STUDENTS.support_contact_email,
  admin_role: 'student-mentors',
  partnership_term_months: '6',
  request_expiry_days: '14',
  max_mentor_capacity: '2',
  document_retention_days: '30',
};

describe.each(databaseKinds())('the programs list an instance keeps, on %s', (kind) => {
  let database: TestDatabase;
  let clock: { now: number };
  let programs: ProgramStore;
  let reads = 0;

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await migrateLatest(database.db);
    database.db.on('query', (query: { sql: string }) => {
      if (/^select .* from `mm_programs`/.test(query.sql)) reads += 1;
    });
  });

  beforeEach(() => {
    clock = { now: Date.now() };
    programs = new ProgramStore(database.db, () => clock.now);
    reads = 0;
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('reads the programs once while the list is fresh, and again once it is not', async () => {
    await programs.all();
    clock.now += PROGRAM_LIST_TTL_MS - 1;
    await programs.all();
    const readWhileFresh = reads;
    clock.now += 1;
    await programs.all();

    expect(readWhileFresh).toBe(1);
    expect(reads).toBe(2);
  });

  it("reads a program's new administrator role on the next call after the change", async () => {
    const [first] = await programs.all();
    await database.db.transaction((trx) =>
      programs.updateDetails(trx, first.id, { ...first, adminRole: `${kind}-new-role` }),
    );
    const [after] = await programs.all();

    expect(after.adminRole).toBe(`${kind}-new-role`);
    expect(reads).toBe(2);
  });

  it('lists a program added through the store on the next call', async () => {
    const before = await programs.all();
    const id = await database.db.transaction((trx) =>
      programs.create(trx, { ...before[0], slug: `added-${kind}`, adminRole: null }, clock.now),
    );
    const after = await programs.all();

    expect(after.map((program) => program.id)).toEqual([...before.map((p) => p.id), id]);
  });
});

onMariaDb('the programs list read while a change is committing, on mariadb', () => {
  let database: TestDatabase;
  const clock = { now: Date.now() };

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
    await migrateLatest(database.db);
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('is not kept: the call after the commit reads the change', async () => {
    const programs = new ProgramStore(database.db, () => clock.now);
    const [first] = await programs.all();

    // Another connection reads while the transaction holds the change, uncommitted.
    let during = first;
    await database.db.transaction(async (trx) => {
      await programs.updateDetails(trx, first.id, { ...first, adminRole: 'committing-role' });
      [during] = await programs.all();
    });
    const [after] = await programs.all();

    expect(during.adminRole).toBe(first.adminRole);
    expect(after.adminRole).toBe('committing-role');
  });
});

onMariaDb('a program handed to another administrator role, on two instances', () => {
  let database: TestDatabase;
  let instances: TestPlugin[] = [];
  const clock = { now: Date.now() };

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
    await migrateLatest(database.db);
    for (let i = 0; i < 2; i += 1) {
      instances.push(await startInstance(database, { clock, runMigrations: false }));
    }
  });

  afterAll(async () => {
    for (const instance of instances) await instance.close();
    instances = [];
    await database?.drop();
  });

  it('is refused to the old role at once here, and within the lifetime there', async () => {
    const [here, there] = instances;
    const admin = await signedIn(here, ADMINISTRATOR);
    await post(admin, here, '/admin/programs', STUDENTS);
    const studentsId = String(
      (await database.db('mm_programs').where({ slug: STUDENTS.slug }).first('id')).id,
    );
    const sasha = {
      ...activeMember('students-admin', 'Sasha'),
      roles: ['member', 'students-admin'],
    };
    const sashaHere = await signedIn(here, sasha);
    const sashaThere = await signedIn(there, sasha);
    await post(sashaHere, here, '/programs/choose', { programId: studentsId });
    await post(sashaThere, there, '/programs/choose', { programId: studentsId });
    const allowedBefore = [
      (await sashaHere.get(at(here, '/admin'))).status,
      (await sashaThere.get(at(there, '/admin'))).status,
    ];

    await post(admin, here, '/admin/programs/choose', { programId: studentsId });
    const saved = await post(admin, here, '/admin/settings', HANDED_OVER);
    const refusedHere = await sashaHere.get(at(here, '/admin'));
    clock.now += PROGRAM_LIST_TTL_MS;
    const refusedThere = await sashaThere.get(at(there, '/admin'));

    expect(allowedBefore).toEqual([200, 200]);
    expect(saved.status).toBe(303);
    expect(refusedHere.status).toBe(403);
    expect(refusedThere.status).toBe(403);
  });
});
