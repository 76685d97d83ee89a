import { exampleMentee, exampleProfile, generatePopulation, Random } from '../../bench/population';
import {
  buildExclusions,
  CRITERIA,
  DEFAULT_MATCHING_SETTINGS,
  haversineKm,
  matchingSettings,
  prepareMatching,
  SCORE_SCALE,
  scorePair,
} from '../../src/matching/engine';
import type { CandidateProfile, PairScore, Reason } from '../../src/matching/engine';
import { scoreMenteesOf, scoreMentorsOf } from '../../src/matching/engine/candidate-scan';

const settings = DEFAULT_MATCHING_SETTINGS;
const THUNDER_BAY = { lat: 48.3809, lon: -89.2477, region: 'northern' as const };
const SUDBURY = { lat: 46.4917, lon: -80.993, region: 'northern' as const };
const OTTAWA = { lat: 45.4215, lon: -75.6972, region: 'eastern' as const };
const MISSISSAUGA = { lat: 43.589, lon: -79.6441, region: 'central' as const };

function mentor(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return exampleProfile(1, { yearsExperience: 12, ...overrides });
}

function mentee(overrides: Partial<CandidateProfile> = {}): CandidateProfile {
  return exampleMentee(2, { yearsExperience: 2, ...overrides });
}

function sumOf(pair: PairScore): number {
  return CRITERIA.reduce((sum, criterion) => sum + pair.contributions[criterion], 0);
}

function codes(reasons: Reason[]): string[] {
  return reasons.map((reason) => reason.code);
}

