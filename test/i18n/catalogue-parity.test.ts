import {
  formatDate,
  formatNumber,
  messageKeys,
  MissingMessageError,
  pickLocale,
  translate,
} from '../../src/i18n/catalogue';
import { cataloguePairs, parametersOf } from './catalogue-files';

/** The words of a message, leaving its parameters out. */
function wordsIn(message: string): number {
  return message.replace(/\{\w+\}/g, ' ').split(/\s+/).filter((word) => /\p{L}{2}/u.test(word))
    .length;
}

/** 3 December 2026, 15:00 in Toronto. */
const DECEMBER_THIRD = Date.UTC(2026, 11, 3, 20, 0);

describe('the French catalogue', () => {
  const pairs = cataloguePairs();

  it('has one French file for every English file', () => {
    const missing = pairs.filter((pair) => !pair.french).map((pair) => `fr-${pair.part}.ts`);

    expect(missing).toEqual([]);
  });

  it.each(pairs.map((pair) => [pair.part, pair] as const))(
    'translates every English key of %s, and only those',
    (_part, pair) => {
      const french = pair.french ?? {};
      const english = Object.keys(pair.english);

      expect(english.filter((key) => !(key in french))).toEqual([]);
      expect(Object.keys(french).filter((key) => !(key in pair.english))).toEqual([]);
    },
  );

  it.each(pairs.map((pair) => [pair.part, pair] as const))(
    'keeps the parameters of every %s message',
    (_part, pair) => {
      const differing = Object.entries(pair.english)
        .filter(([key]) => pair.french && key in pair.french)
        .filter(([key, english]) =>
          parametersOf(english).join() !== parametersOf(pair.french![key]).join())
        .map(([key]) => key);

      expect(differing).toEqual([]);
    },
  );

  it('assembles the same keys as the English catalogue', () => {
    expect(messageKeys('fr').sort()).toEqual(messageKeys('en').sort());
  });

  it('words every sentence in French rather than copying the English', () => {
    const copied = pairs.flatMap((pair) =>
      Object.entries(pair.english)
        .filter(([key, english]) => wordsIn(english) >= 3 && pair.french?.[key] === english)
        .map(([key]) => key));

    expect(copied).toEqual([]);
  });

  it('throws on a key that a catalogue lacks, instead of showing English', () => {
    expect(() => translate('fr', 'no.such.key')).toThrow(MissingMessageError);
  });
});

describe('numbers, dates and language tags', () => {
  it('writes numbers as Canadians do in each language', () => {
    expect(formatNumber('en', 12500)).toBe('12,500');
    expect(formatNumber('fr', 12500)).toBe('12\u00a0500');
    expect(translate('fr', 'admin.approvals.count', { count: 1200 })).toBe(
      'Rôles en attente : 1\u00a0200',
    );
  });

  it('writes dates for en-CA and fr-CA, in Ontario time', () => {
    expect(formatDate('en', DECEMBER_THIRD)).toBe('December 3, 2026');
    expect(formatDate('fr', DECEMBER_THIRD)).toBe('3 décembre 2026');
  });

  it('picks French for any French tag and English for anything it does not know', () => {
    expect(pickLocale('fr-CA')).toBe('fr');
    expect(pickLocale('FR')).toBe('fr');
    expect(pickLocale('de')).toBe('en');
    expect(pickLocale(null)).toBe('en');
  });
});
