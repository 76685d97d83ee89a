/**
 * How well a mentor suits a mentee, criterion by criterion. Each criterion earns a share from
 * 0 to 1 of its weight; weights are scaled so that a perfect pair earns SCORE_SCALE points, and
 * each contribution is rounded to whole points so that they add up to the score exactly.
 *
 * The criteria are small functions of numbers (`locationPoints`, `clampedPoints`, the tables).
 * The explained path and the bulk loops here call the same functions with the same numbers,
 * so a score shown with its reasons is always the score that ranked it.
 */
import { compileProfiles, skillsOfMask } from './cohort';
import type { MemberColumns, PreparedCohort } from './cohort';
import { chordToKm, EARTH_RADIUS_KM } from './geo';
import { SCORE_SCALE } from './settings';
import { CRITERIA, FOCUSES, REGIONS } from './types';
import type {
  CandidateProfile,
  Contributions,
  Criterion,
  MatchingSettings,
  PairScore,
  Reason,
} from './types';

const FOCUS_COUNT = FOCUSES.length;
const SKILL_MASKS = 32;

const FOCUS_UNRELATED = 0;
const FOCUS_SAME = 1;
const FOCUS_NEAR = 2;

/** Settings turned into points, factors and lookup tables once per run. */
export interface ScoringTables {
  /** Points by mentor focus * 5 + mentee focus. */
  readonly focusPoints: Int32Array;
  readonly focusKind: Uint8Array;
  /** Points by (skills shared mask << 5) | skills wanted mask. */
  readonly skillPoints: Int32Array;
  readonly locationPoints: number;
  readonly experiencePoints: number;
  readonly supervisoryPoints: number;
  /** Squared chord between unit vectors, times this, is (straight-line km / halfScoreKm)^2. */
  readonly chordScale: number;
  readonly sameRegionShare: number;
  readonly onlineRelief: number;
  readonly perExperienceYear: number;
  readonly perSupervisoryYear: number;
  readonly minExperienceGap: number;
  readonly spreadPenalty: number;
}

export function buildScoringTables(settings: MatchingSettings): ScoringTables {
  const total = CRITERIA.reduce((sum, criterion) => sum + settings.weights[criterion], 0);
  const points = (criterion: Criterion) => (settings.weights[criterion] / total) * SCORE_SCALE;
  const { focusPoints, focusKind } = focusTables(settings, points('focus'));

  return {
    focusPoints,
    focusKind,
    skillPoints: skillTable(points('skills')),
    locationPoints: points('location'),
    experiencePoints: points('experience'),
    supervisoryPoints: points('supervisory'),
    chordScale: (EARTH_RADIUS_KM / settings.halfScoreKm) ** 2,
    sameRegionShare: settings.sameRegionShare,
    onlineRelief: settings.onlineRelief,
    perExperienceYear: 1 / settings.fullExperienceGap,
    perSupervisoryYear: 1 / settings.fullSupervisoryYears,
    minExperienceGap: settings.minExperienceGap,
    spreadPenalty: settings.spreadPenalty,
  };
}

/**
 * Scores a pair with its breakdown and reasons. It does not check the hard rules: see
 * checkHardRules for whether the pair may be suggested at all.
 */
export function scorePair(
  mentor: CandidateProfile,
  mentee: CandidateProfile,
  settings: MatchingSettings,
): PairScore {
  return explainIndices(compileProfiles([mentor, mentee]), buildScoringTables(settings), 0, 1);
}

/*
 * The functions below run for every pair of a scan, on data where a branch goes either way at
 * random. They avoid branches, Math.min, Math.max and Math.round (each costs more here than
 * the rest of the arithmetic) in favour of max(a, b) = (a + b + |a - b|) / 2,
 * clamp(v, 0, 1) = (|v| - |v - 1| + 1) / 2 and a truncating `| 0`. Flags are 0 or 1.
 */

/**
 * Location points. The share is 1 / (1 + (d / halfScoreKm)^2) for members `d` km apart in a
 * straight line (the chord, within 0.5 % of the distance along the ground in Ontario), at least
 * sameRegionShare in the same region, and online meeting waives onlineRelief of the shortfall.
 */
function locationPoints(
  t: ScoringTables,
  squaredChord: number,
  placed: number,
  inSameRegion: number,
  remote: number,
): number {
  const near = nearness(t, squaredChord, placed);
  const floor = t.sameRegionShare * inSameRegion;
  return locationPointsOf(t.locationPoints, near, floor, t.onlineRelief * remote);
}

