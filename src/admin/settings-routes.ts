/**
 * The program settings pages: general settings, matching (with a preview of how suggestions
 * would change before saving), the Mentoring Agreement and the introductions of the emails.
 * A form with errors is shown again with each message beside its field and what was typed;
 * nothing is saved. Only program administrators reach these pages.
 */
import { Router, type Request, type Response } from 'express';
import { SUPPORTED_LOCALES } from '../i18n/catalogue';
import { CRITERIA } from '../matching/engine';
import {
  PREVIEW_LISTED,
  type MatchingPreviewer,
  type NamedPreview,
} from '../programs/program-settings-preview';
import { SETTING_LIMITS, type ProgramSettings } from '../programs/program-settings-defaults';
import type { Administrator, ProgramSettingsService } from '../programs/program-settings-service';
import {
  AGREEMENT_FIELDS,
  checkAgreement,
  checkGeneralSettings,
  checkIntroductions,
  checkMatchingSettings,
  GENERAL_FIELDS,
  introductionField,
  introductionFields,
  MATCHING_FIELDS,
  readSettingsForm,
  type SettingsForm,
} from '../programs/program-settings-validation';
import type { Program } from '../programs/program-store';
import type { FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator } from './oversight-web';
import { emailName } from './email-names';
import { formView, PROGRAM_IDENTITY_SPECS, type FieldSpec } from './settings-form-view';

export interface SettingsRouteDeps {
  settings: ProgramSettingsService;
  previewer: MatchingPreviewer;
  /** Every email the program sends, by template name. */
  emailTemplates: readonly string[];
}

type Section = 'general' | 'matching' | 'agreement' | 'emails';

const SECTION_PATHS: Record<Section, string> = {
  general: '/admin/settings',
  matching: '/admin/settings/matching',
  agreement: '/admin/settings/agreement',
  emails: '/admin/settings/emails',
};

const NOTICES = ['saved', 'unchanged'];

/** The administrator making the change, as the audit log names them. */
export function administratorOf(res: Response): Administrator {
  const viewer = pageLocals(res).viewer!;
  return { memberId: viewer.memberId, name: viewer.displayName };
}

function range(limits: { min: number; max: number }) {
  return { min: limits.min, max: limits.max };
}

/** The program's own administrator role: the general settings and the new-program form. */
export const ADMIN_ROLE_SPEC: FieldSpec = {
  name: 'admin_role',
  labelKey: 'admin.settings.field.admin_role',
  hintKey: 'admin.settings.hint.admin_role',
  params: { length: SETTING_LIMITS.adminRoleLength },
};

const GENERAL_SPECS: FieldSpec[] = [
  ...PROGRAM_IDENTITY_SPECS,
  ADMIN_ROLE_SPEC,
  ...(
    [
      ['partnership_term_months', SETTING_LIMITS.partnershipTermMonths],
      ['request_expiry_days', SETTING_LIMITS.requestExpiryDays],
      ['max_mentor_capacity', SETTING_LIMITS.maxMentorCapacity],
      ['document_retention_days', SETTING_LIMITS.documentRetentionDays],
    ] as const
  ).map(([name, limits]) => ({
    name,
    labelKey: `admin.settings.field.${name}`,
    hintKey: `admin.settings.hint.${name}`,
    kind: 'numeric' as const,
    params: range(limits),
  })),
];

/**
 * Only holders of the host's administrator role change who else administers a program: an
 * administrator of this program alone could otherwise lock themselves out with one typo.
 */
function mayChangeAdminRole(res: Response): boolean {
  return pageLocals(res).viewer!.isGlobalAdmin;
}

function generalSpecs(res: Response): FieldSpec[] {
  if (mayChangeAdminRole(res)) return GENERAL_SPECS;
  return GENERAL_SPECS.filter((spec) => spec !== ADMIN_ROLE_SPEC);
}

const MATCHING_SPECS: FieldSpec[] = [
  ...CRITERIA.map((criterion) => ({
    name: `weight_${criterion}`,
    labelKey: `admin.settings.field.weight_${criterion}`,
    hintKey: 'admin.settings.hint.weight',
    kind: 'numeric' as const,
    params: range(SETTING_LIMITS.weight),
  })),
  {
    name: 'min_experience_gap',
    labelKey: 'admin.settings.field.min_experience_gap',
    hintKey: 'admin.settings.hint.min_experience_gap',
    kind: 'numeric',
    params: range(SETTING_LIMITS.minExperienceGap),
  },
];

/**
 * The agreement's language, then its words, marked as written in that language so that a
 * screen reader reads a French agreement in French on an English page.
 */
