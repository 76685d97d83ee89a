import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import type { MentorMatchSettings } from '../../src/config/settings';
import { openDatabase, type Database } from '../../src/db/database';
import { migrateLatest } from '../../src/db/migrations';
import { LeasedQueue } from '../../src/jobs/leased-queue';
import { createMailParts, type MailParts } from '../../src/mail/mail-service';
import type { OutboxMessage } from '../../src/mail/outbox';
import { MemberStore } from '../../src/members/member-store';
import { packageRoot } from '../../src/package-root';
import { createTestDatabase, databaseKinds, type TestDatabase } from '../support/databases';
import { freePort, startTestSmtpServer, type TestSmtpServer } from '../support/smtp';

const TEMPLATES_DIR = path.join(packageRoot(), 'views', 'emails');
const HOSTILE = '<script>alert(1)</script>';
const MINUTE = 60_000;

/** Settings as parseSettings returns them; only the mail section matters here. */
function settingsFor(mail: Partial<MentorMatchSettings['mail']>): MentorMatchSettings {
  return {
    publicUrl: 'https://learn.example.org/mentormatch',
    database: { client: 'sqlite', filename: ':memory:', poolMax: 1 },
    saml: {} as MentorMatchSettings['saml'],
    mail: {
      fromAddress: 'mentoring-noreply@example.org',
      fromName: 'OLA Mentoring',
      mailboxDirectory: 'data/mailbox',
      ...mail,
    },
    session: { idleTimeoutMinutes: 60, absoluteTimeoutHours: 12 },
    jobs: { enabled: false, pollIntervalMs: 2000 },
  };
}

/** Log lines as parsed objects, to check what the worker records. */
function capturingLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

