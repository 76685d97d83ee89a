/**
 * MariaDB killed (SIGKILL) under a stream of reads and writes, and started again on the same
 * data: while it is down every request gets a quick, clean answer (the error page, never a
 * hang or a crash); once it is back the same app, never restarted, serves the same signed-in
 * members again; and every write the app acknowledged is still there.
 *
 * The server is a private mariadbd in a temporary folder (the machine's own must not be
 * killed). Where none can run, the test says why and checks nothing.
 */
import { at, type TestPlugin } from '../support/plugin';
import type { TestDatabase } from '../support/databases';
import { csrfTokenIn, join, type Agent } from '../partnerships/partnership-helpers';
import { formsIn } from '../security/fuzz-forms';
import { manifest } from '../../src/manifest';
import {
  createPrivateMariaDb,
  privateMariaDbUnavailable,
  type PrivateMariaDb,
} from './support/private-mariadb';
import { startInstance } from './support/plugin-instance';

const WRITERS = 4;
const UP_MS = 1500;
const DOWN_MS = 3000;
const AFTER_MS = 2500;
// Requests that start this soon after the restart may still meet a connection being replaced.
const SETTLE_MS = 500;

interface Writer {
  key: string;
  memberId: number;
  agent: Agent;
  token: string;
  form: Array<[string, string]>;
  /** The last note index the app answered 303 for: that write is committed. */
  acknowledged: number;
}

interface Outcome {
  status: number | 'no answer';
  write: boolean;
  startedAt: number;
  ms: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function noteOf(key: string, index: number): string {
  return `note ${key} ${index}`;
}

async function writer(test: TestPlugin, key: string, years: number): Promise<Writer> {
  const person = await join(test, {
    key,
    givenName: key,
    surname: 'Writer',
    years,
    roles: ['mentee'],
  });
  const page = await person.agent.get(at(test, '/profile/edit'));
  const form = formsIn(page.text, test.mountPath).get('/profile/edit')?.fields ?? [];
  const token = csrfTokenIn(page.text);
  return { key, memberId: person.id, agent: person.agent, token, form, acknowledged: 0 };
}

function editBody(w: Writer, index: number): string {
  const fields = w.form.map(([name, value]): [string, string] =>
    name === 'other_information' ? [name, noteOf(w.key, index)] : [name, value],
  );
  fields.push(['_csrf', w.token]);
  return fields.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** One member's requests, a read and a write in turn, until told to stop. */
async function stream(test: TestPlugin, w: Writer, done: () => boolean, outcomes: Outcome[]) {
  for (let index = 1; !done(); index += 1) {
    const startedAt = Date.now();
    const write = index % 2 === 0;
    try {
      const res = write
        ? await w.agent
            .post(at(test, '/profile/edit'))
            .timeout(20_000)
            .type('form')
            .send(editBody(w, index))
        : await w.agent.get(at(test, '/profile')).timeout(20_000);
      if (write && res.status === 303) w.acknowledged = index;
      outcomes.push({ status: res.status, write, startedAt, ms: Date.now() - startedAt });
    } catch {
      outcomes.push({ status: 'no answer', write, startedAt, ms: Date.now() - startedAt });
    }
    await sleep(10);
  }
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const unavailable = privateMariaDbUnavailable();

describe('MariaDB restarted under load', () => {
  let server: PrivateMariaDb | undefined;
  let database: TestDatabase;
  let test: TestPlugin;
  let skipped: string | null = unavailable;

  beforeAll(async () => {
    if (skipped) return;
    // Knex reports each refused connection on the console; the test counts outcomes instead.
    jest.spyOn(console, 'log').mockImplementation(() => {});
    try {
      server = await createPrivateMariaDb();
    } catch (err) {
      skipped = `a private mariadbd could not start: ${(err as Error).message}`;
      return;
    }
    database = await server.createDatabase('mm_restart');
    test = await startInstance(database);
  }, 120_000);

  afterAll(async () => {
    await test?.close();
    await database?.drop();
    await server?.destroy();
  });

  it('fails cleanly while the database is down and loses no acknowledged write', async () => {
    if (skipped) {
      process.stdout.write(`mariadb restart: skipped: ${skipped}\n`);
      return;
    }
    const writers: Writer[] = [];
    for (let i = 0; i < WRITERS; i += 1) writers.push(await writer(test, `w${i}`, 1 + i));
    const outcomes: Outcome[] = [];
    let stopped = false;

    const streams = Promise.all(writers.map((w) => stream(test, w, () => stopped, outcomes)));
    await sleep(UP_MS);
    const killedAt = Date.now();
    await server!.kill();
    await sleep(DOWN_MS);
    const healthDown = await test.plugin.mentormatch.database.raw('select 1').then(
      () => 'up',
      () => 'down',
    );
    await server!.start();
    const restartedAt = Date.now();
    await sleep(AFTER_MS);
    stopped = true;
    await streams;

    const before = outcomes.filter((o) => o.startedAt + o.ms < killedAt);
    const during = outcomes.filter(
      (o) => o.startedAt >= killedAt && o.startedAt + o.ms < restartedAt,
    );
    const after = outcomes.filter((o) => o.startedAt >= restartedAt + SETTLE_MS);
    const ok = (o: Outcome) => o.status === 200 || o.status === 303;
    const notOk = (list: Outcome[]) => {
      const others = list
        .filter((o) => !ok(o))
        .map((o) => `${o.status} on a ${o.write ? 'write' : 'read'}`);
      return others.length ? `; not ok: ${others.join(', ')}` : '';
    };
    process.stdout.write(
      `mariadb restart: ${outcomes.length} requests; before ${before.length} ` +
        `(${before.filter(ok).length} ok${notOk(before)}), down ${during.length} ` +
        `(statuses ${JSON.stringify(countBy(during.map((o) => o.status)))}, p50 ` +
        `${percentile(
          during.map((o) => o.ms),
          50,
        )} ms, max ` +
        `${percentile(
          during.map((o) => o.ms),
          100,
        )} ms), after ${after.length} ` +
        `(${after.filter(ok).length} ok${notOk(after)}); acknowledged writes ` +
        `${writers.map((w) => w.acknowledged).join(', ')}\n`,
    );

    expect(healthDown).toBe('down');
    expect(outcomes.filter((o) => o.status === 'no answer')).toEqual([]);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every(ok)).toBe(true);
    expect(during.length).toBeGreaterThan(0);
    expect(during.filter((o) => !ok(o)).every((o) => o.status === 503)).toBe(true);
    expect(Math.max(...during.map((o) => o.ms))).toBeLessThan(5000);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every(ok)).toBe(true);

    const health = await writers[0].agent.get(at(test, manifest.healthPath));
    expect(health.status).toBe(200);
    for (const w of writers) {
      const row = await database
        .db('mm_profiles')
        .where({ member_id: w.memberId })
        .first('other_information');
      const stored = Number(/ (\d+)$/.exec(row.other_information)?.[1]);
      expect(stored).toBeGreaterThanOrEqual(w.acknowledged);
      expect(w.acknowledged).toBeGreaterThan(0);
    }
  }, 120_000);
});

function countBy(values: Array<number | string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}
