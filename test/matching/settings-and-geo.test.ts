import { generatePopulation, ONTARIO_PLACES } from '../../bench/population';
import {
  DEFAULT_MATCHING_SETTINGS,
  haversineKm,
  matchingSettings,
  prepareMatching,
  buildExclusions,
} from '../../src/matching/engine';
import { chordToKm, EARTH_RADIUS_KM } from '../../src/matching/engine/geo';

describe('matching settings', () => {
  it('fill what the program leaves out with the defaults', () => {
    const settings = matchingSettings({ minExperienceGap: 5, weights: { skills: 20 } });

    expect(settings.minExperienceGap).toBe(5);
    expect(settings.weights).toEqual({ ...DEFAULT_MATCHING_SETTINGS.weights, skills: 20 });
    expect(settings.halfScoreKm).toBe(DEFAULT_MATCHING_SETTINGS.halfScoreKm);
  });

  it('weigh focus, location and experience most by default', () => {
    const { focus, location, experience, skills, supervisory } = DEFAULT_MATCHING_SETTINGS.weights;

    expect(Math.min(focus, location, experience)).toBeGreaterThan(Math.max(skills, supervisory));
  });

  it.each([
    [{ weights: { focus: -1 } }, /weights.focus/],
    [
      { weights: { focus: 0, location: 0, experience: 0, skills: 0, supervisory: 0 } },
      /at least one/,
    ],
    [{ halfScoreKm: 0 }, /halfScoreKm/],
    [{ onlineRelief: 1.5 }, /onlineRelief/],
    [{ nearFocusPairs: [['college', 'archive']] }, /nearFocusPairs\[0\]/],
  ])('refuse a setting the engine cannot work with (%j)', (overrides, message) => {
    expect(() => matchingSettings(overrides as never)).toThrow(message);
  });
});

describe('distances', () => {
  it('measure Toronto to Ottawa along the ground', () => {
    const toronto = ONTARIO_PLACES.find((p) => p.name === 'Toronto')!;
    const ottawa = ONTARIO_PLACES.find((p) => p.name === 'Ottawa')!;

    expect(haversineKm(toronto, ottawa)).toBeCloseTo(352, 0);
  });

  it('agree with the arcsine to within a metre across the province and beyond', () => {
    for (let chord = 0; chord <= 0.7; chord += 0.001) {
      const exact = 2 * EARTH_RADIUS_KM * Math.asin(chord / 2);
      expect(Math.abs(chordToKm(chord) - exact)).toBeLessThan(0.001);
    }
  });
});

describe('the synthetic population', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(generatePopulation(200, 1)).toEqual(generatePopulation(200, 1));
    expect(generatePopulation(200, 2)).not.toEqual(generatePopulation(200, 1));
  });

  it('prepares without complaint and puts most members in a pool', () => {
    const { profiles, excludedPairs } = generatePopulation(2000, 3);
    const run = prepareMatching(profiles, {
      settings: DEFAULT_MATCHING_SETTINGS,
      exclusions: buildExclusions(excludedPairs),
    });

    expect(run.cohort.mentors.member.length).toBeGreaterThan(800);
    expect(run.cohort.mentees.member.length).toBeGreaterThan(1000);
  });

  it('refuses a cohort with a member twice', () => {
    const { profiles } = generatePopulation(3, 1);
    const context = { settings: DEFAULT_MATCHING_SETTINGS, exclusions: buildExclusions([]) };

    expect(() => prepareMatching([...profiles, profiles[0]], context)).toThrow(/appears twice/);
  });
});
