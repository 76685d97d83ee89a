#!/usr/bin/env node
/**
 * `mentormatch-serve`: MentorMatch in production as a server of its own. A plain Express host
 * mounts the plugin at the manifest's mount path and listens on PORT (3000 by default), with
 * the settings from the JSON file named by MENTORMATCH_SETTINGS_FILE. Pending migrations are
 * applied at start only when MENTORMATCH_RUN_MIGRATIONS is true; otherwise the plugin refuses
 * to start on them. Nothing of the stand-in host (its demo identity provider, its mailbox)
 * runs here. SIGTERM and SIGINT stop it gracefully (see graceful-stop.ts).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createMentorMatch } from '../create-mentormatch';
import { createLogger, type Logger } from '../logging/logger';
import { manifest } from '../manifest';
import { exitOnStopSignal, stopGraceMs, stopServerAndPlugin } from './graceful-stop';
import { readSettingsFile } from './settings-file';

/** PORT: 3000 when unset; 0 picks a free port. */
function listenPort(env: NodeJS.ProcessEnv): number {
  const value = env.PORT;
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number: ${value}`);
  }
  return port;
}

/** MENTORMATCH_RUN_MIGRATIONS: off unless "true" or "1"; anything unexpected is refused. */
function runMigrationsFlag(env: NodeJS.ProcessEnv): boolean {
  const value = (env.MENTORMATCH_RUN_MIGRATIONS ?? '').trim().toLowerCase();
  if (value === 'true' || value === '1') return true;
  if (value === '' || value === 'false' || value === '0') return false;
  throw new Error(`MENTORMATCH_RUN_MIGRATIONS must be true or false: ${value}`);
}

function listen(server: http.Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

async function main(logger: Logger) {
  // Every setting is read and checked before anything is opened.
  const settings = readSettingsFile(process.env, { required: true });
  const port = listenPort(process.env);
  const runMigrations = runMigrationsFlag(process.env);
  const graceMs = stopGraceMs(process.env);

  const plugin = await createMentorMatch({ settings, logger, runMigrations });
  const host = express();
  host.disable('x-powered-by');
  host.use(manifest.mountPath, plugin);
  const server = http.createServer(host);
  try {
    await listen(server, port);
  } catch (err) {
    await plugin.mentormatch.close();
    throw err;
  }

  const address = server.address() as AddressInfo;
  logger.info({ event: 'server_started', port: address.port, mount_path: manifest.mountPath });
  exitOnStopSignal({
    logger,
    process: 'server',
    graceMs,
    close: (stop) => stopServerAndPlugin(server, plugin, stop),
  });
}

const logger = createLogger();
main(logger).catch((err: unknown) => {
  logger.fatal({ event: 'server_start_failed', err });
  process.exit(1);
});
