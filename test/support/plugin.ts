/**
 * A real host for tests: an HTTP server on a random loopback port that mounts the plugin the
 * way a host would, with a signing identity provider whose key is made for the run.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import pino from 'pino';
import { createMentorMatch, type MentorMatchApp } from '../../src/create-mentormatch';
import { manifest } from '../../src/manifest';
import { generateSigningKey, type SigningKey } from '../../standalone/identity-provider/signing-key';
import { createTestDatabase, type DatabaseKind, type TestDatabase } from './databases';

export const IDP_ENTITY_ID = 'https://portal.test/idp';
export const IDP_SSO_URL = 'https://portal.test/idp/sso';

let sharedKey: SigningKey | undefined;

/** One key per test process: generating RSA keys is slow and the key is not under test. */
export function testSigningKey(): SigningKey {
  sharedKey ??= generateSigningKey('MentorMatch test IdP');
  return sharedKey;
}

export interface LogRecord {
  level: number;
  event?: string;
  reason?: string;
  [key: string]: unknown;
}

export interface TestPlugin {
  kind: DatabaseKind;
  server: http.Server;
  origin: string;
  mountPath: string;
  publicUrl: string;
  acsUrl: string;
  spEntityId: string;
  plugin: MentorMatchApp;
  database: TestDatabase;
  logs: LogRecord[];
  signingKey: SigningKey;
  clock: { now: number };
  close(): Promise<void>;
}

export interface TestPluginOptions {
  mountPath?: string;
  settings?: Record<string, unknown>;
  jobs?: boolean;
}

function capturingLogger(logs: LogRecord[]) {
  const stream = { write: (line: string) => logs.push(JSON.parse(line) as LogRecord) };
  return pino({ level: 'debug' }, stream);
}

export async function startTestPlugin(
  kind: DatabaseKind,
  options: TestPluginOptions = {},
): Promise<TestPlugin> {
  const mountPath = options.mountPath ?? manifest.mountPath;
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const publicUrl = `${origin}${mountPath === '/' ? '' : mountPath}`;

  const database = await createTestDatabase(kind);
  const logs: LogRecord[] = [];
  const clock = { now: Date.now() };
  const signingKey = testSigningKey();
  const plugin = await createMentorMatch({
    settings: {
      publicUrl,
      sessionSecret: 'test-secret-that-is-long-enough-for-the-schema',
      saml: { idpSsoUrl: IDP_SSO_URL, idpEntityId: IDP_ENTITY_ID, idpCertificates: [signingKey.certificatePem] },
      jobs: { enabled: options.jobs ?? false },
      ...options.settings,
    },
    database: database.db,
    logger: capturingLogger(logs),
    now: () => clock.now,
    runMigrations: true,
  }).catch(async (err: unknown) => {
    server.close();
    await database.drop();
    throw err;
  });

  return mountTestPlugin(
    { server, origin, mountPath, publicUrl, plugin, database, logs, signingKey, clock },
    () => database.drop(),
  );
}

type TestPluginParts = Omit<TestPlugin, 'kind' | 'acsUrl' | 'spEntityId' | 'close'>;

/**
 * Mounts the plugin on its server as a host would, and describes it as the helpers expect;
 * close() stops the server and the plugin, then runs `afterClose` (dropping the database).
 */
export function mountTestPlugin(
  parts: TestPluginParts,
  afterClose: () => Promise<void> = async () => {},
): TestPlugin {
  const { server, plugin, publicUrl } = parts;
  const host = express();
  host.use(parts.mountPath, plugin);
  server.on('request', host);

  return {
    ...parts,
    kind: parts.database.kind,
    acsUrl: `${publicUrl}${manifest.sso.assertionConsumerPath}`,
    spEntityId: `${publicUrl}${manifest.sso.metadataPath}`,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await plugin.mentormatch.close();
      await afterClose();
    },
  };
}

/** A path under the plugin's mount point. */
export function at(test: TestPlugin, path: string): string {
  return `${test.mountPath === '/' ? '' : test.mountPath}${path}`;
}
