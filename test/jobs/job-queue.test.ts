import pino from 'pino';
import { migrateLatest } from '../../src/db/migrations';
import { JobQueue, PermanentJobError, type JobQueueOptions } from '../../src/jobs/job-queue';
import { LeasedQueue } from '../../src/jobs/leased-queue';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const DAY = 24 * 60 * MINUTE;

describe.each(databaseKinds())('job queue on %s', (kind) => {
  let test: TestDatabase;
  let clock: number;
  const now = () => clock;
  const queues: JobQueue[] = [];

  beforeEach(async () => {
    test = await createTestDatabase(kind);
    await migrateLatest(test.db);
    clock = Date.UTC(2026, 11, 3, 15, 0, 0);
  });

  afterEach(async () => {
    for (const queue of queues.splice(0)) await queue.stop();
    await test.drop();
  });

  function jobQueue(options: Partial<JobQueueOptions> = {}): JobQueue {
    const queue = new JobQueue({ db: test.db, logger: pino({ level: 'silent' }), now, ...options });
    queues.push(queue);
    return queue;
  }

  async function jobRow(id: number | null) {
    return test.db('mm_jobs').where({ id: id as number }).first();
  }

  it('runs each job once when two workers race for the same jobs', async () => {
    const runs: Array<{ worker: string; id: number }> = [];
    const workers = ['first', 'second'].map((name) => {
      const queue = jobQueue({ batchSize: 5 });
      queue.register('match-member', async (payload: { memberId: number }, ctx) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        runs.push({ worker: name, id: payload.memberId });
        await ctx.trx('mm_jobs').where({ id: ctx.jobId }).first();
      });
      return queue;
    });
    await test.db.transaction(async (trx) => {
      for (let i = 0; i < 40; i += 1) {
        await workers[0].enqueue(trx, 'match-member', { memberId: i });
      }
    });

    const settled = await Promise.allSettled(workers.map((w) => w.runDueOnce()));

    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(runs.map((r) => r.id).sort((a, b) => a - b)).toEqual([...Array(40).keys()]);
    expect(new Set(runs.map((r) => r.worker))).toEqual(new Set(['first', 'second']));
    const done = await test.db('mm_jobs').where({ status: 'done' }).count({ n: '*' }).first();
    expect(done).toMatchObject({ n: 40 });
  });

  it('retries a failing job with growing delays until it succeeds', async () => {
    const queue = jobQueue({ retry: { firstDelayMs: 10 * SECOND, maxDelayMs: MINUTE } });
    let calls = 0;
    queue.register('flaky', async () => {
      calls += 1;
      if (calls < 3) throw new Error(`mail server busy (${calls})`);
    });
    const id = await queue.enqueue(test.db, 'flaky', {});

    await queue.runDueOnce();
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 1 });
    expect(Number((await jobRow(id)).run_at)).toBe(clock + 10 * SECOND);
    expect((await jobRow(id)).last_error).toBe('Error: mail server busy (1)');

    clock += 9 * SECOND;
    expect(await queue.runDueOnce()).toBe(0);
    clock += SECOND;
    await queue.runDueOnce();
    expect(Number((await jobRow(id)).run_at)).toBe(clock + 20 * SECOND);

    clock += 20 * SECOND;
    await queue.runDueOnce();
    expect(calls).toBe(3);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 3, last_error: null });
  });

  it('marks a job failed after its last attempt, or at once when it cannot succeed', async () => {
    const queue = jobQueue({ retry: { maxAttempts: 2, firstDelayMs: SECOND } });
    queue.register('always-fails', async () => {
      throw new Error('still broken');
    });
    queue.register('hopeless', async () => {
      throw new PermanentJobError('the member no longer exists');
    });
    const failing = await queue.enqueue(test.db, 'always-fails', {});
    const hopeless = await queue.enqueue(test.db, 'hopeless', {});

    await queue.runDueOnce();
    clock += SECOND;
    await queue.runDueOnce();

    expect(await jobRow(failing)).toMatchObject({ status: 'failed', attempts: 2 });
    expect(await jobRow(hopeless)).toMatchObject({
      status: 'failed',
      attempts: 1,
      last_error: 'PermanentJobError: the member no longer exists',
    });
  });

  it('runs again a job whose worker died holding it, once its lease runs out', async () => {
    const queue = jobQueue({ leaseMs: 5 * MINUTE });
    const ran: number[] = [];
    queue.register('reminder', async (_payload, ctx) => {
      ran.push(ctx.attempt);
    });
    const id = await queue.enqueue(test.db, 'reminder', {});
    const crashed = new LeasedQueue(test.db, {
      table: 'mm_jobs',
      doneStatus: 'done',
      leaseMs: 5 * MINUTE,
      now,
    });
    const [held] = await crashed.claim(10);
    await crashed.begin(held);

    expect(await queue.runDueOnce()).toBe(0);
    clock += 5 * MINUTE + 1;
    expect(await queue.runDueOnce()).toBe(1);

    expect(ran).toEqual([2]);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2 });
    expect(await crashed.complete(held)).toBe(false);
  });

  it('undoes what a failed handler wrote, and keeps what a successful one wrote', async () => {
    const queue = jobQueue();
    let fail = true;
    queue.register('approve', async (_payload, ctx) => {
      await queue.enqueue(ctx.trx, 'notify', { step: fail ? 'lost' : 'kept' });
      if (fail) throw new Error('matching crashed');
    });
    await queue.enqueue(test.db, 'approve', {});

    await queue.runDueOnce();
    fail = false;
    clock += MINUTE;
    await queue.runDueOnce();

    const notify = await test.db('mm_jobs').where({ type: 'notify' }).select('payload');
    expect(notify.map((row) => JSON.parse(row.payload))).toEqual([{ step: 'kept' }]);
  });

  it('leaves no job behind when the change that enqueued it rolls back', async () => {
    const queue = jobQueue();
    const change = test.db.transaction(async (trx) => {
      await queue.enqueue(trx, 'match-member', { memberId: 1 });
      throw new Error('approval refused');
    });

    await expect(change).rejects.toThrow('approval refused');
    expect(await test.db('mm_jobs').count({ n: '*' }).first()).toMatchObject({ n: 0 });
  });

  it('keeps one waiting job per dedupe key, and takes a new one once it has started', async () => {
    const queue = jobQueue();
    const seen: unknown[] = [];
    queue.register('match-member', async (payload) => {
      seen.push(payload);
    });

    const first = await queue.enqueue(test.db, 'match-member', { n: 1 }, { dedupeKey: 'match:7' });
    const second = await queue.enqueue(test.db, 'match-member', { n: 2 }, { dedupeKey: 'match:7' });
    await queue.runDueOnce();
    const third = await queue.enqueue(test.db, 'match-member', { n: 3 }, { dedupeKey: 'match:7' });
    await queue.runDueOnce();

    expect(first).toEqual(expect.any(Number));
    expect(second).toBeNull();
    expect(third).toEqual(expect.any(Number));
    expect(seen).toEqual([{ n: 1 }, { n: 3 }]);
  });

  it('waits until runAt before running a scheduled job', async () => {
    const queue = jobQueue();
    const ran: number[] = [];
    queue.register('partnership-ending-soon', async (_payload, ctx) => {
      ran.push(ctx.now);
    });
    await queue.enqueue(test.db, 'partnership-ending-soon', {}, { runAt: clock + 7 * MINUTE });

    await queue.runDueOnce();
    clock += 7 * MINUTE;
    await queue.runDueOnce();

    expect(ran).toEqual([clock]);
  });

  it('runs a recurring job once per interval', async () => {
    const queue = jobQueue();
    const ran: number[] = [];
    const record = async (_payload: unknown, ctx: { now: number }) => {
      ran.push(ctx.now);
    };
    queue.register('send-reminders', record, { everyMs: DAY });
    const start = clock;

    await queue.runDueOnce();
    await queue.runDueOnce();
    clock += DAY;
    await queue.runDueOnce();

    expect(ran).toEqual([start, start + DAY]);
    const waiting = await test.db('mm_jobs').where({ status: 'pending' }).select('run_at');
    expect(waiting.map((row) => Number(row.run_at))).toEqual([clock + DAY]);
  });

  it('runs jobs in the background once started, and stop() waits for the one in hand', async () => {
    const queue = jobQueue({ pollIntervalMs: 20 });
    let finished = 0;
    let started = 0;
    queue.register('slow', async () => {
      started += 1;
      await new Promise((resolve) => setTimeout(resolve, 100));
      finished += 1;
    });
    await test.db.transaction(async (trx) => {
      for (let i = 0; i < 3; i += 1) await queue.enqueue(trx, 'slow', {});
    });

    queue.start();
    while (started === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await queue.stop();

    expect(finished).toBe(started);
    const rows = await test.db('mm_jobs').select('status', 'claim_token');
    expect(rows.filter((r) => r.status === 'done')).toHaveLength(finished);
    expect(rows.every((r) => r.claim_token === null)).toBe(true);
  });
});
