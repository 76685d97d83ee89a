/**
 * The plain data the matching engine reads and returns: candidate profiles, program settings,
 * excluded pairs, pair scores with their reasons, suggestions and the whole-cohort proposal.
 * Nothing here knows about the database or HTTP; the job that runs matching builds these.
 */

export const FOCUSES = ['college', 'university', 'public', 'school', 'other'] as const;

/** The library sector a member works in or wants to learn about. */
export type Focus = (typeof FOCUSES)[number];

export const REGIONS = ['northern', 'eastern', 'central', 'southwestern', 'toronto'] as const;

/** Ontario's usual regions; the same words as the place list's regions. */
export type Region = (typeof REGIONS)[number];

export const SKILLS = [
  'communication',
  'career_guidance',
  'leadership_management',
  'business_knowledge',
  'project_management',
] as const;

export type Skill = (typeof SKILLS)[number];

export const CRITERIA = ['focus', 'location', 'experience', 'skills', 'supervisory'] as const;

/** What a pair is scored on. */
export type Criterion = (typeof CRITERIA)[number];

export interface CandidatePlace {
  lat: number;
  lon: number;
  region: Region;
}

/**
 * The program session a role belongs to. Only roles of one session are paired; absent or null
 * (a program without sessions) counts as one session of its own.
 */
export interface SessionRole {
  sessionId?: number | null;
}

/** The mentor role as matching needs it. `active` is false while paused or suspended. */
export interface MentorRole extends SessionRole {
  approved: boolean;
  active: boolean;
  capacity: number;
  /** Capacity left once current partnerships are counted; the job works it out. */
  openSlots: number;
}

/** The mentee role as matching needs it. `matched` is true while in a partnership. */
export interface MenteeRole extends SessionRole {
  approved: boolean;
  active: boolean;
  matched: boolean;
}

/** One member as the engine sees them: no names, no contact details. */
export interface CandidateProfile {
  memberId: number;
  /** Compared as given, so the job passes one normalised key per institution. */
  institutionKey: string | null;
  focus: Focus;
  /** Null when the member gave no place in Ontario. */
  place: CandidatePlace | null;
  outsideOntario: boolean;
  meetsOnlineOnly: boolean;
  yearsExperience: number;
  supervisoryYears: number;
  /** Skills the member shares as a mentor. */
  skillsShared: readonly Skill[];
  /** Skills the member wants to enhance as a mentee. */
  skillsWanted: readonly Skill[];
  mentor: MentorRole | null;
  mentee: MenteeRole | null;
}

/**
 * Relative weights; the engine scales them so that a perfect pair scores SCORE_SCALE (give or
 * take a point or two of rounding when the weights do not divide it evenly).
 */
export type MatchingWeights = Record<Criterion, number>;

export interface MatchingSettings {
  weights: MatchingWeights;
  /** Hard rule: the mentor has at least this many more years of experience than the mentee. */
  minExperienceGap: number;
  /** A gap of this many years or more earns the full experience weight. */
  fullExperienceGap: number;
  /** Sector pairs that count as near each other, in either order. */
  nearFocusPairs: ReadonlyArray<readonly [Focus, Focus]>;
  /** Share of the focus weight that near sectors earn (same sector earns all of it). */
  nearFocusShare: number;
  /** Distance at which the location share has fallen to one half. */
  halfScoreKm: number;
  /** Least location share for two members in the same region, however far apart. */
  sameRegionShare: number;
  /**
   * For a pair that meets online (either member meets online only, or lives outside Ontario),
   * this share of the distance penalty is waived: 0 keeps distance as is, 1 ignores it.
   */
  onlineRelief: number;
  /** Supervisory experience of this many years or more earns the full supervisory weight. */
  fullSupervisoryYears: number;
  /**
   * Points (on the SCORE_SCALE) taken off a suggestion for each time its candidate is already
   * shown beyond their room, so that lists spread demand instead of repeating the same few.
   */
  spreadPenalty: number;
}

/** Why a pair may not be suggested; the order of this list is the order rules are checked. */
export const HARD_RULES = [
  'same_member',
  'not_a_mentor',
  'mentor_not_approved',
  'mentor_inactive',
  'mentor_full',
  'not_a_mentee',
  'mentee_not_approved',
  'mentee_inactive',
  'mentee_matched',
  'different_session',
  'same_institution',
  'experience_gap',
  'partnership_exists',
  'request_pending',
  'declined',
  'not_interested',
] as const;

export type HardRule = (typeof HARD_RULES)[number];

