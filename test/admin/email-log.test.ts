import { randomUUID } from 'node:crypto';
import { englishIn } from '../i18n/catalogue-files';
import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR } from '../support/saml';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { auditRows, expectRefused, post, smtpSettings, tokenIn } from './admin-helpers';

const REFUSED = 'nobody@closed.example';

describe.each(databaseKinds())('the email log on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer;
  let admin: Agent;
  const refused = new Set<string>([REFUSED]);

  /** Queues an email through the plugin's own outbox, as a service would. */
  async function queue(address: string, name = 'Pat Reader') {
    const outbox = test.plugin.mentormatch.outbox;
    return outbox.enqueue(test.database.db, {
      programId: 1,
      template: 'suggestions-found',
      to: { memberId: null, address, name },
      locale: 'en',
      data: { givenName: 'Pat', count: 2 },
    });
  }

  beforeAll(async () => {
    smtp = await startTestSmtpServer({ rejectRecipient: (address) => refused.has(address) });
    test = await startTestPlugin(kind, smtpSettings(smtp.port));
    admin = await signedIn(test, ADMINISTRATOR);
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
    await test.database.db('mm_outbox').delete();
    await test.database.db('mm_audit_log').delete();
  });

  it('refuses the log and the retry to a member who is not an administrator', async () => {
    const { id } = await queue('reader@example.org');
    const member = await signedIn(test, ACTIVE_MENTOR);

    await expectRefused(test, member, {
      get: ['/admin/email-log', '/admin/email-log?status=failed'],
      post: [`/admin/email-log/${id}/retry`],
    });
  });

  it('lists failed emails with the mail server’s reason, filtered by status', async () => {
    await queue('reader@example.org', 'Ready Reader');
    await queue(REFUSED, 'Closed Box');
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    const failed = await admin.get(at(test, '/admin/email-log?status=failed'));
    const sent = await admin.get(at(test, '/admin/email-log?status=sent'));

    expect(failed.status).toBe(200);
    expect(failed.text).toContain('Emails: 1');
    expect(failed.text).toContain('Closed Box &lt;nobody@closed.example&gt;');
    expect(failed.text).toMatch(/550/);
    expect(failed.text).toContain('Send again');
    expect(failed.text).not.toContain('Ready Reader');
    expect(sent.text).toContain('Ready Reader');
    expect(sent.text).not.toContain('Send again');
  });

  it('shows the outbox a page at a time, newest first, keeping the filter', async () => {
    for (let n = 1; n <= 27; n++) {
      await queue(`reader${n}@example.org`, `Reader ${n}`);
      test.clock.now += 1000;
    }

    const first = await admin.get(at(test, '/admin/email-log?status=pending'));
    const second = await admin.get(at(test, '/admin/email-log?status=pending&page=2'));

    expect(first.text).toContain('Page 1 of 2');
    expect(first.text).toContain('Reader 27 ');
    expect(first.text).not.toContain('Reader 2 ');
    const next = /href="([^"]+)" rel="next"/.exec(first.text)?.[1] ?? '';
    const decoded = next.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
    expect(decoded).toBe('/mentormatch/admin/email-log?status=pending&page=2');
    expect(second.text).toContain('Reader 1 ');
    expect(second.text).toContain('rel="prev"');
  });

  it('sends a failed email again once retried, and records who retried it', async () => {
    const queued = await queue(REFUSED, 'Closed Box');
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    refused.delete(REFUSED);

    const res = await post(admin, test, `/admin/email-log/${queued.id}/retry`, {
      status: 'failed',
      page: '1',
    });
    const row = await test.database.db('mm_outbox').where({ id: queued.id }).first();
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(
      '/mentormatch/admin/email-log?status=failed&page=1&notice=retried',
    );
    expect([row.status, Number(row.attempts)]).toEqual(['pending', 0]);
    const sent = await test.database.db('mm_outbox').where({ id: queued.id }).first();
    expect(sent.status).toBe('sent');
    expect(smtp.messageIds()).toContain(queued.messageId);
    const [entry] = await auditRows(test, 'email.retried');
    expect(entry.actor_name).toBe('Daniel Whitebird');
    expect(entry.subject).toBe(`outbox:${queued.id}`);
    expect([entry.before.status, entry.after.status]).toEqual(['failed', 'pending']);
    refused.add(REFUSED);
  });

  it('changes nothing when the email had not failed', async () => {
    const queued = await queue('reader@example.org');

    const res = await post(admin, test, `/admin/email-log/${queued.id}/retry`, {});

    expect(res.headers.location).toContain('notice=not_failed');
    expect(await auditRows(test)).toEqual([]);
  });

  it('names each email and counts them the French way for a French reader', async () => {
    const queued = await queue('lecteur@example.org', 'Léa Lecteur');
    const { id: _id, ...row } = await test.database
      .db('mm_outbox')
      .where({ id: queued.id })
      .first();
    const copies = Array.from({ length: 1233 }, () => ({ ...row, uuid: randomUUID() }));
    await test.database.db.batchInsert('mm_outbox', copies, 200);
    const french = await signedIn(test, {
      ...ADMINISTRATOR,
      nameId: 'email-log-fr',
      preferredLanguage: 'fr',
    });

    const page = await french.get(at(test, '/admin/email-log'));

    expect(page.status).toBe(200);
    expect(page.text).toContain('Courriels : 1\u00a0234');
    expect(page.text).toContain('Page 1 sur 50');
    expect(page.text).toContain('<td>Nouveaux partenaires possibles</td>');
    expect(page.text).not.toContain('suggestions-found');
    expect(englishIn(page.text)).toEqual([]);
  });

  it('refuses a retry without the form’s CSRF token; an unknown email is not found', async () => {
    const queued = await queue(REFUSED);
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    const token = tokenIn((await admin.get(at(test, '/admin/email-log'))).text);

    const forged = await admin.post(at(test, `/admin/email-log/${queued.id}/retry`)).type('form');
    const unknown = await admin
      .post(at(test, '/admin/email-log/999999/retry'))
      .type('form')
      .send({ _csrf: token });

    expect(forged.status).toBe(403);
    expect(unknown.status).toBe(404);
    const row = await test.database.db('mm_outbox').where({ id: queued.id }).first();
    expect(row.status).toBe('failed');
  });
});
