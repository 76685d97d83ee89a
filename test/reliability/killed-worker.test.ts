/**
 * An app process killed (SIGKILL) while it holds a job: in the middle of a handler that has
 * written half of its rows, and, on MariaDB, in the middle of a real whole-cohort matching
 * run that has already deleted and rewritten suggestions. Nothing half-written survives (each
 * handler runs in one transaction), no other worker takes the job while its lease runs, and
 * once the lease has run out another process completes the job, once.
 */
import type { Knex } from 'knex';
import pino from 'pino';
import { JobQueue } from '../../src/jobs/job-queue';
import { MATCHING_COHORT_JOB } from '../../src/matching/matching-service';
import { databaseKinds } from '../support/databases';
import {
  IDP_ENTITY_ID,
  IDP_SSO_URL,
  startTestPlugin,
  testSigningKey,
  type TestPlugin,
} from '../support/plugin';
import { join } from '../partnerships/partnership-helpers';
import { startTsProcess, type ChildProcessHandle } from './support/child-process';
import { MARKS_TABLE, TWO_WRITES_JOB } from './support/job-worker';

const WORKER_SCRIPT = 'test/reliability/support/job-worker.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline)
      throw new Error(`still ${JSON.stringify(value)} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * The connections of this database whose statement is the matching run's last one, the
 * market's update, which waits while the test holds that row. The process list is read live;
 * information_schema.innodb_trx is not used because MariaDB refreshes it only once nobody has
 * read it for 100 ms, so polling it every 50 ms keeps showing the snapshot from before the
 * worker started.
 */
async function marketUpdatesWaiting(db: Knex): Promise<number[]> {
  return db('information_schema.processlist')
    .whereRaw('db = database()')
    .where('info', 'like', 'update `mm_matching_runs`%')
    .pluck('id');
}

/** What other transactions have written and not yet committed, read in a dirty read. */
function readUncommitted<T>(db: Knex, read: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return db.transaction(read, { isolationLevel: 'read uncommitted' });
}

describe.each(databaseKinds())('an app process killed while it holds a job on %s', (kind) => {
  let test: TestPlugin;
  let queue: JobQueue;
  const workers: ChildProcessHandle[] = [];

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    await test.database.db.schema.createTable(MARKS_TABLE, (t) => {
      t.increments('id');
      t.integer('job_id').notNullable();
      t.integer('step').notNullable();
      t.string('mark', 32).notNullable();
    });
    queue = new JobQueue({
      db: test.database.db,
      logger: pino({ level: 'silent' }),
      now: Date.now,
    });
  });

  afterAll(async () => {
    for (const worker of workers) await worker.kill('SIGKILL');
    await test?.close();
  });

  function startWorker(pauseMs: number): ChildProcessHandle {
    const settings = {
      publicUrl: 'http://127.0.0.1:9/mentormatch',
      sessionSecret: 'reliability-secret-shared-by-every-instance',
      database: test.database.settings,
      saml: {
        idpSsoUrl: IDP_SSO_URL,
        idpEntityId: IDP_ENTITY_ID,
        idpCertificates: [testSigningKey().certificatePem],
      },
    };
    const worker = startTsProcess(WORKER_SCRIPT, {
      MM_SETTINGS: JSON.stringify(settings),
      MM_PAUSE_MS: String(pauseMs),
      MENTORMATCH_LOG_LEVEL: 'warn',
    });
    workers.push(worker);
    return worker;
  }

  function jobRow(id: number) {
    return test.database
      .db('mm_jobs')
      .where({ id })
      .first('status', 'attempts', 'claim_token', 'claimed_until');
  }

  function marks(jobId: number) {
    return test.database.db(MARKS_TABLE).where({ job_id: jobId }).orderBy('step').pluck('step');
  }

  it('leaves nothing of a handler killed half-way, and completes the job after its lease', async () => {
    const jobId = (await queue.enqueue(test.database.db, TWO_WRITES_JOB, {
      mark: 'first',
    })) as number;
    const first = startWorker(600_000);
    await first.waitForLine((line) => line.includes('"halfway"'));

    expect(await jobRow(jobId)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await first.kill('SIGKILL')).toBeNull();
    expect(await marks(jobId)).toEqual([]);

    const second = startWorker(0);
    await second.waitForLine((line) => line.includes('"ready"'));
    await sleep(500);
    expect(await jobRow(jobId)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(await marks(jobId)).toEqual([]);

    // The lease runs out: moved here rather than waited for (five minutes by default).
    await test.database
      .db('mm_jobs')
      .where({ id: jobId })
      .update({ claimed_until: Date.now() - 1 });
    const done = await waitFor(
      () => jobRow(jobId),
      (row) => row.status === 'done',
    );

    expect(Number(done.attempts)).toBe(2);
    expect(await marks(jobId)).toEqual([1, 2]);
    expect(await second.kill('SIGTERM')).toBe(0);
    process.stdout.write(
      `killed worker (${kind}): handler killed after its first write left 0 rows; ` +
        `job done on attempt ${done.attempts} by a second process after the lease\n`,
    );
  }, 120_000);

  (kind === 'mariadb' ? it : it.skip)(
    'leaves the suggestions as they were when a matching run is killed half-way',
    async () => {
      const db = test.database.db;
      const mentor = await join(test, {
        key: 'km',
        givenName: 'Kim',
        surname: 'Mentor',
        years: 9,
        roles: ['mentor'],
        capacity: 2,
      });
      await join(test, { key: 'kx', givenName: 'Kai', surname: 'X', years: 1, roles: ['mentee'] });
      const programId = (await db('mm_programs').where({ slug: 'ola' }).first('id')).id as number;
      await db('mm_jobs').where({ status: 'pending' }).update({ run_at: 0 });
      await test.plugin.mentormatch.jobs.runDueOnce();
      await db('mm_jobs').where({ status: 'pending' }).update({ run_at: 0 });
      await test.plugin.mentormatch.jobs.runDueOnce();
      expect(
        await db('mm_matching_runs').where({ program_id: programId }).count({ n: '*' }),
      ).toEqual([{ n: 1 }]);

      // A newcomer whose arrival only the next cohort run will show in the mentor's list.
      const late = await join(test, {
        key: 'kz',
        givenName: 'Zoe',
        surname: 'Late',
        years: 1,
        roles: ['mentee'],
      });
      await db('mm_jobs').where({ status: 'pending' }).delete();
      const before = await db('mm_suggestions')
        .orderBy('id')
        .select('member_id', 'partner_member_id', 'side', 'rank');
      const jobId = (await queue.enqueue(db, MATCHING_COHORT_JOB, { programId })) as number;

      // Hold the matching-run row: the run can do all its work but cannot finish.
      const lock = await db.transaction();
      let uncommitted: Array<{ member_id: number; partner_member_id: number }>;
      try {
        await lock('mm_matching_runs').where({ program_id: programId }).forUpdate().select('id');
        const worker = startWorker(0);
        await waitFor(
          () => marketUpdatesWaiting(db),
          (ids) => ids.length > 0,
        ).catch((err: Error) => {
          throw new Error(`${err.message}\nworker said:\n${worker.lines.join('\n')}`);
        });
        uncommitted = await readUncommitted(db, (trx) =>
          trx('mm_suggestions').select('member_id', 'partner_member_id'),
        );
        expect(uncommitted).toContainEqual({ member_id: mentor.id, partner_member_id: late.id });

        expect(await worker.kill('SIGKILL')).toBeNull();
      } finally {
        await lock.rollback();
      }
      expect(
        await db('mm_suggestions')
          .orderBy('id')
          .select('member_id', 'partner_member_id', 'side', 'rank'),
      ).toEqual(before);
      expect(await jobRow(jobId)).toMatchObject({ status: 'pending', attempts: 1 });

      await db('mm_jobs')
        .where({ id: jobId })
        .update({ claimed_until: Date.now() - 1 });
      const next = startWorker(0);
      const done = await waitFor(
        () => jobRow(jobId),
        (row) => row.status === 'done',
      );
      const lateListed = await db('mm_suggestions').where({
        member_id: mentor.id,
        partner_member_id: late.id,
      });

      expect(Number(done.attempts)).toBe(2);
      expect(lateListed).toHaveLength(1);
      expect(await next.kill('SIGTERM')).toBe(0);
      process.stdout.write(
        `killed matching run (${kind}): killed with ${uncommitted.length} suggestions written ` +
          `but not committed; suggestions unchanged; the run completed on attempt ` +
          `${done.attempts}\n`,
      );
    },
    120_000,
  );
});
