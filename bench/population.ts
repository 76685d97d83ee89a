/**
 * A synthetic, Ontario-like population of mentoring candidates for the benchmark and for tests:
 * members live in real Ontario places drawn by population, work in a realistic mix of library
 * sectors and institutions (a city's public library is one institution shared by all its
 * staff), and bring a spread of experience, supervisory years, skills and capacities.
 *
 * Everything comes from a seeded generator, so a seed always yields the same population.
 */
import { buildExclusions, DEFAULT_MATCHING_SETTINGS, SKILLS } from '../src/matching/engine';
import type {
  CandidateProfile,
  ExcludedPair,
  Focus,
  MatchingContext,
  Region,
  Skill,
} from '../src/matching/engine';

/** A small, fast, seeded pseudo-random generator (mulberry32); not for anything secret. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the items, each as likely as its weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let left = this.next() * total;
    for (const [item, weight] of items) {
      left -= weight;
      if (left < 0) return item;
    }
    return items[items.length - 1][0];
  }
}

export interface OntarioPlace {
  name: string;
  lat: number;
  lon: number;
  region: Region;
  /** Rounded census figures; they only weigh the draw. */
  population: number;
}

/** Cities and towns across the province, from the largest down to the far north. */
export const ONTARIO_PLACES: readonly OntarioPlace[] = [
  { name: 'Toronto', lat: 43.6532, lon: -79.3832, region: 'toronto', population: 2794000 },
  { name: 'Ottawa', lat: 45.4215, lon: -75.6972, region: 'eastern', population: 1017000 },
  { name: 'Mississauga', lat: 43.589, lon: -79.6441, region: 'central', population: 718000 },
  { name: 'Brampton', lat: 43.7315, lon: -79.7624, region: 'central', population: 656000 },
  { name: 'Hamilton', lat: 43.2557, lon: -79.8711, region: 'central', population: 569000 },
  { name: 'London', lat: 42.9849, lon: -81.2453, region: 'southwestern', population: 422000 },
  { name: 'Markham', lat: 43.8561, lon: -79.337, region: 'central', population: 339000 },
  { name: 'Vaughan', lat: 43.8372, lon: -79.5083, region: 'central', population: 323000 },
  { name: 'Kitchener', lat: 43.4516, lon: -80.4925, region: 'southwestern', population: 257000 },
  { name: 'Windsor', lat: 42.3149, lon: -83.0364, region: 'southwestern', population: 230000 },
  { name: 'Oakville', lat: 43.4675, lon: -79.6877, region: 'central', population: 214000 },
  { name: 'Richmond Hill', lat: 43.8828, lon: -79.4403, region: 'central', population: 202000 },
  { name: 'Burlington', lat: 43.3255, lon: -79.799, region: 'central', population: 187000 },
  { name: 'Oshawa', lat: 43.8971, lon: -78.8658, region: 'central', population: 175000 },
  { name: 'Greater Sudbury', lat: 46.4917, lon: -80.993, region: 'northern', population: 166000 },
  { name: 'Barrie', lat: 44.3894, lon: -79.6903, region: 'central', population: 148000 },
  { name: 'Guelph', lat: 43.5448, lon: -80.2482, region: 'southwestern', population: 144000 },
  { name: 'Cambridge', lat: 43.3616, lon: -80.3144, region: 'southwestern', population: 138000 },
  { name: 'Whitby', lat: 43.8975, lon: -78.9429, region: 'central', population: 139000 },
  { name: 'St. Catharines', lat: 43.1594, lon: -79.2469, region: 'central', population: 137000 },
  { name: 'Kingston', lat: 44.2312, lon: -76.486, region: 'eastern', population: 132000 },
  { name: 'Waterloo', lat: 43.4643, lon: -80.5204, region: 'southwestern', population: 121000 },
  { name: 'Thunder Bay', lat: 48.3809, lon: -89.2477, region: 'northern', population: 109000 },
  { name: 'Brantford', lat: 43.1394, lon: -80.2644, region: 'southwestern', population: 105000 },
  { name: 'Chatham-Kent', lat: 42.4048, lon: -82.191, region: 'southwestern', population: 104000 },
  { name: 'Niagara Falls', lat: 43.0896, lon: -79.0849, region: 'central', population: 94000 },
  { name: 'Peterborough', lat: 44.3091, lon: -78.3197, region: 'eastern', population: 84000 },
  { name: 'Sault Ste. Marie', lat: 46.5219, lon: -84.3461, region: 'northern', population: 72000 },
  { name: 'Sarnia', lat: 42.9745, lon: -82.4066, region: 'southwestern', population: 72000 },
  { name: 'Belleville', lat: 44.1628, lon: -77.3832, region: 'eastern', population: 55000 },
  { name: 'North Bay', lat: 46.3091, lon: -79.4608, region: 'northern', population: 53000 },
  { name: 'Cornwall', lat: 45.0213, lon: -74.7303, region: 'eastern', population: 48000 },
  { name: 'Timmins', lat: 48.4758, lon: -81.3305, region: 'northern', population: 41000 },
  { name: 'Orillia', lat: 44.6082, lon: -79.4197, region: 'central', population: 33000 },
  { name: 'Stratford', lat: 43.37, lon: -80.9822, region: 'southwestern', population: 33000 },
  { name: 'Brockville', lat: 44.5895, lon: -75.6843, region: 'eastern', population: 22000 },
  { name: 'Owen Sound', lat: 44.569, lon: -80.9406, region: 'southwestern', population: 22000 },
  { name: 'Huntsville', lat: 45.3269, lon: -79.2161, region: 'central', population: 21000 },
  { name: 'Cobourg', lat: 43.9594, lon: -78.1677, region: 'eastern', population: 21000 },
  { name: 'Kenora', lat: 49.767, lon: -94.4894, region: 'northern', population: 15000 },
  { name: 'Pembroke', lat: 45.826, lon: -77.11, region: 'eastern', population: 14000 },
  { name: 'Elliot Lake', lat: 46.3834, lon: -82.6532, region: 'northern', population: 11000 },
  { name: 'Kapuskasing', lat: 49.4169, lon: -82.4331, region: 'northern', population: 8000 },
  { name: 'Sioux Lookout', lat: 50.1, lon: -91.917, region: 'northern', population: 5800 },
  { name: 'Moosonee', lat: 51.2794, lon: -80.6463, region: 'northern', population: 1500 },
];

