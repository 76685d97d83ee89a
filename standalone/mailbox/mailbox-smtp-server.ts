/**
 * The stand-in host's mail server: an SMTP server on the loopback interface that accepts every
 * message and stores it in the mailbox folder. The stand-alone host points the plugin's SMTP
 * settings at it, so the plugin sends mail exactly as it would in production.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { saveMessage } from './mailbox-folder';

export interface MailboxSmtpServerOptions {
  directory: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  now?: () => number;
  /** Told of a message that could not be stored; the sender is answered 451 (try later). */
  onError?: (error: unknown) => void;
}

export interface MailboxSmtpServer {
  port: number;
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const TOO_LARGE = 552;

export async function startMailboxSmtpServer(
  options: MailboxSmtpServerOptions,
): Promise<MailboxSmtpServer> {
  const now = options.now ?? Date.now;
  const server = new SMTPServer({
    // Loopback only and for development: any sender, any credentials, no TLS.
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    size: MAX_MESSAGE_BYTES,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'anyone' }),
    onData(stream, _session, callback) {
      store(stream, options.directory, now())
        .then(() => callback())
        .catch((error: Error & { responseCode?: number }) => {
          if (error.responseCode === TOO_LARGE) return callback(error);
          options.onError?.(error);
          callback(refusal('Message not stored, try again later', 451));
        });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      resolve((server.server.address() as AddressInfo).port);
    });
  });
  return { port, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function store(stream: NodeJS.ReadableStream, directory: string, now: number) {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  if ((stream as { sizeExceeded?: boolean }).sizeExceeded) {
    throw refusal('Message too large', TOO_LARGE);
  }
  await saveMessage(directory, Buffer.concat(chunks), now);
}

function refusal(message: string, responseCode: number): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}
