/**
 * Profiles laid out as columns of typed arrays, so that scoring one member against tens of
 * thousands reads a few flat arrays front to back and allocates nothing.
 *
 * Members are referred to by their index in the cohort (`indexOf` turns a member id into one).
 * Besides the columns of all members, the mentors in the pool and the mentees in the pool get
 * columns of their own, copied in order: a scan then reads its candidates contiguously, which
 * is several times quicker than picking them out of the whole cohort.
 */
import { unitVector } from './geo';
import { menteeRoleBlock, mentorRoleBlock } from './hard-rules';
import { FOCUSES, HARD_RULES, REGIONS, SKILLS } from './types';
import type { CandidateProfile, HardRule, Skill } from './types';

/** Region code of a member without a place. */
export const NO_REGION = 255;

/** What scoring reads about a set of members, one row each. */
export interface MemberColumns {
  /** The cohort index of each row. */
  readonly member: Int32Array;
  /** Index into FOCUSES. */
  readonly focus: Uint8Array;
  /** Equal codes mean the same institution; members without one get a code of their own. */
  readonly institution: Int32Array;
  /** 1 when the member gave a place in Ontario. */
  readonly placed: Uint8Array;
  /** The place as a unit vector; (0, 0, 0) for members without a place. */
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly z: Float64Array;
  /** Index into REGIONS, or NO_REGION. */
  readonly region: Uint8Array;
  /** 1 when the member meets online only or lives outside Ontario. */
  readonly remote: Uint8Array;
  readonly years: Float64Array;
  readonly supervisoryYears: Float64Array;
  /** Bit i set when SKILLS[i] is shared (as mentor) or wanted (as mentee). */
  readonly skillsShared: Uint8Array;
  readonly skillsWanted: Uint8Array;
  readonly openSlots: Int32Array;
}

export interface PreparedCohort {
  readonly profiles: readonly CandidateProfile[];
  readonly indexOf: ReadonlyMap<number, number>;
  readonly memberId: Float64Array;
  /** 0 when the member's mentor role is in the pool, else 1 + index into HARD_RULES. */
  readonly mentorBlock: Uint8Array;
  readonly menteeBlock: Uint8Array;
  /** Every member, row i being cohort index i. */
  readonly all: MemberColumns;
  /** The members whose mentor role is in the pool, in cohort order. */
  readonly mentors: MemberColumns;
  readonly mentees: MemberColumns;
  /** Row of each member in `mentors` (`mentees`), or -1. */
  readonly mentorRow: Int32Array;
  readonly menteeRow: Int32Array;
}

/** Lays out the profiles; throws a RangeError on a duplicate member or an unknown value. */
export function prepareCohort(profiles: readonly CandidateProfile[]): PreparedCohort {
  const cohort = compileProfiles(profiles);
  if (cohort.indexOf.size !== profiles.length) {
    throw new RangeError(`member ${firstDuplicate(profiles)} appears twice in the cohort`);
  }
  return cohort;
}

/** Like prepareCohort, but lets a member appear twice (to score a member against themself). */
export function compileProfiles(profiles: readonly CandidateProfile[]): PreparedCohort {
  const n = profiles.length;
  const all = allocateColumns(n);
  const memberId = new Float64Array(n);
  const mentorBlock = new Uint8Array(n);
  const menteeBlock = new Uint8Array(n);
  const indexOf = new Map<number, number>();
  const institutions = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const profile = profiles[i];
    fillMember(all, institutions, profile, i);
    memberId[i] = profile.memberId;
    indexOf.set(profile.memberId, i);
    mentorBlock[i] = blockCode(mentorRoleBlock(profile));
    menteeBlock[i] = blockCode(menteeRoleBlock(profile));
  }

  const mentors = selectRows(all, poolOf(mentorBlock));
  const mentees = selectRows(all, poolOf(menteeBlock));
  return {
    profiles,
    indexOf,
    memberId,
    mentorBlock,
    menteeBlock,
    all,
    mentors,
    mentees,
    mentorRow: rowsOf(n, mentors.member),
    menteeRow: rowsOf(n, mentees.member),
  };
}

/** The hard rule behind a block code of the cohort, or null for 0. */
export function blockRule(code: number): HardRule | null {
  return code === 0 ? null : HARD_RULES[code - 1];
}

function skillMask(skills: readonly Skill[]): number {
  let mask = 0;
  for (const skill of skills) {
    const bit = SKILL_BITS.get(skill);
    if (bit === undefined) throw new RangeError(`unknown skill ${String(skill)}`);
    mask |= 1 << bit;
  }
  return mask;
}

