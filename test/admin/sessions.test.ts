import { startOfDate } from '../../src/programs/program-session-dates';
import { SESSION_OPENS_JOB } from '../../src/programs/program-session-service';
import {
  emailsTo,
  forgetSignInAttempts,
  rolesOf,
  signedIn,
  type Agent,
} from '../members/profile-helpers';
import { activePartnership } from '../partnerships/partnership-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR } from '../support/saml';
import {
  activeMember,
  apply,
  auditRows,
  expectRefused,
  firstRow,
  mentorAndMentee,
  monthsBetween,
  post,
} from './admin-helpers';
import { sessionForm } from './session-helpers';

const MENTEE = { roles: ['mentee'], years_experience: '1' };

describe.each(databaseKinds())('sessions on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    admin = await signedIn(test, ADMINISTRATOR);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    test.clock.now = Date.now();
    await forgetSignInAttempts(test);
    await test.database.db('mm_jobs').delete();
    await test.database.db('mm_program_sessions').delete();
  });

  it('refuses the sessions and programs pages and forms to a member without the role', async () => {
    const member = await signedIn(test, ACTIVE_MENTOR);

    await expectRefused(test, member, {
      get: ['/admin/sessions', '/admin/sessions/1', '/admin/programs'],
      post: ['/admin/sessions', '/admin/sessions/1', '/admin/programs', '/admin/programs/choose'],
    });
    expect(await test.database.db('mm_program_sessions')).toEqual([]);
  });

  it('shows each mistake beside its field, keeps what was typed and saves nothing', async () => {
    const typed = {
      name: 'Spring',
      registration_opens: '2027-02-30',
      registration_closes: '2027-02-21',
      starts: '2027-02-10',
      term_months: '40',
    };

    const res = await post(admin, test, '/admin/sessions', typed);
    const backwards = await post(admin, test, '/admin/sessions', {
      ...typed,
      registration_opens: '2027-02-22',
      term_months: '4',
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('id="field-registration_opens-error">Enter a date like 2027-02-01');
    expect(res.text).toContain('-starts-error">The session must start after registration closes');
    expect(res.text).toContain('id="field-term_months-error">Enter a whole number from 1 to 36');
    expect(res.text).toMatch(/id="field-registration_opens"[^>]*value="2027-02-30"/);
    expect(backwards.text).toContain('Registration must close on or after the day it opens');
    expect(await test.database.db('mm_program_sessions')).toEqual([]);
    expect(await auditRows(test, 'session.created')).toEqual([]);
  });

  it('adds and changes sessions, refusing overlapping windows, auditing each change', async () => {
    const spring = sessionForm(10, 20, 30);
    await post(admin, test, '/admin/sessions', spring);
    const [session] = await test.database.db('mm_program_sessions');

    const overlapping = await post(admin, test, '/admin/sessions', sessionForm(15, 25, 40));
    const longer = { ...spring, term_months: '6' };
    const changed = await post(admin, test, `/admin/sessions/${session.id}`, longer);
    const list = await admin.get(at(test, '/admin/sessions'));

    expect(overlapping.status).toBe(422);
    expect(overlapping.text).toContain('The registration dates overlap another session’s');
    expect(changed.headers.location).toBe('/mentormatch/admin/sessions?notice=updated');
    expect(list.text).toContain(spring.name);
    expect(list.text).toContain('Registration not open yet');
    expect(Number(session.registration_opens_at)).toBe(startOfDate(spring.registration_opens));
    const [created] = await auditRows(test, 'session.created');
    const opens = spring.registration_opens;
    expect(created.after).toMatchObject({ registrationOpens: opens, termMonths: 4 });
    const [updated] = await auditRows(test, 'session.updated');
    expect([updated.before, updated.after]).toEqual([{ termMonths: 4 }, { termMonths: 6 }]);
  });

  it('names each phase and leads to the proposal while matches are confirmed', async () => {
    const forms = [
      sessionForm(-400, -390, -380, '1'),
      sessionForm(-60, -50, -40, '6'),
      sessionForm(-20, -10, 5),
      sessionForm(10, 20, 30),
    ];
    for (const form of forms) await post(admin, test, '/admin/sessions', form);

    const list = await admin.get(at(test, '/admin/sessions'));

    const phases = [...list.text.matchAll(/<td>\s*([^<]+?)\s*(?:<br>|<\/td>)/g)]
      .map((match) => match[1])
      .filter((cell) => /[a-z]/.test(cell));
    expect(phases).toEqual([
      'Registration not open yet',
      'Registration closed: matches being confirmed',
      'Running',
      'Finished',
    ]);
    // The link opens the proposal of the session whose matches are being confirmed.
    // Handlebars writes the '=' of the query as an entity, which the browser reads as '='.
    const link = /href="\/mentormatch\/admin\/matching\/proposals\?session(?:=|&#x3D;)(\d+)"/g;
    const proposals = [...list.text.matchAll(link)];
    expect(proposals).toHaveLength(1);
    const confirming = await test.database
      .db('mm_program_sessions')
      .where({ name: forms[2].name })
      .first('id');
    expect(Number(proposals[0][1])).toBe(confirming.id);
    expect(list.text).toContain('>Confirm the matches</a>');
  });

  it('lets a role wait between sessions and approves it when registration opens', async () => {
    await post(admin, test, '/admin/sessions', sessionForm(2, 12, 20));
    const [session] = await test.database.db('mm_program_sessions');
    const opensAt = Number(session.registration_opens_at);

    const waiting = await apply(test, activeMember('between'), MENTEE);
    const profile = await waiting.agent.get(at(test, '/profile'));
    const home = await waiting.agent.get(at(test, '/'));
    const queue = await admin.get(at(test, '/admin/approvals'));
    test.clock.now = opensAt - 60_000;
    await test.plugin.mentormatch.jobs.runDueOnce();
    const beforeOpening = await rolesOf(test, waiting.id);
    test.clock.now = opensAt;
    await test.plugin.mentormatch.jobs.runDueOnce();

    expect(beforeOpening.map((r) => [r.status, r.status_reason])).toEqual([
      ['pending', 'no_open_session'],
    ]);
    expect(profile.text).toContain('No session is taking applications right now.');
    expect(home.text).not.toContain('Programs open for enrolment');
    expect(queue.text).toContain('approved when the next one opens');
    const [role] = await rolesOf(test, waiting.id);
    expect([role.status, role.status_reason]).toEqual(['approved', null]);
    expect(await emailsTo(test, waiting.id, 'role-approved')).toHaveLength(1);
  });

  it('keeps roles waiting when the opening job runs after the window has closed', async () => {
    await post(admin, test, '/admin/sessions', sessionForm(3, 5, 10));
    const [session] = await test.database.db('mm_program_sessions');
    const late = await apply(test, activeMember('late'), MENTEE);

    test.clock.now = Number(session.registration_closes_at) + 1;
    await test.plugin.mentormatch.jobs.runDueOnce();

    const [role] = await rolesOf(test, late.id);
    expect([role.status, role.status_reason]).toEqual(['pending', 'no_open_session']);
    const job = await test.database.db('mm_jobs').where({ type: SESSION_OPENS_JOB }).first();
    expect(job.status).toBe('done');
  });

  it('approves at once while registration is open; partnerships take its term', async () => {
    await post(admin, test, '/admin/sessions', sessionForm(0, 10, 20, '4'));

    const member = await apply(test, activeMember('open'), MENTEE);
    const home = await member.agent.get(at(test, '/'));
    const { mentor, mentee } = await mentorAndMentee(test, 'session');
    const partnershipId = await activePartnership(test, mentor, mentee);

    expect((await rolesOf(test, member.id))[0].status).toBe('approved');
    expect(home.text).toContain('Programs open for enrolment');
    const partnership = await firstRow(test, 'mm_partnerships', { id: partnershipId });
    expect(monthsBetween(Number(partnership.starts_at), Number(partnership.ends_at))).toBe(4);
  });
});