function agreementSpecs(values: SettingsForm): FieldSpec[] {
  const chosen = SUPPORTED_LOCALES.find((locale) => locale === values.agreement_language);
  return [
    {
      name: 'agreement_language',
      labelKey: 'admin.settings.field.agreement_language',
      hintKey: 'admin.settings.hint.agreement_language',
      options: SUPPORTED_LOCALES.map((language) => ({
        value: language,
        labelKey: `language.name.${language}`,
        lang: language,
      })),
    },
    {
      name: 'agreement_title',
      labelKey: 'admin.settings.field.agreement_title',
      params: { length: SETTING_LIMITS.agreementTitleLength },
      lang: chosen,
    },
    {
      name: 'agreement_body',
      labelKey: 'admin.settings.field.agreement_body',
      hintKey: 'admin.settings.hint.agreement_body',
      rows: 20,
      params: { length: SETTING_LIMITS.agreementBodyLength },
      lang: chosen,
    },
  ];
}

/** Each email's introduction in each language, labelled with both. */
function emailSpecs(res: Response, templates: readonly string[]): FieldSpec[] {
  const locale = pageLocals(res).locale;
  return templates.flatMap((template) =>
    SUPPORTED_LOCALES.map((language) => ({
      name: introductionField(template, language),
      labelKey: `admin.settings.field.introduction.${language}`,
      hintKey: 'admin.settings.hint.introduction',
      rows: 3,
      params: { email: emailName(locale, template), length: SETTING_LIMITS.introductionLength },
      lang: language,
    })),
  );
}

function generalValues(program: Program, settings: ProgramSettings): SettingsForm {
  return {
    name: program.name,
    program_contact_email: program.programContactEmail,
    support_contact_email: program.supportContactEmail,
    admin_role: program.adminRole ?? '',
    partnership_term_months: String(settings.partnershipTermMonths),
    request_expiry_days: String(settings.requestExpiryDays),
    max_mentor_capacity: String(settings.maxMentorCapacity),
    document_retention_days: String(settings.documentRetentionDays),
  };
}

function matchingValues(settings: ProgramSettings): SettingsForm {
  return {
    ...Object.fromEntries(
      CRITERIA.map((c) => [`weight_${c}`, String(settings.matchingWeights[c])]),
    ),
    min_experience_gap: String(settings.minExperienceGap),
  };
}

function emailValues(settings: ProgramSettings, templates: readonly string[]): SettingsForm {
  return Object.fromEntries(
    templates.flatMap((template) =>
      SUPPORTED_LOCALES.map((locale) => [
        introductionField(template, locale),
        settings.emailIntroductions[template]?.[locale] ?? '',
      ]),
    ),
  );
}

interface SectionView {
  section: Section;
  specs: readonly FieldSpec[];
  values: SettingsForm;
  errors?: FieldErrors;
  notice?: unknown;
  preview?: NamedPreview;
  agreementVersion?: number | null;
}

function previewView(res: Response, preview: NamedPreview) {
  const name = (id: number | undefined) =>
    id === undefined ? t(res, 'admin.settings.preview.no_suggestion') : preview.names.get(id) ?? '';
  return {
    menteesInPool: preview.menteesInPool,
    mentorsInPool: preview.mentorsInPool,
    changed: preview.changes.length,
    pairedBefore: preview.pairedBefore,
    pairedAfter: preview.pairedAfter,
    listedAll: preview.changes.length <= PREVIEW_LISTED,
    listed: PREVIEW_LISTED,
    rows: preview.changes.slice(0, PREVIEW_LISTED).map((change) => ({
      mentee: name(change.menteeId),
      before: name(change.before?.mentorId),
      after: name(change.after?.mentorId),
    })),
  };
}

function renderSection(res: Response, view: SectionView, status = 200) {
  const { fields, errorSummary } = formView(res, view.specs, view.values, view.errors);
  const heading = t(res, `admin.settings.${view.section}.heading`);
  const title = errorSummary.length > 0 ? t(res, 'admin.error_title', { title: heading }) : heading;
  const notice = typeof view.notice === 'string' && NOTICES.includes(view.notice);

  renderPage(res, 'admin/settings/section', {
    title,
    heading,
    intro: t(res, `admin.settings.${view.section}.intro`),
    sections: (Object.keys(SECTION_PATHS) as Section[]).map((section) => ({
      path: SECTION_PATHS[section],
      label: t(res, `admin.settings.${section}.heading`),
      current: section === view.section,
    })),
    action: SECTION_PATHS[view.section],
    fields,
    errorSummary,
    notice: notice ? t(res, `admin.settings.notice.${view.notice as string}`) : null,
    withPreview: view.section === 'matching',
    preview: view.preview ? previewView(res, view.preview) : null,
    agreementVersion: view.agreementVersion,
  }, status);
}

