/**
 * The administrators' settings forms as the views render them: each field with its label,
 * hint, the value shown (saved, or as just typed) and its error in words, and the summary of
 * errors that links to each field. One template draws any of these forms.
 */
import type { Response } from 'express';
import type { Locale, MessageParams } from '../i18n/catalogue';
import type { FieldErrors } from '../web/errors';
import { t } from '../web/render';

export interface FieldSpec {
  name: string;
  labelKey: string;
  hintKey?: string;
  /** Parameters of the hint and of the error messages: min, max, length. */
  params?: MessageParams;
  /** Rows of a textarea; a one-line input when absent. */
  rows?: number;
  /** 'numeric', 'email' or 'date': what the input expects. */
  kind?: 'numeric' | 'email' | 'date' | 'text';
  /** The language the field's text is written in, whatever the page's (an introduction). */
  lang?: Locale;
  /** A choice among these, shown as a list; each label may be in its own language. */
  options?: ReadonlyArray<{ value: string; labelKey: string; lang?: Locale }>;
}

export interface FieldView {
  name: string;
  id: string;
  label: string;
  hint: string | null;
  error: string | null;
  value: string;
  rows: number | null;
  type: string;
  inputmode: string | null;
  describedBy: string | null;
  lang: Locale | null;
  options: Array<{ value: string; label: string; lang: Locale | null; selected: boolean }> | null;
}

function fieldView(
  res: Response,
  spec: FieldSpec,
  values: Record<string, string>,
  errors: FieldErrors,
): FieldView {
  const id = `field-${spec.name}`;
  const params = spec.params ?? {};
  const hint = spec.hintKey ? t(res, spec.hintKey, params) : null;
  const error = errors[spec.name] ? t(res, errors[spec.name], params) : null;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return {
    name: spec.name,
    id,
    label: t(res, spec.labelKey, params),
    hint,
    error,
    value: values[spec.name] ?? '',
    rows: spec.rows ?? null,
    type: spec.kind === 'date' ? 'date' : spec.kind === 'email' ? 'email' : 'text',
    inputmode: spec.kind === 'numeric' ? 'numeric' : null,
    describedBy: described || null,
    lang: spec.lang ?? null,
    options:
      spec.options?.map((option) => ({
        value: option.value,
        label: t(res, option.labelKey),
        lang: option.lang ?? null,
        selected: option.value === values[spec.name],
      })) ?? null,
  };
}

/** The fields and the error summary a settings template needs. */
export function formView(
  res: Response,
  specs: readonly FieldSpec[],
  values: Record<string, string>,
  errors: FieldErrors = {},
) {
  const fields = specs.map((spec) => fieldView(res, spec, values, errors));
  const errorSummary = fields
    .filter((field) => field.error)
    .map((field) => ({ href: `#${field.id}`, message: field.error }));
  return { fields, errorSummary };
}

/** Reads a page number from the query; 1 when absent or not a number. */
export function pageNumber(value: unknown): number {
  const page = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(page, 1);
}

/** Where a page of `size` rows out of `total` sits, for the pager. */
export function pagerView(requested: number, total: number, size: number) {
  const pages = Math.max(1, Math.ceil(total / size));
  const page = Math.min(requested, pages);
  return {
    page,
    pages,
    offset: (page - 1) * size,
    previous: page > 1 ? page - 1 : null,
    next: page < pages ? page + 1 : null,
  };
}

/** A program's name and two contact addresses: the settings page and the new-program form. */
export const PROGRAM_IDENTITY_SPECS: FieldSpec[] = [
  { name: 'name', labelKey: 'admin.settings.field.name', params: { length: 191 } },
  {
    name: 'program_contact_email',
    labelKey: 'admin.settings.field.program_contact_email',
    hintKey: 'admin.settings.hint.program_contact_email',
    kind: 'email',
    params: { length: 191 },
  },
  {
    name: 'support_contact_email',
    labelKey: 'admin.settings.field.support_contact_email',
    hintKey: 'admin.settings.hint.support_contact_email',
    kind: 'email',
    params: { length: 191 },
  },
];
