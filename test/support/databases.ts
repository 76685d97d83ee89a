/**
 * Real databases for tests: a fresh SQLite file in a temp folder, or a fresh MariaDB database
 * on 127.0.0.1:3306 (root, no password, as on every developer and CI machine). Each suite
 * gets its own and drops it afterwards.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { openDatabase, type Database } from '../../src/db/database';

export type DatabaseKind = 'sqlite' | 'mariadb';

export const MARIADB_URL = process.env.MENTORMATCH_TEST_MARIADB_URL ?? 'mysql://root@127.0.0.1:3306';

/** The kinds every database test runs on; MariaDB can be left out only on purpose. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.MENTORMATCH_TEST_SKIP_MARIADB === '1' ? ['sqlite'] : ['sqlite', 'mariadb'];
}

export interface TestDatabase {
  kind: DatabaseKind;
  db: Database;
  settings: { client: 'sqlite' | 'mysql'; filename?: string; url?: string };
  drop(): Promise<void>;
}

/** A fresh database on a MariaDB server (by default the machine's own), dropped by drop(). */
export async function createMariaDb(
  serverUrl = MARIADB_URL,
  name = `mm_test_${crypto.randomBytes(6).toString('hex')}`,
  poolMax = 10,
): Promise<TestDatabase> {
  const admin = knex({ client: 'mysql2', connection: serverUrl });
  await admin.raw(`create database \`${name}\` character set utf8mb4 collate utf8mb4_unicode_ci`);
  await admin.destroy();

  const url = `${serverUrl}/${name}`;
  const db = openDatabase({ client: 'mysql', url, filename: '', poolMax });
  return {
    kind: 'mariadb',
    db,
    settings: { client: 'mysql', url },
    async drop() {
      await db.destroy();
      const cleanup = knex({ client: 'mysql2', connection: serverUrl });
      await cleanup.raw(`drop database if exists \`${name}\``);
      await cleanup.destroy();
    },
  };
}

function createSqlite(): TestDatabase {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-test-'));
  const filename = path.join(dir, 'test.sqlite');
  const db = openDatabase({ client: 'sqlite', filename, poolMax: 1 });
  return {
    kind: 'sqlite',
    db,
    settings: { client: 'sqlite', filename },
    async drop() {
      await db.destroy();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  return kind === 'mariadb' ? createMariaDb() : createSqlite();
}
