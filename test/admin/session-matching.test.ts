import { formatDate } from '../../src/i18n/catalogue';
import { addMonths } from '../../src/partnerships/pair-rules';
import { PARTNERSHIP_JOBS } from '../../src/partnerships/partnership-schedule';
import { signedIn, type Agent } from '../members/profile-helpers';
import {
  activePartnership,
  join,
  jobsOfType,
  partnershipRow,
  postForm,
  type Person,
  type PersonSpec,
} from '../partnerships/partnership-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import { post } from './admin-helpers';
import { runMatching } from './oversight-helpers';
import { DAY_MS, sessionForm } from './session-helpers';

/**
 * Members sign in at the real time, then act while the app's clock is moved months ahead:
 * their sign-in must outlive the move.
 */
const LONG_SIGN_IN = { session: { idleTimeoutMinutes: 60, absoluteTimeoutHours: 24 * 800 } };

function mentor(key: string, years = 15): PersonSpec {
  return { key, givenName: 'Mentor', surname: key, years, roles: ['mentor'], capacity: 1 };
}

function mentee(key: string): PersonSpec {
  return { key, givenName: 'Mentee', surname: key, years: 1, roles: ['mentee'] };
}

async function sessionOfRole(test: TestPlugin, person: Person): Promise<number | null> {
  const row = await test.database
    .db('mm_profile_roles as r')
    .join('mm_profiles as p', 'p.id', 'r.profile_id')
    .where({ 'p.member_id': person.id })
    .first('r.session_id');
  return row.session_id === null ? null : Number(row.session_id);
}

/** Whom the member's list suggests to them, in the role they play. */
async function suggestedTo(test: TestPlugin, person: Person, side: 'mentor' | 'mentee') {
  const rows = await test.database
    .db('mm_suggestions')
    .where({ member_id: person.id, side })
    .select('partner_member_id');
  return rows.map((row) => Number(row.partner_member_id));
}

async function sessionNamed(test: TestPlugin, name: string) {
  const row = await test.database.db('mm_program_sessions').where({ name }).first();
  return {
    id: Number(row.id),
    opensAt: Number(row.registration_opens_at),
    startsAt: Number(row.starts_at),
  };
}

/** Moves the app's clock and runs what is due then, matching included. */
async function runAt(test: TestPlugin, now: number): Promise<void> {
  test.clock.now = now;
  await runMatching(test);
}

describe.each(databaseKinds())('matching within sessions on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;

  beforeAll(async () => {
    test = await startTestPlugin(kind, { settings: LONG_SIGN_IN });
    admin = await signedIn(test, ADMINISTRATOR);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    test.clock.now = Date.now();
    await test.database.db('mm_jobs').delete();
    await test.database.db('mm_program_sessions').delete();
  });

  it('starts a partnership signed early on its session’s start date, for its term', async () => {
    const spring = sessionForm(-1, 2, 5, '4');
    await post(admin, test, '/admin/sessions', spring);
    const session = await sessionNamed(test, spring.name);
    const guide = await join(test, mentor('early-guide'));
    const learner = await join(test, mentee('early-learner'));

    const partnershipId = await activePartnership(test, guide, learner);

    const row = await partnershipRow(test, partnershipId);
    expect(row.status).toBe('active');
    expect([Number(row.starts_at), Number(row.ends_at)]).toEqual([
      session.startsAt,
      addMonths(session.startsAt, 4),
    ]);
    const [reminder] = await jobsOfType(test, PARTNERSHIP_JOBS.firstContactReminder);
    expect(Number(reminder.run_at)).toBe(session.startsAt + 7 * DAY_MS);
    const ending = await jobsOfType(test, PARTNERSHIP_JOBS.termEnd);
    expect(ending.map((job) => job.payload.endsAt)).toEqual([addMonths(session.startsAt, 4)]);
    const [starts, ends] = [
      formatDate('en', session.startsAt),
      formatDate('en', Number(row.ends_at)),
    ];
    const list = await learner.agent.get(at(test, '/partnerships'));
    expect(list.text).toContain(`from ${starts} until ${ends}`);
    const page = await learner.agent.get(at(test, `/partnerships/${partnershipId}`));
    expect(page.text).toMatch(new RegExp(`Starts</dt>\\s*<dd>${starts}</dd>`));
  });

  it('pairs roles of one session only, carrying the free ones over to the next', async () => {
    const first = sessionForm(-1, 1, 3, '4');
    const next = sessionForm(10, 12, 20, '6');
    await post(admin, test, '/admin/sessions', first);
    await post(admin, test, '/admin/sessions', next);
    const [sessionA, sessionB] = [
      await sessionNamed(test, first.name),
      await sessionNamed(test, next.name),
    ];
    const busy = await join(test, mentor('busy-guide'));
    const partner = await join(test, mentee('busy-learner'));
    const free = await join(test, mentor('free-guide', 20));
    const partnershipId = await activePartnership(test, busy, partner);
    // The first session's registration closes early; the next applicant waits for the next.
    await post(admin, test, `/admin/sessions/${sessionA.id}`, {
      ...first,
      registration_closes: first.registration_opens,
    });
    const newcomer = await join(test, mentee('new-learner'));

    await runAt(test, sessionB.opensAt);
    const carried = [await sessionOfRole(test, free), await sessionOfRole(test, busy)];
    const partnership = await partnershipRow(test, partnershipId);
    await runAt(test, Number(partnership.ends_at) + 60_000);

    expect(carried).toEqual([sessionB.id, sessionA.id]);
    expect(await sessionOfRole(test, newcomer)).toBe(sessionB.id);
    expect((await partnershipRow(test, partnershipId)).status).toBe('completed');
    const newcomerSees = await suggestedTo(test, newcomer, 'mentee');
    expect(newcomerSees).toContain(free.id);
    expect(newcomerSees).not.toContain(busy.id);
    expect(await suggestedTo(test, busy, 'mentor')).not.toContain(newcomer.id);
    expect(await suggestedTo(test, partner, 'mentee')).not.toContain(free.id);
    const check = await admin.get(
      at(test, `/admin/matching/pair?mentee=${newcomer.id}&mentor=${busy.id}`),
    );
    expect(check.text).toContain('not in the same session');
    const asked = await postForm(newcomer.agent, test, '/partnerships/requests', {
      memberId: String(busy.id),
      role: 'mentee',
      message: '',
    });
    expect(asked.status).not.toBe(303);
    const requests = test.database.db('mm_partnership_requests');
    expect(
      await requests.where({ mentor_member_id: busy.id, mentee_member_id: newcomer.id }),
    ).toEqual([]);
  });
});

describe.each(databaseKinds())('a program without sessions on %s', (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('keeps roles out of any session and starts partnerships at the second signature', async () => {
    const guide = await join(test, mentor('plain-guide'));
    const learner = await join(test, mentee('plain-learner'));
    await runMatching(test);

    const suggested = await suggestedTo(test, learner, 'mentee');
    const signedAt = test.clock.now;
    const partnershipId = await activePartnership(test, guide, learner);

    expect([await sessionOfRole(test, guide), await sessionOfRole(test, learner)]).toEqual([
      null,
      null,
    ]);
    expect(suggested).toContain(guide.id);
    const row = await partnershipRow(test, partnershipId);
    expect([Number(row.starts_at), Number(row.ends_at)]).toEqual([
      signedAt,
      addMonths(signedAt, 6),
    ]);
  });
});
