import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { activePartnership, csrfToken, emailsTo, join, type Person } from './partnership-helpers';

describe.each(databaseKinds())("partnerships in a member's own data on %s", (kind) => {
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

  it('ends the partnership when a member deletes their data, and tells the partner', async () => {
    const [mentor, mentee, id] = await partners();
    const token = await csrfToken(mentee.agent, test);

    const res = await mentee.agent
      .post(at(test, '/profile/delete'))
      .type('form')
      .send({ _csrf: token });

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
    const [email] = await emailsTo(test, mentor.id, 'partnership-partner-left');
    expect(JSON.stringify(email.data)).not.toContain('Leaving');
    expect((await mentor.agent.get(at(test, `/partnerships/${id}`))).status).toBe(404);
  });
});
