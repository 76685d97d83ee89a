/**
 * Message catalogues, English and French. Every user-facing string comes from here, looked
 * up by key with named parameters (`{name}`). A key missing from the asked locale's catalogue
 * throws rather than falling back to English, so that tests catch an untranslated string.
 */
import { en, type MessageKey } from './messages/en';
import { fr } from './messages/fr';

export type Locale = 'en' | 'fr';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const SUPPORTED_LOCALES: Locale[] = ['en', 'fr'];

const CATALOGUES: Record<Locale, Record<string, string>> = { en, fr };

export class MissingMessageError extends Error {
  constructor(locale: string, key: string) {
    super(`Message "${key}" is missing from the ${locale} catalogue`);
  }
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in (CATALOGUES[locale] ?? {});
}

/** Every key of a locale's catalogue, for tests that compare catalogues. */
export function messageKeys(locale: Locale): string[] {
  return Object.keys(CATALOGUES[locale]);
}

/** Looks up a message and fills its parameters; values are inserted as given (views escape). */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = CATALOGUES[locale]?.[key];
  if (template === undefined) throw new MissingMessageError(locale, key);

  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatValue(locale, params[name]) : whole,
  );
}

function formatValue(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? formatNumber(locale, value) : value;
}

const NUMBER_FORMATS: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en-CA'),
  fr: new Intl.NumberFormat('fr-CA'),
};

/**
 * A number as written in Canada in that language: 12,345.6 in English, 12 345,6 in French
 * (a no-break space between thousands, so that a figure never breaks across lines).
 */
export function formatNumber(locale: Locale, value: number): string {
  return NUMBER_FORMATS[locale].format(value);
}

/** The supported locale a language tag names ('fr-CA' gives 'fr'); English otherwise. */
export function pickLocale(requested: string | null | undefined): Locale {
  const short = (requested ?? '').slice(0, 2).toLowerCase();
  return (SUPPORTED_LOCALES as string[]).includes(short) ? (short as Locale) : 'en';
}

// Made once: building a DateTimeFormat costs far more than formatting with it, and a page
// may show dozens of dates.
const DATE_FORMATS: Record<Locale, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'America/Toronto' }),
  fr: new Intl.DateTimeFormat('fr-CA', { dateStyle: 'long', timeZone: 'America/Toronto' }),
};

/** Formats a timestamp (ms) as a date for the locale, in Ontario's time zone. */
export function formatDate(locale: Locale, ms: number): string {
  return DATE_FORMATS[locale].format(new Date(ms));
}
