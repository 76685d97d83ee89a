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
import { auditRows, post } from './admin-helpers';
import { postFrom, runMatching } from './oversight-helpers';
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

/** The members a list of the manual matching form offers, by id. */
function offered(html: string, list: 'mentee' | 'mentor'): number[] {
  const select = new RegExp(`<select id="${list}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  return [...(select?.[1] ?? '').matchAll(/<option value="(\d+)"/g)].map((m) => Number(m[1]));
}

async function draftRow(test: TestPlugin, location: string) {
  const id = Number(/proposals\/(\d+)\?/.exec(location)?.[1]);
  const row = await test.database.db('mm_matching_drafts').where({ id }).first();
  const pairs = JSON.parse(row.pairs) as Array<{ mentorId: number; menteeId: number }>;
  return { id, sessionId: Number(row.session_id), pairs };
}

describe.each(databaseKinds())('matching one session at a time on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let early: { id: number; name: string };
  let open: { id: number; name: string };
  let earlyGuides: Person[];
  let earlyLearners: Person[];
  let openGuide: Person;
  let openLearner: Person;

  /**
   * The early session's registration has closed (its matches are being confirmed) and the next
   * one's is open, each with approved roles. The job that carries the early session's free
   * roles over into the open one waits, until the last test runs it.
   */
  beforeAll(async () => {
    test = await startTestPlugin(kind, { settings: LONG_SIGN_IN });
    admin = await signedIn(test, ADMINISTRATOR);
    const earlyForm = sessionForm(-1, 1, 5);
    await post(admin, test, '/admin/sessions', earlyForm);
    const earlyId = (await sessionNamed(test, earlyForm.name)).id;
    earlyGuides = [await join(test, mentor('guide-1')), await join(test, mentor('guide-2'))];
    earlyLearners = [await join(test, mentee('learner-1')), await join(test, mentee('learner-2'))];
    await post(admin, test, `/admin/sessions/${earlyId}`, {
      ...earlyForm,
      registration_closes: earlyForm.registration_opens,
    });
    const openForm = sessionForm(0, 3, 8);
    await post(admin, test, '/admin/sessions', openForm);
    early = { id: earlyId, name: earlyForm.name };
    open = { id: (await sessionNamed(test, openForm.name)).id, name: openForm.name };
    openGuide = await join(test, mentor('open-guide'));
    openLearner = await join(test, mentee('open-learner'));
  });

  afterAll(async () => {
    await test?.close();
  });

  it('lists the approved roles of the current session, or of the one chosen', async () => {
    const current = await admin.get(at(test, '/admin/matching/pair'));
    const chosen = await admin.get(at(test, `/admin/matching/pair?session=${early.id}`));
    const unknown = await admin.get(at(test, '/admin/matching/pair?session=999999'));

    expect(await sessionOfRole(test, earlyLearners[0])).toBe(early.id);
    expect(await sessionOfRole(test, openLearner)).toBe(open.id);
    expect(current.text).toContain(`Session: ${open.name} (Registration open)`);
    expect(offered(current.text, 'mentee')).toEqual([openLearner.id]);
    expect(offered(current.text, 'mentor')).toEqual([openGuide.id]);
    expect(current.text).toMatch(new RegExp(`<option value="${early.id}">${early.name}<`));
    expect(chosen.text).toContain(
      `Session: ${early.name} (Registration closed: matches being confirmed)`,
    );
    expect(offered(chosen.text, 'mentee').sort()).toEqual(earlyLearners.map((p) => p.id).sort());
    expect(offered(chosen.text, 'mentor').sort()).toEqual(earlyGuides.map((p) => p.id).sort());
    expect(unknown.status).toBe(404);
  });

  it('refuses a pair across sessions, naming the rule, and records a pair’s session', async () => {
    const pair = (guide: Person, learner: Person) => ({
      session: String(open.id),
      mentor: String(guide.id),
      mentee: String(learner.id),
    });

    const path = '/admin/matching/pair';
    const across = await post(admin, test, path, pair(earlyGuides[0], openLearner));
    const within = await post(admin, test, path, pair(openGuide, openLearner));

    expect(across.status).toBe(409);
    expect(across.text).toContain('<li>not in the same session</li>');
    expect(within.status).toBe(303);
    expect((await auditRows(test, 'matching.pair')).map((row) => row.after)).toEqual([
      { mentorId: openGuide.id, menteeId: openLearner.id, sessionId: open.id },
    ]);
  });

  it('prepares and publishes the chosen session’s proposal, naming it and its phase', async () => {
    const proposals = `/admin/matching/proposals?session=${early.id}`;
    const listed = await admin.get(at(test, proposals));
    const prepared = await postFrom(admin, test, proposals, '/admin/matching/proposals', {
      session: String(early.id),
    });
    const draft = await draftRow(test, prepared.headers.location);
    const page = await admin.get(prepared.headers.location);
    const base = `/admin/matching/proposals/${draft.id}`;
    const [kept, dropped] = draft.pairs;
    await post(admin, test, `${base}/pairs/${dropped.menteeId}/drop`);
    const asked = await admin.get(at(test, `${base}/publish`));
    const published = await post(admin, test, `${base}/publish`);

    expect(listed.text).toContain(
      `Session: ${early.name} (Registration closed: matches being confirmed)`,
    );
    expect(draft.sessionId).toBe(early.id);
    expect(draft.pairs).toHaveLength(2);
    const inEarly = [...earlyGuides, ...earlyLearners].map((p) => p.id);
    expect(draft.pairs.flatMap((p) => [p.mentorId, p.menteeId]).sort()).toEqual(inEarly.sort());
    expect(page.text).toMatch(new RegExp(`<dt>Session</dt><dd>${early.name}</dd>`));
    expect(page.text).toContain('Registration closed: matches being confirmed');
    expect(page.text).toMatch(/Mentees in the pool<\/dt><dd>2<\/dd>/);
    expect(asked.text).toContain(
      `<dt>Session</dt><dd>${early.name} (Registration closed: matches being confirmed)</dd>`,
    );
    expect(asked.text).toMatch(/Partnership requests to send<\/dt><dd>1<\/dd>/);
    expect(asked.text).toMatch(/Members who will be emailed<\/dt><dd>2<\/dd>/);
    expect(published.headers.location).toContain('published=1&refused=0');
    const requests = await test.database.db('mm_partnership_requests').orderBy('id');
    expect(requests.map((r) => [r.mentor_member_id, r.mentee_member_id])).toEqual([
      [openGuide.id, openLearner.id],
      [kept.mentorId, kept.menteeId],
    ]);
    const audited = (action: string) => auditRows(test, action).then((rows) => rows[0].after);
    expect(await audited('matching.draft_drop')).toEqual({
      mentorId: dropped.mentorId,
      menteeId: dropped.menteeId,
      sessionId: early.id,
    });
    expect(await audited('matching.publish')).toEqual({
      sessionId: early.id,
      published: 1,
      refused: 0,
    });
  });

  it('leaves out the pairs carried over to the next session since the proposal', async () => {
    const proposals = `/admin/matching/proposals?session=${early.id}`;
    const prepared = await postFrom(admin, test, proposals, '/admin/matching/proposals', {
      session: String(early.id),
    });
    const draft = await draftRow(test, prepared.headers.location);
    const requestsBefore = await test.database.db('mm_partnership_requests');

    await runAt(test, test.clock.now);
    const published = await post(admin, test, `/admin/matching/proposals/${draft.id}/publish`);
    const page = await admin.get(published.headers.location);

    expect(draft.pairs.length).toBeGreaterThan(0);
    expect(published.headers.location).toContain(`published=0&refused=${draft.pairs.length}`);
    expect(page.text).toContain(
      'Not published: The mentor or the mentee is no longer in this proposal’s session.',
    );
    expect(await test.database.db('mm_partnership_requests')).toHaveLength(requestsBefore.length);
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
