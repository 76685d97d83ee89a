import { MATCHING_COHORT_JOB } from '../../src/matching/matching-service';
import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import { activeMember, apply, auditRows, post, type Applicant } from './admin-helpers';

const DEFAULT_WEIGHTS = {
  weight_focus: '30',
  weight_location: '25',
  weight_experience: '25',
  weight_skills: '12',
  weight_supervisory: '8',
  min_experience_gap: '3',
};

/** Where location weighs nothing, the mentor of the same sector far away comes first. */
const NO_LOCATION = { ...DEFAULT_WEIGHTS, weight_location: '0' };

const MENTOR = { roles: ['mentor'], years_experience: '10', supervisory_years: '2' };

async function runMatching(test: TestPlugin): Promise<void> {
  await test.database.db('mm_jobs').where({ type: MATCHING_COHORT_JOB }).update({ run_at: 0 });
  await test.plugin.mentormatch.jobs.runDueOnce();
}

async function firstSuggestion(test: TestPlugin, mentee: Applicant): Promise<number> {
  const row = await test.database
    .db('mm_suggestions')
    .where({ member_id: mentee.id, side: 'mentee' })
    .orderBy('rank')
    .first();
  return row.partner_member_id as number;
}

describe.each(databaseKinds())('matching settings on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let mentee: Applicant;
  let sameSectorFar: Applicant;
  let nearSectorHere: Applicant;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    admin = await signedIn(test, ADMINISTRATOR);
    mentee = await apply(test, activeMember('mina', 'Mina'), {
      roles: ['mentee'], years_experience: '1', supervisory_years: '0', focus: 'public',
    });
    sameSectorFar = await apply(test, activeMember('farah', 'Farah'), {
      ...MENTOR, focus: 'public', place_query: 'Thunder Bay',
    });
    nearSectorHere = await apply(test, activeMember('noor', 'Noor'), {
      ...MENTOR, focus: 'school', place_query: 'Toronto',
    });
    await runMatching(test);
    await forgetSignInAttempts(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('suggests the nearby mentor first with the default weights', async () => {
    expect(await firstSuggestion(test, mentee)).toBe(nearSectorHere.id);
  });

  it('refuses weights that are all zero, beside the first weight, saving nothing', async () => {
    const zero = Object.fromEntries(Object.keys(DEFAULT_WEIGHTS).map((f) => [f, '0']));

    const res = await post(admin, test, '/admin/settings/matching', { ...zero, action: 'save' });

    expect(res.status).toBe(422);
    expect(res.text).toContain('id="field-weight_focus-error">At least one weight must be above 0');
    expect(res.text).toContain('-min_experience_gap-error">Enter a whole number from 1 to 30');
    expect(await auditRows(test)).toEqual([]);
  });

  it('previews how first suggestions would change, without saving anything', async () => {
    const res = await post(admin, test, '/admin/settings/matching', {
      ...NO_LOCATION, action: 'preview',
    });

    expect(res.status).toBe(200);
    expect(res.text).toContain('1 of the 1 mentees in the pool would get another first suggestion');
    expect(res.text).toMatch(
      /<th scope="row">Mina Tester<\/th><td>Noor Tester<\/td><td>Farah Tester<\/td>/,
    );
    expect(res.text).toMatch(/id="field-weight_location"[^>]*value="0"/);
    expect(await test.database.db('mm_program_settings')).toEqual([]);
    expect(await auditRows(test)).toEqual([]);
    expect(await firstSuggestion(test, mentee)).toBe(nearSectorHere.id);
  });

  it('re-ranks everyone’s suggestions with the weights saved, and records the change', async () => {
    const form = { ...NO_LOCATION, action: 'save' };
    const res = await post(admin, test, '/admin/settings/matching', form);
    await runMatching(test);

    expect(res.headers.location).toContain('notice=saved');
    expect(await firstSuggestion(test, mentee)).toBe(sameSectorFar.id);
    const [entry] = await auditRows(test, 'settings.matching');
    expect(entry.before).toEqual({ 'weights.location': 25 });
    expect(entry.after).toEqual({ 'weights.location': 0 });
  });
});
