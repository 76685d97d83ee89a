/**
 * Merging duplicate institutions, for administrators: checks a choice of the duplicate and the
 * institution to keep, and merges them with the audit record and a whole-cohort matching run
 * in the same transaction, so that matching sees the two as one from its next run on.
 */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import { MATCHING_COHORT_JOB } from '../matching/matching-service';
import type { InstitutionService } from '../members/institution-service';
import type { Institution, InstitutionStore } from '../members/institution-store';
import { ConflictError, type FieldErrors } from '../web/errors';
import type { AuditLogStore } from './audit-log-store';
import type { InstitutionListStore } from './institution-list-store';
import type { Actor } from './oversight-audit';

export interface MergeChoice {
  duplicateId: number | null;
  keptId: number | null;
}

/** What a merge does, as the confirmation page tells it. */
export interface MergePlan {
  duplicate: { id: number; name: string };
  kept: { id: number; name: string };
  /** Members whose profile names the duplicate, who move to the one kept. */
  members: number;
}

/** Either the plan, or a message key for each field chosen wrongly. */
export type MergeCheck = { plan: MergePlan; errors: null } | { plan: null; errors: FieldErrors };

export interface InstitutionMergeDeps {
  db: Database;
  store: InstitutionStore;
  list: InstitutionListStore;
  institutions: InstitutionService;
  audit: AuditLogStore;
  jobs: JobQueue;
  logger: Logger;
  now: () => number;
}

function inProgram(institution: Institution | undefined, programId: number) {
  return institution?.programId === programId ? institution : undefined;
}

export class InstitutionMergeService {
  constructor(private readonly deps: InstitutionMergeDeps) {}

  /** Whether the two may be merged, and what merging them would do. Changes nothing. */
  async check(programId: number, choice: MergeChoice, trx: Knex = this.deps.db) {
    const errors: FieldErrors = {};
    const duplicate =
      choice.duplicateId === null
        ? undefined
        : inProgram(await this.deps.store.byId(choice.duplicateId, trx), programId);
    const kept =
      choice.keptId === null
        ? undefined
        : inProgram(await this.deps.store.canonical(choice.keptId, trx), programId);

    if (choice.duplicateId === null) errors.duplicate = 'admin.institutions.error.choose_duplicate';
    else if (!duplicate) errors.duplicate = 'admin.institutions.error.unknown';
    else if (duplicate.mergedIntoId !== null) {
      errors.duplicate = 'admin.institutions.error.already_merged';
    }
    if (choice.keptId === null) errors.kept = 'admin.institutions.error.choose_kept';
    else if (!kept) errors.kept = 'admin.institutions.error.unknown';
    else if (kept.id === duplicate?.id) errors.kept = 'admin.institutions.error.same';

    if (!duplicate || !kept || Object.keys(errors).length > 0) {
      return { plan: null, errors } satisfies MergeCheck;
    }
    const members = await this.deps.list.memberCount(duplicate.id, trx);
    const plan = {
      duplicate: { id: duplicate.id, name: duplicate.name },
      kept: { id: kept.id, name: kept.name },
      members,
    };
    return { plan, errors: null } satisfies MergeCheck;
  }

  /**
   * Merges the duplicate into the one kept: its members move, its name goes on finding the
   * one kept, the audit log records it and everyone's suggestions are recomputed.
   */
  async merge(programId: number, actor: Actor, choice: MergeChoice): Promise<MergeCheck> {
    const { db, now } = this.deps;
    const checked = await db.transaction(async (trx) => {
      const result: MergeCheck = await this.check(programId, choice, trx);
      if (!result.plan) return result;

      const { duplicate, kept, members } = result.plan;
      try {
        await this.deps.institutions.merge(trx, programId, duplicate.id, kept.id, now());
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        return { plan: null, errors: { kept: err.messageKey } } satisfies MergeCheck;
      }
      const before = { institution: duplicate.name, mergedInto: null, members };
      const after = { institution: duplicate.name, mergedInto: kept.name, members: 0 };
      const entry = { programId, actor, action: 'institution.merged' as const, before, after };
      await this.deps.audit.record(
        trx,
        { ...entry, subject: `institution:${duplicate.id}` },
        now(),
      );
      // The colleagues rule must hold for everyone at once, not only at the next approval.
      await this.deps.jobs.enqueue(
        trx,
        MATCHING_COHORT_JOB,
        { programId },
        {
          dedupeKey: `${MATCHING_COHORT_JOB}:${programId}`,
        },
      );
      return result;
    });

    if (checked.plan) {
      this.deps.logger.info({
        event: 'institution_merged',
        program_id: programId,
        institution_id: checked.plan.duplicate.id,
        kept_institution_id: checked.plan.kept.id,
        profiles_moved: checked.plan.members,
        member_id: actor.memberId,
      });
    }
    return checked;
  }
}
