/**
 * Opens the Knex connection the plugin uses: an embedded SQLite file by default, MySQL 8 or
 * MariaDB 10.6+ in production. A host may pass its own Knex instance instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import knex, { Knex } from 'knex';
import type { MentorMatchSettings } from '../config/settings';

export type Database = Knex;

export function openDatabase(settings: MentorMatchSettings['database']): Database {
  if (settings.client === 'mysql') {
    return knex({
      client: 'mysql2',
      connection: settings.url,
      pool: { min: 0, max: settings.poolMax },
    });
  }

  if (settings.filename !== ':memory:') {
    fs.mkdirSync(path.dirname(path.resolve(settings.filename)), { recursive: true });
  }
  return knex({
    client: 'better-sqlite3',
    connection: { filename: settings.filename },
    useNullAsDefault: true,
    // One connection: better-sqlite3 is synchronous, and a single writer avoids SQLITE_BUSY.
    pool: {
      min: 1,
      max: 1,
      afterCreate(conn: { pragma(sql: string): unknown }, done: (err: Error | null) => void) {
        conn.pragma('journal_mode = WAL');
        conn.pragma('foreign_keys = ON');
        conn.pragma('busy_timeout = 5000');
        done(null);
      },
    },
  });
}

export function isMySql(db: Database): boolean {
  return db.client.config.client === 'mysql2' || db.client.config.client === 'mysql';
}

/** True when the database answers a trivial query. */
export async function databaseAnswers(db: Database): Promise<boolean> {
  try {
    await db.raw('select 1 as ok');
    return true;
  } catch {
    return false;
  }
}
