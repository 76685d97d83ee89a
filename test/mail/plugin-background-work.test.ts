import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';

describe.each(databaseKinds())('background work of the mounted plugin on %s', (kind) => {
  let smtp: TestSmtpServer;
  let test: TestPlugin;

  beforeEach(async () => {
    smtp = await startTestSmtpServer();
    test = await startTestPlugin(kind, {
      settings: {
        mail: { host: '127.0.0.1', port: smtp.port },
        jobs: { enabled: true, pollIntervalMs: 50 },
      },
    });
  });

  afterEach(async () => {
    await smtp.close();
  });

  it('sends queued email and runs jobs on its own, and stops both when closed', async () => {
    const { outbox, jobs, database } = test.plugin.mentormatch;
    const ran: unknown[] = [];
    jobs.register('say-hello', async (payload) => {
      ran.push(payload);
    });
    const programId = (await database('mm_programs').first()).id;

    const queued = await database.transaction(async (trx) => {
      await jobs.enqueue(trx, 'say-hello', { to: 'the committee' });
      return outbox.enqueue(trx, {
        programId,
        template: 'role-approved',
        to: { memberId: null, address: 'jane@example.org', name: 'Jane Doe' },
        locale: 'en',
        data: { role: 'mentee', givenName: 'Jane' },
      });
    });
    await waitUntil(() => smtp.messages.length === 1 && ran.length === 1);
    await test.close();
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(smtp.messageIds()).toEqual([queued.messageId]);
    expect(ran).toEqual([{ to: 'the committee' }]);
    const failures = test.logs.filter((l) => l.event === 'worker_round_failed');
    expect(failures).toEqual([]);
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
