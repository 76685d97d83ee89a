/**
 * What the request pages show of the other member: their profile (never their contact
 * details) and the reasons for the match, on the form that asks them and on the request they
 * receive; and that the form shows nobody the asker could neither ask nor was suggested.
 */
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { runMatching } from '../admin/oversight-helpers';
import { accept, join, requestPartnership, type Person } from './partnership-helpers';

const FORM_ACTION = 'action="/mentormatch/partnerships/requests"';

function newRequestPath(other: Person, role: 'mentor' | 'mentee') {
  return `/partnerships/requests/new?memberId=${other.id}&role=${role}`;
}

describe.each(databaseKinds())('the request pages on %s', (kind) => {
  let test: TestPlugin;
  let mentor: Person;
  let asker: Person;
  let suggested: Person;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    mentor = await join(test, {
      key: 'rp-mentor',
      givenName: 'Rosa',
      surname: 'Mentor',
      years: 15,
      roles: ['mentor'],
      capacity: 1,
    });
    asker = await join(test, {
      key: 'rp-asker',
      givenName: 'Ari',
      surname: 'Asker',
      years: 1,
      roles: ['mentee'],
    });
    suggested = await join(test, {
      key: 'rp-suggested',
      givenName: 'Sam',
      surname: 'Suggested',
      years: 1,
      roles: ['mentee'],
    });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('shows the profile without contact details, and the reasons for the match', async () => {
    const page = await asker.agent.get(at(test, newRequestPath(mentor, 'mentee')));

    expect(page.status).toBe(200);
    expect(page.text).toContain(FORM_ACTION);
    expect(page.text).toContain('Notes of rp-mentor');
    expect(page.text).toContain('Reasons for the match');
    expect(page.text).toContain('both in public libraries');
    expect(page.text).toContain('15 years&#x27; experience to your 1');
    expect(page.text).not.toContain(mentor.contactEmail);
    expect(page.text).not.toContain(mentor.contactPhone);
  });

  it('shows the member who receives a request the reasons, in their own words', async () => {
    const requestId = await requestPartnership(test, asker, mentor, 'mentee', 'Hello Rosa');
    const path = `/partnerships/requests/${requestId}`;

    const received = await mentor.agent.get(at(test, path));
    const made = await asker.agent.get(at(test, path));

    expect(received.status).toBe(200);
    expect(received.text).toContain('Accept the request');
    expect(received.text).toContain('Notes of rp-asker');
    expect(received.text).toContain('Reasons for the match');
    expect(received.text).toContain('both in public libraries');
    expect(received.text).toContain('your 15 years&#x27; experience to their 1');
    expect(received.text).not.toContain(asker.contactEmail);
    expect(made.text).toContain('15 years&#x27; experience to your 1');
  });

  it('takes the reasons saved with a suggestion when there is one', async () => {
    await runMatching(test);
    const db = test.database.db;
    const where = { member_id: suggested.id, partner_member_id: mentor.id, side: 'mentee' };
    expect(await db('mm_suggestions').where(where).first()).toBeDefined();
    // Saved reasons the engine would not give this pair, to tell them from computed ones.
    await db('mm_suggestions')
      .where(where)
      .update({ reasons: JSON.stringify([{ code: 'supervisory', years: 7 }]) });

    const page = await suggested.agent.get(at(test, newRequestPath(mentor, 'mentee')));

    expect(page.status).toBe(200);
    expect(page.text).toContain('7 years&#x27; supervisory experience');
    expect(page.text).not.toContain('both in public libraries');
  });

  it('shows a suggested mentor who has filled up since, with why, and no form', async () => {
    await accept(test, mentor, (await pendingRequestOf(test, asker)).id);

    const page = await suggested.agent.get(at(test, newRequestPath(mentor, 'mentee')));

    expect(page.status).toBe(200);
    expect(page.text).toContain('This mentor has no room for another mentee at the moment.');
    expect(page.text).toContain('Notes of rp-mentor');
    expect(page.text).not.toContain(FORM_ACTION);
  });

  it('answers not found, showing nothing of them, for a member one may not ask', async () => {
    const latecomer = await join(test, {
      key: 'rp-latecomer',
      givenName: 'Lee',
      surname: 'Latecomer',
      years: 1,
      roles: ['mentee'],
    });
    const attempts = [
      [latecomer, mentor, 'mentee'],
      [suggested, asker, 'mentee'],
      [suggested, asker, 'mentor'],
    ] as const;

    for (const [viewer, other, role] of attempts) {
      const page = await viewer.agent.get(at(test, newRequestPath(other, role)));
      const key = other.member.nameId.slice('partnerships-'.length);
      const shown = [other.name, `Notes of ${key}`, other.member.institution].filter((field) =>
        page.text.includes(field),
      );
      expect([viewer.name, other.name, role, page.status, shown]).toEqual([
        viewer.name,
        other.name,
        role,
        404,
        [],
      ]);
    }
    const self = await mentor.agent.get(at(test, newRequestPath(mentor, 'mentor')));
    expect(self.status).toBe(404);
  });
});

async function pendingRequestOf(test: TestPlugin, requester: Person) {
  return test.database
    .db('mm_partnership_requests')
    .where({ requester_member_id: requester.id, status: 'pending' })
    .first();
}
