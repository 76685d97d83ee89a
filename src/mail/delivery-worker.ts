/**
 * Sends what the outbox holds. Rows are claimed through the shared lease code, so several
 * app instances can run this worker against one database without sending a row twice at the
 * same time. If a worker dies between sending and recording, the row is sent again after its
 * lease runs out: with the same Message-ID and date, so mail software shows it once.
 * A temporary failure is retried with growing delays; a permanent one marks the row failed
 * with its reason, and the rows behind it go on.
 */
import type { MentorMatchSettings } from '../config/settings';
import type { Database } from '../db/database';
import type { Locale } from '../i18n/catalogue';
import { LeasedQueue, type Claim, type QueueRow } from '../jobs/leased-queue';
import { PollLoop, runUntilIdle } from '../jobs/poll-loop';
import { isLastAttempt, retryDelayMs, type RetryPolicy } from '../jobs/retry-policy';
import type { Logger } from '../logging/logger';
import { ProgramStore, type Program } from '../programs/program-store';
import { classifyDeliveryError, type DeliveryFailure } from './delivery-errors';
import type { EmailRenderer, IntroductionLookup } from './email-templates';
import type { MailTransport, OutgoingEmail } from './mail-transport';
import { messageIdFor } from './outbox';

export interface DeliveryWorkerOptions {
  db: Database;
  settings: MentorMatchSettings;
  logger: Logger;
  now: () => number;
  renderer: EmailRenderer;
  transport: MailTransport;
  pollIntervalMs?: number;
  batchSize?: number;
  leaseMs?: number;
  retry?: Partial<RetryPolicy>;
  introductionFor?: IntroductionLookup;
}

export interface OutboxRow extends QueueRow {
  uuid: string;
  program_id: number;
  template: string;
  member_id: number | null;
  to_address: string;
  to_name: string;
  locale: string;
  data: string;
}

// Thirty attempts, doubling from 30 s to an hourly cap: about a day of mail server outage.
const DEFAULT_RETRY: RetryPolicy = { maxAttempts: 30, firstDelayMs: 30_000, maxDelayMs: 3_600_000 };

export class DeliveryWorker {
  private readonly queue: LeasedQueue<OutboxRow>;
  private readonly loop: PollLoop;
  private readonly retry: RetryPolicy;
  private readonly batchSize: number;
  private readonly programs: ProgramStore;
  private readonly logger: Logger;

  constructor(private readonly options: DeliveryWorkerOptions) {
    this.logger = options.logger.child({ component: 'mail' });
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.batchSize = options.batchSize ?? 10;
    this.programs = new ProgramStore(options.db);
    this.queue = new LeasedQueue<OutboxRow>(options.db, {
      table: 'mm_outbox',
      doneStatus: 'sent',
      leaseMs: options.leaseMs ?? 300_000,
      now: options.now,
    });
    this.loop = new PollLoop({
      name: 'mail',
      intervalMs: options.pollIntervalMs ?? 2000,
      logger: this.logger,
      runOnce: async (shouldStop) => (await this.deliverBatch(shouldStop)) === this.batchSize,
    });
  }

  /** Sends every due email now, in this call, until none is left; resolves how many it tried. */
  async deliverDueOnce(): Promise<number> {
    return runUntilIdle(() => this.deliverBatch(() => false));
  }

  start(): void {
    this.loop.start();
  }

  /** Stops claiming, finishes the email being sent, and gives back the claimed rest. */
  async stop(): Promise<void> {
    await this.loop.stop();
  }

  private deliverBatch(shouldStop: () => boolean): Promise<number> {
    return this.queue.processBatch(this.batchSize, (claim) => this.deliver(claim), shouldStop);
  }

  private async deliver(claim: Claim<OutboxRow>): Promise<void> {
    const fields = this.logFields(claim);
    if (!(await this.queue.begin(claim))) {
      this.logger.warn({ event: 'email_lease_lost', ...fields });
      return;
    }

    let email: OutgoingEmail;
    try {
      email = await this.compose(claim.row);
    } catch (err) {
      await this.queue.fail(claim, `not rendered: ${(err as Error).message}`);
      this.logger.error({ event: 'email_failed', ...fields, err });
      return;
    }

    try {
      await this.options.transport.send(email);
    } catch (err) {
      await this.recordFailure(claim, classifyDeliveryError(err));
      return;
    }
    await this.recordSent(claim);
  }

  private async recordSent(claim: Claim<OutboxRow>): Promise<void> {
    const fields = this.logFields(claim);
    if (await this.queue.complete(claim)) {
      this.logger.info({ event: 'email_sent', ...fields });
    } else {
      // Another worker took the row over; it will send again with the same Message-ID.
      this.logger.warn({ event: 'email_lease_lost_after_send', ...fields });
    }
  }

  private async recordFailure(claim: Claim<OutboxRow>, failure: DeliveryFailure): Promise<void> {
    const fields = { ...this.logFields(claim), err: failure.logged };
    if (failure.permanent || isLastAttempt(this.retry, claim.attempt)) {
      await this.queue.fail(claim, failure.reason);
      this.logger.error({ event: 'email_failed', ...fields, permanent: failure.permanent });
      return;
    }

    const delayMs = retryDelayMs(this.retry, claim.attempt);
    await this.queue.reschedule(claim, this.options.now() + delayMs, failure.reason);
    this.logger.warn({ event: 'email_retry_scheduled', ...fields, retry_in_ms: delayMs });
  }

  private async compose(row: OutboxRow): Promise<OutgoingEmail> {
    const program = await this.programs.byId(row.program_id);
    if (!program) throw new Error(`program ${row.program_id} does not exist`);

    const locale = row.locale as Locale;
    const introduction = await this.options.introductionFor?.(row.program_id, row.template, locale);
    const rendered = this.options.renderer.render({
      template: row.template,
      locale,
      program,
      data: JSON.parse(row.data) as Record<string, unknown>,
      introduction,
    });
    const mail = this.options.settings.mail;
    return {
      ...rendered,
      messageId: messageIdFor(row.uuid, this.options.settings.publicUrl),
      date: new Date(row.created_at),
      from: { name: mail.fromName, address: mail.fromAddress },
      to: { name: row.to_name, address: row.to_address },
      replyTo: replyAddress(mail, program),
      headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
    };
  }

  private logFields(claim: Claim<OutboxRow>) {
    const { row, attempt } = claim;
    const messageId = messageIdFor(row.uuid, this.options.settings.publicUrl);
    return { message_id: messageId, outbox_id: row.id, template: row.template, attempt };
  }
}

// Replies reach the program's committee unless the host names another address.
function replyAddress(mail: MentorMatchSettings['mail'], program: Program): string {
  return mail.replyTo ?? program.programContactEmail;
}
