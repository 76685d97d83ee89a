/**
 * `npm run load`: the stand-alone host on MariaDB under autocannon, beside a bare Express
 * baseline loaded at the same time, with throughput and latency percentiles printed for both.
 * Figures to read, not assertions: the goal is at least 40 % of the baseline's throughput and
 * a p99 of at most 50 ms at 50 connections.
 *
 * Many members sign in through the real SAML flow (the plugin's AuthnRequest, a response
 * signed with the stand-in identity provider's key, the assertion consumer), fill in their
 * profiles, and half of them form partnerships; each connection then plays one member and
 * walks their suggestions, profile and partnership pages. The host and the baseline run in
 * processes of their own, so that neither shares an event loop with the load generator.
 *
 * Throughput moves with whatever else the machine runs; the CPU time each server spends per
 * answer (user and system, read from the process itself over the loaded seconds) moves far
 * less, so it is printed too, and is the figure to compare between two runs.
 *
 * Environment: MENTORMATCH_LOAD_MARIADB_URL (mysql://root@127.0.0.1:3306), LOAD_SECONDS (10),
 * LOAD_CONNECTIONS (50), LOAD_MEMBERS (60), LOAD_PROFILE (a folder for a CPU profile of the
 * plugin's process), LOAD_QUERIES (1: the plugin's process prints the database queries each
 * page ran, on average, once the load is over; `sql`: with the statements of one of each).
 * Only 127.0.0.1 is ever loaded; a fresh database is created and dropped.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import express from 'express';
import knex from 'knex';
import type { MentorMatchApp } from '../src/create-mentormatch';
import { createLogger } from '../src/logging/logger';
import { manifest } from '../src/manifest';
import { parseAuthnRequest } from '../standalone/identity-provider/authn-request';
import {
  buildSignedResponse,
  encodeResponse,
  randomSamlId,
} from '../standalone/identity-provider/saml-response';
import {
  memberAttributes,
  type SampleMember,
} from '../standalone/identity-provider/sample-members';
import {
  loadOrCreateSigningKey,
  type SigningKey,
} from '../standalone/identity-provider/signing-key';
import { startStandInHost } from '../standalone/stand-in-host';

const MARIADB_URL = process.env.MENTORMATCH_LOAD_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';
const SECONDS = Number(process.env.LOAD_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const MEMBERS = Number(process.env.LOAD_MEMBERS ?? 60);
const MOUNT = manifest.mountPath;

interface Member {
  spec: SampleMember;
  mentor: boolean;
  cookie: string;
  id?: number;
  pages: string[];
}

// --- the two servers, each in its own process ---------------------------------------------

async function servePlugin(): Promise<void> {
  const port = Number(process.env.LOAD_PORT);
  const host = await startStandInHost({
    port,
    origin: `http://127.0.0.1:${port}`,
    dataDirectory: process.env.LOAD_DATA as string,
    logger: createLogger({ level: 'warn' }),
    settings: {
      database: { client: 'mysql', url: process.env.LOAD_DATABASE_URL, poolMax: 20 },
      jobs: { pollIntervalMs: 200 },
    },
    // Every member signs in from this one address: the per-address limit would refuse most.
    signInRateLimit: { limit: 1_000_000, windowMs: 60_000 },
  });
  const queries = process.env.LOAD_QUERIES ? countQueries(host.plugin) : undefined;
  process.once('SIGTERM', () => {
    queries?.();
    void host.close().then(() => process.exit(0));
  });
  answerCpuQuestions();
  process.stdout.write('ready\n');
}

interface PageQueries {
  requests: number;
  queries: number;
  /** The statements one request of this page ran. */
  sample: string[];
}

/**
 * Counts the knex queries each request runs, by page (ids in the path made `:id`), through
 * an async context opened around the plugin's handler. Resolves a function that prints them.
 */
