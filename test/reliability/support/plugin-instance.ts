/**
 * One instance of the plugin as a host runs it in production: made by the factory from
 * settings alone (it opens its own database pool), mounted on its own HTTP server. Several
 * instances can share one database, one public URL (their load balancer's) and one session
 * secret. The result has the TestPlugin shape, so the SAML and partnership helpers work on it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { createMentorMatch } from '../../../src/create-mentormatch';
import { manifest } from '../../../src/manifest';
import type { TestDatabase } from '../../support/databases';
import {
  IDP_ENTITY_ID,
  IDP_SSO_URL,
  mountTestPlugin,
  testSigningKey,
  type LogRecord,
  type TestPlugin,
} from '../../support/plugin';

export const SESSION_SECRET = 'reliability-secret-shared-by-every-instance';

export interface InstanceOptions {
  /** The load balancer's address that every instance answers for; this server's otherwise. */
  publicUrl?: string;
  clock?: { now: number };
  settings?: Record<string, unknown>;
  /** Only the first instance on a database needs to migrate it. */
  runMigrations?: boolean;
}

/** Starts an instance; its close() stops the server and the plugin, not the database. */
export async function startInstance(
  database: TestDatabase,
  options: InstanceOptions = {},
): Promise<TestPlugin> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mountPath = manifest.mountPath;
  const publicUrl = options.publicUrl ?? `${origin}${mountPath}`;
  const logs: LogRecord[] = [];
  const clock = options.clock ?? { now: Date.now() };
  const signingKey = testSigningKey();

  const plugin = await createMentorMatch({
    settings: {
      publicUrl,
      sessionSecret: SESSION_SECRET,
      database: database.settings,
      saml: {
        idpSsoUrl: IDP_SSO_URL,
        idpEntityId: IDP_ENTITY_ID,
        idpCertificates: [signingKey.certificatePem],
      },
      jobs: { enabled: false },
      ...options.settings,
    },
    logger: pino({ level: 'info' }, { write: (line: string) => logs.push(JSON.parse(line)) }),
    now: () => clock.now,
    runMigrations: options.runMigrations ?? true,
  });

  return mountTestPlugin({
    server,
    origin,
    mountPath,
    publicUrl,
    plugin,
    database,
    logs,
    signingKey,
    clock,
  });
}
