#!/usr/bin/env node
/**
 * `mentormatch-migrate [latest|rollback|status]`: runs MentorMatch's migrations against the
 * database named in the settings file (MENTORMATCH_SETTINGS_FILE, JSON), or the default
 * SQLite file when there is none. Hosts run this before mounting a new version.
 */
import { openDatabase } from '../db/database';
import { migrateLatest, migrateRollbackAll, pendingMigrations } from '../db/migrations';
import { databaseSettingsOf, readSettingsFile } from './settings-file';

async function main(command: string) {
  const db = openDatabase(databaseSettingsOf(readSettingsFile(), 1));
  try {
    if (command === 'latest') {
      const applied = await migrateLatest(db);
      process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'Up to date\n');
    } else if (command === 'rollback') {
      const undone = await migrateRollbackAll(db);
      process.stdout.write(`Rolled back: ${undone.join(', ') || 'nothing'}\n`);
    } else if (command === 'status') {
      const pending = await pendingMigrations(db);
      process.stdout.write(pending.length ? `Pending: ${pending.join(', ')}\n` : 'Up to date\n');
    } else {
      throw new Error(`unknown command "${command}" (use latest, rollback or status)`);
    }
  } finally {
    await db.destroy();
  }
}

main(process.argv[2] ?? 'latest').catch((err: unknown) => {
  process.stderr.write(`mentormatch-migrate: ${(err as Error).message}\n`);
  process.exitCode = 1;
});
