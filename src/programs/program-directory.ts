/**
 * The host's programs: which are open for enrolment (for members' home page), which one a
 * member may work in, and adding a program (for holders of the host's administrator role).
 */
import type { AuditLogStore } from '../admin/audit-log-store';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import type { Logger } from '../logging/logger';
import type { ProfileStore } from '../members/profile-store';
import { ValidationError, type FieldErrors } from '../web/errors';
import { registrationOpen } from './program-session-rules';
import type { ProgramSessionStore } from './program-session-store';
import type { Administrator } from './program-settings-service';
import { checkGeneralSettings, type SettingsForm } from './program-settings-validation';
import type { Program, ProgramStore } from './program-store';

export const PROGRAM_FIELDS = [
  'slug',
  'name',
  'program_contact_email',
  'support_contact_email',
  'admin_role',
] as const;

const SLUG = /^[a-z0-9][a-z0-9-]{1,63}$/;

export interface ProgramDirectoryDeps {
  db: Database;
  programs: ProgramStore;
  sessions: ProgramSessionStore;
  profiles: Pick<ProfileStore, 'byMember'>;
  audit: AuditLogStore;
  logger: Logger;
  now: () => number;
}

export class ProgramDirectory {
  constructor(private readonly deps: ProgramDirectoryDeps) {}

  all(): Promise<readonly Program[]> {
    return this.deps.programs.all();
  }

  /** Programs whose registration is open now (a program without sessions always is). */
  async openForEnrolment(): Promise<Program[]> {
    const open: Program[] = [];
    for (const program of await this.deps.programs.all()) {
      const sessions = await this.deps.sessions.all(program.id);
      if (registrationOpen(sessions, this.deps.now())) open.push(program);
    }
    return open;
  }

  /** A member works in a program open for enrolment, or in one where they have a profile. */
  async mayChoose(memberId: number, programId: number): Promise<boolean> {
    if ((await this.openForEnrolment()).some((program) => program.id === programId)) return true;
    return Boolean(await this.deps.profiles.byMember(programId, memberId));
  }

  /** Adds a program; throws ValidationError with a message key per field. */
  async create(by: Administrator, form: SettingsForm): Promise<number> {
    const input = checkProgramForm(form);
    try {
      return await this.deps.db.transaction(async (trx) => {
        const now = this.deps.now();
        const id = await this.deps.programs.create(trx, input, now);
        const after = { ...input };
        const action = 'program.created' as const;
        const entry = { programId: id, actor: by, action, before: null, after };
        await this.deps.audit.record(trx, { ...entry, subject: `program:${id}` }, now);
        this.deps.logger.info({ event: 'program_created', program_id: id, member_id: by.memberId });
        return id;
      });
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      throw new ValidationError({ slug: 'admin.programs.error.slug_taken' });
    }
  }
}

function checkProgramForm(form: SettingsForm): Omit<Program, 'id'> {
  const errors: FieldErrors = {};
  const slug = form.slug.trim();
  if (!SLUG.test(slug)) errors.slug = 'admin.programs.error.slug';

  // The name, addresses and administrator role follow the same rules as on the settings page.
  const general = checkGeneralSettings({
    ...form,
    partnership_term_months: '6',
    request_expiry_days: '14',
    max_mentor_capacity: '1',
    document_retention_days: '30',
  });
  Object.assign(errors, general.errors ?? {});
  if (Object.keys(errors).length > 0 || !general.value) throw new ValidationError(errors);

  const { name, programContactEmail, supportContactEmail, adminRole } = general.value;
  return { slug, name, programContactEmail, supportContactEmail, adminRole };
}
