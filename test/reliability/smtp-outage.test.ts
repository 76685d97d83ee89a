/**
 * The mail server down for half an hour of the app's time (the clock is moved minute by
 * minute, nothing waits): members keep signing up and asking for partners, every email they
 * cause waits in the outbox, and once the server is back each goes out exactly once, with
 * the Message-ID it was given when it was queued.
 */
import { messageIdFor } from '../../src/mail/outbox';
import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { freePort, startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { join, requestPartnership, type Person } from '../partnerships/partnership-helpers';

const MINUTE = 60_000;
const OUTAGE_MINUTES = 30;
const RECOVERY_LIMIT_MINUTES = 120;

describe.each(databaseKinds())('the mail server down for minutes on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer | undefined;
  let port: number;

  beforeAll(async () => {
    port = await freePort();
    test = await startTestPlugin(kind, {
      settings: { mail: { host: '127.0.0.1', port, secure: false } },
    });
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  /** One minute of the app's life: the clock moves, due jobs run, the worker tries to send. */
  async function minutePasses() {
    test.clock.now += MINUTE;
    await test.plugin.mentormatch.jobs.runDueOnce();
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
  }

  async function outbox() {
    return test.database.db('mm_outbox').orderBy('id').select('uuid', 'status', 'attempts');
  }

  it('sends every email queued during the outage once, after the server is back', async () => {
    const mentor = await join(test, {
      key: 'mentor',
      givenName: 'Mo',
      surname: 'Ra',
      years: 9,
      roles: ['mentor'],
      capacity: 3,
    });
    const mentees: Person[] = [];
    for (const key of ['one', 'two', 'three']) {
      mentees.push(
        await join(test, { key, givenName: key, surname: 'Ee', years: 1, roles: ['mentee'] }),
      );
    }

    for (let minute = 1; minute <= OUTAGE_MINUTES; minute += 1) {
      await minutePasses();
      // Members carry on while the mail server is down: their requests are not held up.
      if (minute <= mentees.length)
        await requestPartnership(test, mentees[minute - 1], mentor, 'mentee');
    }
    const waiting = await outbox();
    expect(waiting.length).toBeGreaterThan(mentees.length);
    expect(waiting.every((row) => row.status === 'pending')).toBe(true);
    const attemptsDuringOutage = waiting.map((row) => Number(row.attempts));
    expect(Math.min(...attemptsDuringOutage)).toBeGreaterThanOrEqual(3);

    smtp = await startTestSmtpServer({ port });
    let minutesToDeliver = 0;
    while ((await outbox()).some((row) => row.status !== 'sent')) {
      minutesToDeliver += 1;
      expect(minutesToDeliver).toBeLessThanOrEqual(RECOVERY_LIMIT_MINUTES);
      await minutePasses();
    }
    for (let extra = 0; extra < 30; extra += 1) await minutePasses();

    const rows = await outbox();
    const expected = rows.map((row) => messageIdFor(row.uuid, test.publicUrl)).sort();
    expect(smtp.messageIds().sort()).toEqual(expected);
    expect(new Set(smtp.messageIds()).size).toBe(smtp.messages.length);
    process.stdout.write(
      `smtp outage (${kind}): ${rows.length} emails queued during ${OUTAGE_MINUTES} minutes ` +
        `down, ${Math.min(...attemptsDuringOutage)} to ${Math.max(...attemptsDuringOutage)} ` +
        `attempts each while down; all sent ${minutesToDeliver} minutes after the server ` +
        `came back, each once (${smtp.messages.length} received)\n`,
    );
  }, 120_000);
});