function programOf(res: Response): Program {
  return pageLocals(res).program;
}

function saved(res: Response, section: Section, changed: boolean) {
  const notice = changed ? 'saved' : 'unchanged';
  res.redirect(303, pluginPath(res, `${SECTION_PATHS[section]}?notice=${notice}`));
}

async function showSection(deps: SettingsRouteDeps, req: Request, res: Response, section: Section) {
  const program = programOf(res);
  const settings = await deps.settings.settings(program.id);
  const notice = req.query.notice;
  if (section === 'general') {
    return renderSection(res, {
      section, specs: generalSpecs(res), values: generalValues(program, settings), notice,
    });
  }
  if (section === 'matching') {
    return renderSection(res, {
      section, specs: MATCHING_SPECS, values: matchingValues(settings), notice,
    });
  }
  if (section === 'emails') {
    const values = emailValues(settings, deps.emailTemplates);
    return renderSection(res, {
      section, specs: emailSpecs(res, deps.emailTemplates), values, notice,
    });
  }
  const agreement = await deps.settings.currentAgreement(program.id);
  const values = {
    agreement_language: agreement.language,
    agreement_title: agreement.title,
    agreement_body: agreement.body,
  };
  renderSection(res, {
    section, specs: agreementSpecs(values), values, notice, agreementVersion: agreement.version,
  });
}

async function saveGeneral(deps: SettingsRouteDeps, req: Request, res: Response) {
  const form = readSettingsForm(req.body, GENERAL_FIELDS);
  if (!mayChangeAdminRole(res)) form.admin_role = programOf(res).adminRole ?? '';
  const checked = checkGeneralSettings(form);
  if (checked.errors) {
    const view = { section: 'general' as const, specs: generalSpecs(res), values: form };
    return renderSection(res, { ...view, errors: checked.errors }, 422);
  }
  const changed = await deps.settings.updateGeneral(
    programOf(res).id, administratorOf(res), checked.value,
  );
  saved(res, 'general', changed);
}

async function saveMatching(deps: SettingsRouteDeps, req: Request, res: Response) {
  const form = readSettingsForm(req.body, MATCHING_FIELDS);
  const checked = checkMatchingSettings(form);
  const view = { section: 'matching' as const, specs: MATCHING_SPECS, values: form };
  if (checked.errors) return renderSection(res, { ...view, errors: checked.errors }, 422);

  const programId = programOf(res).id;
  if (req.body?.action === 'preview') {
    const preview = await deps.previewer.preview(programId, checked.value);
    return renderSection(res, { ...view, preview });
  }
  const by = administratorOf(res);
  const changed = await deps.settings.updateMatching(programId, by, checked.value);
  saved(res, 'matching', changed);
}

async function saveAgreement(deps: SettingsRouteDeps, req: Request, res: Response) {
  const form = readSettingsForm(req.body, AGREEMENT_FIELDS);
  const checked = checkAgreement(form);
  const programId = programOf(res).id;
  if (checked.errors) {
    const { version } = await deps.settings.currentAgreement(programId);
    const view = { section: 'agreement' as const, specs: agreementSpecs(form), values: form };
    return renderSection(res, { ...view, errors: checked.errors, agreementVersion: version }, 422);
  }
  const changed = await deps.settings.updateAgreement(
    programId, administratorOf(res), checked.value,
  );
  saved(res, 'agreement', changed);
}

async function saveEmails(deps: SettingsRouteDeps, req: Request, res: Response) {
  const form = readSettingsForm(req.body, introductionFields(deps.emailTemplates));
  const checked = checkIntroductions(form, deps.emailTemplates);
  if (checked.errors) {
    const specs = emailSpecs(res, deps.emailTemplates);
    const view = { section: 'emails' as const, specs, values: form };
    return renderSection(res, { ...view, errors: checked.errors }, 422);
  }
  const changed = await deps.settings.updateIntroductions(
    programOf(res).id, administratorOf(res), checked.value,
  );
  saved(res, 'emails', changed);
}

export function createSettingsRouter(deps: SettingsRouteDeps): Router {
  const router = Router();
  const guard = [requireMember, requireAdministrator];
  const savers = {
    general: saveGeneral,
    matching: saveMatching,
    agreement: saveAgreement,
    emails: saveEmails,
  };

  for (const section of Object.keys(SECTION_PATHS) as Section[]) {
    const path = SECTION_PATHS[section];
    router.get(path, ...guard, (req, res) => showSection(deps, req, res, section));
    router.post(path, ...guard, (req, res) => savers[section](deps, req, res));
  }
  return router;
}
