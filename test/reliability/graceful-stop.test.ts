/**
 * SIGTERM to the stand-alone host (`npm start`, run here through tsx): for a grace period
 * health answers 503 with stopping:true while requests are still served and no job is
 * claimed any more; then it stops accepting connections, lets the request in flight finish,
 * closes idle keep-alive connections, and exits with 0.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { openDatabase, type Database } from '../../src/db/database';
import { MATCHING_COHORT_JOB } from '../../src/matching/matching-service';
import { startTsProcess, type ChildProcessHandle } from './support/child-process';

const GRACE_MS = 2000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(url: string, agent?: http.Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent }, (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      })
      .on('error', reject);
  });
}

/** A form post whose body arrives in two parts, the second when `finish` is called. */
function slowPost(url: string) {
  const body = 'note=a-request-still-in-flight&_csrf=none';
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': body.length },
  });
  const answer = new Promise<Answer>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, 10));
  return { answer, finish: () => req.end(body.slice(10)) };
}

describe('the stand-alone host on SIGTERM', () => {
  let dataDirectory: string;
  let host: ChildProcessHandle;
  let origin: string;
  let db: Database;

  beforeAll(async () => {
    dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-stop-'));
    host = startTsProcess('standalone/main.ts', {
      PORT: '0',
      MENTORMATCH_DATA: dataDirectory,
      MENTORMATCH_STOP_GRACE_MS: String(GRACE_MS),
      MENTORMATCH_LOG_LEVEL: 'warn',
    });
    const line = await host.waitForLine((l) => l.startsWith('MentorMatch stand-in host: '));
    origin = line
      .replace('MentorMatch stand-in host: ', '')
      .replace(/\/$/, '')
      .replace('localhost', '127.0.0.1');
    const filename = path.join(dataDirectory, 'mentormatch.sqlite');
    db = openDatabase({ client: 'sqlite', filename, poolMax: 1 });
  }, 90_000);

  afterAll(async () => {
    await host?.kill('SIGKILL');
    await db?.destroy();
    fs.rmSync(dataDirectory, { recursive: true, force: true });
  });

  async function dueJob(): Promise<number> {
    const programId = (await db('mm_programs').first('id')).id as number;
    const [id] = await db('mm_jobs').insert({
      type: MATCHING_COHORT_JOB,
      payload: JSON.stringify({ programId }),
      status: 'pending',
      run_at: Date.now() - 1000,
      attempts: 0,
      created_at: Date.now(),
    });
    return Number(id);
  }

  async function jobStatus(id: number) {
    return db('mm_jobs').where({ id }).first('status', 'attempts', 'claim_token');
  }

  it('reports not ready, finishes what is in flight, claims no job and exits with 0', async () => {
    const health = `${origin}/mentormatch/health`;
    expect(JSON.parse((await get(health)).body)).toMatchObject({ status: 'ok', stopping: false });
    const before = await dueJob();
    for (let i = 0; i < 100 && (await jobStatus(before)).status !== 'done'; i += 1)
      await sleep(100);
    expect((await jobStatus(before)).status).toBe('done');

    const keepAlive = new http.Agent({ keepAlive: true, maxSockets: 1 });
    await get(health, keepAlive);
    const idleSocket = Object.values(keepAlive.freeSockets).flat()[0];
    let idleClosed = false;
    idleSocket?.once('close', () => (idleClosed = true));
    const inFlight = slowPost(`${origin}/mentormatch/auth/sign-out`);
    await sleep(100);

    const signalled = Date.now();
    process.kill(host.pid, 'SIGTERM');
    await sleep(300);
    const during = await get(health);
    const served = await get(`${origin}/mentormatch/auth/saml/metadata`);
    const after = await dueJob();

    await sleep(GRACE_MS);
    const refused = await get(health).then(
      () => false,
      () => true,
    );
    inFlight.finish();
    const finished = await inFlight.answer;
    const code = await host.exited;
    const stoppedInMs = Date.now() - signalled;

    expect(during.status).toBe(503);
    expect(JSON.parse(during.body)).toMatchObject({ status: 'unavailable', stopping: true });
    expect(during.headers.connection).toBe('close');
    expect(served.status).toBe(200);
    expect(refused).toBe(true);
    expect(finished.status).toBeLessThan(500);
    expect(finished.status).toBeGreaterThanOrEqual(400);
    expect(idleClosed).toBe(true);
    expect(code).toBe(0);
    expect(await jobStatus(after)).toMatchObject({
      status: 'pending',
      attempts: 0,
      claim_token: null,
    });
    keepAlive.destroy();
    process.stdout.write(
      `graceful stop: health 503 stopping:true during the ${GRACE_MS} ms grace, new ` +
        `connections refused after it, the request in flight answered ${finished.status}, ` +
        `no job claimed, exit code ${code} ${stoppedInMs} ms after SIGTERM\n`,
    );
  }, 90_000);
});