function countQueries(plugin: MentorMatchApp): () => void {
  const current = new AsyncLocalStorage<string[]>();
  const pages = new Map<string, PageQueries>();
  plugin.mentormatch.database.on('query', (query: { sql: string }) => {
    current.getStore()?.push(query.sql);
  });
  // Express's own dispatch, which the host's router calls on the mounted plugin.
  type Handle = (req: express.Request, res: express.Response, next: express.NextFunction) => void;
  const app = plugin as unknown as { handle: Handle };
  const handle = app.handle.bind(plugin);
  app.handle = (req, res, next) => {
    const sql: string[] = [];
    const page = `${req.method} ${(req.originalUrl ?? req.url).replace(/\/\d+/g, '/:id')}`;
    res.once('finish', () => {
      const seen = pages.get(page) ?? { requests: 0, queries: 0, sample: sql };
      seen.requests += 1;
      seen.queries += sql.length;
      pages.set(page, seen);
    });
    current.run(sql, () => handle(req, res, next));
  };
  return () => {
    const lines = ['', 'Queries per page (plugin process, every request since start):'];
    for (const [page, seen] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
      const average = (seen.queries / seen.requests).toFixed(1);
      lines.push(`${average.padStart(6)}  ${page}  (${seen.requests} requests)`);
      if (process.env.LOAD_QUERIES === 'sql') lines.push(...seen.sample.map((q) => `    ${q}`));
    }
    process.stderr.write(`${lines.join('\n')}\n`);
  };
}

/** The baseline: bare Express answering a page of about the plugin's size from memory. */
async function serveBaseline(): Promise<void> {
  const app = express();
  const page = `<!doctype html><html><body>${'<p>MentorMatch baseline</p>'.repeat(300)}</body></html>`;
  app.get('/{*path}', (_req, res) => {
    res.type('html').send(page);
  });
  const server = app.listen(Number(process.env.LOAD_PORT), '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  process.once('SIGTERM', () => server.close(() => process.exit(0)));
  answerCpuQuestions();
  process.stdout.write('ready\n');
}

/** A server process answers 'cpu' with the CPU time it has used so far, in microseconds. */
function answerCpuQuestions(): void {
  process.on('message', (message) => {
    if (message !== 'cpu') return;
    const { user, system } = process.cpuUsage();
    process.send?.({ cpu: user + system });
  });
}

function cpuTime(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message: { cpu: number }) => resolve(message.cpu));
    child.send('cpu');
  });
}

