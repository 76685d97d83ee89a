import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import nodemailer from 'nodemailer';
import pino from 'pino';
import request from 'supertest';
import type { MentorMatchSettings } from '../../src/config/settings';
import { migrateLatest } from '../../src/db/migrations';
import { createMailParts } from '../../src/mail/mail-service';
import { packageRoot } from '../../src/package-root';
import { createMailboxRouter } from '../../standalone/mailbox/mailbox-router';
import {
  startMailboxSmtpServer,
  type MailboxSmtpServer,
} from '../../standalone/mailbox/mailbox-smtp-server';
import { createTestDatabase } from '../support/databases';

const HOSTILE_HTML =
  '<html><head><title>x</title></head><body><p>Hi</p><script>alert(1)</script>' +
  '<img src="x" onerror="alert(2)"><a href="https://portal.test/profile">Profile</a></body></html>';

describe('the stand-in host mailbox', () => {
  let directory: string;
  let server: MailboxSmtpServer;
  let clock: number;

  beforeEach(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-mailbox-'));
    clock = Date.UTC(2026, 11, 3, 15, 0, 0);
    server = await startMailboxSmtpServer({ directory, port: 0, now: () => (clock += 1000) });
  });

  afterEach(async () => {
    await server.close();
    fs.rmSync(directory, { recursive: true, force: true });
  });

  async function send(subject: string, html?: string) {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: server.port });
    await transport.sendMail({
      from: 'MentorMatch <mentormatch@localhost>',
      to: 'Jane Doe <jane@example.org>',
      subject,
      text: `Text of ${subject}\nhttps://portal.test/mentormatch/auth/saml/login?RelayState=%2F`,
      html,
    });
    transport.close();
  }

  function mailbox(pageSize?: number) {
    const app = express();
    app.use('/mailbox', createMailboxRouter({ directory, pageSize }));
    return app;
  }

  it('stores every message it receives as an .eml file', async () => {
    await send('First');
    await send('Second');

    const files = fs.readdirSync(directory).sort();
    expect(files).toEqual([
      expect.stringMatching(/^\d{13}-[0-9a-f]{12}\.eml$/),
      expect.stringMatching(/^\d{13}-[0-9a-f]{12}\.eml$/),
    ]);
    expect(fs.readFileSync(path.join(directory, files[0]), 'utf8')).toContain('Subject: First');
  });

  it('lists messages newest first, a page at a time, in an accessible page', async () => {
    for (const subject of ['One', 'Two', 'Three']) await send(subject);
    const app = mailbox(2);

    const first = await request(app).get('/mailbox');
    const second = await request(app).get('/mailbox?page=2');

    expect(first.status).toBe(200);
    expect(first.text).toContain('<html lang="en">');
    expect(first.text).toMatch(/<main>[\s\S]*<h1>Mailbox<\/h1>/);
    expect(first.text).toContain('<caption>Messages, newest first</caption>');
    expect(subjectsIn(first.text)).toEqual(['Three', 'Two']);
    expect(first.text).toContain('<nav aria-label="Pages">');
    expect(first.text).toContain('href="/mailbox/?page=2" rel="next">Next page</a>');
    expect(subjectsIn(second.text)).toEqual(['One']);
    expect(second.text).toContain('Page 2 of 2');
    expect(first.headers['content-security-policy']).toContain("default-src 'none'");
  });

  it('opens a message with its HTML version sandboxed and its text version', async () => {
    await send('<b>Bold</b> subject', HOSTILE_HTML);
    const app = mailbox();
    const id = fs.readdirSync(directory)[0].replace(/\.eml$/, '');

    const page = await request(app).get(`/mailbox/messages/${id}`);
    const html = await request(app).get(`/mailbox/messages/${id}/html`);

    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1>&lt;b&gt;Bold&lt;/b&gt; subject</h1>');
    expect(page.text).not.toContain('<script>');
    const frame = `<iframe src="/mailbox/messages/${id}/html" title="[^"]+"\\s+sandbox="`;
    expect(page.text).toMatch(new RegExp(`${frame}allow-popups allow-popups-to-escape-sandbox"`));
    expect(page.text).toContain('<h2 id="text-version">Text version</h2>');
    expect(page.text).toContain(
      '<a href="https://portal.test/mentormatch/auth/saml/login?RelayState=%2F" target="_blank"',
    );
    expect(html.status).toBe(200);
    expect(html.headers['content-security-policy']).toMatch(/^sandbox allow-popups/);
    expect(html.headers['content-security-policy']).not.toContain('allow-scripts');
    expect(html.text).toContain('<head><base target="_blank"><title>x</title>');
  });

  it('answers 404 for a message that is not there or an id that is not one', async () => {
    await send('Only');
    const app = mailbox();

    const missing = await request(app).get('/mailbox/messages/1796310000000-abcdef012345');
    const traversal = await request(app).get('/mailbox/messages/..%2F..%2Fetc%2Fpasswd');
    const noHtml = await request(app).get(
      `/mailbox/messages/${fs.readdirSync(directory)[0].replace(/\.eml$/, '')}/html`,
    );

    expect(missing.status).toBe(404);
    expect(missing.text).toContain('<h1>Message not found</h1>');
    expect(traversal.status).toBe(404);
    expect(noHtml.status).toBe(404);
  });

  it('shows an empty mailbox before any message arrives', async () => {
    fs.rmSync(directory, { recursive: true, force: true });

    const page = await request(mailbox()).get('/mailbox?page=9');

    expect(page.status).toBe(200);
    expect(page.text).toContain('No messages yet.');
  });
});

