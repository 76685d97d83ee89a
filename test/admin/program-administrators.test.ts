/**
 * Administrators of one program: a program names a host role of its own, and members who hold
 * it run that program and no other, while holders of the host's administrator role run every
 * program and alone add programs. Everyone signs in through the real SAML flow.
 */
import { ADMIN_MENU } from '../../src/admin/admin-menu';
import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { routesOf } from '../security/fuzz-forms';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import { activeMember, auditRows, expectRefused, post } from './admin-helpers';

const STUDENTS = {
  slug: 'ola-students',
  name: 'OLA Student Mentoring',
  program_contact_email: 'students@ola.example',
  support_contact_email: 'help@ola.example',
  admin_role: 'students-admin',
};

const CLOSED = {
  slug: 'ola-closed',
  name: 'OLA Closed Circle',
  program_contact_email: 'closed@ola.example',
  support_contact_email: 'help@ola.example',
};

/** The general settings form of the students' program, as its administrators save it. */
const STUDENTS_GENERAL = {
  name: STUDENTS.name,
  program_contact_email: STUDENTS.program_contact_email,
  support_contact_email: STUDENTS.support_contact_email,
  partnership_term_months: '4',
  request_expiry_days: '14',
  max_mentor_capacity: '2',
  document_retention_days: '30',
};

const DAY_MS = 86_400_000;

/** The names in the program picker of an admin page, in order. */
function pickerNames(html: string): string[] {
  const picker = /<select name="programId"[^>]*>([\s\S]*?)<\/select>/.exec(html)?.[1] ?? '';
  return [...picker.matchAll(/<option[^>]*>([^<]*)<\/option>/g)].map((match) => match[1]);
}

