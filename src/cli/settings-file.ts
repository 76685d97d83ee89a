/**
 * The settings file the command-line tools share: a JSON file named by
 * MENTORMATCH_SETTINGS_FILE, holding the plugin's settings as the manifest's schema describes
 * them. The factory checks them; this module only reads the file.
 */
import fs from 'node:fs';
import type { MentorMatchSettings } from '../config/settings';
import { manifest } from '../manifest';

export const SETTINGS_FILE_VARIABLE = 'MENTORMATCH_SETTINGS_FILE';

/** Raised when the settings file is missing, unreadable or not a JSON object. */
export class SettingsFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SettingsFileError';
  }
}

/** The file's raw settings; {} when no file is named and `required` is false. */
export function readSettingsFile(
  env: NodeJS.ProcessEnv = process.env,
  { required = false } = {},
): Record<string, unknown> {
  const file = env[SETTINGS_FILE_VARIABLE];
  if (!file) {
    if (required) throw new SettingsFileError(`${SETTINGS_FILE_VARIABLE} is not set`);
    return {};
  }

  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new SettingsFileError(`cannot read ${file}: ${(err as Error).message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SettingsFileError(`${file} must hold one JSON object`);
  }
  return raw as Record<string, unknown>;
}

/**
 * The database part of raw settings with the schema's defaults, for tools that need only a
 * connection (migrations) and so do not check the rest.
 */
export function databaseSettingsOf(
  raw: Record<string, unknown>,
  poolMax: number,
): MentorMatchSettings['database'] {
  const database = (raw.database ?? {}) as Record<string, unknown>;
  const schema = manifest.settingsSchema.properties.database.properties;
  return {
    client: (database.client ?? schema.client.default) as 'sqlite' | 'mysql',
    filename: (database.filename ?? schema.filename.default) as string,
    url: database.url as string | undefined,
    poolMax,
  };
}
