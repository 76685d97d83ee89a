/**
 * Warning before the session ends (WCAG 2.2.1 Timing Adjustable). Every signed-in page tells
 * the browser how long the session has left; views/assets/session-timeout.js warns the member
 * two minutes before it ends and, for the idle limit, lets them stay signed in with one press,
 * which calls the keep-alive address below. The absolute limit cannot be extended: the
 * warning then only says when it comes, so that the member can save first.
 */
import { Router, type RequestHandler } from 'express';
import type { MentorMatchSettings } from '../config/settings';
import { pageLocals } from './render';
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
export function createSessionTimeoutRouter(): Router {
  const router = Router();
  const keepAlive: RequestHandler = (_req, res) => {
    res.set('Cache-Control', 'no-store');
    res.sendStatus(pageLocals(res).viewer ? 204 : 401);
  };
  router.post(KEEP_ALIVE_PATH, keepAlive);
  return router;
}
