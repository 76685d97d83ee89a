/**
 * Small pieces the partnership routes share: who is asking, ids from the path, a page that
 * says why a step was refused, and the form pattern (act, then redirect; or show the form
 * again with the messages beside its fields).
 */
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../web/errors';
import { pageLocals, pluginPath, renderPage, t } from '../web/render';
import type { Translate } from './partner-profile';

export interface Asker {
  programId: number;
  memberId: number;
}

/** The signed-in member and their program (the routes run after requireMember). */
export function asker(res: Response): Asker {
  const locals = pageLocals(res);
  return {
    programId: locals.program.id,
    memberId: (locals.viewer as { memberId: number }).memberId,
  };
}

/** A numeric id from the path; anything else is a page that does not exist. */
export function idParam(value: unknown): number {
  if (typeof value !== 'string' || !/^[1-9][0-9]{0,9}$/.test(value)) throw new NotFoundError();
  const id = Number(value);
  if (id > 2_147_483_647) throw new NotFoundError();
  return id;
}

export function translator(res: Response): Translate {
  return (key, params) => t(res, key, params);
}

/** A form field as one trimmed string ('' when absent or sent twice). */
export function field(req: Request, name: string): string {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A form field that may repeat (checkboxes), as a list of strings. */
export function fieldList(req: Request, name: string): string[] {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.filter((item): item is string => typeof item === 'string');
}

/** The messages a page shows after a redirect (?notice=...), from partnerships.notice.*. */
const NOTICES = [
  'signed',
  'first_contact',
  'meeting_plan',
  'uploaded',
  'document_deleted',
  'extension_proposed',
  'extension_accepted',
  'extension_dropped',
  'requested',
  'withdrawn',
  'accepted',
  'declined',
  'ended',
];

/** The notice the redirect asked for, if it is one of ours (anything else shows nothing). */
export function noticeParam(req: Request): string | null {
  const notice = req.query.notice;
  return typeof notice === 'string' && NOTICES.includes(notice) ? notice : null;
}

export type FormInvalid = (req: Request, res: Response, errors: FieldErrors) => Promise<void>;

/**
 * Runs `act`, then sends the browser to the path it returns (303, so a reload does not post
 * again). Input that breaks a rule shows the form again through `invalid`.
 */
export function formRoute(
  act: (req: Request, res: Response) => Promise<string>,
  invalid: FormInvalid,
): RequestHandler {
  return async (req, res) => {
    try {
      const target = await act(req, res);
      res.redirect(303, pluginPath(res, target));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      await invalid(req, res, err.fields);
    }
  };
}

/** A step the state no longer allows (already answered, no room left) gets a page saying so. */
export const conflictPage: ErrorRequestHandler = (err, _req, res, next) => {
  if (!(err instanceof ConflictError) || res.headersSent) return next(err);

  renderPage(
    res,
    'partnerships/refused',
    {
      title: t(res, 'partnerships.refused.title'),
      message: t(res, err.messageKey),
    },
    409,
  );
};

/** The fields in error, in form order, for the summary at the top of a page. */
export function errorSummary(errors: FieldErrors, res: Response) {
  return Object.entries(errors).map(([name, key]) => ({
    href: `#${name}`,
    message: t(res, key),
  }));
}

/**
 * A page holding a form: 200 as asked for, or 422 with each message beside its field and
 * listed in the summary when the form was refused.
 */
export function renderForm(
  res: Response,
  view: string,
  data: Record<string, unknown>,
  errors: FieldErrors,
): void {
  const refused = Object.keys(errors).length > 0;
  const page = { ...data, errors, errorSummary: errorSummary(errors, res) };
  renderPage(res, view, page, refused ? 422 : 200);
}
