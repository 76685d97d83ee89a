/**
 * What the oversight, matching and report pages share: the guard every one of them passes,
 * the administrator and program of the request, the words of the catalogue as a function,
 * and the reason field administrators fill in.
 */
import type { RequestHandler, Response } from 'express';
import { ForbiddenError } from '../web/errors';
import { pageLocals, t } from '../web/render';
import { requireMember } from '../web/request-context';
import type { Actor } from './oversight-audit';

/** Refuses anyone but an administrator of the current program, whatever they ask for. */
export const requireAdministrator: RequestHandler = (_req, res, next) => {
  next(pageLocals(res).viewer?.isAdmin ? undefined : new ForbiddenError('not an administrator'));
};

/** A signed-out visitor goes through sign-in; a member who is not an administrator gets 403. */
export const adminOnly: RequestHandler[] = [requireMember, requireAdministrator];

/** Refuses anyone without the host's administrator role, which runs every program. */
export const requireGlobalAdministrator: RequestHandler = (_req, res, next) => {
  const global = pageLocals(res).viewer?.isGlobalAdmin;
  next(global ? undefined : new ForbiddenError('not a global administrator'));
};

/** The longest reason an administrator may give a member. */
export const NOTE_LENGTH = 1000;

export interface AdminContext {
  programId: number;
  actor: Actor;
}

export function adminContext(res: Response): AdminContext {
  const locals = pageLocals(res);
  const viewer = locals.viewer!;
  return {
    programId: locals.program.id,
    actor: { memberId: viewer.memberId, name: viewer.displayName },
  };
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(res: Response): Translate {
  return (key, params) => t(res, key, params);
}

/** A text field from a form, trimmed; empty when missing or not text. */
export function textField(body: unknown, name: string): string {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** A message key when the reason is missing (and required) or too long, else null. */
export function noteError(note: string, required: boolean): string | null {
  if (required && note === '') return 'admin.oversight.error.note_required';
  if (note.length > NOTE_LENGTH) return 'admin.oversight.error.note_length';
  return null;
}
