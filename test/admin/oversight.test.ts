import { createPlaceDirectory } from '../../src/members/places';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  accept,
  activePartnership,
  emailsTo,
  join,
  postForm,
  requestPartnership,
  signInAgain,
  type Agent,
  type Person,
} from '../partnerships/partnership-helpers';
import { auditRows } from './admin-helpers';
import { administrator, INJECTIONS, postFrom, runMatching } from './oversight-helpers';

/** Every page and form of oversight, manual matching and reports. */
const GET_ROUTES = [
  '/admin/participants',
  '/admin/participants/1',
  '/admin/participants/1/exclusions',
  '/admin/partnerships',
  '/admin/partnerships/1',
  '/admin/matching/pair',
  '/admin/matching/proposals',
  '/admin/matching/proposals/1',
  '/admin/matching/proposals/1/pairs/1/swap',
  '/admin/matching/proposals/1/publish',
  '/admin/reports',
];
const POST_ROUTES = [
  '/admin/participants/1/roles/1',
  '/admin/partnerships/1/end/confirm',
  '/admin/partnerships/1/end',
  '/admin/matching/pair',
  '/admin/matching/proposals',
  '/admin/matching/proposals/1/pairs/1/drop',
  '/admin/matching/proposals/1/pairs/1/swap',
  '/admin/matching/proposals/1/publish',
  '/admin/reports/participants.csv',
  '/admin/reports/partnerships.csv',
];

async function roleRow(test: TestPlugin, memberId: number, role: string) {
  return test.database
    .db('mm_profile_roles as r')
    .join('mm_profiles as p', 'p.id', 'r.profile_id')
    .where({ 'p.member_id': memberId, 'r.role': role })
    .first('r.id', 'r.status', 'r.status_reason', 'r.decision_note');
}

