/**
 * What the partnership tests share: members who sign in through the real SAML flow and fill
 * in their profile through the profile form (so their roles are approved as in production),
 * forms posted with the session's CSRF token, and reads of the outbox and job tables.
 */
import request from 'supertest';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { at, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, signIn } from '../support/saml';

export type Agent = ReturnType<typeof request.agent>;
export type FormBody = Record<string, string | string[]>;

export interface PersonSpec {
  /** Short and unique within the test file: it names the member's id and addresses. */
  key: string;
  givenName: string;
  surname: string;
  years: number;
  roles: Array<'mentor' | 'mentee'>;
  /** Their own institution unless given (members of one institution are never paired). */
  institution?: string;
  capacity?: number;
}

export interface Person {
  id: number;
  name: string;
  /** Replaced by signInAgain, since moving the clock ends sessions (absolute timeout). */
  agent: Agent;
  member: SampleMember;
  contactEmail: string;
  contactPhone: string;
}

/** Signs the member in and saves their profile through the profile form. */
export async function join(test: TestPlugin, spec: PersonSpec): Promise<Person> {
  const member: SampleMember = {
    ...ACTIVE_MENTOR,
    nameId: `partnerships-${spec.key}`,
    email: `${spec.key}@host.example`,
    givenName: spec.givenName,
    surname: spec.surname,
    institution: spec.institution ?? `Library of ${spec.key}`,
  };
  const agent = await signedInAgent(test, member);
  const contactEmail = `${spec.key}.contact@example.org`;
  const contactPhone = '416 555 0100';
  const form = profileForm(spec, member.institution, contactEmail, contactPhone);
  const saved = await postForm(agent, test, '/profile/edit', form);
  if (saved.status !== 303) throw new Error(`profile form answered ${saved.status}: ${saved.text}`);

  const row = await test.database.db('mm_members').where({ external_id: member.nameId }).first();
  const name = `${spec.givenName} ${spec.surname}`;
  return { id: row.id as number, name, agent, member, contactEmail, contactPhone };
}

async function signedInAgent(test: TestPlugin, member: SampleMember): Promise<Agent> {
  // Tests sign in more members from one address than the sign-in rate limit allows in real
  // use; clearing its counters is what a new window would do.
  await test.database.db('mm_rate_limits').delete();
  const agent = request.agent(test.server);
  const res = await signIn(agent, test, member);
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return agent;
}

/** A fresh session for the member, at the app's current time. */
export async function signInAgain(test: TestPlugin, person: Person): Promise<void> {
  person.agent = await signedInAgent(test, person.member);
}

/** The profile form as `join` fills it in, for tests that sign members in their own way. */
export function profileForm(
  spec: PersonSpec,
  institution: string,
  email: string,
  phone: string,
): FormBody {
  return {
    roles: spec.roles,
    focus: 'public',
    years_experience: String(spec.years),
    place_query: 'Toronto',
    supervisory_years: '0',
    supervised_people: '0',
    institution,
    skills_shared: spec.roles.includes('mentor') ? ['communication'] : [],
    skills_wanted: spec.roles.includes('mentee') ? ['project_management'] : [],
    mentor_capacity: String(spec.capacity ?? 1),
    other_information: `Notes of ${spec.key}`,
    contact_email: email,
    contact_phone: phone,
  };
}

export function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** The token of the page's form that posts to `action` (a path under the mount point). */
export function formTokenFor(html: string, action: string): string {
  const escaped = action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const csrf = '<input type="hidden" name="_csrf" value="([^"]+)"';
  const form = new RegExp(`<form method="post"\\s+action="${escaped}">\\s*${csrf}`);
  const token = form.exec(html)?.[1];
  if (!token) throw new Error(`no form posting to ${action} on the page`);
  return token;
}

/**
 * Opens the confirmation page of a step that cannot be undone and answers "Yes" with the
 * form it shows; resolves the confirmation page and the answer to the form.
 */
