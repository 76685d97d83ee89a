/**
 * The program's settings as the product reads them, and the administrators' changes to them.
 * Every change is saved with its audit record in one transaction; a form that changes nothing
 * saves and records nothing. Reads take the caller's transaction, because SQLite has a single
 * connection and a job holding it would otherwise wait for itself.
 */
import type { Knex } from 'knex';
import {
  changedValues,
  type AuditAction,
  type AuditLogStore,
  type AuditValues,
} from '../admin/audit-log-store';
import type { Database } from '../db/database';
import type { Locale } from '../i18n/catalogue';
import type { JobQueue } from '../jobs/job-queue';
import type { Logger } from '../logging/logger';
import { matchingSettings, type MatchingSettings } from '../matching/engine';
import { MATCHING_COHORT_JOB } from '../matching/matching-service';
import type { AgreementStore, AgreementVersion } from '../partnerships/agreement-store';
import { defaultAgreement, type AgreementText } from '../partnerships/agreement-text';
import { schedulePurges } from '../partnerships/document-service';
import { NotFoundError } from '../web/errors';
import { resolveProgramSettings, type ProgramSettings } from './program-settings-defaults';
import type { ProgramSettingsStore } from './program-settings-store';
import type {
  AgreementInput,
  GeneralSettings,
  MatchingSettingsInput,
} from './program-settings-validation';
import type { Program, ProgramStore } from './program-store';

export interface ProgramSettingsDeps {
  db: Database;
  store: ProgramSettingsStore;
  programs: ProgramStore;
  agreements: AgreementStore;
  audit: AuditLogStore;
  jobs: Pick<JobQueue, 'enqueue'>;
  logger: Logger;
  now: () => number;
}

/** The administrator making a change, as the audit log names them. */
export interface Administrator {
  memberId: number;
  name: string;
}

/** The agreement new partnerships sign: the newest version, or the default text before any. */
export interface CurrentAgreement extends AgreementText {
  version: number | null;
}

export class ProgramSettingsService {
  constructor(private readonly deps: ProgramSettingsDeps) {}

  async settings(programId: number, trx: Knex = this.deps.db): Promise<ProgramSettings> {
    return resolveProgramSettings(await this.deps.store.document(programId, trx));
  }

  /** The engine's settings: its defaults with the program's weights and experience gap. */
  async matchingSettings(programId: number, trx?: Knex): Promise<MatchingSettings> {
    const settings = await this.settings(programId, trx);
    return matchingSettings({
      weights: settings.matchingWeights,
      minExperienceGap: settings.minExperienceGap,
    });
  }

  async maxMentorCapacity(programId: number, trx?: Knex): Promise<number> {
    return (await this.settings(programId, trx)).maxMentorCapacity;
  }

  /** The text an administrator set for the top of this email in this language, or null. */
  async emailIntroduction(
    programId: number,
    template: string,
    locale: Locale,
  ): Promise<string | null> {
    return (await this.settings(programId)).emailIntroductions[template]?.[locale] ?? null;
  }

  async program(programId: number, trx?: Knex): Promise<Program> {
    const program = await this.deps.programs.byId(programId, trx);
    if (!program) throw new NotFoundError('program');
    return program;
  }

  /**
   * A changed document retention applies to partnerships already ended too: their documents'
   * deletion is set again for the new date, in the same transaction.
   */
  async updateGeneral(programId: number, by: Administrator, input: GeneralSettings) {
    return this.change(programId, by, 'settings.general', async (trx, doc) => {
      const program = await this.program(programId, trx);
      const settings = resolveProgramSettings(doc);
      const { name, programContactEmail, supportContactEmail, adminRole, ...numbers } = input;
      const details = { name, programContactEmail, supportContactEmail, adminRole };
      const before = {
        name: program.name,
        programContactEmail: program.programContactEmail,
        supportContactEmail: program.supportContactEmail,
        adminRole: program.adminRole,
        partnershipTermMonths: settings.partnershipTermMonths,
        requestExpiryDays: settings.requestExpiryDays,
        maxMentorCapacity: settings.maxMentorCapacity,
        documentRetentionDays: settings.documentRetentionDays,
      };
      const write = async () => {
        await this.deps.store.updateDetails(trx, programId, details);
        const retention = numbers.documentRetentionDays;
        if (retention !== settings.documentRetentionDays) {
          await schedulePurges(trx, this.deps.jobs, programId, retention);
        }
        return { ...doc, ...numbers };
      };
      return { before, after: { ...details, ...numbers }, write };
    });
  }

