/**
 * Requests the program makes (a published whole-cohort proposal) follow the program's own
 * settings like any member's request: they expire after the program's number of days, with
 * the reminder before it.
 */
import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { administrator, postFrom, runMatching } from '../admin/oversight-helpers';
import {
  advance,
  DAY_MS,
  emailsTo,
  jobsOfType,
  join,
  resetClock,
  type Agent,
} from './partnership-helpers';

const GENERAL = {
  name: 'OLA Mentoring',
  program_contact_email: 'committee@ola.example',
  support_contact_email: 'help@ola.example',
  partnership_term_months: '6',
  request_expiry_days: '5',
  max_mentor_capacity: '5',
  document_retention_days: '30',
};

describe.each(databaseKinds())('requests the program proposes on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    admin = await administrator(test);
    const saved = await postFrom(admin, test, '/admin/settings', '/admin/settings', GENERAL);
    if (saved.status !== 303) throw new Error(`settings form answered ${saved.status}`);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(() => resetClock(test));

  it("expire after the program's number of days, with the reminder before", async () => {
    const mentor = await join(test, {
      key: 'pr-mentor',
      givenName: 'Pia',
      surname: 'Mentor',
      years: 12,
      roles: ['mentor'],
    });
    const mentee = await join(test, {
      key: 'pr-mentee',
      givenName: 'Max',
      surname: 'Mentee',
      years: 1,
      roles: ['mentee'],
    });
    await runMatching(test);
    const proposals = '/admin/matching/proposals';
    const prepared = await postFrom(admin, test, proposals, proposals);
    const draft = /proposals\/(\d+)\?notice=prepared$/.exec(prepared.headers.location)?.[1];

    const published = await postFrom(admin, test, proposals, `${proposals}/${draft}/publish`);

    expect(published.headers.location).toContain('notice=published&published=1');
    const db = test.database.db;
    const request = await db('mm_partnership_requests')
      .where({ mentee_member_id: mentee.id })
      .first();
    expect(request).toMatchObject({ status: 'pending', requester_member_id: mentor.id });
    expect(Number(request.expires_at) - Number(request.created_at)).toBe(5 * DAY_MS);
    const expiry = await jobsOfType(test, 'partnerships.request-expiry');
    expect(expiry.map((job) => Number(job.run_at))).toEqual([Number(request.expires_at)]);

    await advance(test, 3 * DAY_MS);
    expect(await emailsTo(test, mentee.id, 'partnership-request-reminder')).toHaveLength(1);
    await advance(test, 2 * DAY_MS);
    const after = await db('mm_partnership_requests').where({ id: request.id }).first();
    expect(after.status).toBe('expired');
  });
});
