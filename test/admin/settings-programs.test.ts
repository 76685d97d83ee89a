import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import { activeMember, apply, auditRows, post } from './admin-helpers';

const MENTEE = { roles: ['mentee'], years_experience: '1' };

const STUDENTS = {
  slug: 'ola-students',
  name: 'OLA Student Mentoring',
  program_contact_email: 'students@ola.example',
  support_contact_email: 'help@ola.example',
};

describe.each(databaseKinds())('several programs on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let studentsId: number;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    admin = await signedIn(test, ADMINISTRATOR);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  it('refuses a program with a bad or taken short name, beside the field', async () => {
    const bad = await post(admin, test, '/admin/programs', { ...STUDENTS, slug: 'Students!' });
    const taken = await post(admin, test, '/admin/programs', { ...STUDENTS, slug: 'ola' });

    expect(bad.status).toBe(422);
    expect(bad.text).toContain('id="field-slug-error">Enter 2 to 64 lower-case letters');
    expect(bad.text).toContain('value="OLA Student Mentoring"');
    expect(taken.text).toContain('Another program already has this short name');
    expect(await test.database.db('mm_programs')).toHaveLength(1);
  });

  it('adds a program with its own institutions, recorded in its audit log', async () => {
    const res = await post(admin, test, '/admin/programs', STUDENTS);

    expect(res.headers.location).toBe('/mentormatch/admin/programs?notice=created');
    const program = await test.database.db('mm_programs').where({ slug: 'ola-students' }).first();
    studentsId = program.id;
    const own = await test.database.db('mm_institutions').where({ program_id: studentsId });
    const original = await test.database.db('mm_institutions').where({ program_id: 1 });
    expect(own).toHaveLength(original.length);
    const [entry] = await auditRows(test, 'program.created');
    expect(entry.program_id).toBe(studentsId);
  });

  it('lets an administrator switch programs; the admin pages then work on that one', async () => {
    const students = { programId: String(studentsId) };
    const picked = await post(admin, test, '/admin/programs/choose', students);
    const home = await admin.get(at(test, '/admin'));
    const saved = await post(admin, test, '/admin/settings', {
      ...STUDENTS, partnership_term_months: '3', request_expiry_days: '14',
      max_mentor_capacity: '3', document_retention_days: '30',
    });
    await post(admin, test, '/admin/programs/choose', { programId: '1' });
    const defaultSettings = await admin.get(at(test, '/admin/settings'));

    expect(picked.headers.location).toBe('/mentormatch/admin');
    expect(home.text).toContain('You are working on: OLA Student Mentoring');
    expect(home.text).toContain('href="/mentormatch/admin/email-log"');
    expect(saved.status).toBe(303);
    const rows = await test.database.db('mm_program_settings');
    expect(rows.map((row) => row.program_id)).toEqual([studentsId]);
    expect(defaultSettings.text).toMatch(/id="field-partnership_term_months"[^>]*value="6"/);
  });

  it('shows members the programs open for enrolment and lets them work in one', async () => {
    const member = await apply(test, activeMember('dual'), MENTEE);
    const home = await member.agent.get(at(test, '/'));

    const students = { programId: String(studentsId) };
    const chosen = await post(member.agent, test, '/programs/choose', students);
    const blank = await member.agent.get(at(test, '/profile'));
    await post(member.agent, test, '/profile/edit', {
      roles: ['mentee'], focus: 'university', years_experience: '1', place_query: 'Toronto',
      institution: 'Library of dual', contact_email: 'dual@host.example',
    });

    expect(home.text).toContain('Programs open for enrolment');
    expect(home.text).toContain('OLA Student Mentoring');
    // The button's name starts with its visible words, the program named after them (2.5.3).
    expect(home.text).toContain(
      '>Work in this program<span class="visually-hidden">: OLA Student Mentoring</span></button>',
    );
    expect(chosen.status).toBe(303);
    expect(blank.text).not.toContain('Library of dual');
    const profiles = await test.database.db('mm_profiles').where({ member_id: member.id });
    expect(profiles.map((p) => [p.program_id, p.focus]).sort()).toEqual([
      [1, 'public'],
      [studentsId, 'university'],
    ]);
  });

  it('does not let a member choose a program closed for enrolment', async () => {
    const now = Date.now();
    await test.database.db('mm_program_sessions').insert({
      program_id: studentsId, name: 'Later', registration_opens_at: now + 86_400_000,
      registration_closes_at: now + 2 * 86_400_000, starts_at: now + 3 * 86_400_000,
      term_months: 6, created_at: now, updated_at: now,
    });
    const member = await apply(test, activeMember('single'), MENTEE);

    const home = await member.agent.get(at(test, '/'));
    const students = { programId: String(studentsId) };
    const chosen = await post(member.agent, test, '/programs/choose', students);

    expect(home.text).not.toContain('OLA Student Mentoring');
    expect(chosen.status).toBe(404);
  });
});
