/**
 * The emails of partnerships, written to the outbox inside the transaction of the step that
 * causes them. Each goes to the member's contact address from their profile (the host's
 * address if they have none), in their language, with dates written for that language.
 */
import type { Knex } from 'knex';
import { formatDate, pickLocale } from '../i18n/catalogue';
import type { Outbox } from '../mail/outbox';
import type { MemberStore } from '../members/member-store';
import type { ProfileStore } from '../members/profile-store';

/** Every email template this part sends (views/emails/NAME.html.hbs and NAME.text.hbs). */
export const PARTNERSHIP_EMAILS = [
  'partnership-request-received',
  'partnership-request-reminder',
  'partnership-request-accepted',
  'partnership-request-declined',
  'partnership-request-withdrawn',
  'partnership-request-expired',
  'partnership-agreement-signed',
  'partnership-started',
  'partnership-first-contact-reminder',
  'partnership-first-contact-made',
  'partnership-meeting-plan',
  'partnership-extension',
  'partnership-ending-soon',
  'partnership-ended',
  'partnership-document-shared',
  'partnership-partner-left',
] as const;

export type PartnershipEmail = (typeof PARTNERSHIP_EMAILS)[number];

export interface PartnershipMailDeps {
  outbox: Pick<Outbox, 'enqueue'>;
  members: MemberStore;
  profiles: ProfileStore;
}

export class PartnershipMail {
  constructor(private readonly deps: PartnershipMailDeps) {}

  /**
   * Queues `template` for the member. `dates` are epoch milliseconds the email shows; they are
   * written out here, in the member's language, and put in the data under the same names.
   */
  async send(
    trx: Knex,
    programId: number,
    memberId: number,
    template: PartnershipEmail,
    data: Record<string, unknown>,
    dates: Record<string, number> = {},
  ): Promise<void> {
    const member = await this.deps.members.byId(memberId, trx);
    if (!member) return;
    const profile = await this.deps.profiles.byMember(programId, memberId, trx);
    const locale = pickLocale(member.language);

    const written = Object.fromEntries(
      Object.entries(dates).map(([name, ms]) => [name, formatDate(locale, ms)]),
    );
    await this.deps.outbox.enqueue(trx, {
      programId,
      template,
      to: {
        memberId,
        address: profile?.contactEmail ?? member.email,
        name: `${member.givenName} ${member.surname}`.slice(0, 191),
      },
      locale,
      data: { givenName: member.givenName, ...data, ...written },
    });
  }
}