export function skillsOfMask(mask: number): Skill[] {
  return SKILLS.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

/** Lookups built once, so that preparing a profile does not search the lists each time. */
const FOCUS_CODES = codesOf(FOCUSES);
const REGION_CODES = codesOf(REGIONS);
const SKILL_BITS = codesOf(SKILLS);
const BLOCK_CODES = new Map<HardRule, number>(HARD_RULES.map((rule, i) => [rule, i + 1]));

function codesOf(values: readonly string[]): ReadonlyMap<string, number> {
  return new Map(values.map((value, code) => [value, code]));
}

/** Columns for `n` members; `member` counts 0, 1, 2... until selectRows fills it otherwise. */
function allocateColumns(n: number): MemberColumns {
  const member = new Int32Array(n);
  for (let i = 0; i < n; i++) member[i] = i;
  return {
    member,
    focus: new Uint8Array(n),
    institution: new Int32Array(n),
    placed: new Uint8Array(n),
    x: new Float64Array(n),
    y: new Float64Array(n),
    z: new Float64Array(n),
    region: new Uint8Array(n),
    remote: new Uint8Array(n),
    years: new Float64Array(n),
    supervisoryYears: new Float64Array(n),
    skillsShared: new Uint8Array(n),
    skillsWanted: new Uint8Array(n),
    openSlots: new Int32Array(n),
  };
}

/** The same columns for some rows only, in the order given. */
function selectRows(all: MemberColumns, rows: Int32Array): MemberColumns {
  const picked = allocateColumns(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    picked.member[i] = row;
    picked.focus[i] = all.focus[row];
    picked.institution[i] = all.institution[row];
    picked.placed[i] = all.placed[row];
    picked.x[i] = all.x[row];
    picked.y[i] = all.y[row];
    picked.z[i] = all.z[row];
    picked.region[i] = all.region[row];
    picked.remote[i] = all.remote[row];
    picked.years[i] = all.years[row];
    picked.supervisoryYears[i] = all.supervisoryYears[row];
    picked.skillsShared[i] = all.skillsShared[row];
    picked.skillsWanted[i] = all.skillsWanted[row];
    picked.openSlots[i] = all.openSlots[row];
  }
  return picked;
}

function fillMember(
  c: MemberColumns,
  institutions: Map<string, number>,
  p: CandidateProfile,
  i: number,
): void {
  c.focus[i] = codeOf(FOCUS_CODES, p.focus, 'focus', p.memberId);
  c.institution[i] = p.institutionKey === null ? -1 - i : intern(institutions, p.institutionKey);
  fillPlace(c, p, i);
  c.remote[i] = p.meetsOnlineOnly || p.outsideOntario ? 1 : 0;
  c.years[i] = finite(p.yearsExperience, 'yearsExperience', p.memberId);
  c.supervisoryYears[i] = finite(p.supervisoryYears, 'supervisoryYears', p.memberId);
  c.skillsShared[i] = skillMask(p.skillsShared);
  c.skillsWanted[i] = skillMask(p.skillsWanted);
  c.openSlots[i] = p.mentor === null ? 0 : Math.max(0, Math.floor(p.mentor.openSlots));
}

function fillPlace(c: MemberColumns, p: CandidateProfile, i: number): void {
  if (p.place === null) {
    c.region[i] = NO_REGION;
    return;
  }
  const lat = finite(p.place.lat, 'place.lat', p.memberId);
  const lon = finite(p.place.lon, 'place.lon', p.memberId);
  [c.x[i], c.y[i], c.z[i]] = unitVector(lat, lon);
  c.placed[i] = 1;
  c.region[i] = codeOf(REGION_CODES, p.place.region, 'region', p.memberId);
}

function codeOf(
  codes: ReadonlyMap<string, number>,
  value: string,
  field: string,
  memberId: number,
): number {
  const code = codes.get(value);
  if (code === undefined) throw new RangeError(`member ${memberId}: unknown ${field} ${value}`);
  return code;
}

function finite(value: number, field: string, memberId: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`member ${memberId}: ${field} is not a number`);
  return value;
}

function firstDuplicate(profiles: readonly CandidateProfile[]): number | undefined {
  const seen = new Set<number>();
  for (const { memberId } of profiles) {
    if (seen.has(memberId)) return memberId;
    seen.add(memberId);
  }
  return undefined;
}

function intern(keys: Map<string, number>, key: string): number {
  let code = keys.get(key);
  if (code === undefined) {
    code = keys.size;
    keys.set(key, code);
  }
  return code;
}

function blockCode(rule: HardRule | null): number {
  return rule === null ? 0 : BLOCK_CODES.get(rule)!;
}

function poolOf(blocks: Uint8Array): Int32Array {
  let size = 0;
  for (let i = 0; i < blocks.length; i++) if (blocks[i] === 0) size++;
  const pool = new Int32Array(size);
  for (let i = 0, n = 0; i < blocks.length; i++) if (blocks[i] === 0) pool[n++] = i;
  return pool;
}

function rowsOf(memberCount: number, members: Int32Array): Int32Array {
  const rows = new Int32Array(memberCount).fill(-1);
  for (let row = 0; row < members.length; row++) rows[members[row]] = row;
  return rows;
}