/**
 * locationPoints from its parts: the distance share `near`, the region's `floor` and the
 * `relief` waived for meeting online. The bulk loops compute the parts with every setting in
 * a local, which halves their cost against reading the settings at every pair.
 */
function locationPointsOf(weight: number, near: number, floor: number, relief: number): number {
  const lifted = 0.5 * (near + floor + Math.abs(near - floor));
  return roundPoints(weight * (lifted + relief * (1 - lifted)));
}

/** The distance part of the location share; 0 unless both members are placed. */
function nearness(t: ScoringTables, squaredChord: number, placed: number): number {
  return placed / (1 + squaredChord * t.chordScale);
}

/** `points` times `share` clamped to [0, 1], rounded half up. */
function clampedPoints(points: number, share: number): number {
  return roundPoints(points * 0.5 * (Math.abs(share) - Math.abs(share - 1) + 1));
}

function experiencePoints(t: ScoringTables, mentorYears: number, menteeYears: number) {
  return clampedPoints(t.experiencePoints, (mentorYears - menteeYears) * t.perExperienceYear);
}

export function supervisoryPoints(t: ScoringTables, years: number): number {
  return clampedPoints(t.supervisoryPoints, years * t.perSupervisoryYear);
}

/** Half up; the values are never negative and far below 2^31. */
function roundPoints(value: number): number {
  return (value + 0.5) | 0;
}

/*
 * The bulk loops: one member against a whole pool. They read the pool from two packed arrays
 * (PoolLanes) front to back, with every setting in a local: each typed array a loop touches
 * costs a load and a bounds check per pair, and ten columns cost twice what two lanes do.
 * They score every pair and mask the forbidden ones with arithmetic instead of skipping them:
 * which pairs are forbidden is random from one to the next, and a mispredicted branch costs
 * more than scoring the pair. They live here, next to the criterion functions, because a call
 * into another module goes through an accessor under some loaders and is not inlined.
 */

/** A pool packed for the bulk loops; the values are the cohort's own, bit for bit. */
export interface PoolLanes {
  /** x, y, z (the place as a unit vector) and years of experience, four per row. */
  readonly real: Float64Array;
  /** Two per row: the institution code, then the small fields packed as LANE_* say. */
  readonly ints: Int32Array;
}

/* Bit layout of a lane's small fields. */
const LANE_REGION = 3;
const LANE_PLACED = 11;
const LANE_REMOTE = 12;
const LANE_SKILLS = 13;
const LANE_SUPERVISORY = 18;

/**
 * Packs `pool` for the loops. `skills` is the pool's skillsShared (a pool of mentors) or
 * skillsWanted (mentees); `supervisory` holds a mentor pool's supervisory points.
 */
export function packLanes(
  pool: MemberColumns,
  skills: Uint8Array,
  supervisory?: Int32Array,
): PoolLanes {
  const rows = pool.member.length;
  const real = new Float64Array(4 * rows);
  const ints = new Int32Array(2 * rows);
  for (let k = 0; k < rows; k++) {
    real[4 * k] = pool.x[k];
    real[4 * k + 1] = pool.y[k];
    real[4 * k + 2] = pool.z[k];
    real[4 * k + 3] = pool.years[k];
    ints[2 * k] = pool.institution[k];
    ints[2 * k + 1] =
      pool.focus[k] |
      (pool.region[k] << LANE_REGION) |
      (pool.placed[k] << LANE_PLACED) |
      (pool.remote[k] << LANE_REMOTE) |
      (skills[k] << LANE_SKILLS) |
      ((supervisory?.[k] ?? 0) << LANE_SUPERVISORY);
  }
  return { real, ints };
}

/**
 * Sets out[k] to the score of row k of the mentor lanes as mentor of row `mentee` of `m`, or
 * to -1 where the experience gap or the institution forbids the pair (the gap compared exactly
 * as checkHardRules compares it); returns how many pairs are allowed.
 */
