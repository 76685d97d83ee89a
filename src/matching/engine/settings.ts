/** The program's matching settings: defaults, and a check that overrides make sense. */
import { CRITERIA, FOCUSES } from './types';
import type { Focus, MatchingSettings, MatchingWeights } from './types';

/** A pair that is perfect on every criterion scores this many points. */
export const SCORE_SCALE = 1000;

/**
 * Focus, location and experience weigh most, as the program committee asked; skills and
 * supervisory experience refine. See docs/matching.md for what each number does.
 */
export const DEFAULT_MATCHING_SETTINGS: MatchingSettings = Object.freeze({
  weights: Object.freeze({ focus: 30, location: 25, experience: 25, skills: 12, supervisory: 8 }),
  minExperienceGap: 3,
  fullExperienceGap: 10,
  nearFocusPairs: Object.freeze([
    Object.freeze(['college', 'university'] as const),
    Object.freeze(['public', 'school'] as const),
  ]),
  nearFocusShare: 0.5,
  halfScoreKm: 60,
  sameRegionShare: 0.3,
  onlineRelief: 0.6,
  fullSupervisoryYears: 5,
  spreadPenalty: 60,
});

export type MatchingSettingsOverrides = Partial<Omit<MatchingSettings, 'weights'>> & {
  weights?: Partial<MatchingWeights>;
};

/** The defaults with the program's overrides applied; throws a RangeError on a bad value. */
export function matchingSettings(overrides: MatchingSettingsOverrides = {}): MatchingSettings {
  const settings: MatchingSettings = {
    ...DEFAULT_MATCHING_SETTINGS,
    ...overrides,
    weights: { ...DEFAULT_MATCHING_SETTINGS.weights, ...overrides.weights },
  };
  assertValidSettings(settings);
  return settings;
}

/** Throws a RangeError naming the first setting the engine cannot work with. */
export function assertValidSettings(settings: MatchingSettings): void {
  for (const criterion of CRITERIA) {
    requireNumber(`weights.${criterion}`, settings.weights[criterion], 0, Infinity);
  }
  if (CRITERIA.every((criterion) => settings.weights[criterion] === 0)) {
    throw new RangeError('matching setting weights: at least one weight must be above 0');
  }

  requireNumber('minExperienceGap', settings.minExperienceGap, 0, Infinity);
  requireNumber('fullExperienceGap', settings.fullExperienceGap, Number.MIN_VALUE, Infinity);
  requireNumber('nearFocusShare', settings.nearFocusShare, 0, 1);
  requireNumber('halfScoreKm', settings.halfScoreKm, Number.MIN_VALUE, Infinity);
  requireNumber('sameRegionShare', settings.sameRegionShare, 0, 1);
  requireNumber('onlineRelief', settings.onlineRelief, 0, 1);
  requireNumber('fullSupervisoryYears', settings.fullSupervisoryYears, Number.MIN_VALUE, Infinity);
  requireNumber('spreadPenalty', settings.spreadPenalty, 0, Infinity);
  settings.nearFocusPairs.forEach(([a, b], i) => {
    if (!isFocus(a) || !isFocus(b)) {
      throw new RangeError(`matching setting nearFocusPairs[${i}]: unknown focus`);
    }
  });
}

function requireNumber(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || Number.isNaN(value) || value < min || value > max) {
    throw new RangeError(`matching setting ${name}: expected a number from ${min} to ${max}`);
  }
}

function isFocus(value: unknown): value is Focus {
  return (FOCUSES as readonly unknown[]).includes(value);
}