describe('scoring a pair', () => {
  it('gives a perfect pair the whole scale', () => {
    const pair = scorePair(
      mentor({ supervisoryYears: 8, skillsShared: ['communication', 'project_management'] }),
      mentee({ skillsWanted: ['communication'] }),
      settings,
    );

    expect(pair.score).toBe(SCORE_SCALE);
  });

  it('makes the contributions add up exactly to the score, over 20,000 random pairs', () => {
    const { profiles } = generatePopulation(400, 11);
    const mentors = profiles.filter((p) => p.mentor !== null);
    const mentees = profiles.filter((p) => p.mentee !== null);
    const random = new Random(5);

    for (let i = 0; i < 20000; i++) {
      const pair = scorePair(random.pick(mentors), random.pick(mentees), settings);

      expect(sumOf(pair)).toBe(pair.score);
      expect(Number.isInteger(pair.score)).toBe(true);
    }
  });

  it('scores in bulk exactly as it scores one pair, on both sides', () => {
    const { profiles, excludedPairs } = generatePopulation(300, 21);
    const run = prepareMatching(profiles, { settings, exclusions: buildExclusions(excludedPairs) });
    const { mentors, mentees, indexOf } = run.cohort;
    const byMentee = new Int32Array(mentors.member.length);
    const byMentor = new Int32Array(mentees.member.length);
    let compared = 0;

    for (const menteeIndex of mentees.member) {
      scoreMentorsOf(run, menteeIndex, byMentee);
      byMentee.forEach((score, row) => {
        if (score < 0) return;
        const pair = scorePair(profiles[mentors.member[row]], profiles[menteeIndex], settings);
        expect(score).toBe(pair.score);
        compared++;
      });
    }
    const someMentor = mentors.member[0];
    scoreMenteesOf(run, someMentor, byMentor);
    byMentor.forEach((score, row) => {
      scoreMentorsOf(run, mentees.member[row], byMentee);
      expect(score).toBe(byMentee[run.cohort.mentorRow[someMentor]]);
    });

    expect(compared).toBeGreaterThan(5000);
    expect(indexOf.size).toBe(profiles.length);
  });

  it('gives the same sector the whole focus weight and near sectors half of it', () => {
    const same = scorePair(mentor({ focus: 'college' }), mentee({ focus: 'college' }), settings);
    const near = scorePair(mentor({ focus: 'university' }), mentee({ focus: 'college' }), settings);
    const unrelated = scorePair(mentor({ focus: 'other' }), mentee({ focus: 'college' }), settings);

    expect(same.contributions.focus).toBe(300);
    expect(near.contributions.focus).toBe(150);
    expect(unrelated.contributions.focus).toBe(0);
    expect(same.reasons).toContainEqual({ code: 'same_focus', focus: 'college' });
    expect(near.reasons).toContainEqual({
      code: 'near_focus',
      mentorFocus: 'university',
      menteeFocus: 'college',
    });
    expect(codes(unrelated.reasons)).not.toContain('near_focus');
  });

  it('lets the location share decay with distance and says how far apart the pair is', () => {
    const here = scorePair(mentor(), mentee(), settings);
    const nearby = scorePair(mentor(), mentee({ place: MISSISSAUGA }), settings);
    const far = scorePair(mentor(), mentee({ place: OTTAWA }), settings);

    expect(here.contributions.location).toBe(250);
    expect(nearby.contributions.location).toBeLessThan(250);
    expect(nearby.contributions.location).toBeGreaterThan(200);
    expect(far.contributions.location).toBeLessThan(10);
    expect(nearby.reasons).toContainEqual({ code: 'distance_km', km: 22 });
    expect(far.reasons).toContainEqual({ code: 'distance_km', km: 352 });
  });

  it('halves the location share at the configured distance', () => {
    const halfway = scorePair(
      mentor(),
      mentee({ place: MISSISSAUGA }),
      matchingSettings({ halfScoreKm: haversineKm(MISSISSAUGA, exampleProfile(9).place!) }),
    );

    expect(halfway.contributions.location).toBe(125);
  });

  it('keeps a floor for two Northern Ontario members hundreds of kilometres apart', () => {
    const northern = scorePair(
      mentor({ place: THUNDER_BAY }),
      mentee({ place: SUDBURY }),
      settings,
    );
    const across = scorePair(mentor({ place: THUNDER_BAY }), mentee({ place: OTTAWA }), settings);

    expect(northern.contributions.location).toBe(75);
    expect(northern.reasons).toContainEqual({ code: 'same_region', region: 'northern' });
    expect(across.contributions.location).toBeLessThan(5);
  });

  it('weighs distance less when either member meets online only', () => {
    const inPerson = scorePair(mentor(), mentee({ place: OTTAWA }), settings);
    const online = scorePair(mentor(), mentee({ place: OTTAWA, meetsOnlineOnly: true }), settings);

    expect(online.contributions.location).toBeGreaterThan(inPerson.contributions.location + 140);
    expect(codes(online.reasons)).toContain('meets_online');
    expect(codes(inPerson.reasons)).not.toContain('meets_online');
  });

  it('treats a member outside Ontario as meeting online, with no distance', () => {
    const pair = scorePair(mentor(), mentee({ place: null, outsideOntario: true }), settings);

    expect(pair.contributions.location).toBe(150);
    expect(codes(pair.reasons)).toEqual(expect.arrayContaining(['meets_online']));
    expect(codes(pair.reasons)).not.toContain('distance_km');
  });

  it('gives full experience points from the full gap on, and a share below it', () => {
    const full = scorePair(mentor({ yearsExperience: 12 }), mentee(), settings);
    const partial = scorePair(mentor({ yearsExperience: 6 }), mentee(), settings);

    expect(full.contributions.experience).toBe(250);
    expect(partial.contributions.experience).toBe(100);
    expect(full.reasons).toContainEqual({ code: 'experience', mentorYears: 12, menteeYears: 2 });
  });

  it('counts the skills the mentor shares out of those the mentee wants', () => {
    const pair = scorePair(
      mentor({ skillsShared: ['leadership_management', 'communication'] }),
      mentee({ skillsWanted: ['leadership_management', 'project_management'] }),
      settings,
    );
    const wantsNothing = scorePair(mentor({ skillsShared: ['communication'] }), mentee(), settings);

    expect(pair.contributions.skills).toBe(60);
    const shared = { code: 'shares_skills', skills: ['leadership_management'] };
    expect(pair.reasons).toContainEqual(shared);
    expect(wantsNothing.contributions.skills).toBe(0);
    expect(codes(wantsNothing.reasons)).not.toContain('shares_skills');
  });

  it('rewards supervisory experience up to the full years', () => {
    const some = scorePair(mentor({ supervisoryYears: 2 }), mentee(), settings);
    const none = scorePair(mentor(), mentee(), settings);

    expect(some.contributions.supervisory).toBe(32);
    expect(some.reasons).toContainEqual({ code: 'supervisory', years: 2 });
    expect(none.contributions.supervisory).toBe(0);
  });

  it('lists the reasons strongest first', () => {
    const pair = scorePair(
      mentor({ supervisoryYears: 1, skillsShared: ['communication'] }),
      mentee({ place: MISSISSAUGA, skillsWanted: ['communication'] }),
      settings,
    );

    expect(codes(pair.reasons)).toEqual([
      'same_focus',
      'experience',
      'distance_km',
      'shares_skills',
      'supervisory',
    ]);
  });

  it('scales weights so that only their proportions matter', () => {
    const doubled = matchingSettings({
      weights: { focus: 60, location: 50, experience: 50, skills: 24, supervisory: 16 },
    });
    const pairOf = (s: typeof settings) =>
      scorePair(mentor({ focus: 'school' }), mentee({ place: OTTAWA }), s);

    expect(pairOf(doubled)).toEqual(pairOf(settings));
  });
});
