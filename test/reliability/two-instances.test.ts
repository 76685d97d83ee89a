/**
 * Two instances of the plugin, each made by the factory with its own HTTP server and its own
 * database pool, on one MariaDB database behind one public address, as behind a load
 * balancer that hands requests to each in turn. A member signs in across both (the sign-in
 * starts on one and is answered on the other), edits their profile and signs out, each step
 * on the other instance; and background work run by both at once is done once.
 */
import pino from 'pino';
import request from 'supertest';
import { migrateLatest } from '../../src/db/migrations';
import { JobQueue } from '../../src/jobs/job-queue';
import { manifest } from '../../src/manifest';
import { parseAuthnRequest } from '../../standalone/identity-provider/authn-request';
import { encodeResponse } from '../../standalone/identity-provider/saml-response';
import { createTestDatabase, type TestDatabase } from '../support/databases';
import { at, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, signedResponse } from '../support/saml';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { csrfTokenIn } from '../partnerships/partnership-helpers';
import { formsIn } from '../security/fuzz-forms';
import { startInstance } from './support/plugin-instance';

const COUNTED_JOB = 'reliability.counted';
const JOBS = 200;
const EMAILS = 40;

/** A browser behind a load balancer: one cookie jar, each request to the next instance. */
class RoundRobinBrowser {
  private turn = 0;
  private cookie = '';
  readonly servedBy: number[] = [];

  constructor(private readonly instances: TestPlugin[]) {}

  async send(build: (agent: ReturnType<typeof request>, instance: TestPlugin) => request.Test) {
    const index = this.turn % this.instances.length;
    this.turn += 1;
    this.servedBy.push(index);
    const instance = this.instances[index];
    const res = await build(request(instance.server), instance).set('Cookie', this.cookie);
    const session = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('mentormatch.sid='));
    if (session) this.cookie = session.split(';')[0];
    return res;
  }

  get = (path: string) => this.send((agent, i) => agent.get(at(i, path)));

  postForm = (path: string, body: Record<string, string | string[]>) =>
    this.send((agent, i) => agent.post(at(i, path)).type('form').send(body));
}

