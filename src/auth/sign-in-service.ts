/**
 * What happens when the host vouches for a member: their record is created or refreshed with
 * the host's attributes, membership status included.
 */
import type { Database } from '../db/database';
import type { Logger } from '../logging/logger';
import type { HostIdentity, Member, MemberStore } from '../members/member-store';
import { IdentityError } from './host-identity';

/** Called inside the sign-in transaction when membership changed; later issues hook in here. */
export type MembershipChangeHandler = (
  trx: Database,
  member: Member,
  change: { wasActive: boolean | null; isActive: boolean },
) => Promise<void>;

export class SignInService {
  private readonly membershipHandlers: MembershipChangeHandler[] = [];

  constructor(
    private readonly db: Database,
    private readonly members: MemberStore,
    private readonly logger: Logger,
    private readonly now: () => number,
  ) {}

  onMembershipChange(handler: MembershipChangeHandler): void {
    this.membershipHandlers.push(handler);
  }

  async signIn(identity: HostIdentity): Promise<Member> {
    return this.db.transaction(async (trx) => {
      const { before, after } = await this.members.upsertFromSignIn(identity, this.now(), trx);
      // MariaDB compares ids ignoring case, accents and trailing spaces, so another person's
      // NameID can land on this row; throwing here rolls the update back.
      if (after.externalId !== identity.externalId) {
        throw new IdentityError("NameID matches another member's id only loosely");
      }
      const wasActive = before ? before.membershipActive : null;

      if (wasActive !== after.membershipActive) {
        this.logger.info({
          event: 'membership_changed',
          member_id: after.id,
          active: after.membershipActive,
        });
        for (const handler of this.membershipHandlers) {
          await handler(trx, after, { wasActive, isActive: after.membershipActive });
        }
      }
      return after;
    });
  }
}
