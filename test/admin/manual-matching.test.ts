import path from 'node:path';
import type { MentorMatchSettings } from '../../src/config/settings';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import {
  emailsTo,
  join,
  postForm,
  sign,
  type Agent,
  type Person,
  type PersonSpec,
} from '../partnerships/partnership-helpers';
import { auditRows } from './admin-helpers';
import { administrator, postFrom, runMatching } from './oversight-helpers';

const renderer = createEmailRenderer(path.join(packageRoot(), 'views', 'emails'), {
  publicUrl: 'https://learn.example.org/mentormatch',
} as MentorMatchSettings);
const program = {
  name: 'Mentoring Program',
  programContactEmail: 'mentoring@example.org',
  supportContactEmail: 'support@example.org',
};

/** The queued email as the member reads it, in plain text. */
async function emailText(test: TestPlugin, memberId: number, template: string) {
  const [email] = (await emailsTo(test, memberId, template)).slice(-1);
  return renderer.render({ template, locale: 'en', program, data: email.data }).text;
}

async function adminId(test: TestPlugin): Promise<number> {
  const members = test.database.db('mm_members');
  const row = await members.where({ external_id: ADMINISTRATOR.nameId }).first();
  return row.id as number;
}

function person(
  key: string,
  givenName: string,
  years: number,
  roles: PersonSpec['roles'],
  institution: string,
): PersonSpec {
  return { key, givenName, surname: 'Test', years, roles, institution };
}

