/**
 * Message catalogues. Every user-facing string comes from here, looked up by key with named
 * parameters (`{name}`). A key missing from a catalogue throws, so that tests catch it.
 */
import { en, type MessageKey } from './messages/en';

export type Locale = 'en' | 'fr';
export type { MessageKey };
export type MessageParams = Record<string, string | number>;

export const SUPPORTED_LOCALES: Locale[] = ['en'];

const CATALOGUES: Record<string, Record<string, string>> = { en };

export class MissingMessageError extends Error {
  constructor(locale: string, key: string) {
    super(`Message "${key}" is missing from the ${locale} catalogue`);
  }
}

export function hasMessage(locale: Locale, key: string): boolean {
  return key in (CATALOGUES[locale] ?? {});
}

/** Looks up a message and fills its parameters; values are inserted as given (views escape). */
export function translate(locale: Locale, key: string, params: MessageParams = {}): string {
  const template = CATALOGUES[locale]?.[key] ?? CATALOGUES.en[key];
  if (template === undefined) throw new MissingMessageError(locale, key);

  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatValue(locale, params[name]) : whole,
  );
}

function formatValue(locale: Locale, value: string | number): string {
  return typeof value === 'number' ? value.toLocaleString(`${locale}-CA`) : value;
}

export function pickLocale(requested: string | null | undefined): Locale {
  const short = (requested ?? '').slice(0, 2).toLowerCase();
  return (SUPPORTED_LOCALES as string[]).includes(short) ? (short as Locale) : 'en';
}

/** Formats a timestamp (ms) as a date for the locale, in Ontario's time zone. */
export function formatDate(locale: Locale, ms: number): string {
  return new Intl.DateTimeFormat(`${locale}-CA`, {
    dateStyle: 'long',
    timeZone: 'America/Toronto',
  }).format(new Date(ms));
}
