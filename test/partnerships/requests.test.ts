import request from 'supertest';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  accept,
  advance,
  confirmStep,
  DAY_MS,
  emailsTo,
  jobsOfType,
  join,
  postForm,
  requestPartnership,
  resetClock,
  type Person,
  type PersonSpec,
} from './partnership-helpers';

describe.each(databaseKinds())('partnership requests on %s', (kind) => {
  let test: TestPlugin;
  let serial = 0;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(() => resetClock(test));

  function mentorSpec(overrides: Partial<PersonSpec> = {}): PersonSpec {
    serial += 1;
    const key = `mentor${serial}`;
    return {
      key,
      givenName: 'Mona',
      surname: `Mentor${serial}`,
      years: 12,
      roles: ['mentor'],
      ...overrides,
    };
  }

  function menteeSpec(overrides: Partial<PersonSpec> = {}): PersonSpec {
    serial += 1;
    const key = `mentee${serial}`;
    return {
      key,
      givenName: 'Milo',
      surname: `Mentee${serial}`,
      years: 1,
      roles: ['mentee'],
      ...overrides,
    };
  }

  async function pair(): Promise<[Person, Person]> {
    return [await join(test, mentorSpec()), await join(test, menteeSpec())];
  }

  it('sends a request; the recipient sees the profile without contact details', async () => {
    const [mentor, mentee] = await pair();

    const requestId = await requestPartnership(
      test,
      mentee,
      mentor,
      'mentee',
      'I would love to learn.',
    );

    const page = await mentor.agent.get(at(test, `/partnerships/requests/${requestId}`));
    expect(page.status).toBe(200);
    expect(page.text).toContain(mentee.name);
    expect(page.text).toContain('I would love to learn.');
    expect(page.text).toContain(`Notes of ${mentee.member.nameId.slice('partnerships-'.length)}`);
    expect(page.text).not.toContain(mentee.contactEmail);
    expect(page.text).not.toContain(mentee.contactPhone);
    expect(page.text).toContain('Accept the request');

    const [email] = await emailsTo(test, mentor.id, 'partnership-request-received');
    expect(email.to_address).toBe(mentor.contactEmail);
    expect(email.data).toMatchObject({
      requesterName: mentee.name,
      requesterRole: 'mentee',
      requestId,
    });
  });

  it('lists the request among those made and those received', async () => {
    const [mentor, mentee] = await pair();
    await requestPartnership(test, mentor, mentee, 'mentor');

    const made = await mentor.agent.get(at(test, '/partnerships'));
    const received = await mentee.agent.get(at(test, '/partnerships'));

    expect(made.text).toMatch(
      /Requests you made[\s\S]*Milo Mentee[\s\S]*Requests? ?you|Agreements/,
    );
    expect(made.text).toContain('Waiting for an answer');
    expect(received.text).toContain(mentor.name);
    expect(received.text).toContain('aria-current="page"');
  });

  it('accepts a request: a partnership waits for signatures, the requester is told', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');

    const partnershipId = await accept(test, mentor, requestId);

    const row = await test.database.db('mm_partnerships').where({ id: partnershipId }).first();
    expect(row).toMatchObject({
      status: 'agreement',
      mentor_member_id: mentor.id,
      mentee_member_id: mentee.id,
    });
    const requestRow = await test.database
      .db('mm_partnership_requests')
      .where({ id: requestId })
      .first();
    expect(requestRow.status).toBe('accepted');
    expect(requestRow.open_pair_key).toBeNull();
    const [email] = await emailsTo(test, mentee.id, 'partnership-request-accepted');
    expect(email.data).toMatchObject({ recipientName: mentor.name, partnershipId });
  });

  it('declines with a reason the requester reads, and refreshes their suggestions', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');

    const page = await mentor.agent.get(at(test, `/partnerships/requests/${requestId}`));
    const decline = `/partnerships/requests/${requestId}/decline`;
    const { asked, answer: res } = await confirmStep(mentor.agent, test, decline, {
      reason: 'My schedule is full until spring.',
    });

    // The request page only leads to the confirmation, which takes the reason.
    expect(page.text).toContain(`href="${at(test, decline)}"`);
    expect(page.text).not.toContain('name="reason"');
    expect(asked.text).toContain('Decline the request from');
    expect(asked.text).toContain('Yes, decline the request');
    expect(asked.text).toContain('name="reason"');
    expect(res.status).toBe(303);
    const seen = await mentee.agent.get(at(test, `/partnerships/requests/${requestId}`));
    expect(seen.text).toContain('Declined');
    expect(seen.text).toContain('My schedule is full until spring.');
    const [email] = await emailsTo(test, mentee.id, 'partnership-request-declined');
    expect(email.data.reason).toBe('My schedule is full until spring.');
    const refresh = (await jobsOfType(test, 'matching.refresh')).map((j) => j.payload);
    expect(refresh).toContainEqual({ programId: expect.any(Number), memberId: mentee.id });
  });

  it('lets the requester withdraw a pending request, and the recipient is told', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentor, mentee, 'mentor');

    const page = await mentor.agent.get(at(test, `/partnerships/requests/${requestId}`));
    const withdraw = `/partnerships/requests/${requestId}/withdraw`;
    const { asked, answer: res } = await confirmStep(mentor.agent, test, withdraw);
    const after = await mentor.agent.get(res.headers.location);

    expect(page.text).toContain(`href="${at(test, withdraw)}"`);
    expect(asked.text).toContain('Yes, withdraw my request');
    expect(asked.text).toContain(`href="${at(test, `/partnerships/requests/${requestId}`)}">`);
    expect(res.status).toBe(303);
    expect(after.text).toContain('<p class="notice" role="status">Your request is withdrawn.</p>');
    const row = await test.database.db('mm_partnership_requests').where({ id: requestId }).first();
    expect(row.status).toBe('withdrawn');
    expect(await emailsTo(test, mentee.id, 'partnership-request-withdrawn')).toHaveLength(1);
    const late = await postForm(mentee.agent, test, `/partnerships/requests/${requestId}/accept`);
    expect(late.status).toBe(409);
    expect(late.text).toContain('already been answered or withdrawn');
  });

  it('lets only the recipient answer or decline and only the requester withdraw', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');

    const ownAccept = await postForm(
      mentee.agent,
      test,
      `/partnerships/requests/${requestId}/accept`,
    );
    const otherWithdraw = await postForm(
      mentor.agent,
      test,
      `/partnerships/requests/${requestId}/withdraw`,
    );

    const withdraw = at(test, `/partnerships/requests/${requestId}/withdraw`);
    const otherAsks = await mentor.agent.get(withdraw);
    const ownerAsks = await mentee.agent.get(withdraw);
    const decline = at(test, `/partnerships/requests/${requestId}/decline`);
    const ownerDeclines = await mentee.agent.get(decline);
    const recipientDeclines = await mentor.agent.get(decline);
    const row = await test.database.db('mm_partnership_requests').where({ id: requestId }).first();

    expect(ownAccept.status).toBe(404);
    expect(otherWithdraw.status).toBe(404);
    expect(otherAsks.status).toBe(404);
    expect(ownerAsks.status).toBe(200);
    expect(ownerAsks.text).toContain('Withdraw your request to');
    expect(ownerDeclines.status).toBe(404);
    expect(recipientDeclines.status).toBe(200);
    // Only the confirmed forms act: opening a confirmation changes nothing.
    expect(row.status).toBe('pending');
    expect(await emailsTo(test, mentor.id, 'partnership-request-withdrawn')).toHaveLength(0);
    expect(await emailsTo(test, mentee.id, 'partnership-request-declined')).toHaveLength(0);
  });

  it('reminds the recipient before a request expires, then expires it', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');

    await advance(test, 10 * DAY_MS);
    expect(await emailsTo(test, mentor.id, 'partnership-request-reminder')).toHaveLength(0);
    await advance(test, 1 * DAY_MS + 60_000);
    const reminders = await emailsTo(test, mentor.id, 'partnership-request-reminder');
    expect(reminders).toHaveLength(1);
    expect(reminders[0].data.expiresAt).toMatch(/\d{4}/);

    await advance(test, 3 * DAY_MS);
    const row = await test.database.db('mm_partnership_requests').where({ id: requestId }).first();
    expect(row.status).toBe('expired');
    expect(row.open_pair_key).toBeNull();
    expect((await emailsTo(test, mentee.id, 'partnership-request-expired'))[0].data.side).toBe(
      'requester',
    );
    expect((await emailsTo(test, mentor.id, 'partnership-request-expired'))[0].data.side).toBe(
      'recipient',
    );
    const refresh = (await jobsOfType(test, 'matching.refresh')).map((j) => j.payload.memberId);
    expect(refresh).toEqual(expect.arrayContaining([mentee.id, mentor.id]));
  });

  it('suggests the two to each other again once a request is withdrawn', async () => {
    const [mentor, mentee] = await pair();
    await test.plugin.mentormatch.jobs.runDueOnce();
    const listed = async (member: Person, partner: Person) =>
      Boolean(
        await test.database
          .db('mm_suggestions')
          .where({ member_id: member.id, partner_member_id: partner.id })
          .first('id'),
      );
    expect(await listed(mentee, mentor)).toBe(true);

    // A whole-cohort run while the request waits leaves the pair out of both lists.
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');
    await test.database.db('mm_jobs').where({ type: 'matching.cohort' }).update({ run_at: 0 });
    await test.plugin.mentormatch.jobs.runDueOnce();
    expect([await listed(mentee, mentor), await listed(mentor, mentee)]).toEqual([false, false]);

    await confirmStep(mentee.agent, test, `/partnerships/requests/${requestId}/withdraw`);
    await test.plugin.mentormatch.jobs.runDueOnce();

    expect([await listed(mentee, mentor), await listed(mentor, mentee)]).toEqual([true, true]);
  });

  it('does not expire or remind about a request that was answered in time', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');
    await accept(test, mentor, requestId);

    await advance(test, 15 * DAY_MS);

    const row = await test.database.db('mm_partnership_requests').where({ id: requestId }).first();
    expect(row.status).toBe('accepted');
    expect(await emailsTo(test, mentor.id, 'partnership-request-reminder')).toHaveLength(0);
    expect(await emailsTo(test, mentee.id, 'partnership-request-expired')).toHaveLength(0);
  });

  describe('refuses a pair that breaks a hard rule', () => {
    /**
     * The matching suggested `to` to `from` before the pair broke its rule: only then is the
     * rule named; a member never suggested is "not found" (see the last tests).
     */
    async function suggested(from: Person, to: Person, role: 'mentor' | 'mentee') {
      const db = test.database.db;
      const program = await db('mm_programs').orderBy('id').first('id');
      await db('mm_suggestions').insert({
        program_id: program.id,
        member_id: from.id,
        side: role,
        partner_member_id: to.id,
        rank: 1,
        score: 500,
        contributions: '{}',
        reasons: '[]',
        computed_at: Date.now(),
      });
    }

    async function refusal(from: Person, to: Person, role: 'mentor' | 'mentee') {
      await suggested(from, to, role);
      const body = { memberId: String(to.id), role, message: '' };
      const res = await postForm(from.agent, test, '/partnerships/requests', body);
      const count = await test.database
        .db('mm_partnership_requests')
        .where({ requester_member_id: from.id, recipient_member_id: to.id, status: 'pending' })
        .count({ n: '*' });
      return { status: res.status, text: res.text, pending: Number(count[0].n) };
    }

    it('colleagues from the same institution', async () => {
      const mentor = await join(
        test,
        mentorSpec({ institution: 'Kingston Frontenac Public Library' }),
      );
      const mentee = await join(
        test,
        menteeSpec({ institution: 'kingston frontenac public library.' }),
      );

      const result = await refusal(mentee, mentor, 'mentee');

      expect(result).toMatchObject({ status: 409, pending: 0 });
      expect(result.text).toContain('same institution');
    });

    it('colleagues whose institutions were merged into one', async () => {
      const mentor = await join(test, mentorSpec({ institution: 'Mergetown Library East' }));
      const mentee = await join(test, menteeSpec({ institution: 'Mergetown Library West' }));
      const db = test.database.db;
      const east = await db('mm_institutions').where({ name: 'Mergetown Library East' }).first();
      await db('mm_institutions')
        .where({ name: 'Mergetown Library West' })
        .update({ merged_into_id: east.id });

      const result = await refusal(mentee, mentor, 'mentee');

      expect(result).toMatchObject({ status: 409, pending: 0 });
    });

    it('oneself, as not found', async () => {
      const both = await join(test, mentorSpec({ roles: ['mentor', 'mentee'] }));

      const res = await postForm(both.agent, test, '/partnerships/requests', {
        memberId: String(both.id),
        role: 'mentor',
      });

      expect(res.status).toBe(404);
    });

    it('a member never suggested, as not found, without naming the rule', async () => {
      const [mentor, mentee] = await pair();
      const db = test.database.db;
      const profile = await db('mm_profiles').where({ member_id: mentor.id }).first();
      await db('mm_profile_roles')
        .where({ profile_id: profile.id })
        .update({ status: 'suspended' });
      const body = { memberId: String(mentor.id), role: 'mentee', message: '' };

      const res = await postForm(mentee.agent, test, '/partnerships/requests', body);

      expect(res.status).toBe(404);
      expect(res.text).not.toContain('not approved');
      expect(res.text).not.toContain(mentor.name);
      const pending = await db('mm_partnership_requests').where({ requester_member_id: mentee.id });
      expect(pending).toEqual([]);
    });

    it('a mentor with no more experience than the mentee', async () => {
      const mentor = await join(test, mentorSpec({ years: 4 }));
      const mentee = await join(test, menteeSpec({ years: 4 }));

      const result = await refusal(mentor, mentee, 'mentor');

      expect(result).toMatchObject({ status: 409, pending: 0 });
      expect(result.text).toContain('more years of work experience');
    });

    it('a member not approved in the role asked of them', async () => {
      const mentor = await join(test, mentorSpec());
      const notMentee = await join(test, mentorSpec({ years: 3 }));

      const result = await refusal(mentor, notMentee, 'mentor');

      expect(result).toMatchObject({ status: 409, pending: 0 });
      expect(result.text).toContain('not approved as a mentee');
    });

    it('a mentor whose role was suspended since', async () => {
      const [mentor, mentee] = await pair();
      const db = test.database.db;
      const profile = await db('mm_profiles').where({ member_id: mentor.id }).first();
      await db('mm_profile_roles')
        .where({ profile_id: profile.id })
        .update({ status: 'suspended' });

      const result = await refusal(mentee, mentor, 'mentee');

      expect(result).toMatchObject({ status: 409, pending: 0 });
    });

    it('a mentor with no room left', async () => {
      const mentor = await join(test, mentorSpec({ capacity: 1 }));
      const first = await join(test, menteeSpec());
      const second = await join(test, menteeSpec());
      await accept(test, mentor, await requestPartnership(test, first, mentor, 'mentee'));

      const result = await refusal(second, mentor, 'mentee');

      expect(result).toMatchObject({ status: 409, pending: 0 });
      expect(result.text).toContain('no room');
    });

    it('a second request while one is pending, either way round', async () => {
      const [mentor, mentee] = await pair();
      await requestPartnership(test, mentee, mentor, 'mentee');

      const result = await refusal(mentor, mentee, 'mentor');

      expect(result.status).toBe(409);
      expect(result.text).toContain('already waiting for an answer');
    });

    it('a pair that declined before, and a pair already in a partnership', async () => {
      const [mentor, mentee] = await pair();
      const declined = await requestPartnership(test, mentee, mentor, 'mentee');
      await postForm(mentor.agent, test, `/partnerships/requests/${declined}/decline`, {
        reason: '',
      });
      const [mentor2, mentee2] = await pair();
      await accept(test, mentor2, await requestPartnership(test, mentee2, mentor2, 'mentee'));

      const again = await refusal(mentee, mentor, 'mentee');
      const twice = await refusal(mentor2, mentee2, 'mentor');

      expect(again.text).toContain('declined before');
      expect(twice.text).toContain('already have a partnership');
    });

    it('shows no request form, and no profile, for a member who may not be asked', async () => {
      const notMentor = await join(test, mentorSpec({ years: 2, roles: ['mentee'] }));
      const mentee = await join(test, menteeSpec());

      const page = await mentee.agent.get(
        at(test, `/partnerships/requests/new?memberId=${notMentor.id}&role=mentee`),
      );

      expect(page.status).toBe(404);
      expect(page.text).not.toContain(notMentor.name);
      expect(page.text).not.toContain(notMentor.member.institution);
      expect(page.text).not.toContain('action="/mentormatch/partnerships/requests"');
    });
  });

  it('shows the request form again with the message kept when it is too long', async () => {
    const [mentor, mentee] = await pair();
    const message = 'x'.repeat(2001);

    const res = await postForm(mentee.agent, test, '/partnerships/requests', {
      memberId: String(mentor.id),
      role: 'mentee',
      message,
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('Please keep this under 2,000 characters.');
    expect(res.text).toContain(message);
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('refuses every request form without its CSRF token', async () => {
    const [mentor, mentee] = await pair();
    const requestId = await requestPartnership(test, mentee, mentor, 'mentee');
    const forms = [
      ['/partnerships/requests', { memberId: String(mentor.id), role: 'mentee' }],
      [`/partnerships/requests/${requestId}/accept`, {}],
      [`/partnerships/requests/${requestId}/decline`, {}],
      [`/partnerships/requests/${requestId}/withdraw`, {}],
    ] as const;

    for (const [path, body] of forms) {
      const agent = path.endsWith('withdraw') ? mentee.agent : mentor.agent;
      const res = await agent.post(at(test, path)).type('form').send(body);
      expect(res.status).toBe(403);
    }
    const row = await test.database.db('mm_partnership_requests').where({ id: requestId }).first();
    expect(row.status).toBe('pending');
  });

  it('sends a signed-out visitor through sign-in', async () => {
    const res = await request(test.server).get(at(test, '/partnerships'));

    expect(res.status).toBe(303);
    expect(res.headers.location).toContain('RelayState=%2Fpartnerships');
  });
});
