/**
 * Checks the administrators' settings forms, one section at a time. Each check reads the
 * form's strings, returns every problem at once as a message key per field, and returns a
 * typed value only when there is none. Message parameters come from `SETTING_LIMITS`.
 */
import { SUPPORTED_LOCALES, type Locale } from '../i18n/catalogue';
import { CRITERIA, type MatchingWeights } from '../matching/engine';
import type { FieldErrors } from '../web/errors';
import { SETTING_LIMITS, type ProgramSettings } from './program-settings-defaults';
import type { ProgramDetails } from './program-settings-store';

export type Checked<T> = { value: T; errors: null } | { value: null; errors: FieldErrors };

export type SettingsForm = Record<string, string>;

export interface GeneralSettings extends ProgramDetails {
  partnershipTermMonths: number;
  requestExpiryDays: number;
  documentRetentionDays: number;
  maxMentorCapacity: number;
}

export interface MatchingSettingsInput {
  matchingWeights: MatchingWeights;
  minExperienceGap: number;
}

export interface AgreementInput {
  title: string;
  body: string;
  /** The language the administrator wrote it in, which pages in the other language mark. */
  language: Locale;
}

// Loose on purpose, like the profile's: it stops what cannot be an address.
const EMAIL = /^[^\s@<>,;"]+@[^\s@<>,;".]+(\.[^\s@<>,;".]+)+$/;

// A line break or other control character: no role name sign-in brings holds one.
const CONTROL_CHARACTER = /\p{Cc}/u;

/** The submitted strings of the named fields; anything else in the body is ignored. */
export function readSettingsForm(body: unknown, fields: readonly string[]): SettingsForm {
  const source = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((field) => [field, typeof source[field] === 'string' ? source[field] : '']),
  ) as SettingsForm;
}

function done<T>(value: T, errors: FieldErrors): Checked<T> {
  return Object.keys(errors).length > 0 ? { value: null, errors } : { value, errors: null };
}

/** A whole number within the limits, or null; records the field's error. */
function wholeNumber(
  form: SettingsForm,
  field: string,
  limits: { min: number; max: number },
  errors: FieldErrors,
): number {
  const text = form[field].trim();
  const value = /^\d{1,6}$/.test(text) ? Number(text) : NaN;
  if (!(value >= limits.min && value <= limits.max)) errors[field] = 'admin.settings.error.range';
  return value;
}

function singleLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function address(form: SettingsForm, field: string, errors: FieldErrors): string {
  const value = form[field].trim();
  if (value === '') errors[field] = 'admin.settings.error.email_required';
  else if (value.length > SETTING_LIMITS.emailLength || !EMAIL.test(value)) {
    errors[field] = 'admin.settings.error.email';
  }
  return value;
}

export const GENERAL_FIELDS = [
  'name',
  'program_contact_email',
  'support_contact_email',
  'admin_role',
  'partnership_term_months',
  'request_expiry_days',
  'max_mentor_capacity',
  'document_retention_days',
] as const;

/**
 * The program's own administrator role, or null when left empty. It is compared exactly with
 * the roles sign-in brings, so it is kept as typed but for the spaces around it.
 */
function adminRole(form: SettingsForm, errors: FieldErrors): string | null {
  const value = form.admin_role.trim();
  if (value.length > SETTING_LIMITS.adminRoleLength) {
    errors.admin_role = 'admin.settings.error.too_long';
  } else if (CONTROL_CHARACTER.test(value)) {
    errors.admin_role = 'admin.settings.error.admin_role';
  }
  return value === '' ? null : value;
}

export function checkGeneralSettings(form: SettingsForm): Checked<GeneralSettings> {
  const errors: FieldErrors = {};
  const name = singleLine(form.name);
  if (name === '') errors.name = 'admin.settings.error.name_required';
  else if (name.length > SETTING_LIMITS.nameLength) errors.name = 'admin.settings.error.too_long';

  const value: GeneralSettings = {
    name,
    programContactEmail: address(form, 'program_contact_email', errors),
    supportContactEmail: address(form, 'support_contact_email', errors),
    adminRole: adminRole(form, errors),
    partnershipTermMonths: wholeNumber(
      form, 'partnership_term_months', SETTING_LIMITS.partnershipTermMonths, errors,
    ),
    requestExpiryDays: wholeNumber(
      form, 'request_expiry_days', SETTING_LIMITS.requestExpiryDays, errors,
    ),
    maxMentorCapacity: wholeNumber(
      form, 'max_mentor_capacity', SETTING_LIMITS.maxMentorCapacity, errors,
    ),
    documentRetentionDays: wholeNumber(
      form, 'document_retention_days', SETTING_LIMITS.documentRetentionDays, errors,
    ),
  };
  return done(value, errors);
}

export const MATCHING_FIELDS = [
  ...CRITERIA.map((criterion) => `weight_${criterion}`),
  'min_experience_gap',
];

export function checkMatchingSettings(form: SettingsForm): Checked<MatchingSettingsInput> {
  const errors: FieldErrors = {};
  const weights = Object.fromEntries(
    CRITERIA.map((c) => [c, wholeNumber(form, `weight_${c}`, SETTING_LIMITS.weight, errors)]),
  ) as MatchingWeights;
  const allZero = CRITERIA.every((criterion) => weights[criterion] === 0);
  if (allZero) errors[`weight_${CRITERIA[0]}`] = 'admin.settings.error.weights_all_zero';
  const gap = wholeNumber(form, 'min_experience_gap', SETTING_LIMITS.minExperienceGap, errors);

  return done({ matchingWeights: weights, minExperienceGap: gap }, errors);
}

export const AGREEMENT_FIELDS = [
  'agreement_language',
  'agreement_title',
  'agreement_body',
] as const;

export function checkAgreement(form: SettingsForm): Checked<AgreementInput> {
  const errors: FieldErrors = {};
  const title = singleLine(form.agreement_title);
  if (title === '') errors.agreement_title = 'admin.settings.error.agreement_title_required';
  else if (title.length > SETTING_LIMITS.agreementTitleLength) {
    errors.agreement_title = 'admin.settings.error.too_long';
  }

  const body = form.agreement_body.replace(/\r\n/g, '\n').trim();
  if (body === '') errors.agreement_body = 'admin.settings.error.agreement_body_required';
  else if (body.length > SETTING_LIMITS.agreementBodyLength) {
    errors.agreement_body = 'admin.settings.error.too_long';
  }
  const language = SUPPORTED_LOCALES.find((locale) => locale === form.agreement_language);
  if (!language) errors.agreement_language = 'admin.settings.error.agreement_language';
  return done({ title, body, language: language ?? 'en' }, errors);
}

/** The form field of an email's introduction in one language. */
export function introductionField(template: string, locale: Locale): string {
  return `intro_${locale}_${template}`;
}

/** Every introduction field of these emails: each email in each language. */
export function introductionFields(templates: readonly string[]): string[] {
  return templates.flatMap((template) =>
    SUPPORTED_LOCALES.map((locale) => introductionField(template, locale)),
  );
}

export function checkIntroductions(
  form: SettingsForm,
  templates: readonly string[],
): Checked<ProgramSettings['emailIntroductions']> {
  const errors: FieldErrors = {};
  const introductions: Record<string, Partial<Record<Locale, string>>> = {};
  for (const template of templates) {
    for (const locale of SUPPORTED_LOCALES) {
      const field = introductionField(template, locale);
      const text = form[field].replace(/\r\n/g, '\n').trim();
      if (text.length > SETTING_LIMITS.introductionLength) {
        errors[field] = 'admin.settings.error.too_long';
      } else if (text !== '') {
        introductions[template] = { ...introductions[template], [locale]: text };
      }
    }
  }
  return done(introductions, errors);
}