describe.each(databaseKinds())('program oversight on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let amira: Person;
  let bruno: Person;
  let tom: Person;
  let elodie: Person;
  let zoe: Person;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    amira = await join(test, {
      key: 'amira', givenName: 'Amira', surname: 'Haddad', years: 12, roles: ['mentor'],
      institution: 'Toronto Public Library', capacity: 2,
    });
    bruno = await join(test, {
      key: 'bruno', givenName: 'Bruno', surname: 'Côté', years: 20, roles: ['mentor'],
      institution: 'Ottawa Public Library',
    });
    tom = await join(test, {
      key: 'tom', givenName: 'Tom', surname: 'Lee', years: 1, roles: ['mentee'],
      institution: 'TPL',
    });
    elodie = await join(test, {
      key: 'elodie', givenName: 'Élodie', surname: 'Tremblay', years: 2, roles: ['mentee'],
      institution: 'University of Guelph',
    });
    zoe = await join(test, {
      key: 'zoe', givenName: 'Zoé', surname: 'Martin', years: 10, roles: ['mentee'],
      institution: 'Hamilton Public Library',
    });
    await runMatching(test);
    admin = await administrator(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('answers 403 to a signed-in member who is not an administrator, on every route', async () => {
    await signInAgain(test, amira);
    const auditBefore = await test.database.db('mm_audit_log').count({ n: '*' }).first();

    for (const path of GET_ROUTES) {
      const res = await amira.agent.get(at(test, path));
      expect([path, res.status]).toEqual([path, 403]);
    }
    for (const path of POST_ROUTES) {
      const res = await postForm(amira.agent, test, path, { note: 'x', reason: 'x', mentor: '1' });
      expect([path, res.status]).toEqual([path, 403]);
    }

    const auditAfter = await test.database.db('mm_audit_log').count({ n: '*' }).first();
    expect(auditAfter).toEqual(auditBefore);
    const drafts = await test.database.db('mm_matching_drafts').count({ n: '*' }).first();
    expect(drafts).toEqual({ n: 0 });
  });

  it('finds participants by name or email, each word anywhere', async () => {
    const byName = await admin.get(at(test, '/admin/participants?q=haddad'));
    const byEmail = await admin.get(at(test, '/admin/participants?q=elodie.contact'));
    const twoWords = await admin.get(at(test, '/admin/participants?q=tom+lee'));

    expect(byName.status).toBe(200);
    expect(byName.text).toContain('Participants found: 1');
    expect(byName.text).toContain('Amira Haddad');
    expect(byEmail.text).toContain('Élodie Tremblay');
    expect(byEmail.text).not.toContain('Amira Haddad');
    expect(twoWords.text).toContain('Participants found: 1');
  });

  it('filters participants by role, state, focus and region', async () => {
    const sudbury = createPlaceDirectory().search('Sudbury')[0];
    await test.database.db('mm_profiles').where({ member_id: zoe.id })
      .update({ focus: 'university', place_id: sudbury.id });

    const mentors = await admin.get(at(test, '/admin/participants?role=mentor'));
    const university = await admin.get(at(test, '/admin/participants?focus=university'));
    const northern = await admin.get(at(test, '/admin/participants?region=northern'));
    const toronto = await admin.get(at(test, '/admin/participants?region=toronto&role=mentee'));
    const declined = await admin.get(at(test, '/admin/participants?state=declined'));

    expect(mentors.text).toContain('Participants found: 2');
    expect(mentors.text).toContain('Bruno Côté');
    expect(mentors.text).not.toContain('Tom Lee');
    expect(university.text).toContain('Participants found: 1');
    expect(university.text).toContain('Zoé Martin');
    expect(northern.text).toContain('Zoé Martin');
    expect(northern.text).toContain('Northern Ontario');
    expect(toronto.text).toContain('Participants found: 2');
    expect(toronto.text).not.toContain('Zoé Martin');
    expect(declined.text).toContain('Participants found: 0');
  });

  it('pages through participants, keeping the filter on every page', async () => {
    const db = test.database.db;
    const now = Date.now();
    for (let n = 1; n <= 26; n++) {
      const [memberId] = await db('mm_members').insert({
        external_id: `paging-${n}`, email: `paging${n}@example.org`, given_name: 'Page',
        surname: `Zz${String(n).padStart(2, '0')}`, host_roles: '[]', last_sign_in_at: now,
        created_at: now, updated_at: now,
      });
      await db('mm_profiles').insert({
        program_id: 1, member_id: memberId, focus: 'school', years_experience: 1,
        contact_email: `paging${n}@example.org`, created_at: now, updated_at: now,
      });
    }

    const first = await admin.get(at(test, '/admin/participants?focus=school'));
    const second = await admin.get(at(test, '/admin/participants?focus=school&page=2'));

    expect(first.text).toContain('Participants found: 26');
    expect(first.text).toContain('Page 1 of 2');
    expect(first.text).toContain('Page Zz25');
    expect(first.text).not.toContain('Page Zz26');
    expect(first.text).toContain('participants?focus&#x3D;school&amp;page&#x3D;2');
    expect(second.text).toContain('Page Zz26');
    expect(second.text).not.toContain('Page Zz01');
  });

  it('treats SQL in every search and filter as plain text', async () => {
    for (const typed of INJECTIONS) {
      const value = encodeURIComponent(typed);
      const filters = `q=${value}&role=${value}&state=${value}&focus=${value}&region=${value}`;
      const list = await admin.get(at(test, `/admin/participants?${filters}&page=${value}`));
      const pair = await admin.get(
        at(test, `/admin/matching/pair?menteeQuery=${value}&mentorQuery=${value}&mentee=${value}`),
      );
      const partnerships = await admin.get(at(test, `/admin/partnerships?status=${value}`));
      const exclusions = await admin.get(
        at(test, `/admin/participants/${tom.id}/exclusions?page=${value}`),
      );

      expect([typed, list.status, pair.status, partnerships.status, exclusions.status])
        .toEqual([typed, 200, 200, 200, 200]);
      expect(list.text).toContain('Participants found: 0');
    }
    const crafted = encodeURIComponent('1 OR 1=1');
    const member = await admin.get(at(test, `/admin/participants/${crafted}`));
    expect(member.status).toBe(404);
    expect(await test.database.db('mm_members').where({ id: amira.id }).first()).toBeDefined();
  });

  it("shows a member's profile with contact details, roles, history and suggestions", async () => {
    const page = await admin.get(at(test, `/admin/participants/${elodie.id}`));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Élodie Tremblay');
    expect(page.text).toContain(elodie.contactEmail);
    expect(page.text).toContain(elodie.contactPhone);
    expect(page.text).toContain(elodie.member.email);
    expect(page.text).toContain('University of Guelph');
    expect(page.text).toMatch(/Mentee: approved/);
    expect(page.text).toContain('the portal (membership)');
    const suggestions = page.text.slice(page.text.indexOf('<h2>Suggestions</h2>'));
    expect(suggestions).toContain('Amira Haddad');
    expect(suggestions).toContain('Bruno Côté');
  });

  it('refuses to suspend a role without a reason, and says so beside the field', async () => {
    const role = await roleRow(test, bruno.id, 'mentor');
    const res = await postFrom(admin, test, `/admin/participants/${bruno.id}`,
      `/admin/participants/${bruno.id}/roles/${role.id}`, { action: 'suspend', note: ' ' });

    expect(res.status).toBe(422);
    expect(res.text).toContain(`id="note-${role.id}-error"`);
    expect(res.text).toContain('Enter the reason the member will be told');
    expect((await roleRow(test, bruno.id, 'mentor')).status).toBe('approved');
  });

  it('suspends a role with a reason the member is told, which sign-in does not undo', async () => {
    const role = await roleRow(test, bruno.id, 'mentor');
    const reason = 'Please complete the mentor orientation first.';
    const res = await postFrom(admin, test, `/admin/participants/${bruno.id}`,
      `/admin/participants/${bruno.id}/roles/${role.id}`, { action: 'suspend', note: reason });
    await signInAgain(test, bruno);

    expect(res.status).toBe(303);
    expect(await roleRow(test, bruno.id, 'mentor')).toMatchObject({
      status: 'suspended', status_reason: 'administrator', decision_note: reason,
    });
    const [email] = await emailsTo(test, bruno.id, 'role-suspended');
    expect(email.data).toMatchObject({ roles: ['mentor'], reason: 'administrator', note: reason });
    const own = await bruno.agent.get(at(test, '/profile'));
    expect(own.text).toContain('A program administrator suspended this role.');
    const audit = await test.database.db('mm_audit_log').where({ action: 'role.suspend' });
    expect(audit).toHaveLength(1);
  });

  it('reinstates a suspended role, tells the member, and keeps the history', async () => {
    const role = await roleRow(test, bruno.id, 'mentor');
    const res = await postFrom(admin, test, `/admin/participants/${bruno.id}`,
      `/admin/participants/${bruno.id}/roles/${role.id}`, { action: 'reinstate', note: 'Done.' });

    expect(res.status).toBe(303);
    expect((await roleRow(test, bruno.id, 'mentor')).status).toBe('approved');
    const [email] = await emailsTo(test, bruno.id, 'role-approved').then((e) => e.slice(-1));
    expect(email.data).toMatchObject({ role: 'mentor', reinstated: true, note: 'Done.' });
    const page = await admin.get(at(test, res.headers.location.replace('/mentormatch', '')));
    expect(page.text).toContain('The role is reinstated and the member has been emailed.');
    expect(page.text).toMatch(/suspended · suspended by an administrator[\s\S]*Daniel Whitebird/);
    expect(page.text).toContain('Please complete the mentor orientation first.');
    expect(await auditRows(test, 'role.reinstate')).toEqual([
      expect.objectContaining({
        program_id: 1, actor_name: 'Daniel Whitebird', subject: `role:${role.id}`,
        before: null, after: { note: 'Done.' },
      }),
    ]);
  });

  it('answers a decision that no longer applies with the reason, changing nothing', async () => {
    const role = await roleRow(test, amira.id, 'mentor');
    const res = await postFrom(admin, test, `/admin/participants/${amira.id}`,
      `/admin/participants/${amira.id}/roles/${role.id}`, { action: 'decline', note: 'No.' });
    const stranger = await postFrom(admin, test, `/admin/participants/${amira.id}`,
      `/admin/participants/${tom.id}/roles/${role.id}`, { action: 'suspend', note: 'No.' });

    expect(res.status).toBe(409);
    expect(res.text).toContain('That role had already been decided.');
    expect(stranger.status).toBe(404);
    expect((await roleRow(test, amira.id, 'mentor')).status).toBe('approved');
    expect(await auditRows(test, 'role.decline')).toEqual([]);
  });

  it('says which candidates the hard rules exclude for a member, and by which rule', async () => {
    const forTom = await admin.get(at(test, `/admin/participants/${tom.id}/exclusions`));
    const forZoe = await admin.get(at(test, `/admin/participants/${zoe.id}/exclusions`));

    expect(forTom.status).toBe(200);
    const ruledOut = (name: string, rule: string) =>
      new RegExp(`${name}</a></th>\\s*<td><ul class="plain"><li>${rule}`);
    expect(forTom.text).toMatch(ruledOut('Amira Haddad', 'same institution'));
    expect(forTom.text).not.toMatch(/Bruno Côté<\/a><\/th>/);
    expect(forZoe.text).toMatch(
      ruledOut('Amira Haddad', 'mentor&#x27;s experience not far enough above'),
    );
  });

  it("lists partnerships by state with partners' end reasons; ends one with a reason", async () => {
    const ended = await activePartnership(test, amira, elodie);
    await postForm(elodie.agent, test, `/partnerships/${ended}/end`, { reason: 'We never met.' });
    const open = await accept(test, bruno, await requestPartnership(test, tom, bruno, 'mentee'));

    const endedTab = await admin.get(at(test, '/admin/partnerships?status=ended'));
    const partnershipPage = await admin.get(at(test, `/admin/partnerships/${open}`));
    const withoutReason = await postFrom(admin, test, `/admin/partnerships/${open}`,
      `/admin/partnerships/${open}/end/confirm`, { reason: '' });
    const asked = await postFrom(admin, test, `/admin/partnerships/${open}`,
      `/admin/partnerships/${open}/end/confirm`, { reason: 'The mentee asked for a change.' });
    const whileAsked = await test.database.db('mm_partnerships').where({ id: open }).first();
    const res = await postFrom(admin, test, `/admin/partnerships/${open}`,
      `/admin/partnerships/${open}/end`, { reason: 'The mentee asked for a change.' });

    expect(endedTab.text).toContain('We never met.');
    expect(endedTab.text).toMatch(/Ended early \(1\)/);
    const endPath = at(test, `/admin/partnerships/${open}/end`);
    expect(partnershipPage.text).toContain(`action="${endPath}/confirm"`);
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.text).toContain('aria-invalid="true" autofocus');
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('<h1>End the partnership of Bruno Côté and Tom Lee?</h1>');
    expect(asked.text).toContain('<dd class="message">The mentee asked for a change.</dd>');
    expect(asked.text).toContain('name="reason" value="The mentee asked for a change."');
    expect(asked.text).toContain(`action="${endPath}"`);
    expect(asked.text).toContain('>Yes, end the partnership</button>');
    expect(asked.text).toContain('Cancel and keep the partnership');
    expect(whileAsked.status).not.toBe('ended');
    expect(res.status).toBe(303);
    expect(await auditRows(test, 'partnership.end')).toEqual([
      expect.objectContaining({
        program_id: 1, actor_name: 'Daniel Whitebird', subject: `partnership:${open}`,
        before: null, after: { reason: 'The mentee asked for a change.' },
      }),
    ]);
    const row = await test.database.db('mm_partnerships').where({ id: open }).first();
    expect(row).toMatchObject({
      status: 'ended', end_reason: 'The mentee asked for a change.',
    });
    const emails = await emailsTo(test, tom.id, 'partnership-ended');
    expect(emails.at(-1)?.data).toMatchObject({
      kind: 'early', byProgram: true, endedByThem: false,
    });
    const page = await admin.get(res.headers.location);
    expect(page.text).toContain('The partnership has ended and both partners have been emailed.');
    expect(page.text).not.toContain('End the partnership');
  });

  it('pages through the partnerships of one state', async () => {
    const db = test.database.db;
    const now = Date.now();
    if (!(await db('mm_agreement_versions').first('id'))) {
      await db('mm_agreement_versions').insert({
        program_id: 1, version: 1, title: 'Agreement', body: 'Text', created_at: now,
      });
    }
    const version = await db('mm_agreement_versions').first('id');
    for (let n = 1; n <= 26; n++) {
      const [requestId] = await db('mm_partnership_requests').insert({
        program_id: 1, requester_member_id: tom.id, recipient_member_id: bruno.id,
        mentor_member_id: bruno.id, mentee_member_id: tom.id, status: 'accepted',
        expires_at: now, created_at: now, updated_at: now,
      });
      await db('mm_partnerships').insert({
        program_id: 1, request_id: requestId, mentor_member_id: bruno.id,
        mentee_member_id: tom.id, status: 'completed', agreement_version_id: version.id,
        created_at: now + n, updated_at: now,
      });
    }

    const first = await admin.get(at(test, '/admin/partnerships?status=completed'));
    const second = await admin.get(at(test, '/admin/partnerships?status=completed&page=2'));

    expect(first.text).toMatch(/Completed \(26\)/);
    expect(first.text).toContain('Page 1 of 2');
    expect(first.text.match(/Bruno Côté mentoring Tom Lee/g)).toHaveLength(25);
    expect(second.text.match(/Bruno Côté mentoring Tom Lee/g)).toHaveLength(1);
    expect(second.text).toContain('status&#x3D;completed&amp;page&#x3D;1');
  });
});
