/**
 * A MariaDB server of the test's own (Debian's mariadbd), in a temporary data folder on a free
 * port, so that a test can kill it with SIGKILL and start it again on the same data without
 * touching the machine's server. Root signs in without a password (--skip-grant-tables), and
 * it listens on 127.0.0.1 only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { createMariaDb, type TestDatabase } from '../../support/databases';
import { freePort } from '../../support/smtp';

export interface PrivateMariaDb {
  /** mysql://root@127.0.0.1:PORT, without a database. */
  url: string;
  /** Starts the server on the same data folder and port; resolves once it answers. */
  start(): Promise<void>;
  /** SIGKILL, as a crash or a pulled plug would; resolves once the process is gone. */
  kill(): Promise<void>;
  /** Kills the server and removes its data folder. */
  destroy(): Promise<void>;
  createDatabase(name: string): Promise<TestDatabase>;
}

const SERVER = '/usr/sbin/mariadbd';
const INSTALL = '/usr/bin/mariadb-install-db';

/** Why a private server cannot run here, or null when it can. */
export function privateMariaDbUnavailable(): string | null {
  for (const program of [SERVER, INSTALL]) {
    if (!fs.existsSync(program)) return `${program} is not installed`;
  }
  return null;
}

export async function createPrivateMariaDb(): Promise<PrivateMariaDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-mariadb-'));
  const datadir = path.join(dir, 'data');
  const installed = spawnSync(
    INSTALL,
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      ...(process.getuid?.() === 0 ? ['--user=root'] : []),
    ],
    { encoding: 'utf8' },
  );
  if (installed.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`mariadb-install-db failed: ${installed.stderr || installed.stdout}`);
  }

  const port = await freePort();
  const url = `mysql://root@127.0.0.1:${port}`;
  let child: ChildProcess | undefined;

  const server: PrivateMariaDb = {
    url,
    async start() {
      child = spawn(SERVER, serverArguments(dir, datadir, port), { stdio: 'ignore' });
      await answers(url, 60_000);
    },
    async kill() {
      const running = child;
      child = undefined;
      if (!running || running.exitCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGKILL');
      await exited;
    },
    async destroy() {
      await server.kill();
      fs.rmSync(dir, { recursive: true, force: true });
    },
    createDatabase: (name) => createMariaDb(url, name, 5),
  };
  await server.start();
  return server;
}

function serverArguments(dir: string, datadir: string, port: number): string[] {
  return [
    '--no-defaults',
    `--datadir=${datadir}`,
    `--socket=${path.join(dir, 'mariadb.sock')}`,
    `--pid-file=${path.join(dir, 'mariadb.pid')}`,
    `--log-error=${path.join(dir, 'error.log')}`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    '--skip-grant-tables',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=32M',
    ...(process.getuid?.() === 0 ? ['--user=root'] : []),
  ];
}

/** Polls until the server accepts a query, or throws after `timeoutMs`. */
async function answers(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const probe = knex({ client: 'mysql2', connection: url, pool: { min: 0, max: 1 } });
    try {
      await probe.raw('select 1');
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await probe.destroy();
    }
  }
}
