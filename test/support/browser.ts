/**
 * Headless Chromium from Debian's package, driven by playwright-core. Nothing downloads a
 * browser here; the flags keep Chromium from reaching for the network on its own.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import pino from 'pino';
import { startStandInHost, type StandInHost } from '../../standalone/stand-in-host';

export const CHROMIUM = process.env.MENTORMATCH_CHROMIUM ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface RunningHost {
  host: StandInHost;
  dataDirectory: string;
  close(): Promise<void>;
}

/** The stand-alone host as `npm start` runs it, on a free port with its own data folder. */
export async function startHostForBrowser(
  settings: Record<string, unknown> = {},
): Promise<RunningHost> {
  const dataDirectory = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-browser-'));
  const host = await startStandInHost({
    port: 0,
    dataDirectory,
    logger: pino({ level: 'silent' }),
    settings: { jobs: { enabled: true, pollIntervalMs: 100 }, ...settings },
  });
  return {
    host,
    dataDirectory,
    async close() {
      await host.close();
      fs.rmSync(dataDirectory, { recursive: true, force: true });
    },
  };
}