/** Which sector members work in or want to learn about. */
const FOCUS_MIX: ReadonlyArray<readonly [Focus, number]> = [
  ['public', 42],
  ['university', 22],
  ['college', 12],
  ['school', 12],
  ['other', 12],
];

/** Community organisations of each sector a city of one million holds, roughly. */
const INSTITUTIONS_PER_MILLION: Record<Focus, number> = {
  public: 0,
  university: 1.5,
  college: 1.5,
  school: 3,
  other: 12,
};

const CAPACITY_MIX: ReadonlyArray<readonly [number, number]> = [
  [1, 45],
  [2, 35],
  [3, 15],
  [4, 4],
  [5, 1],
];

const SKILL_POPULARITY: ReadonlyArray<readonly [Skill, number]> = [
  ['communication', 3],
  ['career_guidance', 4],
  ['leadership_management', 3],
  ['business_knowledge', 1],
  ['project_management', 2],
];

type MenteeStage = 'student' | 'new_graduate' | 'early_career' | 'changing_direction';

const STAGE_MIX: ReadonlyArray<readonly [MenteeStage, number]> = [
  ['student', 35],
  ['new_graduate', 30],
  ['early_career', 20],
  ['changing_direction', 15],
];

export interface PopulationMix {
  /** Shares of members who apply as mentor only, mentee only, or both. */
  mentorOnly: number;
  menteeOnly: number;
  both: number;
  meetsOnlineOnly: number;
  outsideOntario: number;
  /** Share of roles not (yet) approved, and of approved roles paused. */
  unapproved: number;
  paused: number;
  /** Share of mentees already in a partnership, and of mentors with one partner already. */
  menteesMatched: number;
  mentorsWithPartner: number;
  /** Share of mentees who declined or dismissed one or two mentors before. */
  menteesWithExclusions: number;
}

