/**
 * Sign-in rate limits: 30 starts and 30 answers per client address in five minutes, counted in
 * the database so that two instances share one count, refused with the plugin's 429 page and
 * a warn line. Partnership requests: 10 an hour per member, whatever the address. The store is
 * also hammered directly to show its count is exact under concurrency.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import request from 'supertest';
import { up as createRateLimitTable } from '../../migrations/20261203-05-rate-limits';
import { createMentorMatch } from '../../src/create-mentormatch';
import { openDatabase } from '../../src/db/database';
import { manifest } from '../../src/manifest';
import { PARTNERSHIP_REQUEST_RATE_LIMIT, SIGN_IN_RATE_LIMIT } from '../../src/web/rate-limit';
import { join, postForm, type Person } from '../partnerships/partnership-helpers';
import { KnexRateLimitStore } from '../../src/web/rate-limit-store';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';
import {
  at,
  IDP_ENTITY_ID,
  IDP_SSO_URL,
  startTestPlugin,
  testSigningKey,
  type LogRecord,
  type TestPlugin,
} from '../support/plugin';
import { ACTIVE_MENTOR, postResponse, signedResponse, startSignIn } from '../support/saml';

const { limit: LIMIT, windowMs: WINDOW_MS } = SIGN_IN_RATE_LIMIT;
const LOGIN = manifest.sso.loginPath;

type Send = (path: string) => request.Test;

/** Sends `count` requests one after another and returns their statuses. */
async function hit(send: Send, path: string, count: number): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await send(path)).status);
  return statuses;
}

function notSaml(test: TestPlugin): Send {
  return (path) =>
    request(test.server).post(path).type('form').send({ SAMLResponse: 'bm90IFNBTUw=' });
}

function lastRateLimitRefusal(logs: LogRecord[]) {
  return logs.filter((l) => l.event === 'request_refused' && l.status === 429).pop();
}

describe('sign-in rate limits on sqlite', () => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite');
  });

  afterAll(async () => {
    await test?.close();
  });

  beforeEach(async () => {
    test.clock.now = Date.now();
    await test.database.db('mm_rate_limits').delete();
  });

  it('refuses the 31st sign-in start in 5 minutes with the 429 page and a warn line', async () => {
    const allowed = await hit((p) => request(test.server).get(p), at(test, LOGIN), LIMIT);
    expect(allowed).toEqual(Array(LIMIT).fill(302));

    const refused = await request(test.server).get(at(test, LOGIN));

    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Too many attempts');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(lastRateLimitRefusal(test.logs)).toMatchObject({
      level: 40,
      reason: 'rate_limited:sign-in-start',
    });
    process.stdout.write(`rate limit: ${LIMIT} starts allowed, start ${LIMIT + 1} answered 429\n`);
  });

  it('refuses the 31st answer before checking it, even a valid one', async () => {
    const agent = request.agent(test.server);
    const requestId = await startSignIn(agent, test);
    expect(await hit(notSaml(test), at(test, manifest.sso.assertionConsumerPath), LIMIT)).toEqual(
      Array(LIMIT).fill(401),
    );

    const refused = await postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, requestId));

    expect(refused.status).toBe(429);
    expect(lastRateLimitRefusal(test.logs)?.reason).toBe('rate_limited:sign-in-answer');
    expect((await agent.get(at(test, '/'))).status).toBe(303);
  });

  it('counts afresh once the five minutes have passed', async () => {
    await hit((p) => request(test.server).get(p), at(test, LOGIN), LIMIT + 1);

    test.clock.now += WINDOW_MS;
    const agent = request.agent(test.server);
    const requestId = await startSignIn(agent, test);
    // node-saml checks the assertion's times against the real clock.
    const xml = signedResponse(test, ACTIVE_MENTOR, requestId, { now: new Date() });

    expect((await postResponse(agent, test, xml)).status).toBe(303);
  });

  it('cannot be dodged with a made-up X-Forwarded-For on a host without a proxy', async () => {
    await hit((p) => request(test.server).get(p), at(test, LOGIN), LIMIT);

    const spoofed = await request(test.server)
      .get(at(test, LOGIN))
      .set('X-Forwarded-For', '198.51.100.9');

    expect(spoofed.status).toBe(429);
  });
});

describe('sign-in rate limits behind an HTTPS proxy', () => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite', {
      settings: { publicUrl: 'https://learn.example.org/mentormatch' },
    });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('counts each client address apart', async () => {
    const from =
      (address: string): Send =>
      (p) =>
        request(test.server).get(p).set('X-Forwarded-For', address);

    expect((await hit(from('203.0.113.1'), at(test, LOGIN), LIMIT + 1)).pop()).toBe(429);

    expect((await from('203.0.113.2')(at(test, LOGIN))).status).toBe(302);
  });
});

/** A second plugin on the first one's MariaDB database and clock, on its own server. */
async function secondInstance(first: TestPlugin) {
  const db = openDatabase({
    client: 'mysql',
    url: first.database.settings.url,
    filename: '',
    poolMax: 4,
  });
  const plugin = await createMentorMatch({
    settings: {
      publicUrl: first.publicUrl,
      sessionSecret: 'test-secret-that-is-long-enough-for-the-schema',
      saml: {
        idpSsoUrl: IDP_SSO_URL,
        idpEntityId: IDP_ENTITY_ID,
        idpCertificates: [testSigningKey().certificatePem],
      },
      jobs: { enabled: false },
    },
    database: db,
    logger: pino({ level: 'silent' }),
    now: () => first.clock.now,
  });
  const server = http.createServer(express().use(first.mountPath, plugin));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    port: (server.address() as AddressInfo).port,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await plugin.mentormatch.close();
      await db.destroy();
    },
  };
}

