/**
 * A member's record as the administrators' page shows it: facts in words, each role with its
 * history and the decisions that apply to it now, suggestions with their reasons, requests
 * and partnerships. Plain functions from the loaded record to what the template prints.
 */
import type { Profile } from '../members/profile-store';
import { reasonInWords } from '../matching/reason-words';
import type { FieldErrors } from '../web/errors';
import type { MemberRecord, RoleWithHistory } from './oversight-member-record';
import { NOTE_LENGTH, type Translate } from './oversight-web';

/** What the page shows around the role forms: a notice, or the reason typed and its error. */
export interface RecordForms {
  notice?: string;
  roleId?: number;
  note?: string;
  errors?: FieldErrors;
  conflict?: string;
}

const NOTICES = ['approve', 'decline', 'suspend', 'reinstate'];

function fact(t: Translate, label: string, value: string) {
  return { label: t(`admin.oversight.field.${label}`), value };
}

function placeWords(profile: Profile, t: Translate, placeName: (id: string) => string | null) {
  const place = profile.placeId ? placeName(profile.placeId) : null;
  const elsewhere = profile.outsideOntario ? 'profile.show.outside_ontario' : 'profile.show.none';
  const where = place ?? t(elsewhere);
  return profile.onlineOnly ? `${where} · ${t('profile.show.online_only')}` : where;
}

function skills(t: Translate, list: readonly string[]): string {
  if (list.length === 0) return t('profile.show.none');
  return list.map((skill) => t(`profile.skill.${skill}`)).join(', ');
}

function profileFacts(
  record: MemberRecord,
  profile: Profile,
  t: Translate,
  placeName: (id: string) => string | null,
) {
  const none = t('profile.show.none');
  const supervisory = t('admin.oversight.supervisory_value', {
    years: profile.supervisoryYears,
    people: profile.supervisedPeople,
  });
  return [
    fact(t, 'focus', t(`profile.focus.${profile.focus}`)),
    fact(t, 'location', placeWords(profile, t, placeName)),
    fact(t, 'years', String(profile.yearsExperience)),
    fact(t, 'institution', record.institutionName ?? none),
    fact(t, 'supervisory', supervisory),
    fact(t, 'capacity', String(profile.mentorCapacity)),
    fact(t, 'skills_shared', skills(t, profile.skillsShared)),
    fact(t, 'skills_wanted', skills(t, profile.skillsWanted)),
    fact(t, 'other', profile.otherInformation || none),
  ];
}

/** The decisions an administrator may take on the role as it stands. */
function actionsFor(role: RoleWithHistory): string[] {
  if (role.status === 'pending') return ['approve', 'decline'];
  if (role.status === 'approved') return ['suspend'];
  if (role.status === 'declined') return ['reinstate'];
  return role.statusReason === 'administrator' ? ['reinstate'] : [];
}

function roleView(role: RoleWithHistory, forms: RecordForms, t: Translate) {
  const here = forms.roleId === role.id;
  const error = here ? forms.errors?.note : undefined;
  return {
    ...role,
    actions: actionsFor(role),
    typedNote: here ? (forms.note ?? '') : '',
    noteError: error ? t(error, { length: NOTE_LENGTH }) : null,
    conflict: here && forms.conflict ? t(forms.conflict) : null,
  };
}

export function memberRecordView(
  record: MemberRecord,
  t: Translate,
  placeName: (id: string) => string | null,
  forms: RecordForms,
) {
  const { member, profile } = record;
  return {
    memberId: member.id,
    name: `${member.givenName} ${member.surname}`,
    member,
    notice: forms.notice && NOTICES.includes(forms.notice) ? forms.notice : null,
    profile,
    facts: profile ? profileFacts(record, profile, t, placeName) : [],
    roles: record.roles.map((role) => roleView(role, forms, t)),
    hasMenteeRole: record.roles.some((role) => role.role === 'mentee'),
    hasMentorRole: record.roles.some((role) => role.role === 'mentor'),
    noteLength: NOTE_LENGTH,
    suggestions: record.suggestions.map((s) => ({
      ...s,
      reasonWords: s.reasons.map((reason) => reasonInWords(t, reason, s.side)),
    })),
    requests: record.requests.map((r) => ({
      ...r,
      role: r.mentorId === member.id ? 'mentor' : 'mentee',
      byProgram: r.proposedBy !== null,
    })),
    partnerships: record.partnerships.map((p) => ({
      ...p,
      role: p.mentorId === member.id ? 'mentor' : 'mentee',
    })),
  };
}
