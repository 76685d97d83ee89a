/**
 * A program's own settings, their defaults and their limits. The defaults are the constants
 * the product ran on before programs had settings, so a program nobody has configured behaves
 * exactly as before. The name and the two contact addresses live on mm_programs, the
 * Mentoring Agreement in its versions table; everything else is one JSON document per program.
 */
import { SUPPORTED_LOCALES, type Locale } from '../i18n/catalogue';
import { CRITERIA, DEFAULT_MATCHING_SETTINGS, type MatchingWeights } from '../matching/engine';
import { PROFILE_LIMITS } from '../members/profile-options';
import { DEFAULT_PARTNERSHIP_SETTINGS } from '../partnerships/partnership-settings';

export interface ProgramSettings {
  /** Months a partnership runs from the second signature, unless a session sets its term. */
  partnershipTermMonths: number;
  /** Days before an unanswered partnership request expires. */
  requestExpiryDays: number;
  /** Days a partnership's shared documents are kept after it ends. */
  documentRetentionDays: number;
  /** The largest number of mentees a mentor may take at once. */
  maxMentorCapacity: number;
  matchingWeights: MatchingWeights;
  /** Hard rule: a mentor has at least this many more years of experience than the mentee. */
  minExperienceGap: number;
  /**
   * Optional text shown at the top of an email, by template name and language: the French
   * text goes to French readers, the English one to English readers. A language without a
   * text gets no introduction: the catalogue holds no default one.
   */
  emailIntroductions: Readonly<Record<string, EmailIntroduction>>;
}

/** An email's introduction in each language the administrator wrote it in. */
export type EmailIntroduction = Readonly<Partial<Record<Locale, string>>>;

export const DEFAULT_PROGRAM_SETTINGS: ProgramSettings = Object.freeze({
  partnershipTermMonths: DEFAULT_PARTNERSHIP_SETTINGS.termMonths,
  requestExpiryDays: DEFAULT_PARTNERSHIP_SETTINGS.requestExpiryDays,
  documentRetentionDays: DEFAULT_PARTNERSHIP_SETTINGS.documentRetentionDays,
  maxMentorCapacity: PROFILE_LIMITS.maxMentorCapacity,
  matchingWeights: DEFAULT_MATCHING_SETTINGS.weights,
  minExperienceGap: DEFAULT_MATCHING_SETTINGS.minExperienceGap,
  emailIntroductions: Object.freeze({}),
});

/** Inclusive bounds of each number an administrator may set. */
export const SETTING_LIMITS = {
  partnershipTermMonths: { min: 1, max: 36 },
  // The recipient is reminded a few days before expiry, so a request must live longer.
  requestExpiryDays: { min: DEFAULT_PARTNERSHIP_SETTINGS.requestReminderDaysBefore + 1, max: 90 },
  documentRetentionDays: { min: 0, max: 3650 },
  maxMentorCapacity: { min: 1, max: 20 },
  weight: { min: 0, max: 100 },
  // At least one year: the program's rule is that the mentor has more experience.
  minExperienceGap: { min: 1, max: 30 },
  nameLength: 191,
  emailLength: 191,
  adminRoleLength: 191,
  introductionLength: 1000,
  agreementTitleLength: 191,
  agreementBodyLength: 20_000,
} as const;

export const NUMBER_SETTINGS = [
  'partnershipTermMonths',
  'requestExpiryDays',
  'documentRetentionDays',
  'maxMentorCapacity',
] as const;

export type NumberSetting = (typeof NUMBER_SETTINGS)[number];

function withinLimits(value: unknown, limits: { min: number; max: number }): value is number {
  const number = value as number;
  return Number.isInteger(number) && number >= limits.min && number <= limits.max;
}

function storedWeights(value: unknown): MatchingWeights | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const weights = value as Record<string, unknown>;
  const valid = CRITERIA.every((c) => withinLimits(weights[c], SETTING_LIMITS.weight));
  if (!valid || CRITERIA.every((c) => weights[c] === 0)) return undefined;
  return Object.fromEntries(CRITERIA.map((c) => [c, weights[c]])) as MatchingWeights;
}

function storedIntroduction(value: unknown): EmailIntroduction {
  // Before introductions had languages, one text served both: it still does until edited.
  const stored = typeof value === 'string' ? { en: value, fr: value } : value;
  if (typeof stored !== 'object' || stored === null) return {};
  const texts = stored as Record<string, unknown>;
  const written = SUPPORTED_LOCALES.filter(
    (locale) => typeof texts[locale] === 'string' && (texts[locale] as string).trim() !== '',
  );
  return Object.fromEntries(written.map((locale) => [locale, texts[locale] as string]));
}

function storedIntroductions(value: unknown): Record<string, EmailIntroduction> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .map(([template, texts]) => [template, storedIntroduction(texts)] as const)
      .filter(([, texts]) => Object.keys(texts).length > 0),
  );
}

/**
 * The settings a stored document gives, over the defaults. A value that is missing or out of
 * bounds (written by an older version, or by hand) falls back to its default rather than
 * stopping the program.
 */
export function resolveProgramSettings(stored: unknown): ProgramSettings {
  const doc = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >;
  const settings: ProgramSettings = { ...DEFAULT_PROGRAM_SETTINGS };
  for (const name of NUMBER_SETTINGS) {
    if (withinLimits(doc[name], SETTING_LIMITS[name])) settings[name] = doc[name] as number;
  }
  if (withinLimits(doc.minExperienceGap, SETTING_LIMITS.minExperienceGap)) {
    settings.minExperienceGap = doc.minExperienceGap;
  }
  settings.matchingWeights = storedWeights(doc.matchingWeights) ?? settings.matchingWeights;
  settings.emailIntroductions = storedIntroductions(doc.emailIntroductions);
  return settings;
}
