/**
 * What the profile and approval tests share: a member signed in through the real SAML flow,
 * the profile form filled in and sent with its CSRF token, and reads of the outbox and job
 * tables that the saving writes to.
 */
import request from 'supertest';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { at, type TestPlugin } from '../support/plugin';
import { signIn, type ResponseOverrides } from '../support/saml';

export type Agent = ReturnType<typeof request.agent>;
export type FormBody = Record<string, string | string[]>;

/** The form of an experienced member in Toronto who applies for both roles. */
export function validProfile(overrides: FormBody = {}): FormBody {
  return {
    roles: ['mentor', 'mentee'],
    focus: 'public',
    years_experience: '10',
    place_query: 'Toronto',
    supervisory_years: '4',
    supervised_people: '6',
    institution: 'Toronto Public Library',
    skills_shared: ['communication', 'leadership_management'],
    skills_wanted: ['project_management'],
    mentor_capacity: '2',
    other_information: 'Branch head; happy to meet in the evenings.',
    contact_email: 'amira.work@example.org',
    contact_phone: '416 555 0199',
    ...overrides,
  };
}

export async function signedIn(
  test: TestPlugin,
  member: SampleMember,
  overrides: ResponseOverrides = {},
): Promise<Agent> {
  const agent = request.agent(test.server);
  const res = await signIn(agent, test, member, overrides);
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return agent;
}

export function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** A token from any page of the member's session. */
export async function csrfToken(agent: Agent, test: TestPlugin, path = '/profile') {
  return csrfTokenIn((await agent.get(at(test, path))).text);
}

export async function postForm(agent: Agent, test: TestPlugin, path: string, body: FormBody) {
  const token = await csrfToken(agent, test);
  return agent.post(at(test, path)).type('form').send({ ...body, _csrf: token });
}

export async function saveProfile(agent: Agent, test: TestPlugin, body: FormBody) {
  return postForm(agent, test, '/profile/edit', body);
}

/** The opening tag of the form control with this id. */
export function control(html: string, id: string): string {
  const tag = new RegExp(`<(input|select|textarea)\\b[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0];
  if (!tag) throw new Error(`no control #${id} on the page`);
  return tag;
}

export async function memberId(test: TestPlugin, member: SampleMember): Promise<number> {
  const row = await test.database.db('mm_members').where({ external_id: member.nameId }).first();
  return row.id as number;
}

export interface OutboxEmail {
  template: string;
  to_address: string;
  member_id: number | null;
  data: Record<string, unknown>;
}

export async function emailsTo(test: TestPlugin, id: number, template?: string) {
  const query = test.database.db('mm_outbox').where({ member_id: id }).orderBy('id');
  if (template) query.andWhere({ template });
  const rows = await query;
  return rows.map((row) => ({ ...row, data: JSON.parse(row.data) })) as OutboxEmail[];
}

export async function matchingJobsFor(test: TestPlugin, id: number) {
  const rows = await test.database.db('mm_jobs').where({ type: 'matching.refresh' }).orderBy('id');
  return rows
    .map((row) => ({ ...row, payload: JSON.parse(row.payload) }))
    .filter((row) => row.payload.memberId === id);
}

/** What a worker does when it picks the job up: a later change then asks for a new run. */
export async function takeWaitingJobs(test: TestPlugin): Promise<void> {
  await test.database.db('mm_jobs').update({ status: 'done', dedupe_key: null });
}

export async function rolesOf(test: TestPlugin, id: number) {
  return test.database
    .db('mm_profile_roles as r')
    .join('mm_profiles as p', 'p.id', 'r.profile_id')
    .where({ 'p.member_id': id })
    .orderBy('r.role')
    .select('r.id', 'r.role', 'r.status', 'r.status_reason', 'r.decision_note');
}

/**
 * These suites sign many members in from one address, as a host's office behind one proxy
 * would; the sign-in rate limit (30 per address per 5 minutes) is tested elsewhere, so each
 * test starts with its counters cleared rather than moving a clock that SAML checks in real
 * time.
 */
export async function forgetSignInAttempts(test: TestPlugin): Promise<void> {
  const db = test.database.db;
  if (await db.schema.hasTable('mm_rate_limits')) await db('mm_rate_limits').delete();
}
