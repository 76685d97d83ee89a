/**
 * What the French tests share: the catalogue files side by side, the parameters of a message,
 * and a finder for English text that leaked into a page or email meant to be in French.
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';
import { en } from '../../src/i18n/messages/en';
import { fr } from '../../src/i18n/messages/fr';

export const MESSAGES_DIR = path.join(packageRoot(), 'src', 'i18n', 'messages');

export interface CataloguePair {
  part: string;
  english: Record<string, string>;
  french: Record<string, string> | undefined;
}

/** The one object a catalogue file exports. */
function catalogueIn(file: string): Record<string, string> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const exported = Object.values(require(file) as Record<string, unknown>);
  if (exported.length !== 1) throw new Error(`${file} should export one catalogue`);
  return exported[0] as Record<string, string>;
}

/** Each en-PART.ts with its fr-PART.ts (undefined when the French file is missing). */
export function cataloguePairs(): CataloguePair[] {
  return fs
    .readdirSync(MESSAGES_DIR)
    .filter((file) => /^en-[a-z-]+\.ts$/.test(file))
    .map((file) => {
      const part = file.slice('en-'.length, -'.ts'.length);
      const frenchFile = path.join(MESSAGES_DIR, `fr-${part}.ts`);
      return {
        part,
        english: catalogueIn(path.join(MESSAGES_DIR, file)),
        french: fs.existsSync(frenchFile) ? catalogueIn(frenchFile) : undefined,
      };
    });
}

/** The `{name}` parameters of a message, sorted. */
export function parametersOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

/**
 * English sentences that a French page must not show: the literal parts, 16 characters or
 * longer, of every English message that French words differently. Shorter parts ("Mentor",
 * "Communication") are the same word in both languages, or too common to tell. Messages whose
 * keys `except` matches are allowed, and so is any part of them that another message repeats.
 */
function englishOnlyFragments(except?: RegExp): string[] {
  const fragments = new Set<string>();
  const allowed = Object.entries(en).filter(([key]) => except?.test(key)).map(([, text]) => text);
  for (const [key, english] of Object.entries(en)) {
    if (fr[key] === english) continue;
    for (const part of english.split(/\{\w+\}/)) {
      const trimmed = part.trim();
      if (trimmed.length < 16 || fr[key]?.includes(trimmed)) continue;
      if (!allowed.some((text) => text.includes(trimmed))) fragments.add(trimmed);
    }
  }
  return [...fragments];
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#39;': "'",
  '&#x3D;': '=', '&#x60;': '`',
};

/**
 * The English-only fragments in `html`'s text and in the attributes people hear or see;
 * `except` leaves out the messages whose keys it matches.
 */
export function englishIn(html: string, except?: RegExp): string[] {
  const spoken = /\b(?:aria-label|title|alt|placeholder|data-[\w-]+)="([^"]*)"/g;
  const attributes = [...html.matchAll(spoken)].map((match) => match[1]);
  const text = [html.replace(/<[^>]*>/g, ' '), ...attributes]
    .join(' ')
    .replace(/&(amp|lt|gt|quot|#x27|#39|#x3D|#x60);/g, (entity) => ENTITIES[entity])
    .replace(/\s+/g, ' ');
  return englishOnlyFragments(except).filter((fragment) => text.includes(fragment));
}