  /** Saved settings re-rank everyone's suggestions at once: a whole-cohort run is queued. */
  async updateMatching(programId: number, by: Administrator, input: MatchingSettingsInput) {
    return this.change(programId, by, 'settings.matching', async (trx, doc) => {
      const settings = resolveProgramSettings(doc);
      const before = {
        ...prefixed('weights', settings.matchingWeights),
        minExperienceGap: settings.minExperienceGap,
      };
      const after = {
        ...prefixed('weights', input.matchingWeights),
        minExperienceGap: input.minExperienceGap,
      };
      const write = async () => {
        await this.deps.jobs.enqueue(trx, MATCHING_COHORT_JOB, { programId }, {
          dedupeKey: `${MATCHING_COHORT_JOB}:${programId}`,
        });
        return { ...doc, ...input };
      };
      return { before, after, write };
    });
  }

  async updateIntroductions(
    programId: number,
    by: Administrator,
    introductions: ProgramSettings['emailIntroductions'],
  ) {
    return this.change(programId, by, 'settings.emails', async (_trx, doc) => {
      const before = byLanguage(resolveProgramSettings(doc).emailIntroductions);
      const write = async () => ({ ...doc, emailIntroductions: introductions });
      return { before, after: byLanguage(introductions), write };
    });
  }

  async currentAgreement(programId: number): Promise<CurrentAgreement> {
    const current = await this.deps.agreements.current(programId);
    if (current) {
      const { version, title, body, language } = current;
      return { version, title, body, language };
    }

    // The same default text the first accepted request would save as version 1.
    const program = await this.program(programId);
    const term = (await this.settings(programId)).partnershipTermMonths;
    return { version: null, ...defaultAgreement('en', program.name, term) };
  }

  /** A changed text becomes a new version; partnerships already created keep theirs. */
  async updateAgreement(programId: number, by: Administrator, input: AgreementInput) {
    const current = await this.currentAgreement(programId);
    const same = (['title', 'body', 'language'] as const).every((k) => current[k] === input[k]);
    if (same) return false;

    await this.deps.db.transaction(async (trx) => {
      const added: AgreementVersion = await this.deps.agreements.addVersion(
        programId, input, this.deps.now(), trx,
      );
      await this.deps.audit.record(trx, {
        programId,
        actor: by,
        action: 'settings.agreement',
        subject: `program:${programId}`,
        before: { version: current.version, title: current.title, language: current.language },
        after: { version: added.version, title: added.title, language: added.language },
      }, this.deps.now());
    });
    this.logChange(programId, by, 'settings.agreement');
    return true;
  }

  /**
   * Runs one settings change: `plan` reads the current values inside the transaction and
   * says what they become; nothing is written when they are the same.
   */
  private async change(
    programId: number,
    by: Administrator,
    action: AuditAction,
    plan: (trx: Knex, doc: Record<string, unknown>) => Promise<{
      before: AuditValues;
      after: AuditValues;
      write: () => Promise<Record<string, unknown>>;
    }>,
  ): Promise<boolean> {
    const changed = await this.deps.db.transaction(async (trx) => {
      const doc = await this.deps.store.document(programId, trx);
      const planned = await plan(trx, doc);
      const difference = changedValues(planned.before, planned.after);
      if (!difference) return false;

      const now = this.deps.now();
      const document = await planned.write();
      await this.deps.store.saveDocument(trx, programId, document, { memberId: by.memberId, now });
      const subject = `program:${programId}` as const;
      const entry = { programId, actor: by, action, subject, ...difference };
      await this.deps.audit.record(trx, entry, now);
      return true;
    });
    if (changed) this.logChange(programId, by, action);
    return changed;
  }

  private logChange(programId: number, by: Administrator, action: string) {
    this.deps.logger.info({
      event: 'program_settings_changed',
      program_id: programId,
      member_id: by.memberId,
      action,
    });
  }
}

/** Introductions as the audit log records them: one value per email and language. */
function byLanguage(introductions: ProgramSettings['emailIntroductions']): AuditValues {
  return Object.fromEntries(
    Object.entries(introductions).flatMap(([template, texts]) =>
      Object.entries(texts).map(([locale, text]) => [`${template}.${locale}`, text]),
    ),
  );
}

function prefixed(prefix: string, values: object): AuditValues {
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [`${prefix}.${key}`, value]),
  );
}
