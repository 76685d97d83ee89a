/** SQL for members as the host identifies them. */
import type { Database } from '../db/database';

export interface Member {
  id: number;
  externalId: string;
  email: string;
  givenName: string;
  surname: string;
  membershipStatus: string | null;
  membershipActive: boolean;
  memberType: string | null;
  hostInstitution: string | null;
  hostRoles: string[];
  /** The language pages and emails use: the member's own choice, else the host's. */
  language: string | null;
  /** Set once the member picks a language; from then on the host's value is ignored. */
  languageChoice: string | null;
  lastSignInAt: number;
  createdAt: number;
}

/** What the host asserts about a member at every sign-in. */
export interface HostIdentity {
  externalId: string;
  email: string;
  givenName: string;
  surname: string;
  membershipStatus: string | null;
  membershipActive: boolean;
  memberType: string | null;
  hostInstitution: string | null;
  hostRoles: string[];
  language: string | null;
}

interface MemberRow {
  id: number;
  external_id: string;
  email: string;
  given_name: string;
  surname: string;
  membership_status: string | null;
  membership_active: number | boolean;
  member_type: string | null;
  host_institution: string | null;
  host_roles: string;
  language: string | null;
  language_choice: string | null;
  last_sign_in_at: number;
  created_at: number;
}

function toMember(row: MemberRow): Member {
  return {
    id: row.id,
    externalId: row.external_id,
    email: row.email,
    givenName: row.given_name,
    surname: row.surname,
    membershipStatus: row.membership_status,
    membershipActive: Boolean(row.membership_active),
    memberType: row.member_type,
    hostInstitution: row.host_institution,
    hostRoles: JSON.parse(row.host_roles) as string[],
    language: row.language,
    languageChoice: row.language_choice ?? null,
    lastSignInAt: Number(row.last_sign_in_at),
    createdAt: Number(row.created_at),
  };
}

function identityColumns(identity: HostIdentity) {
  return {
    email: identity.email,
    given_name: identity.givenName,
    surname: identity.surname,
    membership_status: identity.membershipStatus,
    membership_active: identity.membershipActive,
    member_type: identity.memberType,
    host_institution: identity.hostInstitution,
    host_roles: JSON.stringify(identity.hostRoles),
    language: identity.language,
  };
}

export class MemberStore {
  constructor(private readonly db: Database) {}

  async byId(id: number, trx: Database = this.db): Promise<Member | undefined> {
    const row = await trx<MemberRow>('mm_members').where({ id }).first();
    return row && toMember(row);
  }

  async byExternalId(externalId: string, trx: Database = this.db): Promise<Member | undefined> {
    const row = await trx<MemberRow>('mm_members').where({ external_id: externalId }).first();
    return row && toMember(row);
  }

  /** Creates the member or refreshes what the host asserts; returns the row before and after. */
  async upsertFromSignIn(identity: HostIdentity, now: number, trx: Database = this.db) {
    const before = await this.byExternalId(identity.externalId, trx);
    const columns = { ...identityColumns(identity), last_sign_in_at: now, updated_at: now };

    if (before) {
      // A host that stops sending the language keeps the last one; a member's choice wins.
      if (!identity.language || before.languageChoice) {
        delete (columns as { language?: string | null }).language;
      }
      await trx('mm_members').where({ id: before.id }).update(columns);
    } else {
      await trx('mm_members').insert({
        ...columns,
        external_id: identity.externalId,
        created_at: now,
      });
    }

    const after = (await this.byExternalId(identity.externalId, trx)) as Member;
    return { before, after };
  }

  /** Records the language the member picked; it wins over the host's from now on. */
  async chooseLanguage(id: number, language: string, now: number): Promise<void> {
    await this.db('mm_members')
      .where({ id })
      .update({ language, language_choice: language, updated_at: now });
  }
}
