/**
 * Which program session an administrator's matching pages work on. In a program with sessions,
 * the manual matching lists and the whole-cohort proposal take one session at a time: the one
 * asked for, else the current one (the latest whose registration has opened; see
 * program-session-rules). Only sessions whose registration has opened can hold roles, so only
 * they are offered. A program none of whose sessions has opened yet works as one without
 * sessions: on the whole program.
 */
import type { Response } from 'express';
import {
  currentSession,
  sessionStatus,
  type ProgramSession,
} from '../programs/program-session-rules';
import type { ProgramSessionStore } from '../programs/program-session-store';
import { NotFoundError } from '../web/errors';
import { t } from '../web/render';

export type SessionSource = Pick<ProgramSessionStore, 'all'>;

export interface MatchingSession {
  /** The sessions an administrator may choose, latest registration first. */
  offered: ProgramSession[];
  /** The session the page works on; null for the whole program (no session has opened). */
  chosen: ProgramSession | null;
}

/** The session asked for (null: the current one); an id the program does not offer is a 404. */
export async function matchingSession(
  sessions: SessionSource,
  programId: number,
  requested: number | null,
  now: number,
): Promise<MatchingSession> {
  const offered = (await sessions.all(programId)).filter((s) => s.registrationOpensAt <= now);
  if (requested === null) return { offered, chosen: currentSession(offered, now) };

  const chosen = offered.find((session) => session.id === requested);
  if (!chosen) throw new NotFoundError('session');
  return { offered, chosen };
}

/** The session of a draft, by id, as the program has it now. */
export async function sessionById(
  sessions: SessionSource,
  programId: number,
  sessionId: number | null,
): Promise<ProgramSession | null> {
  if (sessionId === null) return null;
  return (await sessions.all(programId)).find((session) => session.id === sessionId) ?? null;
}

/** The session as a page names it: its name and its phase in words. */
export function sessionWords(res: Response, session: ProgramSession | null, now: number) {
  if (!session) return null;
  const phase = t(res, `admin.sessions.status.${sessionStatus(session, now)}`);
  return { id: session.id, name: session.name, phase };
}

/** The choice of session a page offers; empty when there is nothing to choose from. */
export function sessionChoices(choice: MatchingSession) {
  if (choice.offered.length < 2) return [];
  return choice.offered.map((session) => ({
    id: session.id,
    name: session.name,
    selected: session.id === choice.chosen?.id,
  }));
}

/** The session an audit entry names; none in a program without sessions. */
export function sessionAudited(sessionId: number | null): { sessionId?: number } {
  return sessionId === null ? {} : { sessionId };
}
