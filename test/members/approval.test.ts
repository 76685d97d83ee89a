import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, LAPSED_MEMBER } from '../support/saml';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import {
  emailsTo,
  forgetSignInAttempts,
  matchingJobsFor,
  memberId,
  rolesOf,
  saveProfile,
  signedIn,
  takeWaitingJobs,
  validProfile,
} from './profile-helpers';

const LAPSED = { memberOverrides: { membershipStatus: 'lapsed' as const } };
const ACTIVE = { memberOverrides: { membershipStatus: 'active' as const } };
// An empty attribute is no attribute: the host did not say.
const UNKNOWN = { memberOverrides: { membershipStatus: '' as unknown as 'active' } };

describe.each(databaseKinds())('approval of each role on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    const mail = { smtpUrl: `smtp://127.0.0.1:${smtp.port}`, fromAddress: 'mentoring@example.org' };
    test = await startTestPlugin(kind, { settings: { mail } });
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
    const db = test.database.db;
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    smtp.messages.splice(0);
    await db('mm_outbox').delete();
    await db('mm_jobs').delete();
    await db('mm_profile_skills').delete();
    await db('mm_profile_roles').delete();
    await db('mm_profiles').delete();
  });

  it('delivers one approval email per role, each naming its role', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);

    await saveProfile(agent, test, validProfile());
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    const subjects = smtp.messages.map((m) => m.parsed.subject).sort();
    expect(subjects).toEqual([
      'Ontario Library Association Mentoring Program: you are approved as a mentee',
      'Ontario Library Association Mentoring Program: you are approved as a mentor',
    ]);
    expect(smtp.messages.every((m) => m.envelopeTo[0] === 'amira.work@example.org')).toBe(true);
  });

  it('lets a member hold each role once, and emails only the role newly applied for', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    await saveProfile(agent, test, validProfile({ roles: ['mentee'] }));
    await saveProfile(agent, test, validProfile({ roles: ['mentee'] }));
    await saveProfile(agent, test, validProfile({ roles: ['mentee', 'mentor', 'mentor'] }));

    const emails = await emailsTo(test, id, 'role-approved');
    expect(emails.map((e) => e.data.role)).toEqual(['mentee', 'mentor']);
    expect(await rolesOf(test, id)).toHaveLength(2);
  });

  it('leaves a role to an administrator when the host does not report membership', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR, UNKNOWN);
    const id = await memberId(test, ACTIVE_MENTOR);

    await saveProfile(agent, test, validProfile({ roles: ['mentor'] }));

    const roles = await rolesOf(test, id);
    const states = roles.map((r) => [r.status, r.status_reason]);
    expect(states).toEqual([['pending', 'membership_unknown']]);
    expect(await emailsTo(test, id)).toHaveLength(0);
    expect(await matchingJobsFor(test, id)).toHaveLength(1);
    const page = await agent.get(at(test, '/profile'));
    expect(page.text).toMatch(/Mentor<\/strong>:\s*waiting for a program administrator/);
    expect(page.text).toContain('Your portal did not tell us whether your membership is active');
  });

  it('holds a lapsed member’s application, and approves it at an active sign-in', async () => {
    const agent = await signedIn(test, LAPSED_MEMBER);
    const id = await memberId(test, LAPSED_MEMBER);
    await saveProfile(agent, test, validProfile({ institution: 'Greater Sudbury Public Library' }));

    expect((await rolesOf(test, id)).map((r) => r.status)).toEqual(['suspended', 'suspended']);
    expect(await emailsTo(test, id)).toHaveLength(0);
    expect((await agent.get(at(test, '/profile'))).text).toContain('Your membership is not active');

    await signedIn(test, LAPSED_MEMBER, ACTIVE);

    expect((await rolesOf(test, id)).map((r) => r.status)).toEqual(['approved', 'approved']);
    expect(await emailsTo(test, id, 'role-approved')).toHaveLength(2);
  });

  it('suspends approved roles when membership lapses, and brings them back on return', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());
    await takeWaitingJobs(test);

    const lapsed = await signedIn(test, ACTIVE_MENTOR, LAPSED);

    const held = await rolesOf(test, id);
    expect(held.map((r) => [r.status, r.status_reason])).toEqual([
      ['suspended', 'membership_lapsed'],
      ['suspended', 'membership_lapsed'],
    ]);
    const suspended = await emailsTo(test, id, 'role-suspended');
    expect(suspended).toHaveLength(1);
    expect(suspended[0].data).toMatchObject({
      roles: ['mentor', 'mentee'],
      reason: 'membership_lapsed',
    });
    expect(await matchingJobsFor(test, id)).toHaveLength(2);
    const page = await lapsed.get(at(test, '/profile'));
    expect(page.text).toMatch(/Mentor<\/strong>:\s*on hold/);
    expect(page.text).toContain('Renew your membership and sign in again');
    await takeWaitingJobs(test);

    await signedIn(test, ACTIVE_MENTOR, ACTIVE);

    expect((await rolesOf(test, id)).map((r) => r.status)).toEqual(['approved', 'approved']);
    expect(await emailsTo(test, id, 'role-approved')).toHaveLength(4);
    expect(await matchingJobsFor(test, id)).toHaveLength(3);
  });

  it('tells a lapsed member why, in an email that lists their roles', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    smtp.messages.splice(0);

    await signedIn(test, ACTIVE_MENTOR, LAPSED);
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    expect(smtp.messages).toHaveLength(1);
    const email = smtp.messages[0].parsed;
    expect(email.subject).toContain('your participation is on hold');
    expect(email.text).toContain('no longer active');
    expect(email.text).toMatch(/- Mentor\n- Mentee/);
    expect(email.html).toContain('<li>Mentor</li>');
    await signedIn(test, ACTIVE_MENTOR, ACTIVE);
  });

  it('keeps a role that did not change when the membership stays as it was', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());

    await signedIn(test, ACTIVE_MENTOR, ACTIVE);

    expect((await rolesOf(test, id)).map((r) => r.status)).toEqual(['approved', 'approved']);
    expect(await emailsTo(test, id)).toHaveLength(2);
  });
});
