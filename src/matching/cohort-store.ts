/**
 * Loads a program's matching cohort as the engine wants it: plain candidate profiles (no names,
 * no contact details, each role with its session) and the pairs that must not be suggested. A
 * few set queries, whatever the program's size; the engine does the rest in memory, one
 * session's pool at a time.
 */
import type { Knex } from 'knex';
import type {
  CandidatePlace,
  CandidateProfile,
  ExcludedPair,
  Focus,
  Skill,
} from './engine';

/** Finds a place's coordinates and region by its id from the place list. */
export type PlaceLookup = (placeId: string) => CandidatePlace | undefined;

interface ProfileRow {
  id: number;
  member_id: number;
  focus: Focus;
  place_id: string | null;
  outside_ontario: number | boolean;
  online_only: number | boolean;
  years_experience: number;
  supervisory_years: number;
  institution_id: number | null;
  mentor_capacity: number;
  paused_at: number | null;
}

const PROFILE_COLUMNS: Array<keyof ProfileRow> = [
  'id',
  'member_id',
  'focus',
  'place_id',
  'outside_ontario',
  'online_only',
  'years_experience',
  'supervisory_years',
  'institution_id',
  'mentor_capacity',
  'paused_at',
];

interface RoleRow {
  profile_id: number;
  role: 'mentor' | 'mentee';
  status: string;
  session_id: number | null;
}

/** Follows merges so that an institution and its duplicates share one key. */
async function institutionKeys(trx: Knex, programId: number): Promise<Map<number, string>> {
  const rows: Array<{ id: number; merged_into_id: number | null }> = await trx('mm_institutions')
    .where({ program_id: programId })
    .select('id', 'merged_into_id');
  const parent = new Map(rows.map((r) => [r.id, r.merged_into_id]));

  const keyOf = (id: number): string => {
    let current = id;
    for (let hops = 0; parent.get(current) && hops < 32; hops += 1) {
      current = parent.get(current) as number;
    }
    return String(current);
  };
  return new Map(rows.map((r) => [r.id, keyOf(r.id)]));
}

async function skillsByProfile(trx: Knex, programId: number) {
  const rows: Array<{ profile_id: number; kind: string; skill: Skill }> = await trx(
    'mm_profile_skills',
  )
    .where({ program_id: programId })
    .select('profile_id', 'kind', 'skill');
  const shared = new Map<number, Skill[]>();
  const wanted = new Map<number, Skill[]>();
  for (const row of rows) {
    const target = row.kind === 'shared' ? shared : wanted;
    target.set(row.profile_id, [...(target.get(row.profile_id) ?? []), row.skill]);
  }
  return { shared, wanted };
}

async function placesTaken(trx: Knex, programId: number) {
  const rows: Array<{ member_id: number; role: string; taken: number }> = await trx(
    'mm_partnership_places',
  )
    .where({ program_id: programId })
    .select('member_id', 'role', 'taken');
  const key = (memberId: number, role: string) => `${memberId}:${role}`;
  const taken = new Map(rows.map((r) => [key(r.member_id, r.role), Number(r.taken)]));
  return (memberId: number, role: string) => taken.get(key(memberId, role)) ?? 0;
}

/** Every profile in the program with at least one role applied for. */
export async function loadCandidates(
  trx: Knex,
  programId: number,
  placeOf: PlaceLookup,
): Promise<CandidateProfile[]> {
  // Only what matching reads: a profile row also holds free text and contact details, which
  // at 10,000 profiles are most of the bytes read on every approval.
  const profiles: ProfileRow[] = await trx('mm_profiles')
    .where({ program_id: programId })
    .select(PROFILE_COLUMNS);
  const roles: RoleRow[] = await trx('mm_profile_roles')
    .where({ program_id: programId })
    .select('profile_id', 'role', 'status', 'session_id');
  const institutions = await institutionKeys(trx, programId);
  const skills = await skillsByProfile(trx, programId);
  const taken = await placesTaken(trx, programId);

  const rolesOf = new Map<number, RoleRow[]>();
  for (const role of roles) rolesOf.set(role.profile_id, [...(rolesOf.get(role.profile_id) ?? []), role]);

  return profiles
    .filter((p) => rolesOf.has(p.id))
    .map((p) => toCandidate(p, rolesOf.get(p.id) ?? [], { institutions, skills, taken, placeOf }));
}

function toCandidate(
  p: ProfileRow,
  roles: RoleRow[],
  sources: {
    institutions: Map<number, string>;
    skills: Awaited<ReturnType<typeof skillsByProfile>>;
    taken: (memberId: number, role: string) => number;
    placeOf: PlaceLookup;
  },
): CandidateProfile {
  const active = p.paused_at === null;
  const mentor = roles.find((r) => r.role === 'mentor');
  const mentee = roles.find((r) => r.role === 'mentee');
  const capacity = Number(p.mentor_capacity);

  return {
    memberId: p.member_id,
    institutionKey: p.institution_id === null ? null : (sources.institutions.get(p.institution_id) ?? null),
    focus: p.focus,
    place: p.place_id ? (sources.placeOf(p.place_id) ?? null) : null,
    outsideOntario: Boolean(p.outside_ontario),
    meetsOnlineOnly: Boolean(p.online_only),
    yearsExperience: Number(p.years_experience),
    supervisoryYears: Number(p.supervisory_years),
    skillsShared: sources.skills.shared.get(p.id) ?? [],
    skillsWanted: sources.skills.wanted.get(p.id) ?? [],
    mentor: mentor
      ? {
          approved: mentor.status === 'approved',
          active,
          sessionId: mentor.session_id,
          capacity,
          openSlots: Math.max(0, capacity - sources.taken(p.member_id, 'mentor')),
        }
      : null,
    mentee: mentee
      ? {
          approved: mentee.status === 'approved',
          active,
          sessionId: mentee.session_id,
          matched: sources.taken(p.member_id, 'mentee') > 0,
        }
      : null,
  };
}

/** Pairs with a partnership, a pending request, a decline, or hidden as "not interested". */
export async function loadExclusions(trx: Knex, programId: number): Promise<ExcludedPair[]> {
  const pairs: ExcludedPair[] = [];
  const requests = await trx('mm_partnership_requests')
    .where({ program_id: programId })
    .whereIn('status', ['pending', 'declined'])
    .select('mentor_member_id', 'mentee_member_id', 'status');
  for (const r of requests) {
    const kind = r.status === 'pending' ? 'pending_request' : 'declined';
    pairs.push({ mentorId: r.mentor_member_id, menteeId: r.mentee_member_id, kind });
  }

  const partnerships = await trx('mm_partnerships')
    .where({ program_id: programId })
    .select('mentor_member_id', 'mentee_member_id');
  for (const p of partnerships) {
    pairs.push({ mentorId: p.mentor_member_id, menteeId: p.mentee_member_id, kind: 'partnership' });
  }

  // A hidden suggestion stays hidden whichever role each of the two plays.
  const dismissals = await trx('mm_suggestion_dismissals')
    .where({ program_id: programId })
    .select('member_id', 'partner_member_id');
  for (const d of dismissals) {
    pairs.push({ mentorId: d.member_id, menteeId: d.partner_member_id, kind: 'not_interested' });
    pairs.push({ mentorId: d.partner_member_id, menteeId: d.member_id, kind: 'not_interested' });
  }
  return pairs;
}
