/**
 * The sessions pages: the program's sessions with their registration windows and phase (with
 * a way to the cohort proposal while matches are confirmed, between registration's close and
 * the start), a form to add one, and a form to change one. Every change is audited by the
 * service.
 */
import { Router, type Request, type Response } from 'express';
import { dateOf, lastDateBefore } from '../programs/program-session-dates';
import {
  SESSION_FIELDS,
  SESSION_LIMITS,
  sessionStatus,
  type ProgramSession,
} from '../programs/program-session-rules';
import type { ProgramSessionService } from '../programs/program-session-service';
import { readSettingsForm, type SettingsForm } from '../programs/program-settings-validation';
import { NotFoundError, ValidationError, type FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import { requireMember } from '../web/request-context';
import { requireAdministrator } from './oversight-web';
import { formView, type FieldSpec } from './settings-form-view';
import { administratorOf } from './settings-routes';

export interface SessionRouteDeps {
  sessions: ProgramSessionService;
  now: () => number;
}

const NOTICES = ['created', 'updated'];

const SESSION_SPECS: FieldSpec[] = [
  { name: 'name', labelKey: 'admin.sessions.field.name', params: { length: 191 } },
  {
    name: 'registration_opens',
    labelKey: 'admin.sessions.field.registration_opens',
    hintKey: 'admin.sessions.hint.date',
    kind: 'date',
  },
  {
    name: 'registration_closes',
    labelKey: 'admin.sessions.field.registration_closes',
    hintKey: 'admin.sessions.hint.registration_closes',
    kind: 'date',
  },
  {
    name: 'starts',
    labelKey: 'admin.sessions.field.starts',
    hintKey: 'admin.sessions.hint.date',
    kind: 'date',
  },
  {
    name: 'term_months',
    labelKey: 'admin.sessions.field.term_months',
    hintKey: 'admin.sessions.hint.term_months',
    kind: 'numeric',
    params: { min: SESSION_LIMITS.termMonths.min, max: SESSION_LIMITS.termMonths.max },
  },
];

function sessionValues(session: ProgramSession): SettingsForm {
  return {
    name: session.name,
    registration_opens: dateOf(session.registrationOpensAt),
    registration_closes: lastDateBefore(session.registrationClosesAt),
    starts: dateOf(session.startsAt),
    term_months: String(session.termMonths),
  };
}

function sessionIdOf(req: Request): number {
  const id = req.params.sessionId;
  if (typeof id !== 'string' || !/^\d{1,10}$/.test(id)) throw new NotFoundError('session');
  return Number(id);
}

function programId(res: Response): number {
  return pageLocals(res).program.id;
}

/** A row of the list: the dates, and the phase in words (see program-session-rules). */
function sessionRow(res: Response, session: ProgramSession, now: number) {
  const phase = sessionStatus(session, now);
  return {
    ...sessionValues(session),
    id: session.id,
    status: t(res, `admin.sessions.status.${phase}`),
    // Between registration's close and the start, administrators confirm the matches.
    confirmingMatches: phase === 'registration_closed',
  };
}

async function renderList(
  deps: SessionRouteDeps,
  res: Response,
  form: { values: SettingsForm; errors?: FieldErrors; notice?: unknown },
  status = 200,
) {
  const now = deps.now();
  const sessions = await deps.sessions.list(programId(res));
  const { fields, errorSummary } = formView(res, SESSION_SPECS, form.values, form.errors);
  const heading = t(res, 'admin.sessions.heading');
  const notice = typeof form.notice === 'string' && NOTICES.includes(form.notice);

  renderPage(res, 'admin/sessions/index', {
    title: errorSummary.length > 0 ? t(res, 'admin.error_title', { title: heading }) : heading,
    notice: notice ? t(res, `admin.sessions.notice.${form.notice as string}`) : null,
    sessions: sessions.map((session) => sessionRow(res, session, now)),
    noSessions: sessions.length === 0,
    fields,
    errorSummary,
  }, status);
}

async function renderEdit(
  res: Response,
  sessionId: number,
  form: { values: SettingsForm; errors?: FieldErrors },
  status = 200,
) {
  const { fields, errorSummary } = formView(res, SESSION_SPECS, form.values, form.errors);
  const heading = t(res, 'admin.sessions.edit_heading', { name: form.values.name });
  renderPage(res, 'admin/sessions/edit', {
    title: errorSummary.length > 0 ? t(res, 'admin.error_title', { title: heading }) : heading,
    heading,
    sessionId,
    fields,
    errorSummary,
  }, status);
}

async function create(deps: SessionRouteDeps, req: Request, res: Response) {
  const form = readSettingsForm(req.body, SESSION_FIELDS);
  try {
    await deps.sessions.create(programId(res), administratorOf(res), form);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renderList(deps, res, { values: form, errors: err.fields }, 422);
  }
  res.redirect(303, pluginPath(res, '/admin/sessions?notice=created'));
}

async function update(deps: SessionRouteDeps, req: Request, res: Response) {
  const sessionId = sessionIdOf(req);
  const form = readSettingsForm(req.body, SESSION_FIELDS);
  try {
    await deps.sessions.update(programId(res), sessionId, administratorOf(res), form);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return renderEdit(res, sessionId, { values: form, errors: err.fields }, 422);
  }
  res.redirect(303, pluginPath(res, '/admin/sessions?notice=updated'));
}

export function createSessionRouter(deps: SessionRouteDeps): Router {
  const router = Router();
  const guard = [requireMember, requireAdministrator];
  const blank = { name: '', registration_opens: '', registration_closes: '', starts: '' };

  router.get('/admin/sessions', ...guard, (req, res) =>
    renderList(deps, res, { values: { ...blank, term_months: '6' }, notice: req.query.notice }),
  );
  router.post('/admin/sessions', ...guard, (req, res) => create(deps, req, res));
  router.get('/admin/sessions/:sessionId', ...guard, async (req, res) => {
    const session = await deps.sessions.byId(programId(res), sessionIdOf(req));
    await renderEdit(res, session.id, { values: sessionValues(session) });
  });
  router.post('/admin/sessions/:sessionId', ...guard, (req, res) => update(deps, req, res));
  return router;
}
