/**
 * With no SMTP server configured, mail goes to .eml files. Outside the stand-in host that is
 * almost always a forgotten setting, so the plugin warns once at start, unless the settings
 * name the mailbox directory themselves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { startStandInHost } from '../../standalone/stand-in-host';
import { startTestPlugin, type LogRecord, type TestPlugin } from '../support/plugin';

const WARN = 40;

function mailEvents(logs: LogRecord[]) {
  return logs.filter((l) => l.event === 'mail_not_configured' || l.event === 'mail_to_directory');
}

describe('the start-up record of where mail goes', () => {
  let test: TestPlugin | undefined;
  let directory: string;

  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-mail-'));
  });

  afterEach(async () => {
    await test?.close();
    test = undefined;
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('warns once, naming the directory, when neither SMTP nor a mailbox is set', async () => {
    test = await startTestPlugin('sqlite');

    expect(mailEvents(test.logs)).toEqual([
      expect.objectContaining({
        level: WARN,
        event: 'mail_not_configured',
        directory: 'data/mailbox',
      }),
    ]);
  });

  it('only says where mail goes when the settings choose the mailbox directory', async () => {
    const mail = { mailboxDirectory: directory };
    test = await startTestPlugin('sqlite', { settings: { mail } });

    expect(mailEvents(test.logs)).toEqual([
      expect.objectContaining({ level: 30, event: 'mail_to_directory', directory }),
    ]);
  });

  it('says nothing about the mailbox when an SMTP server is configured', async () => {
    const mail = { host: '127.0.0.1', port: 25 };
    test = await startTestPlugin('sqlite', { settings: { mail } });

    expect(mailEvents(test.logs)).toEqual([]);
  });

  it('does not warn in the stand-in host, whose mailbox catches mail over SMTP', async () => {
    const logs: LogRecord[] = [];
    const stream = { write: (line: string) => logs.push(JSON.parse(line) as LogRecord) };
    const host = await startStandInHost({
      port: 0,
      dataDirectory: directory,
      logger: pino({ level: 'debug' }, stream),
      settings: { jobs: { enabled: false } },
    });
    await host.close();

    expect(logs.filter((l) => l.level >= WARN)).toEqual([]);
  });
});
