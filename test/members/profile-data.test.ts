import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, NEW_GRADUATE as FRENCH_SPEAKING_GRADUATE } from '../support/saml';
import {
  control,
  forgetSignInAttempts,
  memberId,
  postForm,
  saveProfile,
  signedIn,
  validProfile,
} from './profile-helpers';

// The sample graduate prefers French; these tests read the English pages.
const NEW_GRADUATE = { ...FRENCH_SPEAKING_GRADUATE, preferredLanguage: 'en' as const };

describe.each(databaseKinds())('a member’s own data on %s', (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('downloads everything held about the member as a JSON attachment', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile({ institution: 'Bibliothèque de Kapuskasing' }));

    const res = await agent.get(at(test, '/profile/export'));

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const disposition = res.headers['content-disposition'];
    expect(disposition).toMatch(/^attachment; filename="?mentormatch-my-data\.json"?$/);
    const data = JSON.parse(res.text);
    const { nameId, email } = ACTIVE_MENTOR;
    expect(data.member).toMatchObject({ externalId: nameId, email });
    expect(data.profiles).toHaveLength(1);
    expect(data.profiles[0]).toMatchObject({
      program: 'Ontario Library Association Mentoring Program',
      focus: 'public',
      place: { id: expect.any(String), name: 'Toronto' },
      institution: 'Bibliothèque de Kapuskasing',
      contactEmail: 'amira.work@example.org',
      contactPhone: '416 555 0199',
      skillsShared: ['communication', 'leadership_management'],
    });
    const statuses = data.profiles[0].roles.map((r: { status: string }) => r.status);
    expect(statuses).toEqual(['approved', 'approved']);
    for (const role of data.profiles[0].roles) {
      expect(role.history).toEqual([
        { status: 'approved', statusReason: null, note: null, at: expect.any(String) },
      ]);
    }
    expect(data.institutionsAdded).toEqual(['Bibliothèque de Kapuskasing']);
    const templates = data.emails.map((e: { template: string }) => e.template);
    expect(templates).toEqual(['role-approved', 'role-approved']);
  });

  it('asks for confirmation, then deletes everything and ends the session', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile({ institution: 'Bibliothèque de Kapuskasing' }));
    const id = await memberId(test, ACTIVE_MENTOR);
    const db = test.database.db;
    const profileId = (await db('mm_profiles').where({ member_id: id }).first()).id;

    const confirm = await agent.get(at(test, '/profile/delete'));
    expect(confirm.text).toContain('Yes, delete all my data');
    expect(confirm.text).toContain(
      '<label for="field-confirm">I understand that all my data will be deleted for good.</label>',
    );
    expect(await db('mm_members').where({ id })).toHaveLength(1);

    const res = await postForm(agent, test, '/profile/delete', { confirm: 'yes' });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/mentormatch/profile/deleted');
    expect(await db('mm_members').where({ id })).toHaveLength(0);
    expect(await db('mm_profiles').where({ member_id: id })).toHaveLength(0);
    expect(await db('mm_profile_roles').where({ profile_id: profileId })).toHaveLength(0);
    expect(await db('mm_profile_skills').where({ profile_id: profileId })).toHaveLength(0);
    expect(await db('mm_outbox').where({ to_address: 'amira.work@example.org' })).toHaveLength(0);
    const added = await db('mm_institutions')
      .where({ name: 'Bibliothèque de Kapuskasing' })
      .first();
    expect(added.added_by_member_id).toBeNull();

    const after = await agent.get(at(test, '/profile'));
    expect(after.status).toBe(303);
    expect(after.headers.location).toContain('/auth/saml/login');
  });

  it('starts afresh when a member who deleted their data signs in again', async () => {
    const agent = await signedIn(test, NEW_GRADUATE);
    await saveProfile(agent, test, validProfile({ roles: ['mentee'], years_experience: '1' }));
    await postForm(agent, test, '/profile/delete', { confirm: 'yes' });

    const again = await signedIn(test, NEW_GRADUATE);
    const page = await again.get(at(test, '/profile'));

    expect(page.text).toContain('You have not filled in your profile yet.');
  });

  it.each([
    ['no confirmation', {}],
    ['the box left unticked', { confirm: '' }],
    ['another value', { confirm: 'true' }],
  ])('deletes nothing when the form arrives with %s', async (_case, body) => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());
    const id = await memberId(test, ACTIVE_MENTOR);
    const db = test.database.db;

    const res = await postForm(agent, test, '/profile/delete', body);

    expect(res.status).toBe(422);
    expect(res.text).toContain('<title>Error: delete all your MentorMatch data');
    const message = 'Tick the box to confirm that you want your data deleted.';
    expect(res.text).toContain(`<a href="#field-confirm">${message}</a>`);
    expect(res.text).toContain(`<p class="field-error" id="field-confirm-error">${message}</p>`);
    expect(control(res.text, 'field-confirm')).toMatch(
      /aria-invalid="true" aria-describedby="field-confirm-error"/,
    );
    expect(await db('mm_members').where({ id })).toHaveLength(1);
    expect(await db('mm_profiles').where({ member_id: id })).toHaveLength(1);
    expect((await agent.get(at(test, '/profile'))).status).toBe(200);
  });

  it('does not delete anything without the form’s CSRF token', async () => {
    const agent = await signedIn(test, NEW_GRADUATE);
    await saveProfile(agent, test, validProfile({ roles: ['mentee'], years_experience: '1' }));
    const id = await memberId(test, NEW_GRADUATE);

    const res = await agent
      .post(at(test, '/profile/delete'))
      .type('form')
      .send({ _csrf: 'forged', confirm: 'yes' });

    expect(res.status).toBe(403);
    expect(await test.database.db('mm_profiles').where({ member_id: id })).toHaveLength(1);
  });
});
