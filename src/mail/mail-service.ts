/**
 * Puts the mail parts together for the factory: the renderer over views/emails, the outbox
 * services write to, the transport chosen by the settings and the worker that sends.
 */
import type { MentorMatchSettings } from '../config/settings';
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import { DeliveryWorker } from './delivery-worker';
import {
  createEmailRenderer,
  type EmailRenderer,
  type IntroductionLookup,
} from './email-templates';
import { createMailTransport, type MailTransport } from './mail-transport';
import { Outbox } from './outbox';

export interface MailDependencies {
  db: Database;
  settings: MentorMatchSettings;
  logger: Logger;
  now: () => number;
  /** The folder holding the email templates (views/emails in the package). */
  templatesDir: string;
  /** Another transport (tests); otherwise chosen from settings.mail. */
  transport?: MailTransport;
  /**
   * The settings name the mailbox directory themselves, so mail to .eml files is intended.
   * Otherwise, with no SMTP configured, the start logs a warning.
   */
  mailboxDirectoryChosen?: boolean;
  introductionFor?: IntroductionLookup;
}

export interface MailParts {
  outbox: Outbox;
  delivery: DeliveryWorker;
  renderer: EmailRenderer;
  transport: MailTransport;
  /** Stops the worker (it finishes the email in hand), then closes the transport. */
  close(): Promise<void>;
}

export function createMailParts(deps: MailDependencies): MailParts {
  const renderer = createEmailRenderer(deps.templatesDir, deps.settings);
  const transport = deps.transport ?? createMailTransport(deps.settings.mail);
  if (transport.kind === 'mailbox-directory') {
    // Said once at start: where a newcomer reads the mail, or that an operator forgot SMTP.
    const directory = deps.settings.mail.mailboxDirectory;
    if (deps.mailboxDirectoryChosen) deps.logger.info({ event: 'mail_to_directory', directory });
    else deps.logger.warn({ event: 'mail_not_configured', directory });
  }
  const outbox = new Outbox({
    templateNames: renderer.templateNames,
    publicUrl: deps.settings.publicUrl,
    now: deps.now,
  });
  const delivery = new DeliveryWorker({
    db: deps.db,
    settings: deps.settings,
    logger: deps.logger,
    now: deps.now,
    renderer,
    transport,
    pollIntervalMs: deps.settings.jobs.pollIntervalMs,
    introductionFor: deps.introductionFor,
  });

  return {
    outbox,
    delivery,
    renderer,
    transport,
    async close() {
      await delivery.stop();
      transport.close();
    },
  };
}
