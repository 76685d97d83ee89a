/**
 * A real SMTP server inside the test process (smtp-server), which parses every message it
 * accepts with mailparser and keeps it for the test to read. It can refuse chosen recipients
 * with 550 and answer slowly, and it can start on a port chosen in advance (to test a mail
 * server that comes back after being down).
 */
import net from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMessage {
  envelopeTo: string[];
  parsed: ParsedMail;
  raw: Buffer;
}

export interface TestSmtpServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  /** Recipients for which RCPT TO is answered 550. */
  rejectRecipient?: (address: string) => boolean;
  /** Wait this long before accepting each message's data. */
  delayMs?: number;
}

export interface TestSmtpServer {
  port: number;
  messages: CapturedMessage[];
  /** Message-ID headers of everything received, in order. */
  messageIds(): string[];
  close(): Promise<void>;
}

export async function startTestSmtpServer(
  options: TestSmtpServerOptions = {},
): Promise<TestSmtpServer> {
  const messages: CapturedMessage[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disableReverseLookup: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (options.rejectRecipient?.(address.address)) {
        return callback(Object.assign(new Error('No such mailbox here'), { responseCode: 550 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      collect(stream)
        .then(async (raw) => {
          if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
          const envelopeTo = session.envelope.rcptTo.map((r) => r.address);
          messages.push({ envelopeTo, parsed: await simpleParser(raw), raw });
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });

  const port = await listen(server, options.port ?? 0);
  return {
    port,
    messages,
    messageIds: () => messages.map((m) => m.parsed.messageId ?? ''),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A port nobody listens on right now (to refuse connections until a server takes it). */
export async function freePort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

function listen(server: SMTPServer, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => {
      resolve((server.server.address() as net.AddressInfo).port);
    });
  });
}

async function collect(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
