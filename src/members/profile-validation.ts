/**
 * Reads the profile form as the browser sent it and checks it field by field. Pure: the route
 * hands in the body and the place list, and gets back either clean input or a message key per
 * field, with the form as typed so that the page can show it again.
 */
import type { FieldErrors } from '../web/errors';
import type { Place, PlaceDirectory } from './places';
import { institutionKey } from './institutions';
import { resolvePlace } from './place-resolution';
import {
  isFocus,
  isRole,
  isSkill,
  meetsMentorExperience,
  PROFILE_LIMITS,
  type Focus,
  type Role,
  type Skill,
} from './profile-options';

/** The form exactly as typed: strings and lists of strings, nothing interpreted yet. */
export interface ProfileForm {
  roles: string[];
  focus: string;
  placeQuery: string;
  placeId: string;
  outsideOntario: boolean;
  onlineOnly: boolean;
  yearsExperience: string;
  supervisoryYears: string;
  supervisedPeople: string;
  institution: string;
  skillsShared: string[];
  skillsWanted: string[];
  mentorCapacity: string;
  otherInformation: string;
  contactEmail: string;
  contactPhone: string;
}

/** What a valid form says, ready for the profile service. */
export interface ProfileInput {
  roles: Role[];
  focus: Focus;
  placeId: string | null;
  outsideOntario: boolean;
  onlineOnly: boolean;
  yearsExperience: number;
  supervisoryYears: number;
  supervisedPeople: number;
  /** As typed; the service finds the institution it names or adds it. Null when left blank. */
  institutionName: string | null;
  skillsShared: Skill[];
  skillsWanted: Skill[];
  mentorCapacity: number;
  otherInformation: string | null;
  contactEmail: string;
  contactPhone: string | null;
}

export interface ProfileCheck {
  input: ProfileInput | null;
  errors: FieldErrors;
  /** Places the location text might mean, when it means more than one. */
  placeChoices: Place[];
}

type Body = Record<string, unknown>;

function text(body: Body, name: string): string {
  const value = body[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

function list(body: Body, name: string): string[] {
  const value = body[name];
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((item): item is string => typeof item === 'string');
}

/** Takes whatever the body holds; anything that is not a string or a list of them is dropped. */
export function readProfileForm(raw: unknown): ProfileForm {
  const body = (raw && typeof raw === 'object' ? raw : {}) as Body;
  return {
    roles: list(body, 'roles'),
    focus: text(body, 'focus'),
    placeQuery: text(body, 'place_query'),
    placeId: text(body, 'place_id'),
    outsideOntario: text(body, 'outside_ontario') === 'yes',
    onlineOnly: text(body, 'online_only') === 'yes',
    yearsExperience: text(body, 'years_experience'),
    supervisoryYears: text(body, 'supervisory_years'),
    supervisedPeople: text(body, 'supervised_people'),
    institution: text(body, 'institution'),
    skillsShared: list(body, 'skills_shared'),
    skillsWanted: list(body, 'skills_wanted'),
    mentorCapacity: text(body, 'mentor_capacity'),
    otherInformation: text(body, 'other_information'),
    contactEmail: text(body, 'contact_email'),
    contactPhone: text(body, 'contact_phone'),
  };
}

/** A whole number from min to max, or null. A blank optional number is `blank`. */
function wholeNumber(value: string, min: number, max: number): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;

  const number = Number(trimmed);
  return number >= min && number <= max ? number : null;
}

function optionalNumber(value: string, max: number): number | null {
  return value.trim() === '' ? 0 : wholeNumber(value, 0, max);
}

function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

// Loose on purpose: the member knows their address; this stops what cannot be one.
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;".]+(\.[^\s@<>,;".]+)+$/;
// Digits with the usual separators and an optional extension: "+1 (416) 555-0199 ext. 12".
const PHONE = /^\+?[0-9 ().-]{7,24}((ext\.?|x) ?[0-9]{1,6})?$/i;

interface Checked<T> {
  value: T | null;
  error?: string;
}

function checkRoles(form: ProfileForm, years: number | null): Checked<Role[]> {
  const roles = [...new Set(form.roles)];
  if (roles.length === 0) return { value: null, error: 'profile.error.roles_required' };
  if (!roles.every(isRole)) return { value: null, error: 'profile.error.roles_invalid' };

  if (roles.includes('mentor') && years !== null && !meetsMentorExperience(years)) {
    return { value: null, error: 'profile.error.mentor_experience' };
  }
  return { value: roles };
}

function checkSkills(values: string[]): Checked<Skill[]> {
  const skills = [...new Set(values)];
  return skills.every(isSkill) ? { value: skills } : { value: null, error: 'profile.error.skills' };
}

