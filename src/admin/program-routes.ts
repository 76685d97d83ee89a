/**
 * The programs page: the programs this administrator administers, the one they work on now
 * (remembered in the session), the choice of another, and, for holders of the host's
 * administrator role only, a form to add a program (see program-administrators.ts).
 */
import { Router, type Request, type Response } from 'express';
import { chooseProgram } from '../programs/program-choice-routes';
import { PROGRAM_FIELDS, type ProgramDirectory } from '../programs/program-directory';
import { readSettingsForm, type SettingsForm } from '../programs/program-settings-validation';
import { ValidationError, type FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator, requireGlobalAdministrator } from './oversight-web';
import { formView, PROGRAM_IDENTITY_SPECS, type FieldSpec } from './settings-form-view';
import { ADMIN_ROLE_SPEC, administratorOf } from './settings-routes';

const NOTICES = ['created'];

const PROGRAM_SPECS: FieldSpec[] = [
  { name: 'slug', labelKey: 'admin.programs.field.slug', hintKey: 'admin.programs.hint.slug' },
  ...PROGRAM_IDENTITY_SPECS,
  ADMIN_ROLE_SPEC,
];

/**
 * The picker's choices, as the admin home and the programs page show them: the programs the
 * viewer administers.
 */
export async function programChoices(directory: ProgramDirectory, res: Response) {
  const { program: current, viewer } = pageLocals(res);
  const administered = (await directory.all()).filter((program) =>
    viewer!.administeredProgramIds.includes(program.id),
  );
  return administered.map((program) => ({
    id: program.id,
    name: program.name,
    slug: program.slug,
    current: program.id === current.id,
  }));
}

async function renderPrograms(
  directory: ProgramDirectory,
  res: Response,
  form: { values: SettingsForm; errors?: FieldErrors; notice?: unknown },
  status = 200,
) {
  const { fields, errorSummary } = formView(res, PROGRAM_SPECS, form.values, form.errors);
  const heading = t(res, 'admin.programs.heading');
  const notice = typeof form.notice === 'string' && NOTICES.includes(form.notice);
  renderPage(res, 'admin/programs/index', {
    title: errorSummary.length > 0 ? t(res, 'admin.error_title', { title: heading }) : heading,
    notice: notice ? t(res, `admin.programs.notice.${form.notice as string}`) : null,
    programs: await programChoices(directory, res),
    mayAdd: pageLocals(res).viewer!.isGlobalAdmin,
    fields,
    errorSummary,
  }, status);
}

async function create(directory: ProgramDirectory, req: Request, res: Response) {
  const form = readSettingsForm(req.body, PROGRAM_FIELDS);
  try {
    await directory.create(administratorOf(res), form);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renderPrograms(directory, res, { values: form, errors: err.fields }, 422);
  }
  res.redirect(303, pluginPath(res, '/admin/programs?notice=created'));
}

export function createProgramRouter(directory: ProgramDirectory): Router {
  const router = Router();
  const guard = [requireMember, requireAdministrator];
  const blank = Object.fromEntries(PROGRAM_FIELDS.map((field) => [field, '']));

  router.get('/admin/programs', ...guard, (req, res) =>
    renderPrograms(directory, res, { values: blank, notice: req.query.notice }),
  );
  router.post('/admin/programs', ...guard, requireGlobalAdministrator, (req, res) =>
    create(directory, req, res),
  );
  router.post('/admin/programs/choose', ...guard, async (req, res) => {
    await chooseProgram(directory, req, res, true);
    res.redirect(303, pluginPath(res, '/admin'));
  });
  return router;
}
