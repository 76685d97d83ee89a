import { addMonths } from '../../src/partnerships/pair-rules';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  accept,
  activePartnership,
  advance,
  confirmStep,
  DAY_MS,
  emailsTo,
  jobsOfType,
  join,
  partnershipRow,
  postForm,
  requestPartnership,
  resetClock,
  sign,
  signInAgain,
  type Person,
} from './partnership-helpers';

describe.each(databaseKinds())('a partnership from agreement to end on %s', (kind) => {
  let test: TestPlugin;
  let serial = 0;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(() => resetClock(test));

  async function pair(): Promise<[Person, Person]> {
    serial += 1;
    const mentor = await join(test, {
      key: `lmentor${serial}`,
      givenName: 'Grace',
      surname: `Hopper${serial}`,
      years: 20,
      roles: ['mentor'],
    });
    const mentee = await join(test, {
      key: `lmentee${serial}`,
      givenName: 'Ada',
      surname: `Lovelace${serial}`,
      years: 2,
      roles: ['mentee'],
    });
    return [mentor, mentee];
  }

  async function agreementStage(): Promise<[Person, Person, number]> {
    const [mentor, mentee] = await pair();
    const id = await accept(test, mentor, await requestPartnership(test, mentee, mentor, 'mentee'));
    return [mentor, mentee, id];
  }

  async function moveTo(ms: number) {
    test.clock.now = ms;
    await test.plugin.mentormatch.jobs.runDueOnce();
  }

  it("shows the agreement from the program's expectations, no contact details yet", async () => {
    const [mentor, mentee, id] = await agreementStage();

    const page = await mentee.agent.get(at(test, `/partnerships/${id}`));
    const agreement = await mentee.agent.get(at(test, `/partnerships/${id}/agreement`));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Waiting for both signatures');
    expect(page.text).not.toContain(mentor.contactEmail);
    expect(page.text).toContain('Sign the agreement');
    expect(agreement.text).toContain(
      'Ontario Library Association Mentoring Program Mentoring Agreement',
    );
    expect(agreement.text).toContain('responsible for the first contact');
    expect(agreement.text).toContain('stays between them');
    expect(agreement.text).toContain('runs for 6 months');
    expect(agreement.text).toContain('Either partner may end the partnership early');
    expect(agreement.text).toContain('Version 1');
  });

  it('starts the partnership on the day of the second signature, for six months', async () => {
    const [mentor, mentee, id] = await agreementStage();

    const first = await sign(test, mentor, id);
    expect(first.status).toBe(303);
    expect((await partnershipRow(test, id)).status).toBe('agreement');
    expect(await emailsTo(test, mentee.id, 'partnership-agreement-signed')).toHaveLength(1);

    const signedAt = test.clock.now;
    await sign(test, { ...mentee, name: mentee.name.toUpperCase() }, id);

    const row = await partnershipRow(test, id);
    expect(row.status).toBe('active');
    expect(Number(row.starts_at)).toBe(signedAt);
    expect(Number(row.ends_at)).toBe(addMonths(signedAt, 6));
    const started = await emailsTo(test, mentor.id, 'partnership-started');
    expect(started[0].data).toMatchObject({
      role: 'mentor',
      otherName: mentee.name,
      partnershipId: id,
    });
    expect((await emailsTo(test, mentee.id, 'partnership-started'))[0].data.role).toBe('mentee');

    const signatures = await test.database
      .db('mm_agreement_signatures')
      .where({ partnership_id: id });
    expect(signatures.map((s) => s.typed_name).sort()).toEqual(
      [mentee.name.toUpperCase(), mentor.name].sort(),
    );
    const agreement = await mentor.agent.get(at(test, `/partnerships/${id}/agreement`));
    expect(agreement.text).toContain(`Signed by ${mentor.name} (Mentor)`);
    expect(agreement.text).toContain(`Signed by ${mentee.name.toUpperCase()} (Mentee)`);
  });

  it("shows each partner the other's email and phone once active", async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);

    const mentorPage = await mentor.agent.get(at(test, `/partnerships/${id}`));
    const menteePage = await mentee.agent.get(at(test, `/partnerships/${id}`));

    expect(mentorPage.text).toContain(mentee.contactEmail);
    expect(mentorPage.text).toContain(mentee.contactPhone);
    expect(mentorPage.text).toContain('I have made the first contact');
    expect(menteePage.text).toContain(mentor.contactEmail);
    expect(menteePage.text).not.toContain('I have made the first contact');
  });

  it("refuses a signature that is not the member's name, keeping what was typed", async () => {
    const [mentor, , id] = await agreementStage();

    const res = await postForm(mentor.agent, test, `/partnerships/${id}/sign`, {
      fullName: 'Someone Else',
      confirm: 'yes',
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('The name you typed does not match your name.');
    expect(res.text).toContain('value="Someone Else"');
    expect(
      await test.database.db('mm_agreement_signatures').where({ partnership_id: id }),
    ).toHaveLength(0);
  });

  it('refuses a signature without the confirmation, and a second signature', async () => {
    const [mentor, , id] = await agreementStage();

    const unconfirmed = await postForm(mentor.agent, test, `/partnerships/${id}/sign`, {
      fullName: mentor.name,
    });
    await sign(test, mentor, id);
    const twice = await sign(test, mentor, id);

    expect(unconfirmed.status).toBe(422);
    expect(unconfirmed.text).toContain('Tick the box to confirm you agree.');
    expect(twice.status).toBe(409);
    expect(
      await test.database.db('mm_agreement_signatures').where({ partnership_id: id }),
    ).toHaveLength(1);
  });

  it('records first contact, and reminds only a mentor who has not confirmed it', async () => {
    const [calling, called] = await pair();
    const [silent, waiting] = await pair();
    const confirmedId = await activePartnership(test, calling, called);
    await activePartnership(test, silent, waiting);

    const byMentee = await postForm(
      called.agent,
      test,
      `/partnerships/${confirmedId}/first-contact`,
    );
    const byMentor = await postForm(
      calling.agent,
      test,
      `/partnerships/${confirmedId}/first-contact`,
    );
    await advance(test, 7 * DAY_MS + 60_000);

    expect(byMentee.status).toBe(409);
    expect(byMentor.status).toBe(303);
    expect((await partnershipRow(test, confirmedId)).first_contact_at).not.toBeNull();
    expect(await emailsTo(test, calling.id, 'partnership-first-contact-reminder')).toHaveLength(0);
    expect(await emailsTo(test, silent.id, 'partnership-first-contact-reminder')).toHaveLength(1);
    expect(await emailsTo(test, waiting.id, 'partnership-first-contact-reminder')).toHaveLength(0);
  });

  it('records how the partners will meet, and asks again when nothing is chosen', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);

    const empty = await postForm(mentee.agent, test, `/partnerships/${id}/meeting-plan`, {
      frequency: 'monthly',
    });
    const saved = await postForm(mentee.agent, test, `/partnerships/${id}/meeting-plan`, {
      modes: ['video', 'face_to_face'],
      frequency: 'every_two_weeks',
    });

    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Choose at least one way to meet.');
    expect(empty.text).toMatch(/<option value="monthly" selected>/);
    expect(saved.status).toBe(303);
    const row = await partnershipRow(test, id);
    expect(row.meeting_modes).toBe('face_to_face,video');
    expect(row.meeting_frequency).toBe('every_two_weeks');
    const page = await mentor.agent.get(at(test, `/partnerships/${id}`));
    expect(page.text).toMatch(/id="mode-video" name="modes" value="video"\s+checked>/);
    expect(page.text).toContain(
      'Ways you will meet: Face to face, Video call. How often: Every two weeks.',
    );
  });

  it('extends the term when the other partner agrees; the old end passes unnoticed', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);
    const originalEnd = Number((await partnershipRow(test, id)).ends_at);

    await postForm(mentee.agent, test, `/partnerships/${id}/extension`, { months: '3' });
    const ownAccept = await postForm(mentee.agent, test, `/partnerships/${id}/extension/accept`);
    const accepted = await postForm(mentor.agent, test, `/partnerships/${id}/extension/accept`);

    expect(ownAccept.status).toBe(409);
    expect(accepted.status).toBe(303);
    const newEnd = addMonths(originalEnd, 3);
    expect(Number((await partnershipRow(test, id)).ends_at)).toBe(newEnd);
    expect((await emailsTo(test, mentor.id, 'partnership-extension'))[0].data.kind).toBe(
      'proposed',
    );
    expect((await emailsTo(test, mentee.id, 'partnership-extension'))[0].data.kind).toBe(
      'accepted',
    );

    await moveTo(originalEnd + 60_000);
    expect((await partnershipRow(test, id)).status).toBe('active');
    await moveTo(newEnd + 60_000);
    expect((await partnershipRow(test, id)).status).toBe('completed');
  });

  it('lets the other partner decline an extension, and the proposer withdraw one', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);

    await postForm(mentee.agent, test, `/partnerships/${id}/extension`, { months: '6' });
    await postForm(mentor.agent, test, `/partnerships/${id}/extension/drop`);
    await postForm(mentor.agent, test, `/partnerships/${id}/extension`, { months: '3' });
    await postForm(mentor.agent, test, `/partnerships/${id}/extension/drop`);
    const invalid = await postForm(mentor.agent, test, `/partnerships/${id}/extension`, {
      months: '48',
    });

    expect(invalid.status).toBe(422);
    expect((await partnershipRow(test, id)).extension_proposed_by_member_id).toBeNull();
    const kinds = (await emailsTo(test, mentee.id, 'partnership-extension')).map(
      (e) => e.data.kind,
    );
    expect(kinds).toEqual(['declined', 'proposed', 'withdrawn']);
  });

  it('reminds both before the end, then completes and hides contact details again', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);
    const endsAt = Number((await partnershipRow(test, id)).ends_at);

    await moveTo(endsAt - 30 * DAY_MS + 60_000);
    expect(await emailsTo(test, mentee.id, 'partnership-ending-soon')).toHaveLength(1);
    await moveTo(endsAt - 7 * DAY_MS + 60_000);
    expect(await emailsTo(test, mentor.id, 'partnership-ending-soon')).toHaveLength(2);
    expect((await partnershipRow(test, id)).status).toBe('active');
    await moveTo(endsAt + 60_000);

    const row = await partnershipRow(test, id);
    expect(row.status).toBe('completed');
    expect((await emailsTo(test, mentee.id, 'partnership-ended'))[0].data.kind).toBe('completed');
    const places = await test.database
      .db('mm_partnership_places')
      .whereIn('member_id', [mentor.id, mentee.id]);
    expect(places.map((p) => p.taken)).toEqual([0, 0]);

    resetClock(test);
    await signInAgain(test, mentor);
    const page = await mentor.agent.get(at(test, `/partnerships/${id}`));
    expect(page.text).toContain('Completed');
    expect(page.text).not.toContain(mentee.contactEmail);
    const history = await mentor.agent.get(at(test, '/partnerships'));
    expect(history.text).toMatch(/Past partnerships[\s\S]*Ada Lovelace/);
  });

  it('says in a status message, after each step of the page, that it was taken', async () => {
    const [mentor, mentee] = await pair();
    const id = await accept(test, mentor, await requestPartnership(test, mentee, mentor, 'mentee'));
    const meetingPlan = { modes: 'phone', frequency: 'weekly' };
    const steps: Array<[Person, string, Record<string, string>, string]> = [
      [mentor, 'sign', { fullName: mentor.name, confirm: 'yes' }, 'Your signature is recorded.'],
      [mentee, 'sign', { fullName: mentee.name, confirm: 'yes' }, 'Your signature is recorded.'],
      [mentor, 'first-contact', {}, 'First contact is recorded.'],
      [mentee, 'meeting-plan', meetingPlan, 'Your meeting plan is saved.'],
      [mentee, 'extension', { months: '3' }, 'Your extension proposal is sent to your partner.'],
      [mentor, 'extension/drop', {}, 'There is no extension: the end date stays as it was.'],
      [mentor, 'extension', { months: '3' }, 'Your extension proposal is sent to your partner.'],
      [mentee, 'extension/accept', {}, 'The extension is accepted: the new end date is shown.'],
    ];

    for (const [person, path, body, notice] of steps) {
      const res = await postForm(person.agent, test, `/partnerships/${id}/${path}`, body);
      const page = await person.agent.get(res.headers.location);
      const shown = /<p class="notice" role="status">([^<]*)<\/p>/.exec(page.text)?.[1];
      expect([path, res.status, shown]).toEqual([path, 303, notice]);
    }
    const plain = await mentor.agent.get(at(test, `/partnerships/${id}`));
    const forged = await mentor.agent.get(at(test, `/partnerships/${id}?notice=nonsense`));
    expect(plain.text).not.toContain('role="status"');
    expect(forged.text).not.toContain('role="status"');
  });

  it('ends early with a reason that only administrators see, and frees both places', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);

    const page = await mentee.agent.get(at(test, `/partnerships/${id}`));
    const partnerAsks = await mentor.agent.get(at(test, `/partnerships/${id}/end`));
    const withoutReason = await postForm(mentee.agent, test, `/partnerships/${id}/end`, {
      reason: ' ',
    });
    const stillActive = (await partnershipRow(test, id)).status;
    const { asked, answer: ended } = await confirmStep(
      mentee.agent,
      test,
      `/partnerships/${id}/end`,
      { reason: 'We never managed to meet.' },
    );
    const after = await mentee.agent.get(ended.headers.location);

    expect(page.text).toContain(`href="${at(test, `/partnerships/${id}/end`)}"`);
    expect(page.text).not.toContain('id="reason"');
    expect(partnerAsks.status).toBe(200);
    expect(withoutReason.status).toBe(422);
    expect(withoutReason.text).toContain('There is a problem');
    expect(withoutReason.text).toContain('Yes, end the partnership');
    expect(stillActive).toBe('active');
    expect(asked.text).toContain('End your partnership with');
    expect(asked.text).toContain('id="reason"');
    expect(asked.text).toContain(`href="${at(test, `/partnerships/${id}`)}">Cancel</a>`);
    expect(ended.status).toBe(303);
    expect(after.text).toContain('<p class="notice" role="status">The partnership has ended.</p>');
    const again = await mentee.agent.get(at(test, `/partnerships/${id}/end`));
    expect(again.status).toBe(409);
    const row = await partnershipRow(test, id);
    expect(row).toMatchObject({ status: 'ended', end_reason: 'We never managed to meet.' });
    expect(row.ended_by_member_id).toBe(mentee.id);
    const mentorPage = await mentor.agent.get(at(test, `/partnerships/${id}`));
    expect(mentorPage.text).toContain('Ended early');
    expect(mentorPage.text).not.toContain('We never managed to meet.');
    expect(mentorPage.text).not.toContain(mentee.contactEmail);
    const email = (await emailsTo(test, mentor.id, 'partnership-ended'))[0];
    expect(email.data).toMatchObject({ kind: 'early', endedByThem: false });
    expect(JSON.stringify(email.data)).not.toContain('never managed');
    const refreshed = (await jobsOfType(test, 'matching.refresh')).map((j) => j.payload.memberId);
    expect(refreshed).toEqual(expect.arrayContaining([mentor.id, mentee.id]));
  });

  it('lets a partner end it before both have signed, which frees both places', async () => {
    const [mentor, mentee, id] = await agreementStage();

    const res = await postForm(mentor.agent, test, `/partnerships/${id}/end`, {
      reason: 'My employer needs me on another project.',
    });

    expect(res.status).toBe(303);
    expect((await partnershipRow(test, id)).status).toBe('ended');
    const places = await test.database
      .db('mm_partnership_places')
      .whereIn('member_id', [mentor.id, mentee.id]);
    expect(places.map((p) => p.taken)).toEqual([0, 0]);
    const late = await sign(test, mentee, id);
    expect(late.status).toBe(409);
  });

  it('refuses every partnership form without its CSRF token', async () => {
    const [mentor, mentee] = await pair();
    const id = await activePartnership(test, mentor, mentee);
    const paths = [
      'sign',
      'first-contact',
      'meeting-plan',
      'extension',
      'extension/accept',
      'extension/drop',
      'end',
      'documents',
      'documents/1/delete',
    ];

    for (const path of paths) {
      const res = await mentor.agent
        .post(at(test, `/partnerships/${id}/${path}`))
        .type('form')
        .send({ reason: 'x', months: '3', modes: 'phone', frequency: 'weekly' });
      expect([path, res.status]).toEqual([path, 403]);
    }
    const upload = await mentor.agent
      .post(at(test, `/partnerships/${id}/documents`))
      .attach('file', Buffer.from('hello'), 'hello.txt');
    expect(upload.status).toBe(403);
    expect((await partnershipRow(test, id)).status).toBe('active');
  });
});
