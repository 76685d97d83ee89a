/**
 * Choosing the program to work in, remembered in the session: a member picks one of the
 * programs open for enrolment, or one they administer, from the home page; an administrator
 * picks one of the programs they administer from the admin pages. Every page then reads and
 * writes that program's data (the request context loads it); without a choice it is the
 * default program, as before. One choice serves both: an administrator who picks a program
 * for the admin pages also sees their own member pages in it. Links in emails do not carry a
 * program: they open in the program the member's session has chosen.
 */
import { Router, type Request, type Response } from 'express';
import { NotFoundError } from '../web/errors';
import { pageLocals, pluginPath } from '../web/render';
import { requireMember } from '../web/request-context';
import type { ProgramDirectory } from './program-directory';

declare module 'express-session' {
  interface SessionData {
    /** The program the member chose to work in; the default program when absent. */
    programId?: number;
  }
}

export function programIdOf(req: Request): number {
  const value = req.body?.programId;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value)) throw new NotFoundError('program');
  return Number(value);
}

/**
 * Remembers the choice. From the admin pages only a program the viewer administers; from the
 * home page also a program the member may work in (see ProgramDirectory.mayChoose). Resolves
 * whether the viewer administers the chosen program.
 */
export async function chooseProgram(
  directory: ProgramDirectory,
  req: Request,
  res: Response,
  asAdministrator: boolean,
): Promise<boolean> {
  const programId = programIdOf(req);
  const viewer = pageLocals(res).viewer!;
  const exists = (await directory.all()).some((program) => program.id === programId);
  const administers = viewer.administeredProgramIds.includes(programId);
  const allowed =
    administers || (!asAdministrator && (await directory.mayChoose(viewer.memberId, programId)));
  if (!exists || !allowed) throw new NotFoundError('program');
  req.session.programId = programId;
  return administers;
}

export function createProgramChoiceRouter(directory: ProgramDirectory): Router {
  const router = Router();
  router.post('/programs/choose', requireMember, async (req, res) => {
    const administers = await chooseProgram(directory, req, res, false);
    // An administrator who picks a program they run most likely came to run it.
    res.redirect(303, pluginPath(res, administers ? '/admin' : '/profile'));
  });
  return router;
}