export const DEFAULT_POPULATION_MIX: PopulationMix = {
  mentorOnly: 0.35,
  menteeOnly: 0.5,
  both: 0.15,
  meetsOnlineOnly: 0.12,
  outsideOntario: 0.02,
  unapproved: 0.02,
  paused: 0.01,
  menteesMatched: 0.05,
  mentorsWithPartner: 0.15,
  menteesWithExclusions: 0.03,
};

export interface Population {
  profiles: CandidateProfile[];
  excludedPairs: ExcludedPair[];
}

/**
 * One plain candidate for examples and tests: a public-library mentor in Toronto with ten
 * years' experience and room for two, unless `overrides` say otherwise.
 */
export function exampleProfile(
  memberId: number,
  overrides: Partial<CandidateProfile> = {},
): CandidateProfile {
  return {
    memberId,
    institutionKey: null,
    focus: 'public',
    place: { lat: 43.6532, lon: -79.3832, region: 'toronto' },
    outsideOntario: false,
    meetsOnlineOnly: false,
    yearsExperience: 10,
    supervisoryYears: 0,
    skillsShared: [],
    skillsWanted: [],
    mentor: { approved: true, active: true, capacity: 2, openSlots: 2 },
    mentee: null,
    ...overrides,
  };
}

/** A mentee counterpart of exampleProfile: a student with no experience yet. */
export function exampleMentee(
  memberId: number,
  overrides: Partial<CandidateProfile> = {},
): CandidateProfile {
  return exampleProfile(memberId, {
    yearsExperience: 0,
    mentor: null,
    mentee: { approved: true, active: true, matched: false },
    ...overrides,
  });
}

/** The default settings and the population's excluded pairs, ready for the engine. */
export function defaultContext({ excludedPairs }: Population): MatchingContext {
  return { settings: DEFAULT_MATCHING_SETTINGS, exclusions: buildExclusions(excludedPairs) };
}

/** `size` members, ids 1 to size, with roles in the proportions of the mix. */
export function generatePopulation(
  size: number,
  seed: number,
  mix: PopulationMix = DEFAULT_POPULATION_MIX,
): Population {
  const random = new Random(seed);
  const profiles: CandidateProfile[] = [];
  for (let id = 1; id <= size; id++) {
    const roles = random.weighted<'mentor' | 'mentee' | 'both'>([
      ['mentor', mix.mentorOnly],
      ['mentee', mix.menteeOnly],
      ['both', mix.both],
    ]);
    profiles.push(generateMember(random, mix, id, roles));
  }
  return { profiles, excludedPairs: generateExclusions(random, mix, profiles) };
}

/**
 * A cohort of exactly `mentors` mentors and `mentees` mentees (one role each), all approved,
 * active and unmatched, for timing the whole-cohort solve at a chosen shape.
 */
export function generateCohort(mentors: number, mentees: number, seed: number): Population {
  const random = new Random(seed);
  const mix = { ...DEFAULT_POPULATION_MIX, unapproved: 0, paused: 0, menteesMatched: 0 };
  const profiles: CandidateProfile[] = [];
  for (let i = 0; i < mentors + mentees; i++) {
    profiles.push(generateMember(random, mix, i + 1, i < mentors ? 'mentor' : 'mentee'));
  }
  return { profiles, excludedPairs: generateExclusions(random, mix, profiles) };
}

function generateMember(
  random: Random,
  mix: PopulationMix,
  memberId: number,
  roles: 'mentor' | 'mentee' | 'both',
): CandidateProfile {
  const { yearsExperience, employed } = career(random, roles);
  const outside = random.chance(mix.outsideOntario);
  const place = outside ? null : random.weighted(ONTARIO_PLACES.map((p) => [p, p.population]));
  const focus = random.weighted(FOCUS_MIX);

  return {
    memberId,
    institutionKey: employed && place !== null ? institutionIn(random, place, focus) : null,
    focus,
    place: place === null ? null : { lat: place.lat, lon: place.lon, region: place.region },
    outsideOntario: outside,
    meetsOnlineOnly: random.chance(mix.meetsOnlineOnly),
    yearsExperience,
    supervisoryYears: supervisoryYears(random, yearsExperience),
    skillsShared: roles === 'mentee' ? [] : skills(random, random.int(1, 4)),
    skillsWanted: roles === 'mentor' ? [] : skills(random, random.int(0, 3)),
    mentor: roles === 'mentee' ? null : mentorRole(random, mix),
    mentee: roles === 'mentor' ? null : menteeRole(random, mix),
  };
}

