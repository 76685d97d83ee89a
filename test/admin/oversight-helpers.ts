/**
 * What the oversight, manual matching and report tests share: the program administrator
 * signed in through the real SAML flow, members who join through the profile form, the
 * matching jobs run at once, a page's forms posted with the session's CSRF token, and a CSV
 * parser that reads exports the way a spreadsheet would.
 */
import request from 'supertest';
import { at, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR, signIn } from '../support/saml';
import type { Agent } from '../partnerships/partnership-helpers';

/** The administrator, signed in afresh (tests clear sign-in counters as a new window would). */
export async function administrator(test: TestPlugin): Promise<Agent> {
  await test.database.db('mm_rate_limits').delete();
  const agent = request.agent(test.server);
  const res = await signIn(agent, test, ADMINISTRATOR);
  if (res.status !== 303) throw new Error(`administrator sign-in answered ${res.status}`);
  return agent;
}

/** Runs every job that is due: approvals' matching runs, then the cohort run they queue. */
export async function runMatching(test: TestPlugin): Promise<void> {
  const jobs = test.plugin.mentormatch.jobs;
  await jobs.runDueOnce();
  await test.database.db('mm_jobs').where({ type: 'matching.cohort' }).update({ run_at: 0 });
  await jobs.runDueOnce();
}

/** Posts a form as the page at `from` would, with the token that page carries. */
export async function postFrom(
  agent: Agent,
  test: TestPlugin,
  from: string,
  to: string,
  body: Record<string, string | string[]> = {},
) {
  const page = await agent.get(at(test, from));
  const token = /name="_csrf" value="([^"]+)"/.exec(page.text)?.[1];
  if (!token) throw new Error(`no CSRF token on ${from} (status ${page.status})`);
  return agent.post(at(test, to)).type('form').send({ ...body, _csrf: token });
}

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');

  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted && c === '"' && input[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted || (c !== ',' && c !== '\n' && c !== '\r')) {
      field += c;
    } else if (c !== '\r') {
      row.push(field);
      field = '';
      if (c === '\n') {
        rows.push(row);
        row = [];
      }
    }
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** CSV rows as objects keyed by the header line. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const [headers, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i] ?? ''])));
}

/** What an attacker might type into any search box or filter. */
export const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE mm_members; --",
  '" OR ""="',
  '%',
  '_',
  '\\',
  "1) UNION SELECT contact_email FROM mm_profiles --",
  'mentor\' --',
];
