/**
 * Where emails go: an SMTP server through nodemailer when one is configured (settings.mail:
 * smtpUrl, or host/port/secure/user/password), otherwise .eml files in the mailbox directory,
 * so that nothing is lost and a newcomer can open them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MentorMatchSettings } from '../config/settings';

export interface EmailAddress {
  name: string;
  address: string;
}

/** A rendered email, ready to hand to a transport. */
export interface OutgoingEmail {
  messageId: string;
  /** When the email was queued; the same on every attempt. */
  date: Date;
  from: EmailAddress;
  to: EmailAddress;
  replyTo?: string;
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

export interface MailTransport {
  readonly kind: 'smtp' | 'mailbox-directory';
  send(email: OutgoingEmail): Promise<void>;
  close(): void;
}

type MailSettings = MentorMatchSettings['mail'];

// nodemailer waits up to ten minutes on a silent socket by default; a lease is five. The
// worker sends one email at a time, and one pooled connection saves a handshake per email.
const SMTP_OPTIONS = {
  pool: true as const,
  maxConnections: 1,
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
};

export function smtpConfigured(mail: MailSettings): boolean {
  return Boolean(mail.smtpUrl || mail.host);
}

export function createMailTransport(mail: MailSettings): MailTransport {
  return smtpConfigured(mail) ? smtpTransport(mail) : mailboxDirectoryTransport(mail);
}

function smtpTransport(mail: MailSettings): MailTransport {
  const auth = mail.user ? { user: mail.user, pass: mail.password ?? '' } : undefined;
  const transporter = mail.smtpUrl
    ? nodemailer.createTransport({ url: mail.smtpUrl, ...SMTP_OPTIONS })
    : nodemailer.createTransport({
        host: mail.host,
        port: mail.port,
        secure: mail.secure,
        auth,
        ...SMTP_OPTIONS,
      });

  return {
    kind: 'smtp',
    async send(email) {
      await transporter.sendMail(toNodemailer(email));
    },
    close: () => transporter.close(),
  };
}

function mailboxDirectoryTransport(mail: MailSettings): MailTransport {
  const transporter = nodemailer.createTransport({ streamTransport: true, buffer: true });
  const directory = path.resolve(mail.mailboxDirectory);

  return {
    kind: 'mailbox-directory',
    async send(email) {
      const info = await transporter.sendMail(toNodemailer(email));
      await writeAtomically(path.join(directory, mailboxFileName(email)), info.message as Buffer);
    },
    close: () => transporter.close(),
  };
}

/**
 * Names a stored email by when it was queued and its Message-ID, so files sort oldest first
 * and a second attempt at the same email replaces the first file rather than adding one.
 */
export function mailboxFileName(email: Pick<OutgoingEmail, 'date' | 'messageId'>): string {
  const stamp = String(email.date.getTime()).padStart(13, '0');
  const id = email.messageId.replace(/^<|@.*$/g, '').replace(/[^0-9a-zA-Z-]/g, '');
  return `${stamp}-${id.toLowerCase()}.eml`;
}

async function writeAtomically(file: string, content: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.writeFile(temporary, content);
  await fs.rename(temporary, file);
}

function toNodemailer(email: OutgoingEmail) {
  return {
    messageId: email.messageId,
    date: email.date,
    from: email.from,
    to: email.to,
    replyTo: email.replyTo,
    subject: email.subject,
    html: email.html,
    text: email.text,
    headers: email.headers,
  };
}
