/**
 * Warning before the session ends (WCAG 2.2.1 Timing Adjustable). Every signed-in page tells
 * the browser how long the session has left; views/assets/session-timeout.js warns the member
 * two minutes before it ends and, for the idle limit, lets them stay signed in with one press,
 * which calls the keep-alive address below.
 *
 * The absolute limit is not extended in place, since a periodic fresh sign-in is its point.
 * Instead the warning offers to sign in again in a new tab: the page there (the "renewed"
 * address) tells the member to come back, and the first tab, seeing a later end shared by the
 * new one, fetches a form token of the new session (the token address) so that what it holds
 * can still be sent.
 */
import { Router, type RequestHandler } from 'express';
import type { MentorMatchSettings } from '../config/settings';
import { pageLocals, renderPage, t } from './render';
import { requireMember } from './request-context';
import { TOUCH_STEP_MS } from './session-store';

/** How long before the end the member is warned: far above the criterion's 20 seconds. */
export const WARNING_LEAD_MS = 2 * 60_000;

export interface SessionTimeoutView {
  /** From this page's answer to the idle end, counted short (see below). */
  idleMs: number;
  /** From this page's answer to the absolute end. */
  absoluteMs: number;
  warnMs: number;
}

export const KEEP_ALIVE_PATH = '/session/keep-alive';
export const TOKEN_PATH = '/session/token';
export const RENEWED_PATH = '/session/renewed';

/** What the layout hands the script on a signed-in member's page. */
export function sessionTimeoutView(
  settings: MentorMatchSettings,
  signedInAt: number | undefined,
  now: number,
): SessionTimeoutView {
  const { idleTimeoutMinutes, absoluteTimeoutHours } = settings.session;
  const absoluteLimitMs = absoluteTimeoutHours * 3_600_000;
  return {
    // The store may skip writing a touch that moves the expiry by less than a step, so the
    // session can end that much earlier than the full idle time: promise no more than that.
    idleMs: idleTimeoutMinutes * 60_000 - TOUCH_STEP_MS,
    absoluteMs: (signedInAt ?? now) + absoluteLimitMs - now,
    warnMs: WARNING_LEAD_MS,
  };
}

/**
 * The keep-alive address: any answer to a signed-in request rolls the session's cookie and
 * stored expiry forward, so this one only has to say whether there still is a session.
 */
const keepAlive: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store');
  res.sendStatus(pageLocals(res).viewer ? 204 : 401);
};

/**
 * Whose session the browser now holds, how long it has left, and a form token of it. Read by
 * a page opened before a fresh sign-in in another tab; the page takes the token only when the
 * member is the one it was shown to. Same-origin reads only: no cross-origin headers are sent.
 */
const sessionToken: RequestHandler = (_req, res) => {
  res.set('Cache-Control', 'no-store');
  const locals = pageLocals(res);
  if (!locals.viewer || !locals.csrfToken || !locals.sessionTimeout) {
    res.sendStatus(401);
    return;
  }
  res.json({
    memberId: locals.viewer.memberId,
    absoluteMs: locals.sessionTimeout.absoluteMs,
    csrfToken: locals.csrfToken(),
  });
};

/** Where a sign-in from the warning lands, in its own tab. */
const renewed: RequestHandler = (_req, res) => {
  renderPage(res, 'session/renewed', { title: t(res, 'session_renewed.title') });
};

export function createSessionTimeoutRouter(): Router {
  const router = Router();
  router.post(KEEP_ALIVE_PATH, keepAlive);
  router.get(TOKEN_PATH, sessionToken);
  router.get(RENEWED_PATH, requireMember, renewed);
  return router;
}
