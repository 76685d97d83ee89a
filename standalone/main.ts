/**
 * `npm start`: the stand-in host on http://localhost:3000 (PORT to change it), with its data
 * (SQLite file, IdP key, mailbox) under ./data (MENTORMATCH_DATA to change it).
 */
import path from 'node:path';
import { exitOnStopSignal, stopGraceMs } from '../src/cli/graceful-stop';
import { createLogger } from '../src/logging/logger';
import { startStandInHost } from './stand-in-host';

async function main() {
  const logger = createLogger();
  const port = Number(process.env.PORT ?? 3000);
  const dataDirectory = path.resolve(process.env.MENTORMATCH_DATA ?? 'data');
  // An orchestrator's SIGTERM gets a grace period in which health answers 503 while requests
  // are still served (MENTORMATCH_STOP_GRACE_MS, 2 s by default); Ctrl-C stops at once.
  const graceMs = stopGraceMs();

  const host = await startStandInHost({ port, dataDirectory, logger });
  logger.info({ event: 'stand_in_host_started', url: host.origin, data: dataDirectory });
  process.stdout.write(`\nMentorMatch stand-in host: ${host.origin}/\n\n`);

  exitOnStopSignal({ logger, process: 'stand_in_host', graceMs, close: host.close });
}

main().catch((err: unknown) => {
  process.stderr.write(`The stand-in host could not start: ${(err as Error).message}\n`);
  process.exit(1);
});