describe.each(databaseKinds())('manual matching on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let grace: Person;
  let henry: Person;
  let ivan: Person;
  let ada: Person;
  let bea: Person;
  let cleo: Person;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    grace = await join(test, person('grace', 'Grace', 20, ['mentor'], 'Library A'));
    henry = await join(test, person('henry', 'Henry', 15, ['mentor'], 'Library B'));
    ivan = await join(test, person('ivan', 'Ivan', 4, ['mentor'], 'Library C'));
    ada = await join(test, person('ada', 'Ada', 2, ['mentee'], 'Library A'));
    bea = await join(test, person('bea', 'Bea', 2, ['mentee'], 'Library D'));
    cleo = await join(test, person('cleo', 'Cleo', 3, ['mentee'], 'Library E'));
    await runMatching(test);
    admin = await administrator(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  async function makePair(mentor: Person, mentee: Person) {
    const from = `/admin/matching/pair?mentee=${mentee.id}&mentor=${mentor.id}`;
    return postFrom(admin, test, from, '/admin/matching/pair', {
      mentee: String(mentee.id),
      mentor: String(mentor.id),
    });
  }

  it('shows a pair’s score by criterion and that no rule keeps them apart', async () => {
    const path = `/admin/matching/pair?mentee=${bea.id}&mentor=${henry.id}`;
    const page = await admin.get(at(test, path));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Henry Test mentoring Bea Test');
    expect(page.text).toContain('No hard rule keeps this pair apart.');
    expect(page.text).toMatch(/<th scope="row">Professional focus<\/th><td>\d+<\/td>/);
    expect(page.text).toContain('Make this pair a proposed partnership');
    // Without sessions, the lists are the whole program's, with no session to choose.
    expect(page.text).not.toContain('name="session"');
  });

  it('refuses a manual match that breaks a hard rule, naming the rule', async () => {
    const colleagues = await makePair(grace, ada);
    const tooClose = await makePair(ivan, cleo);

    expect(colleagues.status).toBe(409);
    expect(colleagues.text).toContain('This pair cannot be made, because of these hard rules:');
    expect(colleagues.text).toContain('<li>same institution</li>');
    expect(tooClose.status).toBe(409);
    expect(tooClose.text).toContain(
      '<li>mentor&#x27;s experience not far enough above the mentee&#x27;s</li>',
    );
    expect(await test.database.db('mm_partnership_requests').count({ n: '*' }).first())
      .toEqual({ n: 0 });
    expect(await auditRows(test, 'matching.pair')).toEqual([]);
  });

  it('makes a pair that then goes through the agreement like any other', async () => {
    const res = await makePair(henry, bea);

    expect(res.status).toBe(303);
    const paired = /\/admin\/partnerships\/(\d+)\?notice=paired$/.exec(res.headers.location);
    const id = Number(paired?.[1]);
    const partnership = await test.database.db('mm_partnerships').where({ id }).first();
    expect(partnership).toMatchObject({ status: 'agreement', mentor_member_id: henry.id });
    const request = await test.database.db('mm_partnership_requests')
      .where({ id: partnership.request_id }).first();
    expect(request).toMatchObject({
      status: 'accepted',
      proposed_by_member_id: await adminId(test),
    });
    expect(await auditRows(test, 'matching.pair')).toEqual([
      expect.objectContaining({
        program_id: 1, actor_member_id: await adminId(test), subject: `partnership:${id}`,
        before: null, after: { mentorId: henry.id, menteeId: bea.id },
      }),
    ]);
    expect(await emailText(test, bea.id, 'partnership-request-accepted'))
      .toContain('have paired you with Henry Test, who will be your mentor.');
    expect(await emailText(test, henry.id, 'partnership-request-accepted'))
      .toContain('have paired you with Bea Test, whom you will mentor.');

    await sign(test, henry, id);
    await sign(test, bea, id);
    expect((await test.database.db('mm_partnerships').where({ id }).first()).status).toBe('active');
  });

  it("respects the mentor's capacity, naming the rule", async () => {
    const res = await makePair(henry, cleo);

    expect(res.status).toBe(409);
    expect(res.text).toContain('<li>mentor has no room left</li>');
  });

  it('asks for both members before checking anything', async () => {
    const res = await postFrom(admin, test, '/admin/matching/pair', '/admin/matching/pair', {
      mentee: String(cleo.id),
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('Choose both a mentee and a mentor.');
  });
});

describe.each(databaseKinds())('the whole-cohort proposal on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let people: Map<number, Person>;
  let draftId: number;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    const members = [
      await join(test, person('p-grace', 'Grace', 20, ['mentor'], 'Library A')),
      await join(test, person('p-henry', 'Henry', 15, ['mentor'], 'Library B')),
      await join(test, person('p-ada', 'Ada', 2, ['mentee'], 'Library C')),
      await join(test, person('p-bea', 'Bea', 2, ['mentee'], 'Library D')),
      await join(test, person('p-cleo', 'Cleo', 1, ['mentee'], 'Library A')),
    ];
    people = new Map(members.map((member) => [member.id, member]));
    await runMatching(test);
    admin = await administrator(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  async function draftPairs() {
    const row = await test.database.db('mm_matching_drafts').where({ id: draftId }).first();
    return JSON.parse(row.pairs) as Array<{ mentorId: number; menteeId: number }>;
  }

  const base = () => `/admin/matching/proposals/${draftId}`;

  it('prepares a proposal: pairs with their breakdown, the spread, the unmatched', async () => {
    const proposals = '/admin/matching/proposals';
    const res = await postFrom(admin, test, proposals, proposals);
    draftId = Number(/proposals\/(\d+)\?notice=prepared$/.exec(res.headers.location)?.[1]);
    const page = await admin.get(res.headers.location);

    expect(page.status).toBe(200);
    expect(page.text).toContain('A new proposal is ready for review.');
    expect(await draftPairs()).toHaveLength(2);
    expect(page.text).toContain('How the scores of the pairs spread');
    expect(page.text.match(/<section class="pair"/g)).toHaveLength(2);
    expect(page.text).toMatch(/<th scope="row">Location<\/th><td>\d+<\/td>/);
    expect(page.text).toMatch(/Mentees left without a mentor[\s\S]*mentors would suit them/);
  });

  it('refuses to swap in a mentor with no room left in the proposal, naming the rule', async () => {
    const [first, second] = await draftPairs();
    const res = await postFrom(admin, test, `${base()}/pairs/${first.menteeId}/swap`,
      `${base()}/pairs/${first.menteeId}/swap`, { mentor: String(second.mentorId) });

    expect(res.status).toBe(409);
    expect(res.text).toContain('<li>mentor has no room left</li>');
    expect(await draftPairs()).toEqual(expect.arrayContaining([first, second]));
    expect(await auditRows(test, 'matching.draft_swap')).toEqual([]);
  });

  it('drops a pair, then swaps the freed mentor into the other pair', async () => {
    const [first, second] = await draftPairs();
    const dropped = await postFrom(admin, test, base(), `${base()}/pairs/${second.menteeId}/drop`);
    const options = await admin.get(at(test, `${base()}/pairs/${first.menteeId}/swap`));
    const swapped = await postFrom(admin, test, `${base()}/pairs/${first.menteeId}/swap`,
      `${base()}/pairs/${first.menteeId}/swap`, { mentor: String(second.mentorId) });

    expect(dropped.headers.location).toContain('notice=dropped');
    expect(options.text).toContain(`value="${second.mentorId}"`);
    expect(swapped.headers.location).toContain('notice=swapped');
    expect(await draftPairs()).toEqual([
      expect.objectContaining({
        menteeId: first.menteeId,
        mentorId: second.mentorId,
        origin: 'swapped',
      }),
    ]);
    const page = await admin.get(at(test, base()));
    expect(page.text).toContain('An administrator dropped their pair.');
    const subject = `draft:${draftId}`;
    expect(await auditRows(test, 'matching.draft_drop')).toEqual([
      expect.objectContaining({
        subject, actor_name: 'Daniel Whitebird',
        after: { mentorId: second.mentorId, menteeId: second.menteeId },
      }),
    ]);
    expect(await auditRows(test, 'matching.draft_swap')).toEqual([
      expect.objectContaining({
        subject, actor_name: 'Daniel Whitebird',
        after: { menteeId: first.menteeId, from: first.mentorId, to: second.mentorId },
      }),
    ]);
  });

  it('publishes the proposal as requests from the program that the mentee answers', async () => {
    const [pair] = await draftPairs();
    const draftPage = await admin.get(at(test, base()));
    const asked = await admin.get(at(test, `${base()}/publish`));
    const requestsWhileAsked = await test.database.db('mm_partnership_requests');
    const auditWhileAsked = await auditRows(test, 'matching.publish');
    const res = await postFrom(admin, test, `${base()}/publish`, `${base()}/publish`);
    const again = await postFrom(admin, test, '/admin/matching/proposals', `${base()}/publish`);
    const askedAgain = await admin.get(at(test, `${base()}/publish`));

    expect(draftPage.text).toContain(`<a class="button" href="${at(test, base())}/publish">`);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain(`Publish matching proposal ${draftId}?`);
    expect(asked.text).toMatch(/Partnership requests to send<\/dt><dd>1<\/dd>/);
    expect(asked.text).toMatch(/Members who will be emailed<\/dt><dd>2<\/dd>/);
    expect(asked.text).toContain(`<form method="post" action="${at(test, base())}/publish">`);
    expect(asked.text).toContain('>Yes, publish</button>');
    const cancel = `href="${at(test, base())}">Cancel and go back to the proposal`;
    expect(asked.text).toContain(cancel);
    expect(requestsWhileAsked).toEqual([]);
    expect(auditWhileAsked).toEqual([]);
    expect(res.headers.location).toContain('notice=published&published=1&refused=0');
    expect(again.headers.location).toContain('notice=already_published');
    expect(askedAgain.status).toBe(303);
    expect(askedAgain.headers.location).toContain('notice=already_published');
    expect(await auditRows(test, 'matching.publish')).toEqual([
      expect.objectContaining({
        program_id: 1, subject: `draft:${draftId}`, actor_name: 'Daniel Whitebird',
        after: { published: 1, refused: 0 },
      }),
    ]);
    const requests = await test.database.db('mm_partnership_requests');
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      status: 'pending', mentor_member_id: pair.mentorId, mentee_member_id: pair.menteeId,
      requester_member_id: pair.mentorId, recipient_member_id: pair.menteeId,
    });
    const mentor = people.get(pair.mentorId) as Person;
    const mentee = people.get(pair.menteeId) as Person;
    expect(await emailText(test, mentee.id, 'partnership-request-received'))
      .toContain(`propose ${mentor.name} as your mentor`);
    expect(await emailText(test, mentor.id, 'partnership-request-received'))
      .toContain(`propose you as the mentor of ${mentee.name}`);

    const answer = `/partnerships/requests/${requests[0].id}/accept`;
    const accepted = await postForm(mentee.agent, test, answer);
    expect(accepted.status).toBe(303);
    const partnership = await test.database.db('mm_partnerships').first();
    expect(partnership.status).toBe('agreement');
  });
});
