/**
 * Records the oversight actions (role decisions, partnerships ended, pairs made, proposals
 * published, exports) in the program's audit log, with who, when and what.
 *
 * The services that make these changes run their own transactions, so the record is written
 * just after the change commits rather than inside it: a crash between the two would leave a
 * change without its record. The change itself is also logged by its service.
 */
import type { Database } from '../db/database';
import type { AuditAction, AuditLogStore, AuditSubject, AuditValues } from './audit-log-store';

export interface Actor {
  memberId: number;
  name: string;
}

export class OversightAudit {
  constructor(
    private readonly log: AuditLogStore,
    private readonly db: Database,
    private readonly now: () => number,
  ) {}

  async record(
    programId: number,
    actor: Actor,
    action: AuditAction,
    subject: AuditSubject,
    after: AuditValues,
  ): Promise<void> {
    const entry = { programId, actor, action, subject, before: null, after };
    await this.log.record(this.db, entry, this.now());
  }
}
