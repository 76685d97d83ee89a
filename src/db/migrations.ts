/**
 * Runs the plugin's migrations against the host's database, tracked in our own migrations
 * table (named in the manifest) so that they never mix with the host's.
 */
import type { Knex } from 'knex';
import { migrations } from '../../migrations';
import { manifest } from '../manifest';
import type { Database } from './database';

export interface Migration {
  name: string;
  up(db: Knex): Promise<void>;
  down(db: Knex): Promise<void>;
}

class ListedMigrationSource implements Knex.MigrationSource<Migration> {
  async getMigrations() {
    return migrations;
  }
  getMigrationName(migration: Migration) {
    return migration.name;
  }
  async getMigration(migration: Migration) {
    return migration;
  }
}

function config(): Knex.MigratorConfig {
  return {
    migrationSource: new ListedMigrationSource(),
    tableName: manifest.migrations.tableName,
  };
}

/** Applies every pending migration; returns the names applied. */
export async function migrateLatest(db: Database): Promise<string[]> {
  const [, applied] = await db.migrate.latest(config());
  return applied;
}

/** Rolls back every migration, newest first. */
export async function migrateRollbackAll(db: Database): Promise<string[]> {
  const [, undone] = await db.migrate.rollback(config(), true);
  return undone;
}

/** Applies or undoes one migration at a time, for tests that walk the chain. */
export async function migrateUp(db: Database): Promise<void> {
  await db.migrate.up(config());
}

export async function migrateDown(db: Database): Promise<void> {
  await db.migrate.down(config());
}

export async function pendingMigrations(db: Database): Promise<string[]> {
  const [, pending] = (await db.migrate.list(config())) as [unknown, Migration[]];
  return pending.map((m) => ('name' in m ? m.name : String(m)));
}
