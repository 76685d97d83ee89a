/**
 * A worker process for the reliability tests: the plugin made by its factory from settings
 * (MM_SETTINGS, JSON) against a database the test shares, with its job loop running, plus one
 * job type of the test's own. That job writes a row, says so on stdout, waits MM_PAUSE_MS and
 * writes a second row, so that a kill during the wait lands in the middle of a handler.
 * It stops gracefully on SIGTERM and prints one JSON line per event.
 */
import pino from 'pino';
import { createMentorMatch } from '../../../src/create-mentormatch';

export const TWO_WRITES_JOB = 'reliability.two-writes';
export const MARKS_TABLE = 'reliability_marks';

function say(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify({ worker: process.pid, ...event })}\n`);
}

async function main() {
  const settings = JSON.parse(process.env.MM_SETTINGS ?? '{}') as Record<string, unknown>;
  const pauseMs = Number(process.env.MM_PAUSE_MS ?? 0);
  const app = await createMentorMatch({
    settings: { ...settings, jobs: { enabled: false, pollIntervalMs: 50 } },
    logger: pino({ level: 'warn' }, pino.destination(2)),
  });

  app.mentormatch.jobs.register<{ mark: string }>(TWO_WRITES_JOB, async (payload, job) => {
    await job.trx(MARKS_TABLE).insert({ job_id: job.jobId, step: 1, mark: payload.mark });
    say({ event: 'halfway', job_id: job.jobId });
    await new Promise((resolve) => setTimeout(resolve, pauseMs));
    await job.trx(MARKS_TABLE).insert({ job_id: job.jobId, step: 2, mark: payload.mark });
  });
  app.mentormatch.jobs.start();
  say({ event: 'ready' });

  process.once('SIGTERM', () => {
    app.mentormatch.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`worker failed to start: ${(err as Error).stack}\n`);
    process.exit(1);
  });
}
