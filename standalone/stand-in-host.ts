/**
 * The stand-in host: what `npm start` runs. A portal page, an identity provider that signs
 * real SAML responses for the sample members, a mailbox that catches every email over SMTP,
 * and MentorMatch mounted through its public factory, exactly as a real host would do it.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { createMentorMatch, manifest, type MentorMatchApp } from '../src';
import { stopServerAndPlugin, type StopOptions } from '../src/cli/graceful-stop';
import type { Logger } from '../src/logging/logger';
import type { RateLimitRule } from '../src/web/rate-limit';
import { createIdentityProviderRouter } from './identity-provider/identity-provider-router';
import { SAMPLE_MEMBERS } from './identity-provider/sample-members';
import { loadOrCreateSigningKey } from './identity-provider/signing-key';
import { createMailboxRouter } from './mailbox/mailbox-router';
import { startMailboxSmtpServer } from './mailbox/mailbox-smtp-server';
import { renderPortalPage } from './portal/portal-page';

export interface StandInHostOptions {
  /** 0 picks a free port. */
  port: number;
  dataDirectory: string;
  logger: Logger;
  /** Where browsers reach the host; defaults to http://localhost:PORT. */
  origin?: string;
  /** Extra plugin settings, e.g. a MySQL database. */
  settings?: Record<string, unknown>;
  /** Raises the sign-in rate limit, e.g. for a load test that signs many members in. */
  signInRateLimit?: RateLimitRule;
}

export type { StopOptions };

export interface StandInHost {
  origin: string;
  plugin: MentorMatchApp;
  /** Stops gracefully: see StopOptions. */
  close(options?: StopOptions): Promise<void>;
}

/** A session secret kept in the data folder, so that a restart does not sign everyone out. */
function persistentSecret(dataDirectory: string): string {
  const file = path.join(dataDirectory, 'session-secret');
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, crypto.randomBytes(32).toString('hex'), { mode: 0o600 });
  }
  return fs.readFileSync(file, 'utf8').trim();
}

export async function startStandInHost(options: StandInHostOptions): Promise<StandInHost> {
  const { dataDirectory, logger } = options;
  fs.mkdirSync(dataDirectory, { recursive: true });

  // Listen first: with port 0 the origin, which the SAML settings need, is known only then.
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port, resolve));
  const port = (server.address() as AddressInfo).port;
  const origin = options.origin ?? `http://localhost:${port}`;
  const idpEntityId = `${origin}/idp`;
  const mailboxDirectory = path.join(dataDirectory, 'mailbox');
  const signingKey = loadOrCreateSigningKey(path.join(dataDirectory, 'idp'), 'Stand-in portal IdP');
  const smtp = await startMailboxSmtpServer({ directory: mailboxDirectory, port: 0 });

  const plugin = await createMentorMatch({
    settings: {
      publicUrl: `${origin}${manifest.mountPath}`,
      sessionSecret: persistentSecret(dataDirectory),
      database: { client: 'sqlite', filename: path.join(dataDirectory, 'mentormatch.sqlite') },
      saml: {
        idpSsoUrl: `${idpEntityId}/sso`,
        idpEntityId,
        idpCertificates: [signingKey.certificatePem],
      },
      mail: { host: '127.0.0.1', port: smtp.port, secure: false },
      ...options.settings,
    },
    logger,
    runMigrations: true,
    signInRateLimit: options.signInRateLimit,
  }).catch(async (err: unknown) => {
    server.close();
    await smtp.close();
    throw err;
  });

  const host = express();
  host.disable('x-powered-by');
  host.get('/', (_req, res) => {
    res.type('html').send(renderPortalPage({
      navigationLabel: manifest.navigation.label,
      pluginPath: `${manifest.mountPath}${manifest.navigation.path}`,
      healthPath: `${manifest.mountPath}${manifest.healthPath}`,
      mailboxPath: '/mailbox',
      idpMetadataPath: '/idp/metadata',
    }));
  });
  host.use('/idp', createIdentityProviderRouter({
    entityId: idpEntityId,
    signingKey,
    members: SAMPLE_MEMBERS,
    baseUrl: `${origin}/idp`,
    trustedServiceProviders: (acsUrl) => acsUrl.startsWith(`${origin}/`),
    onError: (err) => logger.error({ err, event: 'idp_error' }),
  }));
  host.use('/mailbox', createMailboxRouter({ directory: mailboxDirectory }));
  host.use(manifest.mountPath, plugin);

  server.on('request', host);

  return {
    origin,
    plugin,
    async close(stop: StopOptions = {}) {
      await stopServerAndPlugin(server, plugin, stop);
      await smtp.close();
    },
  };
}
