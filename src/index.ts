/** MentorMatch's public entry point for hosts. */
export { createMentorMatch } from './create-mentormatch';
export type { MentorMatchApp, MentorMatchOptions } from './create-mentormatch';
export { parseSettings, SettingsError } from './config/settings';
export type { MentorMatchSettings } from './config/settings';
export { openDatabase } from './db/database';
export { migrateLatest, migrateRollbackAll } from './db/migrations';
export { manifest } from './manifest';