describe('the mailbox with the plugin sending to it', () => {
  it('shows the role-approved email as the member receives it', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-mailbox-'));
    const server = await startMailboxSmtpServer({ directory });
    const test = await createTestDatabase('sqlite');
    try {
      await migrateLatest(test.db);
      const mail = createMailParts({
        db: test.db,
        settings: standAloneSettings(server.port),
        logger: pino({ level: 'silent' }),
        now: Date.now,
        templatesDir: path.join(packageRoot(), 'views', 'emails'),
      });
      const programId = (await test.db('mm_programs').first()).id;
      await test.db.transaction((trx) =>
        mail.outbox.enqueue(trx, {
          programId,
          template: 'role-approved',
          to: { memberId: null, address: 'sam@example.org', name: 'Sam Lee' },
          locale: 'en',
          data: { role: 'mentor', givenName: 'Sam' },
        }),
      );

      await mail.delivery.deliverDueOnce();
      await mail.close();
      const app = express().use('/mailbox', createMailboxRouter({ directory }));
      const list = await request(app).get('/mailbox');
      const id = fs.readdirSync(directory)[0].replace(/\.eml$/, '');
      const message = await request(app).get(`/mailbox/messages/${id}`);
      const html = await request(app).get(`/mailbox/messages/${id}/html`);

      expect(subjectsIn(list.text)).toEqual([
        'Ontario Library Association Mentoring Program: you are approved as a mentor',
      ]);
      expect(message.text).toContain('Hello Sam,');
      expect(message.text).toContain('&quot;Sam Lee&quot; &lt;sam@example.org&gt;');
      expect(html.text).toContain('See your profile</a>');
    } finally {
      await server.close();
      await test.drop();
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });
});

function standAloneSettings(port: number): MentorMatchSettings {
  return {
    publicUrl: 'http://localhost:3000/mentormatch',
    database: { client: 'sqlite', filename: ':memory:', poolMax: 1 },
    saml: {} as MentorMatchSettings['saml'],
    mail: {
      host: '127.0.0.1',
      port,
      fromAddress: 'mentormatch@localhost',
      fromName: 'MentorMatch',
      mailboxDirectory: 'data/mailbox',
    },
    session: { idleTimeoutMinutes: 60, absoluteTimeoutHours: 12 },
    jobs: { enabled: false, pollIntervalMs: 2000 },
  };
}

function subjectsIn(html: string): string[] {
  return [...html.matchAll(/<a href="\/mailbox\/messages\/[^"]+">([^<]*)<\/a>/g)].map((m) => m[1]);
}
