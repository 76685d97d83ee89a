/**
 * The administrators' institutions pages: the program's institutions a page at a time, with a
 * search and how many members name each, and merging a duplicate into the one to keep: choose
 * both, read what the merge will do, confirm. A refused choice is shown beside its field.
 */
import { Router, type Request, type Response } from 'express';
import type { FieldErrors } from '../web/errors';
import { pluginPath, renderPage, t } from '../web/render';
import type { InstitutionListRow, InstitutionListStore } from './institution-list-store';
import type { InstitutionMergeService, MergeChoice, MergePlan } from './institution-merge-service';
import { filterQuery, idOf, pageNumber, paging, SEARCH_LENGTH } from './oversight-filters';
import { adminContext, adminOnly, textField } from './oversight-web';

export const INSTITUTIONS_PAGE_SIZE = 25;

/** How many institutions each list of the merge form offers; a search narrows them. */
export const MERGE_CHOICES_SHOWN = 100;

export interface InstitutionRouteDeps {
  list: InstitutionListStore;
  merging: InstitutionMergeService;
}

interface MergeForm extends MergeChoice {
  duplicateQuery: string;
  keptQuery: string;
  /** Asked to see the confirmation rather than to narrow the lists. */
  review: boolean;
}

type Field = 'duplicate' | 'kept';

function mergeFormOf(source: Record<string, unknown>): MergeForm {
  return {
    duplicateId: idOf(source.duplicate),
    keptId: idOf(source.kept),
    duplicateQuery: textField(source, 'duplicateQuery').slice(0, SEARCH_LENGTH),
    keptQuery: textField(source, 'keptQuery').slice(0, SEARCH_LENGTH),
    review: source.review === '1',
  };
}

function optionLabel(res: Response, row: InstitutionListRow): string {
  return t(res, 'admin.institutions.option', { name: row.name, count: row.members });
}

async function listInstitutions(deps: InstitutionRouteDeps, req: Request, res: Response) {
  const { programId } = adminContext(res);
  const search = textField(req.query, 'q').slice(0, SEARCH_LENGTH);
  const total = await deps.list.count(programId, search);
  const pages = paging(pageNumber(req.query.page), total, INSTITUTIONS_PAGE_SIZE);
  const rows = await deps.list.page(programId, search, pages.offset, INSTITUTIONS_PAGE_SIZE);

  const link = (page: number | null) =>
    page === null
      ? null
      : pluginPath(res, `/admin/institutions?${filterQuery({ q: search || null }, page)}`);
  renderPage(res, 'admin/institutions/index', {
    title: t(res, 'admin.institutions.title'),
    search,
    searchLength: SEARCH_LENGTH,
    merged: req.query.notice === 'merged',
    total,
    ...pages,
    previousLink: link(pages.previous),
    nextLink: link(pages.next),
    rows: rows.map((row) => ({
      ...row,
      otherNames: row.otherNames.join(', '),
      mergeLink: pluginPath(res, `/admin/institutions/merge?duplicate=${row.id}`),
    })),
  });
}

/** The institutions a list of the form offers, the one chosen kept even if the search drops it. */
async function choices(
  deps: InstitutionRouteDeps,
  res: Response,
  search: string,
  chosen: number | null,
) {
  const { programId } = adminContext(res);
  const rows = await deps.list.page(programId, search, 0, MERGE_CHOICES_SHOWN);
  if (chosen !== null && !rows.some((row) => row.id === chosen)) {
    const row = await deps.list.one(programId, chosen);
    if (row) rows.unshift(row);
  }
  return rows.map((row) => ({
    id: row.id,
    label: optionLabel(res, row),
    selected: row.id === chosen,
  }));
}

function fieldView(res: Response, field: Field, errors: FieldErrors) {
  const error = errors[field] ? t(res, errors[field]) : null;
  const hint = `${field}-hint`;
  return { error, describedBy: error ? `${hint} ${field}-error` : hint };
}

async function showMergeForm(
  deps: InstitutionRouteDeps,
  res: Response,
  form: MergeForm,
  errors: FieldErrors = {},
  status = 200,
) {
  const fields: Field[] = ['duplicate', 'kept'];
  const errorSummary = fields
    .filter((field) => errors[field])
    .map((field) => ({ href: `#${field}`, message: t(res, errors[field]) }));
  const heading = t(res, 'admin.institutions.merge.heading');
  renderPage(
    res,
    'admin/institutions/merge',
    {
      title: errorSummary.length > 0 ? t(res, 'admin.error_title', { title: heading }) : heading,
      form,
      searchLength: SEARCH_LENGTH,
      errorSummary,
      duplicateField: fieldView(res, 'duplicate', errors),
      keptField: fieldView(res, 'kept', errors),
      duplicates: await choices(deps, res, form.duplicateQuery, form.duplicateId),
      keptChoices: await choices(deps, res, form.keptQuery, form.keptId),
    },
    status,
  );
}

function showConfirmation(res: Response, form: MergeForm, plan: MergePlan) {
  const names = { duplicate: plan.duplicate.name, kept: plan.kept.name };
  const back = new URLSearchParams({
    duplicate: String(plan.duplicate.id),
    kept: String(plan.kept.id),
  });
  renderPage(res, 'admin/institutions/confirm', {
    title: t(res, 'admin.institutions.confirm.title', names),
    plan,
    names,
    membersMoved: t(res, 'admin.institutions.confirm.members', { ...names, count: plan.members }),
    changeLink: pluginPath(res, `/admin/institutions/merge?${back}`),
    form,
  });
}

async function reviewMerge(deps: InstitutionRouteDeps, req: Request, res: Response) {
  const form = mergeFormOf(req.query);
  if (!form.review) return showMergeForm(deps, res, form);

  const checked = await deps.merging.check(adminContext(res).programId, form);
  if (!checked.plan) return showMergeForm(deps, res, form, checked.errors, 422);
  showConfirmation(res, form, checked.plan);
}

async function merge(deps: InstitutionRouteDeps, req: Request, res: Response) {
  const form = mergeFormOf(req.body ?? {});
  const { programId, actor } = adminContext(res);
  const merged = await deps.merging.merge(programId, actor, form);
  if (!merged.plan) return showMergeForm(deps, res, form, merged.errors, 422);

  const query = filterQuery({ q: merged.plan.kept.name.slice(0, SEARCH_LENGTH) }, 1);
  res.redirect(303, pluginPath(res, `/admin/institutions?${query}&notice=merged`));
}

export function createInstitutionRouter(deps: InstitutionRouteDeps): Router {
  const router = Router();
  router.get('/admin/institutions', ...adminOnly, (req, res) => listInstitutions(deps, req, res));
  router.get('/admin/institutions/merge', ...adminOnly, (req, res) => reviewMerge(deps, req, res));
  router.post('/admin/institutions/merge', ...adminOnly, (req, res) => merge(deps, req, res));
  return router;
}