function startServer(mode: string, env: Record<string, string>): Promise<ChildProcess> {
  // LOAD_PROFILE=folder writes a V8 CPU profile of the plugin's process there, for DevTools.
  const profile =
    process.env.LOAD_PROFILE && mode === 'serve-plugin'
      ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LOAD_PROFILE}`]
      : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', __filename, mode], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${mode} exited with ${code}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

// --- members who sign in and fill in their profiles ------------------------------------------

function memberSpec(index: number, mentor: boolean): SampleMember {
  return {
    nameId: `load-member-${index}`,
    email: `load-${index}@members.example`,
    givenName: `Member${index}`,
    surname: mentor ? 'Mentor' : 'Mentee',
    membershipStatus: 'active',
    memberType: 'professional',
    institution: `Load Library ${index}`,
    roles: ['member'],
    label: `load member ${index}`,
    yearsOfExperience: mentor ? 12 : 1,
  };
}

class Browser {
  constructor(
    readonly origin: string,
    public cookie = '',
  ) {}

  async send(pathname: string, form?: Record<string, string>): Promise<Response> {
    const res = await fetch(`${this.origin}${pathname}`, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: this.cookie,
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    const session = res.headers.getSetCookie().find((c) => c.startsWith('mentormatch.sid='));
    if (session) this.cookie = session.split(';')[0];
    return res;
  }

  async token(): Promise<string> {
    const html = await (await this.send(`${MOUNT}/`)).text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (!token) throw new Error('no CSRF token on the home page');
    return token;
  }

  async postForm(pathname: string, form: Record<string, string>): Promise<Response> {
    const res = await this.send(pathname, { ...form, _csrf: await this.token() });
    if (res.status !== 303) {
      const title = /<title>([^<]*)<\/title>/.exec(await res.text())?.[1];
      throw new Error(`POST ${pathname} answered ${res.status} (${title ?? 'no title'})`);
    }
    return res;
  }
}

/** The whole SAML round trip: AuthnRequest from the plugin, signed answer, assertion consumer. */
async function signIn(browser: Browser, member: SampleMember, key: SigningKey): Promise<void> {
  const start = await browser.send(`${MOUNT}${manifest.sso.loginPath}?RelayState=%2F`);
  const samlRequest = new URL(start.headers.get('location') ?? '').searchParams.get('SAMLRequest');
  const requestId = parseAuthnRequest(samlRequest ?? '', 'redirect').id;
  const publicUrl = `${browser.origin}${MOUNT}`;
  const acs = `${publicUrl}${manifest.sso.assertionConsumerPath}`;
  const xml = buildSignedResponse({
    signingKey: key,
    issuer: `${browser.origin}/idp`,
    destination: acs,
    recipient: acs,
    audience: `${publicUrl}${manifest.sso.metadataPath}`,
    inResponseTo: requestId,
    nameId: member.nameId,
    sessionIndex: randomSamlId(),
    attributes: memberAttributes(member),
    now: new Date(),
  });
  const res = await browser.send(`${MOUNT}${manifest.sso.assertionConsumerPath}`, {
    SAMLResponse: encodeResponse(xml),
    RelayState: '/',
  });
  if (res.status !== 303) throw new Error(`sign-in of ${member.nameId} answered ${res.status}`);
}

async function fillProfile(browser: Browser, member: Member): Promise<void> {
  const form = new URLSearchParams({
    roles: member.mentor ? 'mentor' : 'mentee',
    focus: 'public',
    years_experience: String(member.spec.yearsOfExperience),
    place_query: 'Toronto',
    institution: member.spec.institution,
    mentor_capacity: '2',
    other_information: `Load test member ${member.spec.nameId}`,
    contact_email: member.spec.email,
    contact_phone: '416 555 0100',
  });
  form.append(member.mentor ? 'skills_shared' : 'skills_wanted', 'communication');
  await browser.postForm(`${MOUNT}/profile/edit`, Object.fromEntries(form));
}

/** Request, acceptance and both signatures; resolves the partnership's page. */
async function partner(origin: string, mentee: Member, mentor: Member): Promise<string> {
  const menteeBrowser = new Browser(origin, mentee.cookie);
  const mentorBrowser = new Browser(origin, mentor.cookie);
  const asked = await menteeBrowser.postForm(`${MOUNT}/partnerships/requests`, {
    memberId: String(mentor.id),
    role: 'mentee',
    message: 'Load test',
  });
  const accepted = await mentorBrowser.postForm(`${asked.headers.get('location')}/accept`, {});
  const page = new URL(accepted.headers.get('location') ?? '', origin).pathname;
  for (const [browser, who] of [
    [mentorBrowser, mentor],
    [menteeBrowser, mentee],
  ] as const) {
    const fullName = `${who.spec.givenName} ${who.spec.surname}`;
    await browser.postForm(`${page}/sign`, { fullName, confirm: 'yes' });
  }
  return page;
}

async function prepareMembers(origin: string, dataDirectory: string, db: knex.Knex) {
  const key = loadOrCreateSigningKey(path.join(dataDirectory, 'idp'), 'Stand-in portal IdP');
  const members: Member[] = [];
  for (let i = 0; i < MEMBERS; i += 1) {
    const mentor = i % 2 === 0;
    const browser = new Browser(origin);
    const member: Member = { spec: memberSpec(i, mentor), mentor, cookie: '', pages: [] };
    await signIn(browser, member.spec, key);
    await fillProfile(browser, member);
    member.cookie = browser.cookie;
    member.id = (await db('mm_members').where({ external_id: member.spec.nameId }).first('id')).id;
    members.push(member);
  }
  return members;
}

async function preparePartnerships(origin: string, members: Member[]): Promise<number> {
  const mentors = members.filter((m) => m.mentor);
  const mentees = members.filter((m) => !m.mentor);
  const pairs = Math.floor(Math.min(mentors.length, mentees.length) / 2);
  for (let i = 0; i < pairs; i += 1) {
    const page = await partner(origin, mentees[i], mentors[i]);
    mentees[i].pages.push(page);
    mentors[i].pages.push(page);
  }
  for (const member of members) {
    if (member.pages.length === 0) member.pages.push(`${MOUNT}/partnerships`);
    member.pages.push(`${MOUNT}/suggestions`, `${MOUNT}/profile`);
  }
  return pairs;
}

async function jobsSettled(db: knex.Knex, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const due = await db('mm_jobs')
      .where({ status: 'pending' })
      .andWhere('run_at', '<=', Date.now());
    if (due.length === 0 || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// --- the measurement ------------------------------------------------------------------------

function load(url: string, members: Member[] | undefined): Promise<autocannon.Result> {
  let next = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    // Each connection plays one member, walking their pages in turn with their session.
    setupClient: members
      ? (client) => {
          const member = members[next % members.length];
          next += 1;
          const headers = { cookie: member.cookie };
          client.setRequests(member.pages.map((p) => ({ method: 'GET', path: p, headers })));
        }
      : undefined,
  });
}

interface Run {
  result: autocannon.Result;
  /** CPU time the server process used while loaded, in microseconds. */
  cpu: number;
}

/** Loads one server and measures the CPU time its process spends meanwhile. */
async function measure(server: ChildProcess, loading: () => Promise<autocannon.Result>) {
  const before = await cpuTime(server);
  const result = await loading();
  return { result, cpu: (await cpuTime(server)) - before };
}

function describeRun(name: string, { result, cpu }: Run): string {
  const { latency, requests } = result;
  const other = result.non2xx + result.errors + result.timeouts;
  const cpuPerAnswer = cpu / 1000 / Math.max(1, result['2xx'] + other);
  return (
    `${name.padEnd(9)} ${requests.average.toFixed(0).padStart(7)} req/s   ` +
    `p50 ${String(latency.p50).padStart(4)} ms   p90 ${String(latency.p90).padStart(4)} ms   ` +
    `p99 ${String(latency.p99).padStart(4)} ms   CPU ${cpuPerAnswer.toFixed(3)} ms/answer   ` +
    `${result['2xx']} answered 2xx, ${other} not`
  );
}

function report(plugin: Run, baseline: Run, pairs: number): void {
  const ratio = plugin.result.requests.average / baseline.result.requests.average;
  const p99 = plugin.result.latency.p99;
  const lines = [
    '',
    `Load: ${SECONDS} s, ${CONNECTIONS} connections per target, both targets at once, ` +
      `${MEMBERS} signed-in members (${pairs} partnerships), MariaDB; ` +
      `load average before: ${os.loadavg()[0].toFixed(2)}`,
    describeRun('plugin', plugin),
    describeRun('baseline', baseline),
    `plugin/baseline throughput: ${(ratio * 100).toFixed(1)} % (goal >= 40 %: ` +
      `${ratio >= 0.4 ? 'met' : 'not met'}); plugin p99 ${p99} ms ` +
      `(goal <= 50 ms: ${p99 <= 50 ? 'met' : 'not met'})`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

async function withDatabase<T>(work: (url: string, db: knex.Knex) => Promise<T>): Promise<T> {
  const host = new URL(MARIADB_URL).hostname;
  if (host !== '127.0.0.1' && host !== 'localhost')
    throw new Error('the load test runs on 127.0.0.1 only');
  const name = `mm_load_${crypto.randomBytes(4).toString('hex')}`;
  const admin = knex({ client: 'mysql2', connection: MARIADB_URL });
  await admin.raw(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  const db = knex({ client: 'mysql2', connection: `${MARIADB_URL}/${name}` });
  try {
    return await work(`${MARIADB_URL}/${name}`, db);
  } finally {
    await db.destroy();
    await admin.raw(`drop database if exists \`${name}\``);
    await admin.destroy();
  }
}

