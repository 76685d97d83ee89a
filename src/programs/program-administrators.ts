/**
 * Who administers which program. Holders of the host's administrator role (the plugin setting
 * saml.adminRole) administer every program and alone may add one; a program may also name a
 * host role of its own, whose holders administer that program and no other.
 */
import type { Program } from './program-store';

/** True when the member's host roles make them an administrator of the program. */
export function administers(
  hostRoles: readonly string[],
  globalRole: string,
  program: Pick<Program, 'adminRole'>,
): boolean {
  if (hostRoles.includes(globalRole)) return true;
  return program.adminRole !== null && hostRoles.includes(program.adminRole);
}

/** The programs, of those given, that the member administers, in the same order. */
export function administeredPrograms<P extends Pick<Program, 'adminRole'>>(
  hostRoles: readonly string[],
  globalRole: string,
  programs: readonly P[],
): P[] {
  return programs.filter((program) => administers(hostRoles, globalRole, program));
}
