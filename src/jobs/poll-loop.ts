/**
 * The loop every background worker runs (email delivery, jobs): do one round of work, then
 * wait the poll interval, or go again at once when the round says more is waiting. Stopping
 * waits for the round in progress, which is told to stop between items.
 */
import type { Logger } from '../logging/logger';

export interface PollLoopOptions {
  /** Names the worker in logs. */
  name: string;
  intervalMs: number;
  logger: Logger;
  /** One round of work; resolves true when more is waiting right away. */
  runOnce(shouldStop: () => boolean): Promise<boolean>;
}

// A database that stays down should not fill the log: failed rounds back off up to a minute.
const MAX_FAILURE_DELAY_MS = 60_000;

export class PollLoop {
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<void> | undefined;
  private started = false;
  private stopping = false;
  private failures = 0;

  constructor(private readonly options: PollLoopOptions) {}

  start(): void {
    if (this.started || this.stopping) return;
    this.started = true;
    this.schedule(0);
  }

  /** Stops claiming new work and resolves once the round in progress has finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.round;
  }

  private schedule(delayMs: number): void {
    if (this.stopping) return;
    this.timer = setTimeout(() => {
      this.round = this.runRound();
    }, delayMs);
    // A host that forgets to call close() should still be able to exit.
    this.timer.unref();
  }

  private async runRound(): Promise<void> {
    let more = false;
    try {
      more = await this.options.runOnce(() => this.stopping);
      this.failures = 0;
    } catch (err) {
      this.failures += 1;
      this.options.logger.error({ event: 'worker_round_failed', worker: this.options.name, err });
    }
    this.schedule(more ? 0 : this.nextDelay());
  }

  private nextDelay(): number {
    const { intervalMs } = this.options;
    if (this.failures === 0) return intervalMs;
    return Math.max(intervalMs, Math.min(MAX_FAILURE_DELAY_MS, intervalMs * 2 ** this.failures));
  }
}

/**
 * Runs rounds until one finds nothing to do, for tests and one-off runs. Work that keeps
 * creating due work of its own would never go idle, hence the cap on rounds.
 */
export async function runUntilIdle(round: () => Promise<number>, maxRounds = 100): Promise<number> {
  let total = 0;
  for (let i = 0; i < maxRounds; i += 1) {
    const done = await round();
    if (done === 0) break;
    total += done;
  }
  return total;
}