function checkNumbers(form: ProfileForm, errors: FieldErrors, maxCapacity: number) {
  const years = wholeNumber(form.yearsExperience, 0, PROFILE_LIMITS.maxYears);
  if (years === null) errors.years_experience = 'profile.error.years_experience';

  const supervisoryYears = optionalNumber(form.supervisoryYears, PROFILE_LIMITS.maxYears);
  if (supervisoryYears === null) errors.supervisory_years = 'profile.error.supervisory_years';

  const maxPeople = PROFILE_LIMITS.maxSupervisedPeople;
  const supervisedPeople = optionalNumber(form.supervisedPeople, maxPeople);
  if (supervisedPeople === null) errors.supervised_people = 'profile.error.supervised_people';

  const capacity =
    form.mentorCapacity.trim() === ''
      ? PROFILE_LIMITS.defaultMentorCapacity
      : wholeNumber(form.mentorCapacity, 1, maxCapacity);
  if (capacity === null) errors.mentor_capacity = 'profile.error.mentor_capacity';

  return { years, supervisoryYears, supervisedPeople, capacity };
}

function checkContact(form: ProfileForm, errors: FieldErrors) {
  const email = form.contactEmail.trim();
  if (email === '') errors.contact_email = 'profile.error.contact_email_required';
  else if (email.length > PROFILE_LIMITS.emailLength || !EMAIL.test(email)) {
    errors.contact_email = 'profile.error.contact_email';
  }

  const phone = singleLine(form.contactPhone);
  if (phone !== '' && (phone.length > PROFILE_LIMITS.phoneLength || !PHONE.test(phone))) {
    errors.contact_phone = 'profile.error.contact_phone';
  }
  return { email, phone: phone === '' ? null : phone };
}

function checkPlace(form: ProfileForm, places: PlaceDirectory, errors: FieldErrors) {
  const query = form.placeQuery.slice(0, PROFILE_LIMITS.placeQueryLength);
  // A member outside Ontario has no place on the Ontario list; whatever is typed is ignored.
  if (form.outsideOntario) return { placeId: null, choices: [] };

  const found = resolvePlace(places, query, form.placeId);
  if (found.kind === 'found') return { placeId: found.place.id, choices: [] };

  errors.place_query = {
    none: 'profile.error.place_required',
    unknown: 'profile.error.place_unknown',
    ambiguous: 'profile.error.place_ambiguous',
  }[found.kind];
  return { placeId: null, choices: found.kind === 'ambiguous' ? found.choices : [] };
}

function checkTexts(form: ProfileForm, errors: FieldErrors) {
  const institution = singleLine(form.institution);
  if (institution.length > PROFILE_LIMITS.institutionLength) {
    errors.institution = 'profile.error.institution_length';
  } else if (institution && institutionKey(institution) === '') {
    // Names of punctuation alone ("_", "%") would all share the empty key: one institution
    // whose members were never matched with each other.
    errors.institution = 'profile.error.institution_unreadable';
  }

  const other = form.otherInformation.replace(/\r\n/g, '\n').trim();
  if (other.length > PROFILE_LIMITS.otherInformationLength) {
    errors.other_information = 'profile.error.other_information_length';
  }
  return { institution: institution || null, other: other || null };
}

/** Checks every field, so that the member sees every problem at once. */
/** `maxMentorCapacity` is the program's setting; the shared default when absent. */
export function checkProfileForm(
  form: ProfileForm,
  places: PlaceDirectory,
  maxMentorCapacity: number = PROFILE_LIMITS.maxMentorCapacity,
): ProfileCheck {
  const errors: FieldErrors = {};
  const numbers = checkNumbers(form, errors, maxMentorCapacity);
  const roles = checkRoles(form, numbers.years);
  if (roles.error) errors.roles = roles.error;

  if (!isFocus(form.focus)) errors.focus = 'profile.error.focus';
  const place = checkPlace(form, places, errors);
  const shared = checkSkills(form.skillsShared);
  if (shared.error) errors.skills_shared = shared.error;
  const wanted = checkSkills(form.skillsWanted);
  if (wanted.error) errors.skills_wanted = wanted.error;

  const contact = checkContact(form, errors);
  const texts = checkTexts(form, errors);
  if (Object.keys(errors).length > 0) return { input: null, errors, placeChoices: place.choices };

  const chosen = roles.value as Role[];
  const input: ProfileInput = {
    roles: chosen,
    focus: form.focus as Focus,
    placeId: place.placeId,
    outsideOntario: form.outsideOntario,
    onlineOnly: form.onlineOnly,
    yearsExperience: numbers.years as number,
    supervisoryYears: numbers.supervisoryYears as number,
    supervisedPeople: numbers.supervisedPeople as number,
    institutionName: texts.institution,
    // Skills belong to a role: a mentor's shared, a mentee's wanted; the other list is dropped.
    skillsShared: chosen.includes('mentor') ? (shared.value as Skill[]) : [],
    skillsWanted: chosen.includes('mentee') ? (wanted.value as Skill[]) : [],
    mentorCapacity: numbers.capacity as number,
    otherInformation: texts.other,
    contactEmail: contact.email,
    contactPhone: contact.phone,
  };
  return { input, errors, placeChoices: [] };
}
