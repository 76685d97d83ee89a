import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR, NEW_GRADUATE as FRENCH_SPEAKING_GRADUATE } from '../support/saml';
import {
  csrfTokenIn,
  emailsTo,
  forgetSignInAttempts,
  matchingJobsFor,
  memberId,
  postForm,
  rolesOf,
  saveProfile,
  signedIn,
  takeWaitingJobs,
  validProfile,
  type Agent,
} from '../members/profile-helpers';
import { auditRows } from './admin-helpers';

// The sample graduate prefers French; these tests read the English pages.
const NEW_GRADUATE = { ...FRENCH_SPEAKING_GRADUATE, preferredLanguage: 'en' as const };

/** A member whose portal does not report membership: their roles wait for an administrator. */
function unreportedMember(n: number): SampleMember {
  return {
    ...NEW_GRADUATE,
    nameId: `ola-unreported-${n}`,
    email: `member${n}@example.org`,
    givenName: `Member${n}`,
    surname: 'Unreported',
    membershipStatus: '' as SampleMember['membershipStatus'],
  };
}

async function applyAsMentee(test: TestPlugin, member: SampleMember): Promise<number> {
  const agent = await signedIn(test, member);
  const res = await saveProfile(agent, test, validProfile({
    roles: ['mentee'],
    years_experience: '1',
    contact_email: member.email,
    contact_phone: '613 555 0142',
  }));
  if (res.status !== 303) throw new Error(`profile not saved: ${res.status}`);
  return memberId(test, member);
}

async function queuePage(admin: Agent, test: TestPlugin, page = 1) {
  return admin.get(at(test, `/admin/approvals?page=${page}`));
}

async function waitingRoleId(test: TestPlugin, id: number): Promise<number> {
  return (await rolesOf(test, id))[0].id as number;
}

