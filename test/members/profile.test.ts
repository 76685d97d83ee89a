import request from 'supertest';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR, NEW_GRADUATE as FRENCH_SPEAKING_GRADUATE } from '../support/saml';
import {
  control,
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
} from './profile-helpers';

// The sample graduate prefers French; these tests read the English pages.
const NEW_GRADUATE = { ...FRENCH_SPEAKING_GRADUATE, preferredLanguage: 'en' as const };

describe.each(databaseKinds())('member profiles on %s', (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
    // Each test starts with no profiles; members and institutions stay, as they would.
    const db = test.database.db;
    await db('mm_outbox').delete();
    await db('mm_jobs').delete();
    await db('mm_profile_skills').delete();
    await db('mm_profile_roles').delete();
    await db('mm_profiles').delete();
  });

  it('sends a signed-out visitor through sign-in and back to their profile', async () => {
    const res = await request(test.server).get(at(test, '/profile'));

    expect(res.status).toBe(303);
    expect(res.headers.location).toContain('RelayState=%2Fprofile');
  });

  it('proposes the institution and the email the host sent at sign-in', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);

    const res = await agent.get(at(test, '/profile/edit'));

    expect(res.status).toBe(200);
    expect(control(res.text, 'field-institution')).toContain('value="Toronto Public Library"');
    expect(control(res.text, 'field-contact_email')).toContain(`value="${ACTIVE_MENTOR.email}"`);
    const datalist = /<datalist id="institution-names">\s*<option value="([^"]+)">/.exec(res.text);
    expect(datalist?.[1]).toBe('Toronto Public Library');
    expect(res.text).toContain('GeoNames (geonames.org), CC BY 4.0');
  });

  it('saves a profile and approves each role at once, with one email per role', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    const res = await saveProfile(agent, test, validProfile());

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/mentormatch/profile?saved=1');
    const roles = await rolesOf(test, id);
    expect(roles.map((r) => [r.role, r.status])).toEqual([
      ['mentee', 'approved'],
      ['mentor', 'approved'],
    ]);

    const emails = await emailsTo(test, id, 'role-approved');
    expect(emails.map((e) => e.data.role).sort()).toEqual(['mentee', 'mentor']);
    expect(emails.every((e) => e.to_address === 'amira.work@example.org')).toBe(true);
    expect(await emailsTo(test, id)).toHaveLength(2);

    const jobs = await matchingJobsFor(test, id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0].payload).toEqual({ programId: expect.any(Number), memberId: id });
  });

  it('shows the saved profile, with contact details, to the member themself', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());

    const page = await agent.get(at(test, '/profile?saved=1'));

    expect(page.text).toContain('Your profile is saved.');
    expect(page.text).toMatch(/Mentor<\/strong>:\s*approved/);
    expect(page.text).toMatch(/Mentee<\/strong>:\s*approved/);
    expect(page.text).toContain('Toronto Public Library');
    expect(page.text).toContain('amira.work@example.org');
    expect(page.text).toContain('416 555 0199');
    expect(page.text).toContain('Leadership and management');
  });

  it('refuses a mentor application from a one-year member, whatever the form sent', async () => {
    const agent = await signedIn(test, NEW_GRADUATE);
    const id = await memberId(test, NEW_GRADUATE);

    const forged = validProfile({ roles: ['mentor'], years_experience: '1' });
    const res = await saveProfile(agent, test, forged);

    expect(res.status).toBe(422);
    expect(res.text).toContain('You need 3 or more years of work experience to apply as a mentor');
    expect(await test.database.db('mm_profiles').where({ member_id: id })).toHaveLength(0);
    expect(await emailsTo(test, id)).toHaveLength(0);
    expect(await matchingJobsFor(test, id)).toHaveLength(0);
  });

  it('offers only the mentee role once fewer than three years are on record', async () => {
    const agent = await signedIn(test, NEW_GRADUATE);
    const saved = await saveProfile(agent, test, validProfile({
      roles: ['mentee'],
      years_experience: '1',
      institution: 'University of Guelph',
    }));
    expect(saved.status).toBe(303);

    const form = await agent.get(at(test, '/profile/edit'));

    expect(form.text).toContain('id="field-roles-mentee"');
    expect(form.text).not.toContain('id="field-roles-mentor"');
    expect(form.text).not.toContain('name="skills_shared"');
  });

  it('refuses an institution named by punctuation alone, one key for all such names', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    const institutionsBefore = await test.database.db('mm_institutions').count({ n: '*' });

    const res = await saveProfile(agent, test, validProfile({ institution: ' %_ ' }));

    expect(res.status).toBe(422);
    const message = 'Type the institution&#x27;s name with at least one letter or digit';
    expect(res.text).toContain(message);
    expect(res.text).toContain('value=" %_ "');
    expect(await test.database.db('mm_profiles').where({ member_id: id })).toHaveLength(0);
    expect(await test.database.db('mm_institutions').count({ n: '*' })).toEqual(institutionsBefore);
  });

  it('keeps each error beside its field, with everything typed, and saves nothing', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    const typed = validProfile({
      years_experience: 'ten',
      focus: 'libraries',
      place_query: 'Xyzzyville',
      mentor_capacity: '9',
      other_information: 'x'.repeat(2001),
      contact_email: 'amira at work',
      contact_phone: 'call me maybe',
    });

    const res = await saveProfile(agent, test, typed);

    expect(res.status).toBe(422);
    expect(res.text).toContain('<title>Error: your MentorMatch profile');
    const fields = [
      'years_experience', 'focus', 'place_query', 'mentor_capacity',
      'other_information', 'contact_email', 'contact_phone',
    ];
    for (const field of fields) {
      const tag = control(res.text, `field-${field}`);
      expect(tag).toContain('aria-invalid="true"');
      expect(tag).toMatch(new RegExp(`aria-describedby="[^"]*field-${field}-error`));
      expect(res.text).toContain(`<p class="field-error" id="field-${field}-error">`);
      expect(res.text).toContain(`<li><a href="#field-${field}">`);
    }
    expect(control(res.text, 'field-years_experience')).toContain('value="ten"');
    expect(control(res.text, 'field-place_query')).toContain('value="Xyzzyville"');
    expect(control(res.text, 'field-contact_email')).toContain('value="amira at work"');
    expect(control(res.text, 'field-contact_phone')).toContain('value="call me maybe"');
    expect(res.text).toContain(`>${'x'.repeat(2001)}</textarea>`);
    expect(control(res.text, 'field-roles-mentor')).toContain('checked');
    expect(control(res.text, 'field-skills_shared-leadership_management')).toContain('checked');
    expect(await test.database.db('mm_profiles').where({ member_id: id })).toHaveLength(0);
    expect(await emailsTo(test, id)).toHaveLength(0);
  });

  it('asks for roles and a place when none are given', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);

    const res = await saveProfile(agent, test, validProfile({ roles: [], place_query: '' }));

    expect(res.status).toBe(422);
    expect(res.text).toContain('<a href="#field-roles-mentor">Choose mentor, mentee or both</a>');
    expect(res.text).toContain('Enter the town or city in Ontario where you are');
  });

  it('finds a place by its other names: Sudbury, and Sault Ste Marie without the dot', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    await saveProfile(agent, test, validProfile({ place_query: 'sudbury' }));
    const first = await test.database.db('mm_profiles').where({ member_id: id }).first();
    await saveProfile(agent, test, validProfile({ place_query: 'Sault Ste Marie' }));
    const second = await test.database.db('mm_profiles').where({ member_id: id }).first();

    expect(first.place_id).toBe('5964700');
    expect(second.place_id).toBe('6141439');
    expect((await agent.get(at(test, '/profile'))).text).toContain('Sault Ste. Marie (Algoma)');
  });

  it('offers a choice, without any script, when a place name is ambiguous', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    const ambiguous = await saveProfile(agent, test, validProfile({ place_query: 'Red Lake' }));
    expect(ambiguous.status).toBe(422);
    expect(ambiguous.text).toContain('Which place do you mean?');
    const choices = [...ambiguous.text.matchAll(/type="radio" name="place_id" value="([^"]+)"/g)];
    expect(choices.length).toBe(2);

    const chosen = choices[1][1];
    const picked = validProfile({ place_query: 'Red Lake', place_id: chosen });
    const res = await saveProfile(agent, test, picked);
    expect(res.status).toBe(303);
    const profile = await test.database.db('mm_profiles').where({ member_id: id }).first();
    expect(profile.place_id).toBe(chosen);
  });

  it('ignores a place id that the text no longer leads to', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    await saveProfile(agent, test, validProfile({ place_query: 'Kingston', place_id: '6141439' }));

    const profile = await test.database.db('mm_profiles').where({ member_id: id }).first();
    expect(profile.place_id).not.toBe('6141439');
  });

  it('lets a member outside Ontario leave the place empty', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    const res = await saveProfile(agent, test, validProfile({
      place_query: '', outside_ontario: 'yes', online_only: 'yes',
    }));

    expect(res.status).toBe(303);
    const profile = await test.database.db('mm_profiles').where({ member_id: id }).first();
    expect(profile.place_id).toBeNull();
    expect(Boolean(profile.outside_ontario)).toBe(true);
    expect(Boolean(profile.online_only)).toBe(true);
  });

  it('answers the place search as JSON for the form script', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);

    const res = await agent.get(at(test, '/places?q=sault ste'));

    expect(res.status).toBe(200);
    expect(res.body.places[0]).toEqual({
      id: '6141439',
      name: 'Sault Ste. Marie',
      label: 'Sault Ste. Marie (Algoma)',
    });
  });

  it('recognises one institution typed three ways, and an added one typed twice', async () => {
    const typings: Array<[typeof ACTIVE_MENTOR, string, string]> = [
      [ACTIVE_MENTOR, 'Toronto Public Library', 'Bibliothèque publique de Moosonee'],
      [NEW_GRADUATE, 'toronto public library.', 'bibliotheque publique de moosonee'],
      [ADMINISTRATOR, 'TPL', 'Bibliothèque Publique de Moosonee.'],
    ];
    const db = test.database.db;
    const before = (await db('mm_institutions').count({ n: '*' }).first())?.n;

    const institutionIds: number[] = [];
    const addedIds: number[] = [];
    for (const [member, known, added] of typings) {
      const agent = await signedIn(test, member);
      const years = member === NEW_GRADUATE ? '1' : '10';
      const roles = member === NEW_GRADUATE ? ['mentee'] : ['mentor'];
      const id = await memberId(test, member);
      const institutionOf = async () =>
        (await db('mm_profiles').where({ member_id: id }).first()).institution_id;

      const typing = (institution: string) =>
        validProfile({ institution, years_experience: years, roles });

      await saveProfile(agent, test, typing(known));
      institutionIds.push(await institutionOf());
      await saveProfile(agent, test, typing(added));
      addedIds.push(await institutionOf());
    }

    expect(new Set(institutionIds).size).toBe(1);
    expect((await db('mm_institutions').where({ id: institutionIds[0] }).first()).name)
      .toBe('Toronto Public Library');
    expect(new Set(addedIds).size).toBe(1);
    const after = (await db('mm_institutions').count({ n: '*' }).first())?.n;
    expect(Number(after) - Number(before)).toBe(1);
  });

  it('asks the matching to run again only when something it uses changes', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());
    await takeWaitingJobs(test);

    await saveProfile(agent, test, validProfile({ contact_phone: '416 555 0100' }));
    expect(await matchingJobsFor(test, id)).toHaveLength(1);

    await saveProfile(agent, test, validProfile({ focus: 'university' }));
    expect(await matchingJobsFor(test, id)).toHaveLength(2);
    await takeWaitingJobs(test);

    await saveProfile(agent, test, validProfile({ focus: 'university', skills_wanted: [] }));
    expect(await matchingJobsFor(test, id)).toHaveLength(3);
    await takeWaitingJobs(test);

    const mentorOnly = validProfile({ focus: 'university', skills_wanted: [], roles: ['mentor'] });
    await saveProfile(agent, test, mentorOnly);
    expect(await matchingJobsFor(test, id)).toHaveLength(4);
    expect((await rolesOf(test, id)).map((r) => r.role)).toEqual(['mentor']);
  });

  it('pauses and resumes without losing anything, asking the matching each time', async () => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);
    await saveProfile(agent, test, validProfile());
    await takeWaitingJobs(test);

    const paused = await postForm(agent, test, '/profile/pause', {});
    expect(paused.status).toBe(303);
    const page = await agent.get(at(test, '/profile'));
    expect(page.text).toContain('You paused your profile on');
    expect(page.text).toContain('Resume my profile');
    expect((await rolesOf(test, id)).every((r) => r.status === 'approved')).toBe(true);
    expect(await matchingJobsFor(test, id)).toHaveLength(2);
    await takeWaitingJobs(test);

    await postForm(agent, test, '/profile/resume', {});
    const profile = await test.database.db('mm_profiles').where({ member_id: id }).first();
    expect(profile.paused_at).toBeNull();
    expect(profile.contact_phone).toBe('416 555 0199');
    expect(await matchingJobsFor(test, id)).toHaveLength(3);
  });

  it.each([
    ['/profile/edit', validProfile()],
    ['/profile/pause', {}],
    ['/profile/resume', {}],
    ['/profile/delete', { confirm: 'yes' }],
  ])('refuses %s without its CSRF token', async (path, body) => {
    const agent = await signedIn(test, ACTIVE_MENTOR);
    const id = await memberId(test, ACTIVE_MENTOR);

    const res = await agent.post(at(test, path)).type('form').send(body);

    expect(res.status).toBe(403);
    expect(res.text).toContain('Your form expired');
    expect(await test.database.db('mm_members').where({ id })).toHaveLength(1);
    expect(await test.database.db('mm_profiles').where({ member_id: id })).toHaveLength(0);
  });
});