async function main(): Promise<void> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-load-'));
  const [pluginPort, baselinePort] = [await freePort(), await freePort()];
  const servers: ChildProcess[] = [];
  try {
    await withDatabase(async (url, db) => {
      const pluginServer = await startServer('serve-plugin', {
        LOAD_PORT: String(pluginPort),
        LOAD_DATA: dataDirectory,
        LOAD_DATABASE_URL: url,
      });
      servers.push(pluginServer);
      const baselineServer = await startServer('serve-baseline', {
        LOAD_PORT: String(baselinePort),
      });
      servers.push(baselineServer);
      const origin = `http://127.0.0.1:${pluginPort}`;

      const members = await prepareMembers(origin, dataDirectory, db);
      const pairs = await preparePartnerships(origin, members);
      await jobsSettled(db);
      const [plugin, baseline] = await Promise.all([
        measure(pluginServer, () => load(origin, members)),
        measure(baselineServer, () => load(`http://127.0.0.1:${baselinePort}/page`, undefined)),
      ]);
      report(plugin, baseline, pairs);
      for (const server of servers.splice(0)) await stopServer(server);
    });
  } finally {
    for (const server of servers) await stopServer(server);
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  }
}

const modes: Record<string, () => Promise<void>> = {
  'serve-plugin': servePlugin,
  'serve-baseline': serveBaseline,
};

(modes[process.argv[2] ?? ''] ?? main)().catch((err: unknown) => {
  process.stderr.write(`load: ${(err as Error).stack}\n`);
  process.exit(1);
});