describe.each(databaseKinds())('email delivery on %s', (kind) => {
  let test: TestDatabase;
  let clock: number;
  let programId: number;
  let memberId: number;
  let smtp: TestSmtpServer | undefined;
  const parts: MailParts[] = [];
  const now = () => clock;

  beforeEach(async () => {
    test = await createTestDatabase(kind);
    await migrateLatest(test.db);
    clock = Date.UTC(2026, 11, 3, 15, 0, 0);
    programId = (await test.db('mm_programs').where({ slug: 'ola' }).first()).id;
    memberId = (await createMember(test.db, 'member-1')).id;
  });

  afterEach(async () => {
    for (const part of parts.splice(0)) await part.close();
    await smtp?.close();
    smtp = undefined;
    await test.drop();
  });

  function mailParts(settings: MentorMatchSettings, db: Database = test.db, logger = silent()) {
    const created = createMailParts({ db, settings, logger, now, templatesDir: TEMPLATES_DIR });
    parts.push(created);
    return created;
  }

  function roleApproved(overrides: Partial<OutboxMessage> = {}): OutboxMessage {
    return {
      programId,
      template: 'role-approved',
      to: { memberId, address: 'jane.doe@example.org', name: 'Jane Doe' },
      locale: 'en',
      data: { role: 'mentor', givenName: 'Jane' },
      ...overrides,
    };
  }

  function manyMentors(count: number): OutboxMessage[] {
    const data = (i: number) => ({ role: 'mentor', givenName: `M${i}` });
    return Array.from({ length: count }, (_, i) => roleApproved({ data: data(i) }));
  }

  async function queue(mail: MailParts, messages: OutboxMessage[]) {
    return test.db.transaction(async (trx) => {
      const queued = [];
      for (const message of messages) queued.push(await mail.outbox.enqueue(trx, message));
      return queued;
    });
  }

  it('sends the role-approved email with its subject, recipient, HTML and text', async () => {
    smtp = await startTestSmtpServer();
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port: smtp.port }));
    const hostile = roleApproved({
      to: { memberId, address: 'jane.doe@example.org', name: `Jane ${HOSTILE}` },
      data: { role: 'mentee', givenName: HOSTILE },
    });

    const [queued] = await queue(mail, [hostile]);
    await mail.delivery.deliverDueOnce();

    expect(smtp.messages).toHaveLength(1);
    const { parsed, envelopeTo } = smtp.messages[0];
    expect(envelopeTo).toEqual(['jane.doe@example.org']);
    expect(parsed.messageId).toBe(queued.messageId);
    expect(queued.messageId).toMatch(/^<[0-9a-f-]{36}@learn\.example\.org>$/);
    expect(parsed.subject).toBe(
      'Ontario Library Association Mentoring Program: you are approved as a mentee',
    );
    expect(parsed.from?.value).toEqual([
      { name: 'OLA Mentoring', address: 'mentoring-noreply@example.org' },
    ]);
    const to = Array.isArray(parsed.to) ? parsed.to[0] : parsed.to;
    expect(to?.value).toEqual([{ name: `Jane ${HOSTILE}`, address: 'jane.doe@example.org' }]);
    expect(parsed.replyTo?.value[0].address).toBe('mentoring@example.org');
    expect(parsed.headers.get('auto-submitted')).toBe('auto-generated');

    const html = parsed.html as string;
    expect(html).not.toContain('<script>');
    expect(html).toContain('Hello &lt;script&gt;alert(1)&lt;/script&gt;,');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(
      'href="https://learn.example.org/mentormatch/auth/saml/login?RelayState=%2Fprofile"',
    );
    expect(html).toContain('Questions about the program: mentoring@example.org');
    expect(html).toContain('Technical support: support@example.org');

    const text = parsed.text as string;
    expect(text).toContain(`Hello ${HOSTILE},`);
    expect(text).toContain('be a mentee in the Ontario Library Association Mentoring Program');
    expect(text).toContain(
      'https://learn.example.org/mentormatch/auth/saml/login?RelayState=%2Fprofile',
    );
    expect(text).toContain('Technical support: support@example.org');
    expect(await statusOf(queued.id)).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('sends nothing for a change that rolls back, and what commits once', async () => {
    smtp = await startTestSmtpServer();
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port: smtp.port }));

    const rolledBack = test.db.transaction(async (trx) => {
      await mail.outbox.enqueue(trx, roleApproved({ data: { role: 'mentor', givenName: 'Nope' } }));
      throw new Error('the approval failed after the email was queued');
    });
    await expect(rolledBack).rejects.toThrow('the approval failed');
    const [committed] = await queue(mail, [roleApproved()]);
    await mail.delivery.deliverDueOnce();
    await mail.delivery.deliverDueOnce();

    expect(smtp.messageIds()).toEqual([committed.messageId]);
    expect(await test.db('mm_outbox').count({ n: '*' }).first()).toMatchObject({ n: 1 });
  });

  it('delivers every email once when the mail server refuses connections for a while', async () => {
    const port = await freePort();
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port }));
    const queued = await queue(mail, manyMentors(5));

    await mail.delivery.deliverDueOnce();
    clock += 30_000;
    await mail.delivery.deliverDueOnce();
    const waiting = await test.db('mm_outbox').select('status', 'attempts', 'run_at', 'last_error');
    expect(waiting.every((row) => row.status === 'pending' && row.attempts === 2)).toBe(true);
    expect(Number(waiting[0].run_at)).toBe(clock + 60_000);
    expect(waiting[0].last_error).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);

    smtp = await startTestSmtpServer({ port });
    clock += 30_000;
    expect(await mail.delivery.deliverDueOnce()).toBe(0);
    clock += 30_000;
    await mail.delivery.deliverDueOnce();
    clock += 60 * MINUTE;
    await mail.delivery.deliverDueOnce();

    expect(smtp.messageIds().sort()).toEqual(queued.map((q) => q.messageId).sort());
    const sent = await test.db('mm_outbox').where({ status: 'sent' }).count({ n: '*' }).first();
    expect(sent).toMatchObject({ n: 5 });
  });

  it('records a permanent refusal with its reason and delivers the rest', async () => {
    smtp = await startTestSmtpServer({ rejectRecipient: (a) => a.startsWith('gone') });
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port: smtp.port }));
    const refused = roleApproved({ to: { memberId, address: 'gone@example.org', name: 'Gone' } });
    const others = Array.from({ length: 6 }, (_, i) =>
      roleApproved({ to: { memberId, address: `m${i}@example.org`, name: `M${i}` } }),
    );

    const [failed, ...delivered] = await queue(mail, [refused, ...others]);
    await mail.delivery.deliverDueOnce();

    expect(smtp.messageIds().sort()).toEqual(delivered.map((q) => q.messageId).sort());
    const row = await statusOf(failed.id);
    expect(row.status).toBe('failed');
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/^EENVELOPE 550: .*No such mailbox here/);
    expect(row.last_error).not.toContain('gone@example.org');
  });

  it('lets two workers run at once without sending any email twice', async () => {
    smtp = await startTestSmtpServer({ delayMs: 5 });
    const settings = settingsFor({ host: '127.0.0.1', port: smtp.port });
    const second = openDatabase({ ...settings.database, ...test.settings, poolMax: 5 });
    try {
      const first = mailParts(settings);
      const other = mailParts(settings, second);
      const queued = await queue(first, manyMentors(50));

      const [byFirst, byOther] = await bothFulfilled([
        first.delivery.deliverDueOnce(),
        other.delivery.deliverDueOnce(),
      ]);

      expect(byFirst + byOther).toBe(50);
      expect(byFirst).toBeGreaterThan(0);
      expect(byOther).toBeGreaterThan(0);
      expect(smtp.messageIds().sort()).toEqual(queued.map((q) => q.messageId).sort());
    } finally {
      for (const part of parts.splice(0)) await part.close();
      await second.destroy();
    }
  });

  it('sends again with the same Message-ID an email whose worker died holding it', async () => {
    smtp = await startTestSmtpServer();
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port: smtp.port }));
    const [queued] = await queue(mail, [roleApproved()]);
    const crashed = new LeasedQueue(test.db, {
      table: 'mm_outbox',
      doneStatus: 'sent',
      leaseMs: 5 * MINUTE,
      now,
    });
    const [held] = await crashed.claim(10);
    await crashed.begin(held);

    expect(await mail.delivery.deliverDueOnce()).toBe(0);
    clock += 5 * MINUTE + 1;
    expect(await mail.delivery.deliverDueOnce()).toBe(1);

    expect(smtp.messageIds()).toEqual([queued.messageId]);
    expect(await statusOf(queued.id)).toMatchObject({ status: 'sent', attempts: 2 });
    expect(await crashed.complete(held)).toBe(false);
  });

  it('writes .eml files to the mailbox folder when no SMTP server is configured', async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-mailbox-'));
    try {
      const mail = mailParts(settingsFor({ mailboxDirectory: directory }));
      const [queued] = await queue(mail, [roleApproved()]);

      await mail.delivery.deliverDueOnce();

      expect(mail.transport.kind).toBe('mailbox-directory');
      const files = fs.readdirSync(directory);
      expect(files).toEqual([expect.stringMatching(/^\d{13}-[0-9a-f-]{36}\.eml$/)]);
      const content = fs.readFileSync(path.join(directory, files[0]), 'utf8');
      expect(content).toContain(`Message-ID: ${queued.messageId}`);
      expect(content).toContain('To: Jane Doe <jane.doe@example.org>');
    } finally {
      fs.rmSync(directory, { recursive: true, force: true });
    }
  });

  it('logs each delivery with its Message-ID, template and attempt, not the address', async () => {
    smtp = await startTestSmtpServer({ rejectRecipient: (a) => a.startsWith('gone') });
    const { logger, lines } = capturingLogger();
    const mail = mailParts(settingsFor({ host: '127.0.0.1', port: smtp.port }), test.db, logger);
    const refused = roleApproved({ to: { memberId, address: 'gone@example.org', name: 'Gone' } });

    const [sent, failed] = await queue(mail, [roleApproved(), refused]);
    await mail.delivery.deliverDueOnce();

    const events = lines.filter((l) => String(l.event).startsWith('email_'));
    expect(events).toEqual([
      expect.objectContaining({ event: 'email_sent', message_id: sent.messageId, attempt: 1 }),
      expect.objectContaining({ event: 'email_failed', message_id: failed.messageId }),
    ]);
    expect(events[0].template).toBe('role-approved');
    expect(events[1].err).toMatchObject({ code: 'EENVELOPE', response_code: 550 });
    const logged = JSON.stringify(lines);
    expect(logged).not.toContain('jane.doe@example.org');
    expect(logged).not.toContain('gone@example.org');
  });

  it('finishes the email in hand when stopped and leaves the rest for later', async () => {
    smtp = await startTestSmtpServer({ delayMs: 100 });
    const settings = settingsFor({ host: '127.0.0.1', port: smtp.port });
    const mail = mailParts({ ...settings, jobs: { enabled: true, pollIntervalMs: 50 } });
    await queue(mail, Array.from({ length: 5 }, () => roleApproved()));

    mail.delivery.start();
    await waitUntil(() => smtp!.messages.length > 0);
    await mail.delivery.stop();

    const rows = await test.db('mm_outbox').select('status', 'claim_token');
    const sent = rows.filter((r) => r.status === 'sent').length;
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(sent).toBeLessThan(5);
    expect(smtp.messages).toHaveLength(sent);
    expect(rows.every((r) => r.claim_token === null)).toBe(true);
  });

  async function statusOf(id: number) {
    return test.db('mm_outbox').where({ id }).first('status', 'attempts', 'last_error');
  }
});

function silent() {
  return pino({ level: 'silent' });
}

async function createMember(db: Database, externalId: string) {
  const members = new MemberStore(db);
  const { after } = await members.upsertFromSignIn(
    {
      externalId,
      email: `${externalId}@example.org`,
      givenName: 'Jane',
      surname: 'Doe',
      membershipStatus: 'active',
      membershipActive: true,
      memberType: null,
      hostInstitution: null,
      hostRoles: [],
      language: null,
    },
    Date.UTC(2026, 11, 1),
  );
  return after;
}

/** Like Promise.all, but waits for both to settle, so nothing runs on after the test. */
async function bothFulfilled<T>(promises: [Promise<T>, Promise<T>]): Promise<[T, T]> {
  const settled = await Promise.allSettled(promises);
  for (const result of settled) if (result.status === 'rejected') throw result.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<T>).value) as [T, T];
}

async function waitUntil(condition: () => boolean | Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}
