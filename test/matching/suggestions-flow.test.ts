import request from 'supertest';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { emailsTo, join, postForm, type Person } from '../partnerships/partnership-helpers';
import { MATCHING_COHORT_JOB } from '../../src/matching/matching-service';

async function runJobs(test: TestPlugin) {
  await test.plugin.mentormatch.jobs.runDueOnce();
}

/** Runs the whole-cohort job that an arrival queues a little later. */
async function runCohortNow(test: TestPlugin) {
  await test.database.db('mm_jobs').where({ type: MATCHING_COHORT_JOB }).update({ run_at: 0 });
  await runJobs(test);
}

describe.each(databaseKinds())('suggestions on %s', (kind) => {
  let test: TestPlugin;
  let mentor: Person;
  let mentee: Person;
  let colleague: Person;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    mentor = await join(test, { key: 'amira', givenName: 'Amira', surname: 'Haddad', years: 12, roles: ['mentor'], institution: 'Toronto Public Library' });
    colleague = await join(test, { key: 'tpl-new', givenName: 'Tom', surname: 'Lee', years: 1, roles: ['mentee'], institution: 'TPL' });
    mentee = await join(test, { key: 'elodie', givenName: 'Élodie', surname: 'Tremblay', years: 2, roles: ['mentee'], institution: 'University of Guelph' });
    await runJobs(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('suggests the mentor to the mentee on approval, with reasons in plain words', async () => {
    const page = await mentee.agent.get(at(test, '/suggestions'));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Mentors for you');
    expect(page.text).toContain('Amira Haddad');
    expect(page.text).toMatch(/12 years&#x27;? ?experience to your 2|12 years' experience to your 2/);
  });

  it('never suggests a colleague from the same institution, however it was typed', async () => {
    const page = await colleague.agent.get(at(test, '/suggestions'));
    expect(page.text).not.toContain('Amira Haddad');
  });

  it("reflects the mentee's arrival in the mentor's list after the cohort run", async () => {
    await runCohortNow(test);

    const page = await mentor.agent.get(at(test, '/suggestions'));
    expect(page.text).toContain('Mentees for you');
    expect(page.text).toContain('Élodie Tremblay');
    expect(page.text).not.toContain('Tom Lee');
  });

  it("shows a suggested partner's profile without contact details", async () => {
    const page = await mentee.agent.get(at(test, `/suggestions/${mentor.id}`));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Amira Haddad');
    expect(page.text).toContain('Score by criterion');
    expect(page.text).not.toContain(mentor.contactEmail);
    expect(page.text).not.toContain(mentor.contactPhone);
    expect(page.text).not.toContain(mentor.member.email);
  });

  it('answers "not found" for a profile that was not suggested to the member', async () => {
    expect((await colleague.agent.get(at(test, `/suggestions/${mentor.id}`))).status).toBe(404);
    expect((await mentee.agent.get(at(test, `/suggestions/${colleague.id}`))).status).toBe(404);
    expect((await mentee.agent.get(at(test, '/suggestions/abc'))).status).toBe(404);
  });

  it('emails a member when potential partners are found, at most once a day', async () => {
    expect(await emailsTo(test, mentee.id, 'suggestions-found')).toHaveLength(1);
    expect(await emailsTo(test, mentor.id, 'suggestions-found')).toHaveLength(1);
  });

  it('emails nobody again about a list that has not changed, days later', async () => {
    const programId = (await test.database.db('mm_programs').first('id')).id as number;
    const twoDays = 2 * 86_400_000;
    test.clock.now += twoDays;
    try {
      await test.plugin.mentormatch.jobs.enqueue(test.database.db, MATCHING_COHORT_JOB, {
        programId,
      });
      await runCohortNow(test);
    } finally {
      test.clock.now -= twoDays;
    }

    expect(await emailsTo(test, mentee.id, 'suggestions-found')).toHaveLength(1);
    expect(await emailsTo(test, mentor.id, 'suggestions-found')).toHaveLength(1);
    const page = await mentee.agent.get(at(test, '/suggestions'));
    expect(page.text).toContain('Amira Haddad');
  });

  it('hides a suggestion for good after "Not interested"', async () => {
    const confirm = await mentor.agent.get(at(test, `/suggestions/${mentee.id}/dismiss`));
    expect(confirm.text).toContain('Hides Élodie Tremblay from your suggestions for good.');

    const res = await postForm(mentor.agent, test, `/suggestions/${mentee.id}/dismiss`);
    expect(res.status).toBe(303);
    const after = await mentor.agent.get(res.headers.location);
    expect(after.text).toContain('That suggestion is hidden');
    expect(after.text).not.toContain('Élodie Tremblay');

    await runJobs(test);
    await runCohortNow(test);
    const page = await mentor.agent.get(at(test, '/suggestions'));
    expect(page.text).not.toContain('Élodie Tremblay');
    expect((await mentee.agent.get(at(test, '/suggestions'))).text).not.toContain('Amira Haddad');
  });

  it('sends a signed-out visitor through sign-in', async () => {
    const res = await request(test.server).get(at(test, '/suggestions'));
    expect(res.status).toBe(303);
  });
});