/** Mentees range from students to colleagues changing direction; mentors are employed. */
function career(
  random: Random,
  roles: 'mentor' | 'mentee' | 'both',
): { yearsExperience: number; employed: boolean } {
  if (roles !== 'mentee') return { yearsExperience: mentorYears(random, roles), employed: true };

  const stage = random.weighted(STAGE_MIX);
  return { yearsExperience: menteeYears(random, stage), employed: isEmployed(random, stage) };
}

function menteeYears(random: Random, stage: MenteeStage): number {
  if (stage === 'student') return random.int(0, 1);
  if (stage === 'new_graduate') return random.int(1, 3);
  if (stage === 'early_career') return random.int(3, 7);
  return random.int(8, 22);
}

/** Mentors skew towards mid-career; members in both roles are earlier in their careers. */
function mentorYears(random: Random, roles: 'mentor' | 'both'): number {
  if (roles === 'both') return random.int(5, 14);
  return 3 + Math.floor(34 * random.next() ** 1.3);
}

function isEmployed(random: Random, stage: MenteeStage): boolean {
  if (stage === 'student') return random.chance(0.5);
  if (stage === 'new_graduate') return random.chance(0.45);
  return random.chance(0.9);
}

/** A city's public library is one system; other sectors have several bodies in big cities. */
function institutionIn(random: Random, place: OntarioPlace, focus: Focus): string {
  const perMillion = INSTITUTIONS_PER_MILLION[focus];
  const count = Math.max(1, Math.round((perMillion * place.population) / 1e6));
  return `${focus}:${place.name}:${random.int(1, count)}`;
}

function supervisoryYears(random: Random, years: number): number {
  if (years > 8 && random.chance(0.6)) return random.int(1, years - 5);
  if (years > 3 && random.chance(0.2)) return random.int(1, 2);
  return 0;
}

function skills(random: Random, count: number): Skill[] {
  const chosen = new Set<Skill>();
  while (chosen.size < Math.min(count, SKILLS.length)) {
    chosen.add(random.weighted(SKILL_POPULARITY));
  }
  return [...chosen];
}

function mentorRole(random: Random, mix: PopulationMix): CandidateProfile['mentor'] {
  const capacity = random.weighted(CAPACITY_MIX);
  const partners = random.chance(mix.mentorsWithPartner) ? 1 : 0;
  return {
    approved: !random.chance(mix.unapproved),
    active: !random.chance(mix.paused),
    capacity,
    openSlots: capacity - partners,
  };
}

function menteeRole(random: Random, mix: PopulationMix): CandidateProfile['mentee'] {
  return {
    approved: !random.chance(mix.unapproved),
    active: !random.chance(mix.paused),
    matched: random.chance(mix.menteesMatched),
  };
}

/** Some mentees declined or dismissed a mentor or two who would otherwise suit them. */
function generateExclusions(
  random: Random,
  mix: PopulationMix,
  profiles: readonly CandidateProfile[],
): ExcludedPair[] {
  const mentors = profiles.filter((p) => p.mentor !== null);
  if (mentors.length === 0) return [];

  const pairs: ExcludedPair[] = [];
  for (const mentee of profiles) {
    if (mentee.mentee === null || !random.chance(mix.menteesWithExclusions)) continue;
    for (let i = random.int(1, 2); i > 0; i--) {
      const mentor = random.pick(mentors);
      if (mentor.memberId === mentee.memberId) continue;
      const kind = random.chance(0.5) ? 'declined' : 'not_interested';
      pairs.push({ mentorId: mentor.memberId, menteeId: mentee.memberId, kind });
    }
  }
  return pairs;
}