describe('two instances on one MariaDB database', () => {
  let database: TestDatabase;
  let smtp: TestSmtpServer;
  let instances: TestPlugin[];

  beforeAll(async () => {
    database = await createTestDatabase('mariadb');
    await migrateLatest(database.db);
    smtp = await startTestSmtpServer({ delayMs: 2 });
    const clock = { now: Date.now() };
    const settings = {
      jobs: { enabled: false, pollIntervalMs: 50 },
      mail: { host: '127.0.0.1', port: smtp.port, secure: false },
    };
    const first = await startInstance(database, { clock, settings, runMigrations: false });
    const second = await startInstance(database, {
      clock,
      settings,
      runMigrations: false,
      publicUrl: first.publicUrl,
    });
    instances = [first, second];
  });

  afterAll(async () => {
    for (const instance of instances ?? []) await instance.close();
    await smtp?.close();
    await database?.drop();
  });

  it('keeps a member signed in whichever instance answers', async () => {
    const browser = new RoundRobinBrowser(instances);

    const login = await browser.get(`${manifest.sso.loginPath}?RelayState=%2F`);
    const samlRequest = new URL(login.headers.location).searchParams.get('SAMLRequest') ?? '';
    const requestId = parseAuthnRequest(samlRequest, 'redirect').id;
    const xml = signedResponse(instances[0], ACTIVE_MENTOR, requestId);
    const answered = await browser.postForm(manifest.sso.assertionConsumerPath, {
      SAMLResponse: encodeResponse(xml),
      RelayState: '/',
    });
    expect(answered.status).toBe(303);

    const home = await browser.get('/');
    expect(home.text).toContain(ACTIVE_MENTOR.surname);
    const edit = await browser.get('/profile/edit');
    expect(edit.status).toBe(200);
    const fields = formsIn(edit.text, instances[0].mountPath).get('/profile/edit')?.fields ?? [];
    const form: Record<string, string | string[]> = {};
    for (const [name, value] of fields)
      form[name] = name in form ? ([] as string[]).concat(form[name], value) : value;
    Object.assign(form, {
      roles: 'mentor',
      focus: 'public',
      years_experience: '10',
      place_query: 'Toronto',
      institution: ACTIVE_MENTOR.institution,
      other_information: 'Saved across instances',
      contact_email: 'amira@example.org',
      contact_phone: '416 555 0100',
      mentor_capacity: '1',
      _csrf: csrfTokenIn(edit.text),
    });
    const saved = await browser.postForm('/profile/edit', form);
    expect(saved.status).toBe(303);
    const profile = await browser.get('/profile');
    expect(profile.text).toContain('Saved across instances');

    const signOut = await browser.postForm('/auth/sign-out', { _csrf: csrfTokenIn(profile.text) });
    expect(signOut.status).toBe(303);
    const after = await browser.get('/profile');
    expect(after.status).toBe(303);
    expect(after.headers.location).toContain('/auth/saml/login');

    expect(browser.servedBy).toEqual(browser.servedBy.map((_, i) => i % 2));
    process.stdout.write(
      `two instances: sign-in, profile edit and sign-out over ${browser.servedBy.length} ` +
        'requests, each on the other instance than the one before\n',
    );
  });

  it('runs every job once with both instances working the queue at once', async () => {
    await database.db.schema.createTable('reliability_runs', (t) => {
      t.increments('id');
      t.integer('job_id').notNullable();
      t.integer('instance').notNullable();
    });
    instances.forEach((instance, index) => {
      instance.plugin.mentormatch.jobs.register(COUNTED_JOB, async (_payload, job) => {
        await job.trx('reliability_runs').insert({ job_id: job.jobId, instance: index });
        await new Promise((resolve) => setTimeout(resolve, 2));
      });
    });
    const clock = instances[0].clock;
    const queue = new JobQueue({
      db: database.db,
      logger: pino({ level: 'silent' }),
      now: () => clock.now,
    });
    await database.db.transaction(async (trx) => {
      for (let i = 0; i < JOBS; i += 1) await queue.enqueue(trx, COUNTED_JOB, { i });
    });

    for (const instance of instances) instance.plugin.mentormatch.jobs.start();
    await waitUntil(
      async () => (await countOf('mm_jobs', { type: COUNTED_JOB, status: 'done' })) === JOBS,
    );
    await Promise.all(instances.map((instance) => instance.plugin.mentormatch.jobs.stop()));

    const runs = await database.db('reliability_runs').select('job_id', 'instance');
    const byInstance = [0, 1].map((i) => runs.filter((r) => r.instance === i).length);
    expect(runs).toHaveLength(JOBS);
    expect(new Set(runs.map((r) => r.job_id)).size).toBe(JOBS);
    expect(Math.min(...byInstance)).toBeGreaterThan(0);
    const attempts = await database
      .db('mm_jobs')
      .where({ type: COUNTED_JOB })
      .distinct('attempts')
      .pluck('attempts');
    expect(attempts.map(Number)).toEqual([1]);
    process.stdout.write(
      `two instances: ${JOBS} jobs run once each (${byInstance.join(' + ')} by instance)\n`,
    );
  }, 60_000);

  it('sends every email once with both instances delivering at once', async () => {
    const programId = (await database.db('mm_programs').where({ slug: 'ola' }).first('id'))
      .id as number;
    const outbox = instances[0].plugin.mentormatch.outbox;
    // What the member's sign-up queued goes first.
    await instances[0].plugin.mentormatch.mailDelivery.deliverDueOnce();
    smtp.messages.splice(0);
    await database.db.transaction(async (trx) => {
      for (let i = 0; i < EMAILS; i += 1) {
        await outbox.enqueue(trx, {
          programId,
          template: 'role-approved',
          to: { memberId: null, address: `m${i}@example.org`, name: `M ${i}` },
          locale: 'en',
          data: { role: 'mentor', givenName: `M${i}` },
        });
      }
    });

    const tried = await Promise.all(
      instances.map((instance) => instance.plugin.mentormatch.mailDelivery.deliverDueOnce()),
    );

    expect(tried[0] + tried[1]).toBe(EMAILS);
    expect(smtp.messages).toHaveLength(EMAILS);
    expect(new Set(smtp.messageIds()).size).toBe(EMAILS);
    process.stdout.write(`two instances: ${EMAILS} emails sent once each (${tried.join(' + ')})\n`);
  });

  async function countOf(table: string, where: Record<string, unknown>): Promise<number> {
    return Number((await database.db(table).where(where).count({ n: '*' }).first())?.n ?? 0);
  }
});

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
