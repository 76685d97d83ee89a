/**
 * Settings an LMS administrator configures, checked against the JSON Schema in the manifest.
 * Invalid settings throw a SettingsError naming each setting and what is wrong; the plugin never
 * exits the host's process.
 */
import Ajv from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { manifest } from '../manifest';

export interface SamlAttributeNames {
  email: string;
  givenName: string;
  surname: string;
  membershipStatus: string;
  memberType: string;
  institution: string;
  roles: string;
  preferredLanguage: string;
}

export interface MentorMatchSettings {
  publicUrl: string;
  sessionSecret?: string;
  database: { client: 'sqlite' | 'mysql'; filename: string; url?: string; poolMax: number };
  saml: {
    idpSsoUrl: string;
    idpCertificates: string[];
    idpEntityId: string;
    spEntityId?: string;
    clockSkewSeconds: number;
    requestTtlSeconds: number;
    adminRole: string;
    attributes: SamlAttributeNames;
    activeMembershipValues: string[];
  };
  mail: {
    smtpUrl?: string;
    host?: string;
    port?: number;
    secure?: boolean;
    user?: string;
    password?: string;
    fromAddress: string;
    fromName: string;
    replyTo?: string;
    mailboxDirectory: string;
  };
  session: { idleTimeoutMinutes: number; absoluteTimeoutHours: number };
  jobs: { enabled: boolean; pollIntervalMs: number };
}

/** Raised for settings that do not fit the schema; `problems` lists one line per setting. */
export class SettingsError extends Error {
  constructor(readonly problems: string[]) {
    super(`MentorMatch settings are invalid:\n- ${problems.join('\n- ')}`);
    this.name = 'SettingsError';
  }
}

// Sub-objects default to {} so that their own property defaults apply.
const OBJECT_SECTIONS = ['database', 'mail', 'session', 'jobs'] as const;

function createValidator() {
  const ajv = new Ajv({ useDefaults: true, allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(manifest.settingsSchema);
}

let validator: ReturnType<typeof createValidator> | undefined;

function describeProblem(error: { instancePath: string; message?: string; params: object }) {
  const setting = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(settings)';
  const extra = 'additionalProperty' in error.params ? ` (${error.params.additionalProperty})` : '';
  return `${setting}: ${error.message ?? 'is invalid'}${extra}`;
}

/** Validates raw settings, fills in documented defaults and returns a typed copy. */
export function parseSettings(raw: unknown): MentorMatchSettings {
  const copy = structuredClone(raw ?? {}) as Record<string, unknown>;
  for (const section of OBJECT_SECTIONS) copy[section] ??= {};
  const saml = copy.saml as Record<string, unknown> | undefined;
  if (saml && typeof saml === 'object') saml.attributes ??= {};

  validator ??= createValidator();
  if (!validator(copy)) {
    throw new SettingsError((validator.errors ?? []).map(describeProblem));
  }

  const settings = copy as unknown as MentorMatchSettings;
  if (settings.database.client === 'mysql' && !settings.database.url) {
    throw new SettingsError(['database.url: is required when database.client is "mysql"']);
  }
  settings.publicUrl = settings.publicUrl.replace(/\/+$/, '');
  return settings;
}

/**
 * True when raw settings name `mail.mailboxDirectory` themselves: mail to .eml files is then
 * what the host wants, not the default that stands in for a forgotten SMTP server.
 */
export function mailboxDirectoryChosen(raw: unknown): boolean {
  const mail = (raw as { mail?: unknown } | null | undefined)?.mail;
  return typeof mail === 'object' && mail !== null && 'mailboxDirectory' in mail;
}

/** Our SAML entity id: the configured one, or the metadata URL. */
export function spEntityId(settings: MentorMatchSettings): string {
  return settings.saml.spEntityId ?? `${settings.publicUrl}${manifest.sso.metadataPath}`;
}

/** Absolute URL of a plugin path, built from the public URL setting. */
export function absoluteUrl(settings: MentorMatchSettings, path: string): string {
  return `${settings.publicUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
