/**
 * `npm start`: the stand-in host on http://localhost:3000 (PORT to change it), with its data
 * (SQLite file, IdP key, mailbox) under ./data (MENTORMATCH_DATA to change it).
 */
import path from 'node:path';
import { createLogger } from '../src/logging/logger';
import { startStandInHost } from './stand-in-host';

async function main() {
  const logger = createLogger();
  const port = Number(process.env.PORT ?? 3000);
  const dataDirectory = path.resolve(process.env.MENTORMATCH_DATA ?? 'data');

  const host = await startStandInHost({ port, dataDirectory, logger });
  logger.info({ event: 'stand_in_host_started', url: host.origin, data: dataDirectory });
  process.stdout.write(`\nMentorMatch stand-in host: ${host.origin}/\n\n`);

  // An orchestrator's SIGTERM gets a grace period in which health answers 503 while requests
  // are still served (MENTORMATCH_STOP_GRACE_MS, 2 s by default); Ctrl-C stops at once.
  const graceMs = Number(process.env.MENTORMATCH_STOP_GRACE_MS ?? 2000);
  const stop = async (signal: string) => {
    logger.info({ event: 'stand_in_host_stopping', signal });
    try {
      await host.close({ graceMs: signal === 'SIGTERM' ? graceMs : 0 });
    } catch (err) {
      logger.error({ event: 'stand_in_host_stop_failed', err });
      process.exit(1);
    }
    logger.info({ event: 'stand_in_host_stopped', signal });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  process.stderr.write(`The stand-in host could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
