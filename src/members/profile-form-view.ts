/**
 * What the profile form template needs: the values to show (saved, or as just typed), the
 * choices with their state, and each error in words beside its field and in the summary.
 */
import type { Response } from 'express';
import type { FieldErrors } from '../web/errors';
import type { MessageParams } from '../i18n/catalogue';
import { t } from '../web/render';
import type { Member } from './member-store';
import type { Place, PlaceDirectory } from './places';
import {
  FOCUSES,
  MENTOR_MIN_YEARS,
  mentorRoleOffered,
  PROFILE_LIMITS,
  ROLES,
  SKILLS,
} from './profile-options';
import type { Profile } from './profile-store';
import type { ProfileForm } from './profile-validation';

export interface FormContext {
  member: Member;
  form: ProfileForm;
  errors: FieldErrors;
  placeChoices: Place[];
  institutionNames: string[];
  /** Years already on record, which decide whether the mentor role is offered. */
  savedYears: number | null;
  /** The program's largest mentor capacity; the shared default when absent. */
  maxMentorCapacity?: number;
}

/** The parameters any profile message may use. */
export const PROFILE_MESSAGE_PARAMS = {
  min: MENTOR_MIN_YEARS,
  max: PROFILE_LIMITS.maxMentorCapacity,
  length: PROFILE_LIMITS.otherInformationLength,
  maxYears: PROFILE_LIMITS.maxYears,
};

// Where the summary sends the member for a group of boxes: its first box.
const GROUP_ANCHORS: Record<string, string> = {
  skills_shared: 'field-skills_shared-communication',
  skills_wanted: 'field-skills_wanted-communication',
};

function anchorOf(field: string, mentorOffered: boolean): string {
  if (field === 'roles') return mentorOffered ? 'field-roles-mentor' : 'field-roles-mentee';
  return GROUP_ANCHORS[field] ?? `field-${field}`;
}

/** The form as the member's saved profile fills it, or blank but for what sign-in gave us. */
export function formFromProfile(
  profile: Profile | null,
  roles: string[],
  member: Member,
  places: PlaceDirectory,
  institution: string | null,
): ProfileForm {
  const place = profile?.placeId ? places.byId(profile.placeId) : undefined;
  const number = (value: number | undefined) => (value === undefined ? '' : String(value));
  return {
    roles,
    focus: profile?.focus ?? '',
    placeQuery: place?.name ?? '',
    placeId: place?.id ?? '',
    outsideOntario: profile?.outsideOntario ?? false,
    onlineOnly: profile?.onlineOnly ?? false,
    yearsExperience: number(profile?.yearsExperience),
    supervisoryYears: profile?.supervisoryYears ? String(profile.supervisoryYears) : '',
    supervisedPeople: profile?.supervisedPeople ? String(profile.supervisedPeople) : '',
    institution: institution ?? '',
    skillsShared: profile?.skillsShared ?? [],
    skillsWanted: profile?.skillsWanted ?? [],
    mentorCapacity: number(profile?.mentorCapacity ?? PROFILE_LIMITS.defaultMentorCapacity),
    otherInformation: profile?.otherInformation ?? '',
    contactEmail: profile?.contactEmail ?? member.email,
    contactPhone: profile?.contactPhone ?? '',
  };
}

function options(values: readonly string[], chosen: readonly string[], field: string) {
  return values.map((value) => ({
    value,
    id: `field-${field}-${value}`,
    checked: chosen.includes(value),
  }));
}

/** A place as a member reads it: its division tells namesakes apart. */
export function placeLabel(place: Place): string {
  return place.division && place.division !== place.name
    ? `${place.name} (${place.division})`
    : place.name;
}

/**
 * Labels for a 'did you mean' list. Two places of one name in one division (Red Lake, the
 * town and the township) are told apart by population, or failing that by coordinates.
 */
function choiceLabels(res: Response, places: readonly Place[]): string[] {
  const labels = places.map(placeLabel);
  return labels.map((label, i) => {
    if (labels.indexOf(label) === labels.lastIndexOf(label)) return label;

    const place = places[i];
    if (place.population) {
      return t(res, 'profile.place.with_population', { label, population: place.population });
    }
    const lat = place.lat.toFixed(2);
    const lon = Math.abs(place.lon).toFixed(2);
    return t(res, 'profile.place.with_coordinates', { label, lat, lon });
  });
}

function translatedErrors(res: Response, errors: FieldErrors, params: MessageParams) {
  const messages: Record<string, string> = {};
  for (const [field, key] of Object.entries(errors)) {
    messages[field] = t(res, key, params);
  }
  return messages;
}

/** The template's context; field order in the summary follows the form's order. */
export function formViewModel(res: Response, context: FormContext) {
  const { form, errors } = context;
  const limits = {
    ...PROFILE_MESSAGE_PARAMS,
    max: context.maxMentorCapacity ?? PROFILE_MESSAGE_PARAMS.max,
  };
  const messages = translatedErrors(res, errors, limits);
  const typed = form.yearsExperience.trim();
  const typedYears = /^\d{1,6}$/.test(typed) ? Number(typed) : null;
  const years = context.savedYears ?? typedYears;
  const mentorOffered = mentorRoleOffered(years) || form.roles.includes('mentor');

  return {
    form,
    errors: messages,
    errorSummary: FIELD_ORDER.filter((field) => field in messages).map((field) => ({
      href: `#${anchorOf(field, mentorOffered)}`,
      message: messages[field],
    })),
    roleOptions: options(ROLES, form.roles, 'roles').filter(
      (option) => option.value !== 'mentor' || mentorOffered,
    ),
    mentorOffered,
    focusOptions: FOCUSES.map((value) => ({ value, selected: form.focus === value })),
    skillsShared: options(SKILLS, form.skillsShared, 'skills_shared'),
    skillsWanted: options(SKILLS, form.skillsWanted, 'skills_wanted'),
    placeChoices: choiceLabels(res, context.placeChoices).map((label, i) => ({
      id: context.placeChoices[i].id,
      inputId: `field-place-choice-${i}`,
      label,
    })),
    institutionNames: context.institutionNames,
    limits,
  };
}

const FIELD_ORDER = [
  'roles',
  'focus',
  'years_experience',
  'place_query',
  'supervisory_years',
  'supervised_people',
  'institution',
  'skills_shared',
  'skills_wanted',
  'mentor_capacity',
  'other_information',
  'contact_email',
  'contact_phone',
];
