/** SQL for the Mentoring Agreement's versions and the partners' signatures. */
import type { Knex } from 'knex';
import type { Database } from '../db/database';
import { isUniqueViolation } from '../db/errors';
import { pickLocale, type Locale } from '../i18n/catalogue';
import { locked } from './locking';

export interface AgreementVersion {
  id: number;
  programId: number;
  version: number;
  title: string;
  /** Paragraphs separated by blank lines. */
  body: string;
  /** The language the title and body are written in. */
  language: Locale;
  createdAt: number;
}

/** What an administrator writes, or the default text, before it is a version. */
export interface AgreementDraft {
  title: string;
  body: string;
  language: Locale;
}

export interface Signature {
  memberId: number;
  agreementVersionId: number;
  typedName: string;
  signedAt: number;
}

interface VersionRow {
  id: number;
  program_id: number;
  version: number;
  title: string;
  body: string;
  language: string;
  created_at: number | string;
}

interface SignatureRow {
  member_id: number;
  agreement_version_id: number;
  typed_name: string;
  signed_at: number | string;
}

function toVersion(row: VersionRow): AgreementVersion {
  return {
    id: row.id,
    programId: row.program_id,
    version: row.version,
    title: row.title,
    body: row.body,
    language: pickLocale(row.language),
    createdAt: Number(row.created_at),
  };
}

function toSignature(row: SignatureRow): Signature {
  return {
    memberId: row.member_id,
    agreementVersionId: row.agreement_version_id,
    typedName: row.typed_name,
    signedAt: Number(row.signed_at),
  };
}

export class AgreementStore {
  constructor(private readonly db: Database) {}

  /** The program's newest version, which new partnerships sign. */
  async current(programId: number, trx: Knex = this.db): Promise<AgreementVersion | undefined> {
    const row = await trx<VersionRow>('mm_agreement_versions')
      .where({ program_id: programId })
      .orderBy('version', 'desc')
      .first();
    return row && toVersion(row);
  }

  async byId(id: number, trx: Knex = this.db): Promise<AgreementVersion | undefined> {
    const row = await trx<VersionRow>('mm_agreement_versions').where({ id }).first();
    return row && toVersion(row);
  }

  /**
   * Adds the next version. If another instance added the same number a moment earlier, the
   * unique key refuses this one and the caller gets the one that won. `trx` lets a program
   * administrator's change and its audit record commit together.
   */
  async addVersion(
    programId: number,
    draft: AgreementDraft,
    now: number,
    trx: Knex = this.db,
  ): Promise<AgreementVersion> {
    const version = ((await this.current(programId, trx))?.version ?? 0) + 1;
    try {
      const { title, body, language } = draft;
      const row = { program_id: programId, version, title, body, language, created_at: now };
      const [id] = await trx('mm_agreement_versions').insert(row);
      return (await this.byId(Number(id), trx)) as AgreementVersion;
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      return (await this.current(programId, trx)) as AgreementVersion;
    }
  }

  /** The partnership's signatures, oldest first; `lock` when their count decides a write. */
  async signatures(trx: Knex, partnershipId: number, lock = false): Promise<Signature[]> {
    const query = trx('mm_agreement_signatures')
      .where({ partnership_id: partnershipId })
      .orderBy(['signed_at', 'id'])
      .select('member_id', 'agreement_version_id', 'typed_name', 'signed_at');
    return ((await (lock ? locked(trx, query) : query)) as SignatureRow[]).map(toSignature);
  }

  async sign(
    trx: Knex,
    partnership: { id: number; programId: number; agreementVersionId: number },
    memberId: number,
    typedName: string,
    now: number,
  ): Promise<void> {
    await trx('mm_agreement_signatures').insert({
      program_id: partnership.programId,
      partnership_id: partnership.id,
      member_id: memberId,
      agreement_version_id: partnership.agreementVersionId,
      typed_name: typedName,
      signed_at: now,
    });
  }
}
