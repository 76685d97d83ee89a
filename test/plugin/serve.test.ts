/**
 * The production entry point, `mentormatch-serve` (src/cli/serve.ts, run here through tsx):
 * the plugin alone on a plain server, configured by a settings file, with no demo identity
 * provider and no mailbox, stopping cleanly on SIGTERM.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { manifest } from '../../src/manifest';
import { startTsProcess, type ChildProcessHandle } from '../reliability/support/child-process';
import { IDP_ENTITY_ID, IDP_SSO_URL, testSigningKey } from '../support/plugin';

const SERVE = 'src/cli/serve.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function writeSettings(directory: string, port: number): string {
  const file = path.join(directory, 'settings.json');
  const settings = {
    publicUrl: `http://127.0.0.1:${port}${manifest.mountPath}`,
    sessionSecret: 'a-session-secret-long-enough-for-the-schema',
    database: { client: 'sqlite', filename: path.join(directory, 'mentormatch.sqlite') },
    saml: {
      idpSsoUrl: IDP_SSO_URL,
      idpEntityId: IDP_ENTITY_ID,
      idpCertificates: [testSigningKey().certificatePem],
    },
  };
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
  return file;
}

/** The child's JSON log records; other output (none expected) is left out. */
function logRecords(child: ChildProcessHandle): Array<Record<string, unknown>> {
  return child.lines.filter((line) => line.startsWith('{')).map((line) => JSON.parse(line));
}

describe('mentormatch-serve with a settings file', () => {
  let directory: string;
  let origin: string;
  let server: ChildProcessHandle;

  beforeAll(async () => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-serve-'));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    server = startTsProcess(SERVE, {
      MENTORMATCH_SETTINGS_FILE: writeSettings(directory, port),
      PORT: String(port),
      MENTORMATCH_RUN_MIGRATIONS: 'true',
      MENTORMATCH_STOP_GRACE_MS: '200',
      MENTORMATCH_LOG_LEVEL: 'info',
    });
    await server.waitForLine((line) => line.includes('"event":"server_started"'));
  }, 90_000);

  afterAll(async () => {
    await server?.kill('SIGKILL');
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('answers health under the manifest mount path, with the migrations applied', async () => {
    const res = await fetch(`${origin}${manifest.mountPath}${manifest.healthPath}`);

    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'up' });
    const events = logRecords(server).map((record) => record.event);
    expect(events).toContain('migrations_applied');
  });

  it('serves neither the demo identity provider nor the mailbox', async () => {
    const paths = ['/idp', '/idp/metadata', '/idp/sso', '/mailbox', '/'];

    const statuses = await Promise.all(
      paths.map(async (p) => (await fetch(`${origin}${p}`, { redirect: 'manual' })).status),
    );

    expect(statuses).toEqual(paths.map(() => 404));
  });

  it('sends sign-in to the SSO URL of the configured identity provider', async () => {
    const login = `${origin}${manifest.mountPath}${manifest.sso.loginPath}`;

    const res = await fetch(login, { redirect: 'manual' });

    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toMatch(new RegExp(`^${IDP_SSO_URL}\\?SAMLRequest=`));
  });

  it('warns once at start that mail goes to files because no SMTP server is configured', () => {
    const warnings = logRecords(server).filter((r) => r.event === 'mail_not_configured');

    expect(warnings).toEqual([expect.objectContaining({ level: 40, directory: 'data/mailbox' })]);
  });

  it('stops on SIGTERM and exits with 0', async () => {
    const code = await server.kill('SIGTERM');

    expect(code).toBe(0);
    const events = logRecords(server).map((record) => record.event);
    expect(events).toEqual(expect.arrayContaining(['server_stopping', 'server_stopped']));
  }, 30_000);
});

describe('mentormatch-serve refusing to start', () => {
  let directory: string;

  beforeAll(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-serve-'));
  });

  afterAll(() => {
    fs.rmSync(directory, { recursive: true, force: true });
  });

  it('leaves migrations to the host unless asked, and names the command', async () => {
    const server = startTsProcess(SERVE, {
      MENTORMATCH_SETTINGS_FILE: writeSettings(directory, await freePort()),
      PORT: '0',
      MENTORMATCH_RUN_MIGRATIONS: '',
    });

    const code = await server.exited;

    expect(code).toBe(1);
    const failure = logRecords(server).find((r) => r.event === 'server_start_failed');
    expect(JSON.stringify(failure)).toContain(manifest.migrations.command);
  }, 60_000);

  it('says which variable names the settings file when none is given', async () => {
    const server = startTsProcess(SERVE, { MENTORMATCH_SETTINGS_FILE: '', PORT: '0' });

    const code = await server.exited;

    expect(code).toBe(1);
    expect(server.lines.join('\n')).toContain('MENTORMATCH_SETTINGS_FILE is not set');
  }, 60_000);
});