describe.each(databaseKinds())('partnership request rate limit on %s', (kind) => {
  const REQUESTS = PARTNERSHIP_REQUEST_RATE_LIMIT.limit;
  let test: TestPlugin;
  let mentee: Person;
  let otherMentee: Person;
  let mentors: Person[];

  const ask = (from: Person, to: Person) =>
    postForm(from.agent, test, '/partnerships/requests', {
      memberId: String(to.id),
      role: 'mentee',
      message: '',
    });
  const requestsFrom = async (from: Person) =>
    Number(
      (
        await test.database
          .db('mm_partnership_requests')
          .where({ requester_member_id: from.id })
          .count({ n: '*' })
      )[0].n,
    );

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    const person = (key: string, years: number, roles: Array<'mentor' | 'mentee'>) =>
      join(test, { key, givenName: key, surname: 'Asker', years, roles });
    mentors = [await person('mentor1', 12, ['mentor']), await person('mentor2', 15, ['mentor'])];
    mentee = await person('mentee1', 1, ['mentee']);
    otherMentee = await person('mentee2', 1, ['mentee']);
    // join() signs each member in, which clears counters: the count starts here.
    await test.database.db('mm_rate_limits').delete();
  });

  afterAll(async () => {
    await test?.close();
  });

  it("refuses a member's 11th request in an hour with its own page, and writes nothing", async () => {
    expect((await ask(mentee, mentors[0])).status).toBe(303);
    // Refused requests count too: each is a post someone could repeat to probe or flood.
    for (let i = 1; i < REQUESTS; i++) expect((await ask(mentee, mentors[0])).status).not.toBe(429);

    const refused = await ask(mentee, mentors[1]);

    expect(refused.status).toBe(429);
    expect(refused.text).toContain('Too many partnership requests');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(60 * 59);
    expect(await requestsFrom(mentee)).toBe(1);
    expect(lastRateLimitRefusal(test.logs)).toMatchObject({
      level: 40,
      reason: 'rate_limited:partnership-request',
    });
  });

  it('counts each member apart, though they share one address', async () => {
    expect((await ask(otherMentee, mentors[1])).status).toBe(303);
  });

  it('lets the member ask again once the hour has passed', async () => {
    // The window ends in the counter's row: moving the app's clock an hour would also end the
    // member's session, and a fresh sign-in cannot be signed at a moved clock (see resetClock).
    await test.database
      .db('mm_rate_limits')
      .where('client_key', 'like', 'partnership-request:%')
      .update({ reset_at: test.clock.now });

    expect((await ask(mentee, mentors[1])).status).toBe(303);
    expect(await requestsFrom(mentee)).toBe(2);
    process.stdout.write(
      `partnership requests on ${kind}: ${REQUESTS} allowed in an hour, the next refused 429\n`,
    );
  });
});

const onMariaDb = databaseKinds().includes('mariadb') ? describe : describe.skip;

onMariaDb('sign-in rate limits across two instances on mariadb', () => {
  let first: TestPlugin;
  let second: Awaited<ReturnType<typeof secondInstance>>;

  beforeAll(async () => {
    first = await startTestPlugin('mariadb');
    second = await secondInstance(first);
  });

  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('shares one count: 30 starts spread over both, the 31st refused by either', async () => {
    const servers = [first.server, second.server];
    let turn = 0;
    const alternate: Send = (p) => request(servers[turn++ % 2]).get(p);

    expect(await hit(alternate, at(first, LOGIN), LIMIT)).toEqual(Array(LIMIT).fill(302));

    expect((await request(first.server).get(at(first, LOGIN))).status).toBe(429);
    expect((await request(second.server).get(at(first, LOGIN))).status).toBe(429);
    process.stdout.write(`rate limit across two instances: ${LIMIT} allowed, then 429 on both\n`);
  });
});

describe.each(databaseKinds())('the rate-limit store on %s', (kind) => {
  const client = '198.51.100.1';
  let database: TestDatabase;
  let store: KnexRateLimitStore;
  const clock = { now: 1_000_000 };

  beforeAll(async () => {
    database = await createTestDatabase(kind);
    await createRateLimitTable(database.db);
    store = new KnexRateLimitStore({
      db: database.db,
      prefix: 'test:',
      windowMs: WINDOW_MS,
      now: () => clock.now,
      logger: pino({ level: 'silent' }),
    });
  });

  afterAll(async () => {
    await database?.drop();
  });

  it('counts concurrent hits exactly once each', async () => {
    const concurrent = 40;

    const results = await Promise.all(
      Array.from({ length: concurrent }, () => store.increment(client)),
    );

    const totals = results.map((r) => r.totalHits).sort((a, b) => a - b);
    expect(totals).toEqual(Array.from({ length: concurrent }, (_, i) => i + 1));
    expect((await store.get(client))?.totalHits).toBe(concurrent);
    process.stdout.write(
      `rate-limit store on ${kind}: ${concurrent} concurrent hits counted 1..${concurrent}\n`,
    );
  });

  it('opens a new window once the old one has ended, and sweeps ended ones', async () => {
    await store.increment('203.0.113.50');
    clock.now += WINDOW_MS;

    const fresh = await store.increment(client);

    expect(fresh).toEqual({ totalHits: 1, resetTime: new Date(clock.now + WINDOW_MS) });
    expect(await store.get('203.0.113.50')).toBeUndefined();
    expect(await database.db('mm_rate_limits').pluck('client_key')).toEqual([`test:${client}`]);
  });

  it('takes back a hit and forgets a client on request', async () => {
    await store.increment(client);

    await store.decrement(client);
    expect((await store.get(client))?.totalHits).toBe(1);
    await store.resetKey(client);
    expect(await store.get(client)).toBeUndefined();
  });
});