export async function confirmStep(agent: Agent, test: TestPlugin, path: string, body = {}) {
  const asked = await agent.get(at(test, path));
  if (asked.status !== 200) throw new Error(`${path} answered ${asked.status}: ${asked.text}`);
  const answer = await agent
    .post(at(test, path))
    .type('form')
    .send({ ...body, _csrf: formTokenFor(asked.text, at(test, path)) });
  return { asked, answer };
}

/** The session's token, read from a page with a form (the layout's sign-out form). */
export async function csrfToken(agent: Agent, test: TestPlugin): Promise<string> {
  return csrfTokenIn((await agent.get(at(test, '/'))).text);
}

export async function postForm(agent: Agent, test: TestPlugin, path: string, body: FormBody = {}) {
  const token = await csrfToken(agent, test);
  return agent
    .post(at(test, path))
    .type('form')
    .send({ ...body, _csrf: token });
}

/** Posts a request from `from` to `to`, `from` playing `role`; resolves the request id. */
export async function requestPartnership(
  test: TestPlugin,
  from: Person,
  to: Person,
  role: 'mentor' | 'mentee',
  message = '',
): Promise<number> {
  const body = { memberId: String(to.id), role, message };
  const res = await postForm(from.agent, test, '/partnerships/requests', body);
  if (res.status !== 303) throw new Error(`request answered ${res.status}: ${res.text}`);
  const sent = /\/partnerships\/requests\/(\d+)\?notice=requested$/.exec(res.headers.location);
  return Number(sent?.[1]);
}

/** Accepts the request as its recipient; resolves the partnership id. */
export async function accept(test: TestPlugin, recipient: Person, requestId: number) {
  const res = await postForm(recipient.agent, test, `/partnerships/requests/${requestId}/accept`);
  if (res.status !== 303) throw new Error(`accept answered ${res.status}: ${res.text}`);
  return Number(/\/partnerships\/(\d+)\?notice=accepted$/.exec(res.headers.location)?.[1]);
}

export async function sign(test: TestPlugin, person: Person, partnershipId: number) {
  return postForm(person.agent, test, `/partnerships/${partnershipId}/sign`, {
    fullName: person.name,
    confirm: 'yes',
  });
}

/** Request, accept and both signatures: an active partnership; resolves its id. */
export async function activePartnership(test: TestPlugin, mentor: Person, mentee: Person) {
  const requestId = await requestPartnership(test, mentee, mentor, 'mentee');
  const id = await accept(test, mentor, requestId);
  await sign(test, mentor, id);
  await sign(test, mentee, id);
  return id;
}

export interface OutboxEmail {
  template: string;
  to_address: string;
  member_id: number | null;
  data: Record<string, unknown>;
}

export async function emailsTo(test: TestPlugin, memberId: number, template?: string) {
  const query = test.database.db('mm_outbox').where({ member_id: memberId }).orderBy('id');
  if (template) query.andWhere({ template });
  const rows = await query;
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) })) as OutboxEmail[];
}

export async function jobsOfType(test: TestPlugin, type: string) {
  const rows = await test.database.db('mm_jobs').where({ type }).orderBy('id');
  return rows.map((row) => ({ ...row, payload: JSON.parse(row.payload) }));
}

export async function partnershipRow(test: TestPlugin, id: number) {
  return test.database.db('mm_partnerships').where({ id }).first();
}

export const DAY_MS = 86_400_000;

/**
 * Sets the app's clock back to the real time. The identity provider signs responses at the
 * app's time but the SAML library checks them against the real clock, so members can sign in
 * only while the two agree: each test that moves the clock puts it back afterwards.
 */
export function resetClock(test: TestPlugin): void {
  test.clock.now = Date.now();
}

/** Moves the app's clock and runs every job that is due by then. */
export async function advance(test: TestPlugin, ms: number): Promise<void> {
  test.clock.now += ms;
  await test.plugin.mentormatch.jobs.runDueOnce();
}
