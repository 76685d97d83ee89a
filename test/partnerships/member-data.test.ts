import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  activePartnership,
  csrfToken,
  emailsTo,
  join,
  postForm,
  type Person,
} from './partnership-helpers';

describe.each(databaseKinds())("partnerships and matching in a member's own data on %s", (kind) => {
  let test: TestPlugin;
  let serial = 0;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  async function partners(): Promise<[Person, Person, number]> {
    serial += 1;
    const mentor = await join(test, {
      key: `xmentor${serial}`,
      givenName: 'Rosa',
      surname: `Export${serial}`,
      years: 8,
      roles: ['mentor'],
    });
    const mentee = await join(test, {
      key: `xmentee${serial}`,
      givenName: 'Tom',
      surname: `Leaving${serial}`,
      years: 1,
      roles: ['mentee'],
    });
    return [mentor, mentee, await activePartnership(test, mentor, mentee)];
  }

  it("exports the member's requests and partnerships, without the partner's contacts", async () => {
    const [mentor, mentee] = await partners();

    const res = await mentee.agent.get(at(test, '/profile/export'));

    const exported = JSON.parse(res.text);
    expect(exported.partnerships.requests[0]).toMatchObject({
      direction: 'made',
      role: 'mentee',
      otherMember: mentor.name,
      status: 'accepted',
    });
    expect(exported.partnerships.partnerships[0]).toMatchObject({
      role: 'mentee',
      partner: mentor.name,
      status: 'active',
      signature: { typedName: mentee.name },
    });
    expect(res.text).not.toContain(mentor.contactEmail);
  });

  /** Every other member's contact details, as the profiles and the host hold them. */
  async function othersContacts(memberId: number): Promise<string[]> {
    const db = test.database.db;
    const profiles = await db('mm_profiles')
      .whereNot({ member_id: memberId })
      .select('contact_email', 'contact_phone');
    const hostEmails: string[] = await db('mm_members').whereNot({ id: memberId }).pluck('email');
    const contacts = profiles.flatMap((p) => [p.contact_email, p.contact_phone]);
    return [...contacts, ...hostEmails].filter((value): value is string => Boolean(value));
  }

  it("exports the member's suggestions, hidden ones and notices, without others' contacts", async () => {
    serial += 1;
    const mentor = await join(test, {
      key: `smentor${serial}`,
      givenName: 'Ines',
      surname: `Suggested${serial}`,
      years: 9,
      roles: ['mentor'],
      capacity: 2,
    });
    const kept = await join(test, {
      key: `skept${serial}`,
      givenName: 'Noor',
      surname: `Kept${serial}`,
      years: 1,
      roles: ['mentee'],
    });
    const hidden = await join(test, {
      key: `shidden${serial}`,
      givenName: 'Paul',
      surname: `Hidden${serial}`,
      years: 2,
      roles: ['mentee'],
    });
    // Every helper-made profile has the same phone number; the mentor's own must differ from
    // the others' for the export to show that theirs are left out.
    await test.database.db('mm_profiles').where({ member_id: mentor.id }).update({
      contact_phone: '613 555 0177',
    });
    await test.plugin.mentormatch.jobs.runDueOnce();
    const dismissed = await postForm(mentor.agent, test, `/suggestions/${hidden.id}/dismiss`);
    expect(dismissed.status).toBe(303);

    const res = await mentor.agent.get(at(test, '/profile/export'));

    const { matching, profiles, emails, partnerships } = JSON.parse(res.text);
    expect(matching.suggestions).toContainEqual(
      expect.objectContaining({
        program: 'Ontario Library Association Mentoring Program',
        side: 'mentor',
        partner: kept.name,
        rank: expect.any(Number),
        score: expect.any(Number),
        reasons: expect.arrayContaining([{ code: 'same_focus', focus: 'public' }]),
        computedAt: expect.any(String),
      }),
    );
    const partners = matching.suggestions.map((s: { partner: string }) => s.partner);
    expect(partners).not.toContain(hidden.name);
    expect(matching.notInterested).toEqual([
      expect.objectContaining({ partner: hidden.name, dismissedAt: expect.any(String) }),
    ]);
    expect(matching.notices).toEqual([expect.objectContaining({ notifiedAt: expect.any(String) })]);
    const templates = emails.map((e: { template: string }) => e.template);
    expect(templates).toEqual(expect.arrayContaining(['role-approved', 'suggestions-found']));
    expect(profiles[0].roles[0].history).toEqual([expect.objectContaining({ status: 'approved' })]);
    expect(partnerships.places).toEqual([]);
    for (const contact of await othersContacts(mentor.id)) expect(res.text).not.toContain(contact);
    expect(res.text).toContain('613 555 0177');
  });

  it('exports the places the member holds, and only their own', async () => {
    const [mentor, mentee] = await partners();

    const res = await mentor.agent.get(at(test, '/profile/export'));

    const exported = JSON.parse(res.text);
    expect(exported.partnerships.places).toEqual([
      { role: 'mentor', taken: 1, updatedAt: expect.any(String) },
    ]);
    expect(res.text).not.toContain(mentee.contactEmail);
  });

  it('deletes nothing when the deletion is not confirmed', async () => {
    const [, mentee, id] = await partners();
    const token = await csrfToken(mentee.agent, test);

    const res = await mentee.agent
      .post(at(test, '/profile/delete'))
      .type('form')
      .send({ _csrf: token });

    expect(res.status).toBe(422);
    const db = test.database.db;
    expect(await db('mm_partnerships').where({ id })).toHaveLength(1);
    expect(await db('mm_members').where({ id: mentee.id })).toHaveLength(1);
    expect(await emailsTo(test, mentee.id)).not.toEqual([]);
  });

  it('ends the partnership when a member deletes their data, and tells the partner', async () => {
    const [mentor, mentee, id] = await partners();
    const token = await csrfToken(mentee.agent, test);

    const res = await mentee.agent
      .post(at(test, '/profile/delete'))
      .type('form')
      .send({ _csrf: token, confirm: 'yes' });

    expect(res.status).toBe(303);
    const db = test.database.db;
    expect(await db('mm_partnerships').where({ id })).toEqual([]);
    expect(await db('mm_partnership_requests').where({ requester_member_id: mentee.id })).toEqual(
      [],
    );
    const place = await db('mm_partnership_places')
      .where({ member_id: mentor.id, role: 'mentor' })
      .first();
    expect(place.taken).toBe(0);
    const matchingRows = async (table: string) =>
      db(table).where({ member_id: mentee.id }).orWhere({ partner_member_id: mentee.id });
    expect(await matchingRows('mm_suggestions')).toEqual([]);
    expect(await matchingRows('mm_suggestion_dismissals')).toEqual([]);
    expect(await db('mm_matching_notices').where({ member_id: mentee.id })).toEqual([]);
    const [email] = await emailsTo(test, mentor.id, 'partnership-partner-left');
    expect(JSON.stringify(email.data)).not.toContain('Leaving');
    expect((await mentor.agent.get(at(test, `/partnerships/${id}`))).status).toBe(404);
  });
});