export function scoreMentorRows(
  t: ScoringTables,
  lanes: PoolLanes,
  m: MemberColumns,
  mentee: number,
  out: Int32Array,
): number {
  const { real, ints } = lanes;
  const { focusPoints, skillPoints, experiencePoints: experienceWeight, perExperienceYear } = t;
  const { locationPoints: locationWeight, chordScale, sameRegionShare, onlineRelief } = t;
  const e = viewerOf(m, mentee, m.skillsWanted);
  const gap = t.minExperienceGap;

  let allowed = 0;
  for (let k = 0, rows = ints.length >> 1; k < rows; k++) {
    const dx = real[4 * k] - e.x;
    const dy = real[4 * k + 1] - e.y;
    const dz = real[4 * k + 2] - e.z;
    const years = real[4 * k + 3];
    const bits = ints[2 * k + 1];
    const both = (bits >> LANE_PLACED) & e.placed;
    const near = both / (1 + (dx * dx + dy * dy + dz * dz) * chordScale);
    const floor = sameRegionShare * (both & +(((bits >> LANE_REGION) & 255) === e.region));
    const relief = onlineRelief * (((bits >> LANE_REMOTE) & 1) | e.remote);
    const score =
      focusPoints[(bits & 7) * 5 + e.focus] +
      locationPointsOf(locationWeight, near, floor, relief) +
      clampedPoints(experienceWeight, (years - e.years) * perExperienceYear) +
      skillPoints[(((bits >> LANE_SKILLS) & 31) << 5) | e.skills] +
      (bits >>> LANE_SUPERVISORY);
    const ok = +(years - e.years >= gap) & +(ints[2 * k] !== e.institution);
    out[k] = (score + 1) * ok - 1;
    allowed += ok;
  }
  return allowed;
}

/** The same from a mentor's side: row `mentor` of `m` against every row of the mentee lanes. */
export function scoreMenteeRows(
  t: ScoringTables,
  lanes: PoolLanes,
  m: MemberColumns,
  mentor: number,
  out: Int32Array,
): number {
  const { real, ints } = lanes;
  const { focusPoints, skillPoints, experiencePoints: experienceWeight, perExperienceYear } = t;
  const { locationPoints: locationWeight, chordScale, sameRegionShare, onlineRelief } = t;
  const r = viewerOf(m, mentor, m.skillsShared);
  const supervisory = supervisoryPoints(t, m.supervisoryYears[mentor]);
  const gap = t.minExperienceGap;

  let allowed = 0;
  for (let k = 0, rows = ints.length >> 1; k < rows; k++) {
    const dx = r.x - real[4 * k];
    const dy = r.y - real[4 * k + 1];
    const dz = r.z - real[4 * k + 2];
    const years = real[4 * k + 3];
    const bits = ints[2 * k + 1];
    const both = r.placed & (bits >> LANE_PLACED);
    const near = both / (1 + (dx * dx + dy * dy + dz * dz) * chordScale);
    const floor = sameRegionShare * (both & +(r.region === ((bits >> LANE_REGION) & 255)));
    const relief = onlineRelief * (r.remote | ((bits >> LANE_REMOTE) & 1));
    const score =
      focusPoints[r.focus * 5 + (bits & 7)] +
      locationPointsOf(locationWeight, near, floor, relief) +
      clampedPoints(experienceWeight, (r.years - years) * perExperienceYear) +
      skillPoints[(r.skills << 5) | ((bits >> LANE_SKILLS) & 31)] +
      supervisory;
    const ok = +(r.years - years >= gap) & +(ints[2 * k] !== r.institution);
    out[k] = (score + 1) * ok - 1;
    allowed += ok;
  }
  return allowed;
}

/** The fixed side of a bulk loop, as plain numbers. */
function viewerOf(m: MemberColumns, row: number, skills: Uint8Array) {
  return {
    x: m.x[row],
    y: m.y[row],
    z: m.z[row],
    placed: m.placed[row],
    region: m.region[row],
    remote: m.remote[row],
    focus: m.focus[row],
    skills: skills[row],
    years: m.years[row],
    institution: m.institution[row],
  };
}

/** The squared chord between row a of `mc` and row b of `ec` (unplaced members sit at 0). */
function squaredChord(mc: MemberColumns, a: number, ec: MemberColumns, b: number) {
  const dx = mc.x[a] - ec.x[b];
  const dy = mc.y[a] - ec.y[b];
  const dz = mc.z[a] - ec.z[b];
  return dx * dx + dy * dy + dz * dz;
}

/** The score of cohort member `mentor` as mentor of cohort member `mentee`, explained. */
export function explainIndices(
  c: PreparedCohort,
  t: ScoringTables,
  mentor: number,
  mentee: number,
): PairScore {
  const m = c.all;
  const chord2 = squaredChord(m, mentor, m, mentee);
  const placed = m.placed[mentor] & m.placed[mentee];
  const inSameRegion = placed & +(m.region[mentor] === m.region[mentee]);
  const contributions: Contributions = {
    focus: t.focusPoints[m.focus[mentor] * FOCUS_COUNT + m.focus[mentee]],
    location: locationPoints(t, chord2, placed, inSameRegion, m.remote[mentor] | m.remote[mentee]),
    experience: experiencePoints(t, m.years[mentor], m.years[mentee]),
    skills: t.skillPoints[(m.skillsShared[mentor] << 5) | m.skillsWanted[mentee]],
    supervisory: supervisoryPoints(t, m.supervisoryYears[mentor]),
  };

  return {
    mentorId: c.memberId[mentor],
    menteeId: c.memberId[mentee],
    score: CRITERIA.reduce((sum, criterion) => sum + contributions[criterion], 0),
    contributions,
    reasons: reasonsFor(m, t, mentor, mentee, chord2, contributions),
  };
}

