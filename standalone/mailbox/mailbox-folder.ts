/**
 * The stand-in host's mailbox folder: one .eml file per message, named by the time it arrived
 * (13 digits of milliseconds) and a random or message-given suffix, so that the names sort in
 * arrival order. The plugin's own fallback (no SMTP configured) writes the same kind of names,
 * so this folder can show either.
 */
import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';

export interface MessageSummary {
  id: string;
  receivedAt: Date;
  subject: string;
  from: string;
  to: string;
}

export interface StoredMessage extends MessageSummary {
  messageId: string | null;
  html: string | null;
  text: string | null;
}

export interface MessagePage {
  messages: MessageSummary[];
  page: number;
  pageCount: number;
  total: number;
}

const FILE_NAME = /^(\d{13})-[0-9a-z-]{1,64}\.eml$/;
const ID = /^\d{13}-[0-9a-z-]{1,64}$/;

/** Stores a raw message; resolves its id. The file appears whole or not at all. */
export async function saveMessage(directory: string, raw: Buffer, now: number): Promise<string> {
  const id = `${String(now).padStart(13, '0')}-${crypto.randomBytes(6).toString('hex')}`;
  await fs.mkdir(directory, { recursive: true });

  const file = path.join(directory, `${id}.eml`);
  await fs.writeFile(`${file}.tmp`, raw);
  await fs.rename(`${file}.tmp`, file);
  return id;
}

/** One page of messages, newest first; a page out of range gives the nearest one. */
export async function listMessages(
  directory: string,
  page: number,
  pageSize: number,
): Promise<MessagePage> {
  const names = (await messageFiles(directory)).sort().reverse();
  const pageCount = Math.max(1, Math.ceil(names.length / pageSize));
  const current = Math.min(Math.max(1, page), pageCount);

  const slice = names.slice((current - 1) * pageSize, current * pageSize);
  const messages = await Promise.all(
    slice.map(async (name) => summarise(name, await parseFile(directory, name))),
  );
  return { messages, page: current, pageCount, total: names.length };
}

/** The message with this id, or undefined for an id that is malformed or not there. */
export async function readMessage(
  directory: string,
  id: string,
): Promise<StoredMessage | undefined> {
  if (!ID.test(id)) return undefined;
  let parsed: ParsedMail;
  try {
    parsed = await parseFile(directory, `${id}.eml`);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return undefined;
    throw err;
  }
  return {
    ...summarise(`${id}.eml`, parsed),
    messageId: parsed.messageId ?? null,
    html: typeof parsed.html === 'string' ? parsed.html : null,
    text: parsed.text ?? null,
  };
}

async function messageFiles(directory: string): Promise<string[]> {
  try {
    return (await fs.readdir(directory)).filter((name) => FILE_NAME.test(name));
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') return [];
    throw err;
  }
}

async function parseFile(directory: string, name: string): Promise<ParsedMail> {
  return simpleParser(await fs.readFile(path.join(directory, name)));
}

function summarise(name: string, parsed: ParsedMail): MessageSummary {
  const stamp = Number((FILE_NAME.exec(name) as RegExpExecArray)[1]);
  return {
    id: name.slice(0, -'.eml'.length),
    receivedAt: new Date(stamp),
    subject: parsed.subject ?? '',
    from: addressText(parsed.from),
    to: addressText(parsed.to),
  };
}

function addressText(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return '';
  return (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
}
