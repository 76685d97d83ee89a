/**
 * The outbox: a service says "send this email" by writing it to mm_outbox inside the same
 * transaction as the change that causes it. If the change rolls back, no email; if it
 * commits, the delivery worker sends it. The email is rendered when it is sent, from the
 * template named here and the data given, in the recipient's language.
 */
import crypto from 'node:crypto';
import type { Knex } from 'knex';
import { SUPPORTED_LOCALES, type Locale } from '../i18n/catalogue';

export interface OutboxRecipient {
  /** The member the email concerns, when it goes to one; kept for the record. */
  memberId: number | null;
  address: string;
  name: string;
}

export interface OutboxMessage {
  programId: number;
  /** One of the renderer's template names, e.g. 'role-approved'. */
  template: string;
  to: OutboxRecipient;
  locale: Locale;
  /** The values the template uses; stored as JSON, so plain data only. */
  data: Record<string, unknown>;
}

export interface QueuedEmail {
  id: number;
  /** The Message-ID header the email will carry on every attempt. */
  messageId: string;
}

export interface OutboxOptions {
  templateNames: readonly string[];
  publicUrl: string;
  now: () => number;
}

/** A message the outbox refuses to store: a mistake in the calling code, not in user input. */
export class OutboxMessageError extends Error {
  constructor(problem: string) {
    super(`email not queued: ${problem}`);
    this.name = 'OutboxMessageError';
  }
}

const MAX_DATA_LENGTH = 60_000;
const MAX_FIELD_LENGTH = 191;

export class Outbox {
  private readonly templates: Set<string>;

  constructor(private readonly options: OutboxOptions) {
    this.templates = new Set(options.templateNames);
  }

  get templateNames(): string[] {
    return [...this.templates];
  }

  /** Writes the email inside `trx` (the caller's transaction). */
  async enqueue(trx: Knex, message: OutboxMessage): Promise<QueuedEmail> {
    const data = this.check(message);
    const uuid = crypto.randomUUID();
    const now = this.options.now();

    const [id] = await trx('mm_outbox').insert({
      uuid,
      program_id: message.programId,
      template: message.template,
      member_id: message.to.memberId,
      to_address: message.to.address,
      to_name: singleLine(message.to.name),
      locale: message.locale,
      data,
      status: 'pending',
      run_at: now,
      attempts: 0,
      created_at: now,
    });
    return { id: Number(id), messageId: messageIdFor(uuid, this.options.publicUrl) };
  }

  /** Checks the message and returns its data as JSON. */
  private check(message: OutboxMessage): string {
    if (!this.templates.has(message.template)) {
      throw new OutboxMessageError(`there is no email template "${message.template}"`);
    }
    if (!(SUPPORTED_LOCALES as string[]).includes(message.locale)) {
      throw new OutboxMessageError(`locale "${message.locale}" is not supported`);
    }
    if (!isAddress(message.to.address)) {
      throw new OutboxMessageError('the recipient address is not an email address');
    }
    if (message.to.name.length > MAX_FIELD_LENGTH) {
      throw new OutboxMessageError(`the recipient name is over ${MAX_FIELD_LENGTH} characters`);
    }
    const data = JSON.stringify(message.data);
    if (typeof data !== 'string' || data.length > MAX_DATA_LENGTH) {
      throw new OutboxMessageError(`the data must be JSON under ${MAX_DATA_LENGTH} characters`);
    }
    return data;
  }
}

/** The Message-ID of an outbox row: its uuid at the host of the plugin's public URL. */
export function messageIdFor(uuid: string, publicUrl: string): string {
  return `<${uuid}@${new URL(publicUrl).hostname}>`;
}

// Deliberately loose: the host vouches for its members' addresses; this only stops what
// could not be an address at all (or could smuggle a header line into the envelope).
function isAddress(value: string): boolean {
  return (
    typeof value === 'string' &&
    value.length <= MAX_FIELD_LENGTH &&
    /^[^\s@<>,;"]+@[^\s@<>,;"]+$/.test(value)
  );
}

function singleLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}