/** The names of the programs the home page offers, in order. */
function homeChoices(html: string): string[] {
  const section = /<section aria-labelledby="open-programs">([\s\S]*?)<\/section>/.exec(html);
  return [...(section?.[1] ?? '').matchAll(/<li>\s*([^<\n]+?)\s*(?:<|\()/g)].map((m) => m[1]);
}

describe.each(databaseKinds())('administrators of one program on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let studentsAdmin: Agent;
  let defaultName: string;
  let studentsId: number;
  let closedId: number;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    admin = await signedIn(test, ADMINISTRATOR);
    defaultName = (await test.database.db('mm_programs').where({ id: 1 }).first()).name;

    // A program with its own administrator role, and one whose registration opens later.
    await post(admin, test, '/admin/programs', STUDENTS);
    await post(admin, test, '/admin/programs', CLOSED);
    const programs = test.database.db('mm_programs');
    studentsId = (await programs.clone().where({ slug: STUDENTS.slug }).first()).id;
    closedId = (await programs.clone().where({ slug: CLOSED.slug }).first()).id;
    const now = test.clock.now;
    await test.database.db('mm_program_sessions').insert({
      program_id: closedId,
      name: 'Later',
      registration_opens_at: now + DAY_MS,
      registration_closes_at: now + 2 * DAY_MS,
      starts_at: now + 3 * DAY_MS,
      term_months: 6,
      created_at: now,
      updated_at: now,
    });

    const member = {
      ...activeMember('students-admin', 'Sasha'),
      roles: ['member', 'students-admin'],
    };
    studentsAdmin = await signedIn(test, member);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  it("records the administrator role a global administrator gives a new program", async () => {
    const program = await test.database.db('mm_programs').where({ id: studentsId }).first();
    const created = (await auditRows(test, 'program.created')).find(
      (entry) => entry.program_id === studentsId,
    );
    const closed = await test.database.db('mm_programs').where({ id: closedId }).first();

    expect(program.admin_role).toBe('students-admin');
    expect(created?.after).toMatchObject({ adminRole: 'students-admin' });
    expect(closed.admin_role).toBeNull();
  });

  it("refuses every admin route to the students' administrator in another program", async () => {
    const adminRoutes = routesOf(test.plugin).filter(
      (route) => route.path === '/admin' || route.path.startsWith('/admin/'),
    );
    const paths = (method: string) =>
      adminRoutes.filter((r) => r.method === method).map((r) => r.path.replace(/:\w+/g, '1'));
    const home = await studentsAdmin.get(at(test, '/'));

    await expectRefused(test, studentsAdmin, { get: paths('get'), post: paths('post') });
    expect(paths('get').length + paths('post').length).toBeGreaterThanOrEqual(30);
    expect(home.text).not.toContain('href="/mentormatch/admin"');
    expect(await auditRows(test)).toHaveLength(2);
  });

  it('offers the programs they administer and those open for enrolment, no other', async () => {
    const home = await studentsAdmin.get(at(test, '/'));
    const closed = await post(studentsAdmin, test, '/programs/choose', {
      programId: String(closedId),
    });

    expect(home.text).toContain('Programs open for enrolment or that you administer');
    expect(homeChoices(home.text)).toEqual([defaultName, STUDENTS.name]);
    expect(closed.status).toBe(404);
  });

  it("lets them run their own program's administration, and nothing more", async () => {
    const chosen = await post(studentsAdmin, test, '/programs/choose', {
      programId: String(studentsId),
    });
    const pages: Record<string, number> = {};
    for (const entry of ADMIN_MENU) {
      pages[entry.path] = (await studentsAdmin.get(at(test, entry.path))).status;
    }
    const programsPage = await studentsAdmin.get(at(test, '/admin/programs'));
    const settingsPage = await studentsAdmin.get(at(test, '/admin/settings'));
    const saved = await post(studentsAdmin, test, '/admin/settings', {
      ...STUDENTS_GENERAL,
      admin_role: 'someone-else',
    });
    const added = await post(studentsAdmin, test, '/admin/programs', { ...CLOSED, slug: 'more' });
    const backToDefault = await post(studentsAdmin, test, '/admin/programs/choose', {
      programId: '1',
    });

    expect(chosen.headers.location).toBe('/mentormatch/admin');
    expect(pages).toEqual(Object.fromEntries(ADMIN_MENU.map((entry) => [entry.path, 200])));
    expect(pickerNames(programsPage.text)).toEqual([STUDENTS.name]);
    expect(programsPage.text).not.toContain('Add a program');
    expect(settingsPage.text).not.toContain('id="field-admin_role"');
    expect(saved.status).toBe(303);
    const program = await test.database.db('mm_programs').where({ id: studentsId }).first();
    expect(program.admin_role).toBe('students-admin');
    const [change] = await auditRows(test, 'settings.general');
    expect(change).toMatchObject({ program_id: studentsId, actor_name: 'Sasha Tester' });
    expect(change.after).toEqual({ partnershipTermMonths: 4, maxMentorCapacity: 2 });
    expect([added.status, backToDefault.status]).toEqual([403, 404]);
  });

  it('lets the global administrator run both programs and choose any of them', async () => {
    const home = await admin.get(at(test, '/'));
    await post(admin, test, '/admin/programs/choose', { programId: String(studentsId) });
    const students = await admin.get(at(test, '/admin/settings'));
    await post(admin, test, '/admin/programs/choose', { programId: '1' });
    const ola = await admin.get(at(test, '/admin/settings'));
    const programsPage = await admin.get(at(test, '/admin/programs'));

    expect(homeChoices(home.text)).toEqual([defaultName, STUDENTS.name, CLOSED.name]);
    expect(students.status).toBe(200);
    expect(students.text).toMatch(/id="field-admin_role"[^>]*value="students-admin"/);
    expect(ola.status).toBe(200);
    expect(ola.text).toContain(`value="${defaultName}"`);
    expect(pickerNames(programsPage.text)).toEqual([defaultName, STUDENTS.name, CLOSED.name]);
    expect(programsPage.text).toContain('Add a program');
  });

  it("refuses an administrator role no host could send, beside the field", async () => {
    await post(admin, test, '/admin/programs/choose', { programId: String(studentsId) });
    const broken = await post(admin, test, '/admin/settings', {
      ...STUDENTS_GENERAL,
      admin_role: 'students\nadmin',
    });
    const long = await post(admin, test, '/admin/settings', {
      ...STUDENTS_GENERAL,
      admin_role: 'r'.repeat(192),
    });

    expect(broken.status).toBe(422);
    expect(broken.text).toContain(
      'id="field-admin_role-error">Enter the role on one line, exactly as single sign-on sends it',
    );
    expect(long.status).toBe(422);
    expect(long.text).toContain('id="field-admin_role-error">Shorten this to 191 characters');
    const program = await test.database.db('mm_programs').where({ id: studentsId }).first();
    expect(program.admin_role).toBe('students-admin');
  });

  it('hands the program to another role at once, recorded in its audit log', async () => {
    await post(admin, test, '/admin/programs/choose', { programId: String(studentsId) });
    const saved = await post(admin, test, '/admin/settings', {
      ...STUDENTS_GENERAL,
      admin_role: ' student-mentors ',
    });
    const refused = await studentsAdmin.get(at(test, '/admin'));

    expect(saved.status).toBe(303);
    const entries = await auditRows(test, 'settings.general');
    expect(entries.at(-1)).toMatchObject({
      program_id: studentsId,
      before: { adminRole: 'students-admin' },
      after: { adminRole: 'student-mentors' },
    });
    expect(refused.status).toBe(403);
  });
});
