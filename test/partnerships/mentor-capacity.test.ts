import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { join, postForm, requestPartnership, type Person } from './partnership-helpers';

/**
 * Many mentees accepting one mentor's requests at the same instant, each from their own
 * session. MariaDB runs the accepts on separate connections at once, which is where a
 * check-then-write would let more than the mentor's capacity through; SQLite serialises them.
 */
describe.each(databaseKinds())("a mentor's capacity under simultaneous accepts on %s", (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  async function mentorWithRequests(key: string, capacity: number, mentees: number) {
    const mentor = await join(test, {
      key,
      givenName: 'Cap',
      surname: `Mentor ${key}`,
      years: 25,
      roles: ['mentor'],
      capacity,
    });
    const asked: Array<{ mentee: Person; requestId: number }> = [];
    for (let i = 0; i < mentees; i++) {
      const mentee = await join(test, {
        key: `${key}m${i}`,
        givenName: 'Cap',
        surname: `Mentee ${key}${i}`,
        years: 1,
        roles: ['mentee'],
      });
      asked.push({ mentee, requestId: await requestPartnership(test, mentor, mentee, 'mentor') });
    }
    return { mentor, asked };
  }

  async function acceptAllAtOnce(asked: Array<{ mentee: Person; requestId: number }>) {
    const responses = await Promise.all(
      asked.map(({ mentee, requestId }) =>
        postForm(mentee.agent, test, `/partnerships/requests/${requestId}/accept`),
      ),
    );
    return responses.map((res) => res.status);
  }

  async function partnershipsOf(mentorId: number) {
    return test.database.db('mm_partnerships').where({ mentor_member_id: mentorId });
  }

  // Thirty members sign in and fill a profile first, which takes most of the time on two cores.
  jest.setTimeout(120_000);

  it('leaves one partnership when thirty mentees accept a mentor with room for one', async () => {
    const { mentor, asked } = await mentorWithRequests('solo', 1, 30);

    const statuses = await acceptAllAtOnce(asked);

    expect(statuses.filter((s) => s === 303)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(29);
    expect(await partnershipsOf(mentor.id)).toHaveLength(1);
    const place = await test.database
      .db('mm_partnership_places')
      .where({ member_id: mentor.id, role: 'mentor' })
      .first();
    expect(place.taken).toBe(1);
    const accepted = await test.database
      .db('mm_partnership_requests')
      .where({ mentor_member_id: mentor.id, status: 'accepted' });
    expect(accepted).toHaveLength(1);
  });

  it('fills a mentor with room for two, and no more, from ten accepts at once', async () => {
    const { mentor, asked } = await mentorWithRequests('duo', 2, 10);

    const statuses = await acceptAllAtOnce(asked);

    expect(statuses.filter((s) => s === 303)).toHaveLength(2);
    expect(await partnershipsOf(mentor.id)).toHaveLength(2);
    const emails = await test.database
      .db('mm_outbox')
      .where({ member_id: mentor.id, template: 'partnership-request-accepted' });
    expect(emails).toHaveLength(2);
  });
});