/** What stands between two members and keeps them from being suggested again. */
export type ExclusionKind = 'partnership' | 'pending_request' | 'declined' | 'not_interested';

export interface ExcludedPair {
  mentorId: number;
  menteeId: number;
  kind: ExclusionKind;
}

/** Excluded pairs looked up from either side; build it with `buildExclusions`. */
export interface PairExclusions {
  byMentor: ReadonlyMap<number, ReadonlyMap<number, ExclusionKind>>;
  byMentee: ReadonlyMap<number, ReadonlyMap<number, ExclusionKind>>;
}

export interface MatchingContext {
  settings: MatchingSettings;
  exclusions: PairExclusions;
}

export type Contributions = Record<Criterion, number>;

/** A reason for a suggestion, as a code and parameters that a view puts into words. */
export type Reason =
  | { code: 'same_focus'; focus: Focus }
  | { code: 'near_focus'; mentorFocus: Focus; menteeFocus: Focus }
  | { code: 'distance_km'; km: number }
  | { code: 'same_region'; region: Region }
  | { code: 'meets_online' }
  | { code: 'experience'; mentorYears: number; menteeYears: number }
  | { code: 'shares_skills'; skills: Skill[] }
  | { code: 'supervisory'; years: number };

/**
 * A scored pair. Scores and contributions are whole numbers of points out of SCORE_SCALE, so
 * that the contributions add up to the score exactly, in any order.
 */
export interface PairScore {
  mentorId: number;
  menteeId: number;
  score: number;
  contributions: Contributions;
  /** Strongest first; criteria that contributed nothing give no reason. */
  reasons: Reason[];
}

/** One entry of a member's ranked list of suggested partners. */
export interface Suggestion extends PairScore {
  /** The suggested partner: the mentor in a mentee's list, the mentee in a mentor's list. */
  partnerId: number;
  /** 1 for the first suggestion. */
  rank: number;
  /** True when the whole-cohort optimum pairs the two: the first suggestion(s) of a list. */
  fromOptimum: boolean;
}

/**
 * What the last whole-cohort run learnt about demand, to rank a newcomer's list between runs.
 * A price is how much of their score a member's partners had to give up for them in the
 * optimum (0 for anyone with room to spare); exposure counts how often, weighted by rank, a
 * member is shown in others' lists. Members missing from a map count as 0.
 */
export interface MarketState {
  mentorPrice: ReadonlyMap<number, number>;
  menteePrice: ReadonlyMap<number, number>;
  mentorExposure: ReadonlyMap<number, number>;
  menteeExposure: ReadonlyMap<number, number>;
}

export interface MemberSuggestions {
  /** Mentors suggested to the member as a mentee; empty when that role is not in the pool. */
  asMentee: Suggestion[];
  /** Mentees suggested to the member as a mentor; empty when that role is not in the pool. */
  asMentor: Suggestion[];
  /** Why the member's mentee role is out of the pool, or null when it is in it. */
  menteeBlockedBy: HardRule | null;
  /** Why the member's mentor role is out of the pool, or null when it is in it. */
  mentorBlockedBy: HardRule | null;
}

export interface CohortSuggestions {
  /** Keyed by mentee member id, for every mentee in the pool (lists may be empty). */
  asMentee: Map<number, Suggestion[]>;
  /** Keyed by mentor member id, for every mentor in the pool (lists may be empty). */
  asMentor: Map<number, Suggestion[]>;
  market: MarketState;
}

/** Why a mentee in the pool has no partner in the proposal. */
export type UnmatchedReason =
  | {
      code: 'no_viable_mentor';
      /** How many mentors each hard rule ruled out, over every member offering mentoring. */
      ruledOutBy: Partial<Record<HardRule, number>>;
    }
  | {
      code: 'mentors_taken';
      /** How many mentors would be viable; their room went to pairs that score more. */
      viableMentors: number;
      bestMentorId: number;
      bestScore: number;
    };

export interface ScoreSpread {
  min: number;
  p25: number;
  median: number;
  p75: number;
  max: number;
  mean: number;
}

/** The whole-cohort assignment, for program administrators to review before publishing. */
export interface CohortProposal {
  pairs: PairScore[];
  totalScore: number;
  /** Null when nobody is paired. */
  spread: ScoreSpread | null;
  menteesInPool: number;
  mentorsInPool: number;
  unmatchedMentees: Array<{ menteeId: number; reason: UnmatchedReason }>;
  mentorsWithRoom: Array<{ mentorId: number; slotsLeft: number }>;
}