function focusTables(
  settings: MatchingSettings,
  points: number,
): { focusPoints: Int32Array; focusKind: Uint8Array } {
  const focusPoints = new Int32Array(FOCUS_COUNT * FOCUS_COUNT);
  const focusKind = new Uint8Array(FOCUS_COUNT * FOCUS_COUNT).fill(FOCUS_UNRELATED);
  const set = (a: number, b: number, kind: number, share: number) => {
    focusKind[a * FOCUS_COUNT + b] = kind;
    focusPoints[a * FOCUS_COUNT + b] = roundPoints(points * share);
  };

  for (const [a, b] of settings.nearFocusPairs) {
    set(FOCUSES.indexOf(a), FOCUSES.indexOf(b), FOCUS_NEAR, settings.nearFocusShare);
    set(FOCUSES.indexOf(b), FOCUSES.indexOf(a), FOCUS_NEAR, settings.nearFocusShare);
  }
  for (let f = 0; f < FOCUS_COUNT; f++) set(f, f, FOCUS_SAME, 1);
  return { focusPoints, focusKind };
}

/** Share of what the mentee wants that the mentor shares; nothing wanted earns nothing. */
function skillTable(points: number): Int32Array {
  const table = new Int32Array(SKILL_MASKS * SKILL_MASKS);
  for (let shared = 0; shared < SKILL_MASKS; shared++) {
    for (let wanted = 1; wanted < SKILL_MASKS; wanted++) {
      const share = bitCount(shared & wanted) / bitCount(wanted);
      table[(shared << 5) | wanted] = roundPoints(points * share);
    }
  }
  return table;
}

function bitCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count++;
  return count;
}

function reasonsFor(
  c: MemberColumns,
  t: ScoringTables,
  mentor: number,
  mentee: number,
  chord2: number,
  contributions: Contributions,
): Reason[] {
  const shared = skillsOfMask(c.skillsShared[mentor] & c.skillsWanted[mentee]);
  const [mentorYears, menteeYears] = [c.years[mentor], c.years[mentee]];
  const byCriterion: Record<Criterion, Reason[]> = {
    focus: focusReasons(c, t, mentor, mentee),
    location: locationReasons(c, t, mentor, mentee, chord2),
    experience: [{ code: 'experience', mentorYears, menteeYears }],
    skills: [{ code: 'shares_skills', skills: shared }],
    supervisory: [{ code: 'supervisory', years: c.supervisoryYears[mentor] }],
  };

  return CRITERIA.filter((criterion) => contributions[criterion] > 0)
    .sort((a, b) => contributions[b] - contributions[a])
    .flatMap((criterion) => byCriterion[criterion]);
}

function focusReasons(
  c: MemberColumns,
  t: ScoringTables,
  mentor: number,
  mentee: number,
): Reason[] {
  const kind = t.focusKind[c.focus[mentor] * FOCUS_COUNT + c.focus[mentee]];
  const mentorFocus = FOCUSES[c.focus[mentor]];
  const menteeFocus = FOCUSES[c.focus[mentee]];
  if (kind === FOCUS_SAME) return [{ code: 'same_focus', focus: mentorFocus }];
  return kind === FOCUS_NEAR ? [{ code: 'near_focus', mentorFocus, menteeFocus }] : [];
}

/** The distance shown is along the ground, rounded to the kilometre. */
function locationReasons(
  c: MemberColumns,
  t: ScoringTables,
  mentor: number,
  mentee: number,
  chord2: number,
): Reason[] {
  const reasons: Reason[] = [];
  const placed = c.placed[mentor] & c.placed[mentee];
  if (placed === 1) {
    reasons.push({ code: 'distance_km', km: Math.round(chordToKm(Math.sqrt(chord2))) });
  }

  const inSameRegion = placed === 1 && c.region[mentor] === c.region[mentee];
  if (inSameRegion && nearness(t, chord2, placed) < t.sameRegionShare) {
    reasons.push({ code: 'same_region', region: REGIONS[c.region[mentor]] });
  }
  if ((c.remote[mentor] | c.remote[mentee]) === 1) reasons.push({ code: 'meets_online' });
  return reasons;
}