describe.each(databaseKinds())('the administrators’ approval queue on %s', (kind) => {
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
    await forgetSignInAttempts(test);
    const db = test.database.db;
    await db('mm_outbox').delete();
    await db('mm_jobs').delete();
    await db('mm_profile_skills').delete();
    await db('mm_profile_roles').delete();
    await db('mm_profiles').delete();
  });

  it('refuses the queue and its decisions to a member who is not an administrator', async () => {
    const id = await applyAsMentee(test, unreportedMember(1));
    const roleId = await waitingRoleId(test, id);
    const member = await signedIn(test, ACTIVE_MENTOR);

    expect((await member.get(at(test, '/admin/approvals'))).status).toBe(403);
    expect((await member.get(at(test, '/admin'))).status).toBe(403);
    const approve = await postForm(member, test, `/admin/approvals/${roleId}/approve`, {});
    expect(approve.status).toBe(403);
    expect((await rolesOf(test, id))[0].status).toBe('pending');
  });

  it('lists waiting roles a page at a time, oldest first, without contact details', async () => {
    for (let n = 1; n <= 21; n++) {
      await applyAsMentee(test, unreportedMember(n));
      test.clock.now += 1000;
    }

    const first = await queuePage(admin, test);
    const second = await queuePage(admin, test, 2);

    expect(first.status).toBe(200);
    expect(first.text).toContain('Roles waiting: 21');
    expect(first.text).toContain('Page 1 of 2');
    expect(first.text).toContain('Member1 Unreported, Mentee');
    expect(first.text).toContain('Member20 Unreported, Mentee');
    expect(first.text).not.toContain('Member21 Unreported');
    expect(second.text).toContain('Member21 Unreported, Mentee');
    expect(second.text).toContain('rel="prev"');
    expect(first.text).not.toContain('member1@example.org');
    expect(first.text).not.toContain('613 555 0142');
    expect(first.text).toContain('The portal did not say whether their membership is active.');
  });

  it('approves a waiting role, emails the member and asks the matching to run', async () => {
    const id = await applyAsMentee(test, unreportedMember(30));
    const roleId = await waitingRoleId(test, id);
    await takeWaitingJobs(test);

    const res = await postForm(admin, test, `/admin/approvals/${roleId}/approve`, { page: '1' });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/mentormatch/admin/approvals?page=1&notice=approved');
    const [role] = await rolesOf(test, id);
    expect(role.status).toBe('approved');
    expect(await emailsTo(test, id, 'role-approved')).toHaveLength(1);
    expect(await matchingJobsFor(test, id)).toHaveLength(2);
    const page = await admin.get(at(test, res.headers.location.replace('/mentormatch', '')));
    expect(page.text).toContain('The role is approved and the member has been emailed.');
    expect(page.text).not.toContain('Member30 Unreported');
  });

  it('declines a waiting role with a reason the member is told by email', async () => {
    const member = unreportedMember(31);
    const id = await applyAsMentee(test, member);
    const roleId = await waitingRoleId(test, id);
    const reason = 'Please ask the association to confirm your membership, then apply again.';

    await postForm(admin, test, `/admin/approvals/${roleId}/decline`, { note: reason });

    const [role] = await rolesOf(test, id);
    expect([role.status, role.decision_note]).toEqual(['declined', reason]);
    const emails = await emailsTo(test, id, 'role-declined');
    expect(emails).toHaveLength(1);
    expect(emails[0].data).toMatchObject({ role: 'mentee', note: reason });
    const own = await signedIn(test, member);
    const page = await own.get(at(test, '/profile'));
    expect(page.text).toMatch(/Mentee<\/strong>:\s*declined/);
    expect(page.text).toContain(reason);
  });

  it('records each decision in the audit log with who made it and the reason', async () => {
    const id = await applyAsMentee(test, unreportedMember(33));
    const roleId = await waitingRoleId(test, id);
    const reason = 'Membership could not be confirmed.';

    await postForm(admin, test, `/admin/approvals/${roleId}/decline`, { note: reason });

    const rows = await auditRows(test, 'role.decline');
    const row = rows.find((r) => r.subject === `role:${roleId}`);
    expect(row?.after).toEqual({ note: reason });
    expect(row?.actor_member_id).toBe(await memberId(test, ADMINISTRATOR));
  });

  it('will not decline without a reason, and says so beside the field', async () => {
    const id = await applyAsMentee(test, unreportedMember(32));
    const roleId = await waitingRoleId(test, id);

    const res = await postForm(admin, test, `/admin/approvals/${roleId}/decline`, { note: '  ' });

    expect(res.status).toBe(422);
    expect(res.text).toContain(`<p class="field-error" id="note-${roleId}-error">`);
    expect(res.text).toMatch(new RegExp(`id="note-${roleId}"[^>]*aria-invalid="true"`));
    expect((await rolesOf(test, id))[0].status).toBe('pending');
    expect(await emailsTo(test, id)).toHaveLength(0);
  });

  it('answers a role decided twice only once', async () => {
    const id = await applyAsMentee(test, unreportedMember(33));
    const roleId = await waitingRoleId(test, id);
    const page = await queuePage(admin, test);
    const token = csrfTokenIn(page.text);
    const path = at(test, `/admin/approvals/${roleId}/approve`);
    const approve = () => admin.post(path).type('form').send({ _csrf: token });

    await approve();
    const again = await approve();

    expect(again.headers.location).toContain('notice=already_decided');
    expect(await emailsTo(test, id, 'role-approved')).toHaveLength(1);
  });

  it('answers an unknown role with the not-found page', async () => {
    const res = await postForm(admin, test, '/admin/approvals/999999/approve', {});

    expect(res.status).toBe(404);
  });

  it.each(['approve', 'decline'])('refuses to %s without the form’s CSRF token', async (action) => {
    const id = await applyAsMentee(test, unreportedMember(34));
    const roleId = await waitingRoleId(test, id);

    const res = await admin
      .post(at(test, `/admin/approvals/${roleId}/${action}`))
      .type('form')
      .send({ note: 'No.' });

    expect(res.status).toBe(403);
    expect((await rolesOf(test, id))[0].status).toBe('pending');
  });
});
