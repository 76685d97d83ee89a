/**
 * How a host process that mounts MentorMatch stops: on SIGTERM health answers 503 for a grace
 * period while requests are still served, then the server stops accepting connections, lets
 * the requests in flight finish and closes the plugin. Ctrl-C (SIGINT) skips the grace period.
 * The production server (serve.ts) and the stand-in host both stop this way.
 */
import type http from 'node:http';
import type { MentorMatchApp } from '../create-mentormatch';
import type { Logger } from '../logging/logger';

export interface StopOptions {
  /**
   * How long health answers 503 while requests are still served, before the server stops
   * accepting connections: time for a load balancer to notice. 0 by default.
   */
  graceMs?: number;
  /** How long requests in flight may take to finish before their connections are cut. */
  inFlightTimeoutMs?: number;
}

/** MENTORMATCH_STOP_GRACE_MS, 2 s when unset. */
export function stopGraceMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.MENTORMATCH_STOP_GRACE_MS;
  if (value === undefined || value === '') return 2000;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms < 0) {
    throw new Error(`MENTORMATCH_STOP_GRACE_MS must be a whole number of milliseconds: ${value}`);
  }
  return ms;
}

/** Stops the plugin mounted on `server` gracefully: see StopOptions. */
export async function stopServerAndPlugin(
  server: http.Server,
  plugin: MentorMatchApp,
  stop: StopOptions = {},
): Promise<void> {
  plugin.mentormatch.beginStop();
  if (stop.graceMs) await new Promise((resolve) => setTimeout(resolve, stop.graceMs));
  await closeServer(server, stop.inFlightTimeoutMs ?? 10_000);
  await plugin.mentormatch.close({ inFlightTimeoutMs: 0 });
}

/** Stops accepting connections; resolves once the open ones have finished their requests. */
export function closeServer(server: http.Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    // A keep-alive connection goes idle after its last answer: close it then, not at its timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), timeoutMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      resolve();
    });
  });
}

export interface StopSignalOptions {
  logger: Logger;
  /** Names the log events: `<process>_stopping`, `<process>_stopped`, `<process>_stop_failed`. */
  process: string;
  /** The grace period a SIGTERM gets (SIGINT gets none). */
  graceMs: number;
  close(options: StopOptions): Promise<void>;
}

/**
 * On the first SIGTERM or SIGINT, closes with the grace period the signal calls for and exits
 * with 0, or with 1 if closing failed. Only a process's entry point calls this.
 */
export function exitOnStopSignal(options: StopSignalOptions): void {
  const { logger } = options;
  const stop = async (signal: NodeJS.Signals) => {
    logger.info({ event: `${options.process}_stopping`, signal });
    try {
      await options.close({ graceMs: signal === 'SIGTERM' ? options.graceMs : 0 });
    } catch (err) {
      logger.error({ event: `${options.process}_stop_failed`, err });
      process.exit(1);
    }
    logger.info({ event: `${options.process}_stopped`, signal });
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}
