/**
 * What the program administration tests share: members who apply through the real profile
 * form, forms posted with the session's CSRF token, the routes a member without the
 * administrator role must be refused, and reads of the audit log.
 */
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import {
  forgetSignInAttempts,
  saveProfile,
  signedIn,
  validProfile,
  type Agent,
  type FormBody,
} from '../members/profile-helpers';
import { join } from '../partnerships/partnership-helpers';
import { at, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR } from '../support/saml';

export interface Applicant {
  id: number;
  agent: Agent;
  member: SampleMember;
}

/** An active member of the association, unique by `key`, who reads pages in English. */
export function activeMember(key: string, givenName = key, surname = 'Tester'): SampleMember {
  return {
    ...ACTIVE_MENTOR,
    nameId: `admin-test-${key}`,
    email: `${key}@host.example`,
    givenName,
    surname,
    institution: `Library of ${key}`,
    preferredLanguage: 'en',
  };
}

/** Signs the member in and saves their profile through the form; throws unless it saved. */
export async function apply(
  test: TestPlugin,
  member: SampleMember,
  profile: FormBody,
): Promise<Applicant> {
  await forgetSignInAttempts(test);
  const agent = await signedIn(test, member);
  const body = validProfile({
    institution: member.institution,
    contact_email: member.email,
    ...profile,
  });
  const res = await saveProfile(agent, test, body);
  if (res.status !== 303) throw new Error(`profile not saved: ${res.status}`);
  const row = await test.database.db('mm_members').where({ external_id: member.nameId }).first();
  return { id: row.id as number, agent, member };
}

export function tokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

/** Posts a form with a token read from the home page (every signed-in page has one). */
export async function post(agent: Agent, test: TestPlugin, path: string, body: FormBody = {}) {
  const token = tokenIn((await agent.get(at(test, '/'))).text);
  return agent.post(at(test, path)).type('form').send({ ...body, _csrf: token });
}

export async function auditRows(test: TestPlugin, action?: string) {
  const query = test.database.db('mm_audit_log').orderBy('id');
  if (action) query.where({ action });
  const rows = await query;
  return rows.map((row) => ({
    ...row,
    before: row.before_json === null ? null : JSON.parse(row.before_json),
    after: row.after_json === null ? null : JSON.parse(row.after_json),
  }));
}

/** Checks that every route answers 403 to the agent (a signed-in member, not an administrator). */
export async function expectRefused(
  test: TestPlugin,
  agent: Agent,
  routes: { get: string[]; post: string[] },
): Promise<void> {
  const statuses: Record<string, number> = {};
  for (const path of routes.get) statuses[`GET ${path}`] = (await agent.get(at(test, path))).status;
  for (const path of routes.post) statuses[`POST ${path}`] = (await post(agent, test, path)).status;

  const refused = Object.fromEntries(Object.keys(statuses).map((route) => [route, 403]));
  expect(statuses).toEqual(refused);
}

/** A mentor and a mentee who joined through the profile form, named after `key`. */
export async function mentorAndMentee(test: TestPlugin, key: string) {
  const mentor = await join(test, {
    key: `${key}-mentor`, givenName: 'Mentor', surname: key, years: 12, roles: ['mentor'],
  });
  const mentee = await join(test, {
    key: `${key}-mentee`, givenName: 'Mentee', surname: key, years: 1, roles: ['mentee'],
  });
  return { mentor, mentee };
}

/** Whole calendar months from one instant to another. */
export function monthsBetween(start: number, end: number): number {
  const a = new Date(start);
  const b = new Date(end);
  return (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
}

export async function firstRow(test: TestPlugin, table: string, where: Record<string, unknown>) {
  return test.database.db(table).where(where).first();
}

/** Plugin settings that send mail to the in-process SMTP server. */
export function smtpSettings(port: number) {
  return { settings: { mail: { host: '127.0.0.1', port } } };
}
