/**
 * A partnership from the accepted request to its end: both partners sign the Mentoring
 * Agreement, the second signature starts the term, the mentor confirms first contact, the
 * partners record how they will meet, may agree to extend, and either may end it early. At the
 * end of the term (a job) it is completed. Every step locks the partnership row, so two
 * partners acting at the same moment see each other's change.
 */
import type { Knex } from 'knex';
import { ConflictError, NotFoundError, ValidationError, type FieldErrors } from '../web/errors';
import { transactionWithRetry } from './locking';
import { addMonths, signatureMatches } from './pair-rules';
import { memberName, type PartnershipDeps } from './partnership-deps';
import type { PartnershipEmail } from './partnership-mail';
import {
  MEETING_FREQUENCIES,
  MEETING_MODES,
  type MeetingFrequency,
  type MeetingMode,
} from './partnership-settings';
import { OPEN_STATUSES, type Partnership, type PartnershipStatus } from './partnership-store';
import type { TermJobPayload } from './partnership-schedule';

export interface SignatureInput {
  fullName: string;
  confirmed: boolean;
}

export interface MeetingPlanInput {
  modes: string[];
  frequency: string;
}

type Step = (trx: Knex, partnership: Partnership, now: number) => Promise<void>;

export class PartnershipService {
  constructor(private readonly deps: PartnershipDeps) {}

  /** Signs the agreement by typed name; the second signature starts the partnership. */
  async sign(programId: number, memberId: number, partnershipId: number, input: SignatureInput) {
    await this.visible(programId, memberId, partnershipId);
    await this.checkSignature(memberId, input);

    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      if (partnership.status !== 'agreement') {
        throw new ConflictError('partnerships.sign.not_awaiting');
      }
      const signatures = await this.deps.agreements.signatures(trx, partnership.id, true);
      if (signatures.some((s) => s.memberId === memberId)) {
        throw new ConflictError('partnerships.sign.already_signed');
      }

      await this.deps.agreements.sign(trx, partnership, memberId, input.fullName.trim(), now);
      if (signatures.length + 1 >= 2) await this.start(trx, partnership, now);
      else await this.tellOther(trx, partnership, memberId, 'partnership-agreement-signed', {});
    });
    this.deps.logger.info({
      event: 'agreement_signed',
      partnership_id: partnershipId,
      member_id: memberId,
    });
  }

  private async checkSignature(memberId: number, input: SignatureInput) {
    const member = await this.deps.members.byId(memberId);
    const errors: FieldErrors = {};
    const typed = input.fullName.trim();
    if (typed === '') errors.fullName = 'partnerships.sign.name_required';
    else if (!member || !signatureMatches(typed, member.givenName, member.surname)) {
      errors.fullName = 'partnerships.sign.name_mismatch';
    }
    if (!input.confirmed) errors.confirm = 'partnerships.sign.confirm_required';
    if (Object.keys(errors).length > 0) throw new ValidationError(errors);
  }

  /**
   * Both have signed: the partnership is active now. Its term starts today and runs for the
   * program's term, or, in a session, starts on the session's start date when that is later
   * and runs for the session's term (see program-session-rules). Reminders follow the term.
   */
  private async start(trx: Knex, partnership: Partnership, now: number) {
    const { startsAt, endsAt } = await this.term(trx, partnership, now);
    const change = { status: 'active', starts_at: startsAt, ends_at: endsAt };
    if (!(await this.deps.partnerships.change(trx, partnership.id, ['agreement'], change, now))) {
      throw new ConflictError('partnerships.sign.not_awaiting');
    }

    await this.deps.schedule.partnershipStarted(trx, { id: partnership.id, startsAt });
    await this.deps.schedule.termSet(trx, { id: partnership.id, endsAt });
    // Signed before its session starts, it is confirmed now and starts later: the email says so.
    const startsLater = startsAt > now;
    for (const [memberId, role] of roles(partnership)) {
      await this.tellMember(
        trx,
        partnership,
        memberId,
        'partnership-started',
        { role, startsLater },
        { startsAt, endsAt },
      );
    }
    this.deps.logger.info({ event: 'partnership_started', partnership_id: partnership.id });
  }

  private async term(trx: Knex, partnership: Partnership, signedAt: number) {
    const inSession = await this.deps.sessionTerm?.(trx, partnership, signedAt);
    if (inSession) return inSession;
    const { termMonths } = await this.deps.settingsFor(partnership.programId, trx);
    return { startsAt: signedAt, endsAt: addMonths(signedAt, termMonths) };
  }

  /** The mentor says they have made the first contact. */
  async confirmFirstContact(programId: number, memberId: number, partnershipId: number) {
    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      if (partnership.mentorId !== memberId) {
        throw new ConflictError('partnerships.first_contact.mentor_only');
      }
      requireStatus(partnership, ['active']);
      if (partnership.firstContactAt !== null) {
        throw new ConflictError('partnerships.first_contact.already');
      }
      await this.change(trx, partnership, ['active'], { first_contact_at: now }, now);
      await this.tellOther(trx, partnership, memberId, 'partnership-first-contact-made', {});
    });
  }

  /** Records how and how often the partners will meet; either partner may change it. */
  async recordMeetingPlan(
    programId: number,
    memberId: number,
    partnershipId: number,
    input: MeetingPlanInput,
  ) {
    await this.visible(programId, memberId, partnershipId);
    const plan = checkMeetingPlan(input);

    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      requireStatus(partnership, OPEN_STATUSES);
      await this.change(
        trx,
        partnership,
        OPEN_STATUSES,
        {
          meeting_modes: plan.modes.join(','),
          meeting_frequency: plan.frequency,
          meeting_plan_by_member_id: memberId,
          meeting_plan_at: now,
        },
        now,
      );
      if (samePlan(partnership, plan)) return;
      await this.tellOther(trx, partnership, memberId, 'partnership-meeting-plan', {
        kind: partnership.meetingFrequency === null ? 'recorded' : 'changed',
        modes: plan.modes,
        frequency: plan.frequency,
      });
    });
  }

  /** One partner proposes to extend the term by some months; the other answers. */
  async proposeExtension(
    programId: number,
    memberId: number,
    partnershipId: number,
    months: number,
  ) {
    await this.visible(programId, memberId, partnershipId);
    if (!this.deps.settings.extensionMonths.includes(months)) {
      throw new ValidationError({ months: 'partnerships.extension.months_invalid' });
    }

    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      requireStatus(partnership, ['active']);
      if (partnership.extensionProposedBy !== null) {
        throw new ConflictError('partnerships.extension.pending');
      }
      await this.change(
        trx,
        partnership,
        ['active'],
        {
          extension_months: months,
          extension_proposed_by_member_id: memberId,
          extension_proposed_at: now,
        },
        now,
      );
      await this.tellOther(trx, partnership, memberId, 'partnership-extension', {
        kind: 'proposed',
        months,
      });
    });
  }

  /** The other partner agrees: the end moves out by the months proposed. */
  async acceptExtension(programId: number, memberId: number, partnershipId: number) {
    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      const proposer = openProposal(partnership);
      if (proposer === memberId) throw new ConflictError('partnerships.extension.own');

      const endsAt = addMonths(partnership.endsAt as number, partnership.extensionMonths as number);
      await this.change(trx, partnership, ['active'], { ends_at: endsAt, ...NO_PROPOSAL }, now, {
        extension_proposed_by_member_id: proposer,
      });
      await this.deps.schedule.termSet(trx, { id: partnership.id, endsAt });
      for (const [partner] of roles(partnership)) {
        await this.tellMember(
          trx,
          partnership,
          partner,
          'partnership-extension',
          { kind: 'accepted' },
          { endsAt },
        );
      }
    });
    this.deps.logger.info({ event: 'partnership_extended', partnership_id: partnershipId });
  }

  /** The other partner says no, or the proposer takes the proposal back. */
  async dropExtension(programId: number, memberId: number, partnershipId: number) {
    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      const proposer = openProposal(partnership);
      await this.change(trx, partnership, ['active'], NO_PROPOSAL, now, {
        extension_proposed_by_member_id: proposer,
      });
      const kind = proposer === memberId ? 'withdrawn' : 'declined';
      await this.tellOther(trx, partnership, memberId, 'partnership-extension', { kind });
    });
  }

  /** Either partner ends it early; the reason is kept for program administrators only. */
  async end(programId: number, memberId: number, partnershipId: number, reason: string) {
    await this.visible(programId, memberId, partnershipId);
    const trimmed = this.endReason(reason);

    await this.step(programId, memberId, partnershipId, async (trx, partnership, now) => {
      requireStatus(partnership, OPEN_STATUSES);
      await this.close(trx, partnership, 'ended', now, {
        ended_by_member_id: memberId,
        end_reason: trimmed,
      });
    });
  }

  /**
   * A program administrator ends a partnership early. The reason is kept for administrators;
   * both partners are told the program ended it.
   */
  async endByAdministrator(
    programId: number,
    administratorId: number,
    partnershipId: number,
    reason: string,
  ) {
    const trimmed = this.endReason(reason);

    await transactionWithRetry(this.deps.db, async (trx) => {
      const partnership = await this.deps.partnerships.lockedById(trx, partnershipId);
      if (partnership?.programId !== programId) throw new NotFoundError('partnership');
      requireStatus(partnership, OPEN_STATUSES);
      await this.close(trx, partnership, 'ended', this.deps.now(), {
        ended_by_member_id: administratorId,
        end_reason: trimmed,
      });
    });
    this.deps.logger.info({
      event: 'partnership_ended_by_program',
      partnership_id: partnershipId,
      member_id: administratorId,
    });
  }

  private endReason(reason: string): string {
    const trimmed = reason.trim();
    if (trimmed === '') throw new ValidationError({ reason: 'partnerships.end.reason_required' });
    if (trimmed.length > this.deps.settings.messageLength) {
      throw new ValidationError({ reason: 'partnerships.form.too_long' });
    }
    return trimmed;
  }

  /** Job: the term is over. A term extended since the job was planned is left alone. */
  async completeTerm(trx: Knex, payload: TermJobPayload, now: number) {
    const partnership = await this.deps.partnerships.lockedById(trx, payload.partnershipId);
    if (partnership?.status !== 'active' || partnership.endsAt !== payload.endsAt) return;
    if (payload.endsAt > now) return;

    await this.close(trx, partnership, 'completed', now, {});
  }

  /** Job: some days before the end, both partners are reminded. */
  async remindTermEnd(trx: Knex, payload: TermJobPayload, now: number) {
    const partnership = await this.deps.partnerships.byId(payload.partnershipId, trx);
    if (partnership?.status !== 'active' || partnership.endsAt !== payload.endsAt) return;
    if (payload.endsAt <= now) return;

    for (const [memberId] of roles(partnership)) {
      await this.tellMember(
        trx,
        partnership,
        memberId,
        'partnership-ending-soon',
        {},
        { endsAt: payload.endsAt },
      );
    }
  }

  /** Job: a week on, the mentor is reminded if first contact is still not confirmed. */
  async remindFirstContact(trx: Knex, partnershipId: number) {
    const partnership = await this.deps.partnerships.byId(partnershipId, trx);
    if (partnership?.status !== 'active' || partnership.firstContactAt !== null) return;

    await this.tellMember(
      trx,
      partnership,
      partnership.mentorId,
      'partnership-first-contact-reminder',
      {},
    );
  }

  /**
   * Ends the partnership (completed or ended early): places are given back, contact details
   * are hidden again (they show only while active), and documents are kept for a while.
   */
  private async close(
    trx: Knex,
    partnership: Partnership,
    status: 'completed' | 'ended',
    now: number,
    extra: Record<string, string | number>,
  ) {
    await this.change(
      trx,
      partnership,
      OPEN_STATUSES,
      { status, ended_at: now, ...NO_PROPOSAL, ...extra },
      now,
    );
    const { programId, mentorId, menteeId } = partnership;
    await this.deps.places.release(trx, programId, mentorId, 'mentor', now);
    await this.deps.places.release(trx, programId, menteeId, 'mentee', now);
    const { documentRetentionDays } = await this.deps.settingsFor(partnership.programId, trx);
    const closed = { id: partnership.id, endedAt: now, documentRetentionDays };
    await this.deps.schedule.partnershipClosed(trx, closed);

    const early = status === 'ended';
    const byProgram = early && ![mentorId, menteeId].includes(extra.ended_by_member_id as number);
    for (const [memberId] of roles(partnership)) {
      await this.deps.schedule.refreshMatching(trx, programId, memberId);
      const endedByThem = early && extra.ended_by_member_id === memberId;
      await this.tellMember(trx, partnership, memberId, 'partnership-ended', {
        kind: early ? 'early' : 'completed',
        endedByThem,
        byProgram,
      });
    }
    this.deps.logger.info({ event: 'partnership_closed', partnership_id: partnership.id, status });
  }

  /** Runs `work` on the member's own partnership, locked; anyone else gets "not found". */
  private async step(programId: number, memberId: number, partnershipId: number, work: Step) {
    await transactionWithRetry(this.deps.db, async (trx) => {
      const partnership = await this.deps.partnerships.ofPartner(
        trx,
        programId,
        partnershipId,
        memberId,
        true,
      );
      if (!partnership) throw new NotFoundError('partnership');
      await work(trx, partnership, this.deps.now());
    });
  }

  /** Throws "not found" before any input is judged, so that nothing leaks to non-partners. */
  private async visible(programId: number, memberId: number, partnershipId: number) {
    const db = this.deps.db;
    const found = await this.deps.partnerships.ofPartner(db, programId, partnershipId, memberId);
    if (!found) throw new NotFoundError('partnership');
  }

  private async change(
    trx: Knex,
    partnership: Partnership,
    from: readonly PartnershipStatus[],
    change: Record<string, string | number | null>,
    now: number,
    also: Record<string, string | number | null> = {},
  ) {
    const store = this.deps.partnerships;
    if (!(await store.change(trx, partnership.id, from, change, now, also))) {
      throw new ConflictError('partnerships.error.changed');
    }
  }

  private async tellOther(
    trx: Knex,
    partnership: Partnership,
    memberId: number,
    template: PartnershipEmail,
    data: Record<string, unknown>,
  ) {
    const other = partnership.mentorId === memberId ? partnership.menteeId : partnership.mentorId;
    await this.tellMember(trx, partnership, other, template, data);
  }

  /** Emails one partner, naming the other and linking to the partnership's page. */
  private async tellMember(
    trx: Knex,
    partnership: Partnership,
    memberId: number,
    template: Parameters<PartnershipDeps['mail']['send']>[3],
    data: Record<string, unknown>,
    dates: Record<string, number> = {},
  ) {
    const other = partnership.mentorId === memberId ? partnership.menteeId : partnership.mentorId;
    const otherName = await memberName(this.deps, other, trx);
    const all = { otherName, partnershipId: partnership.id, ...data };
    await this.deps.mail.send(trx, partnership.programId, memberId, template, all, dates);
  }
}

const NO_PROPOSAL = {
  extension_months: null,
  extension_proposed_by_member_id: null,
  extension_proposed_at: null,
};

function roles(partnership: Partnership): Array<[number, 'mentor' | 'mentee']> {
  return [
    [partnership.mentorId, 'mentor'],
    [partnership.menteeId, 'mentee'],
  ];
}

function requireStatus(partnership: Partnership, allowed: readonly PartnershipStatus[]) {
  if (!allowed.includes(partnership.status)) {
    throw new ConflictError(`partnerships.error.status_${partnership.status}`);
  }
}

/** The member who proposed the extension waiting for an answer. */
function openProposal(partnership: Partnership): number {
  requireStatus(partnership, ['active']);
  if (partnership.extensionProposedBy === null) {
    throw new ConflictError('partnerships.extension.none');
  }
  return partnership.extensionProposedBy;
}

/** Saving the plan already recorded tells the partner nothing new, so no email goes. */
function samePlan(partnership: Partnership, plan: { modes: string[]; frequency: string }) {
  const modes = partnership.meetingModes;
  return (
    partnership.meetingFrequency === plan.frequency &&
    modes.length === plan.modes.length &&
    plan.modes.every((mode) => modes.includes(mode))
  );
}

function checkMeetingPlan(input: MeetingPlanInput) {
  const errors: FieldErrors = {};
  const modes = [...new Set(input.modes)];
  if (modes.length === 0 || !modes.every((m) => (MEETING_MODES as readonly string[]).includes(m))) {
    errors.modes = 'partnerships.meeting.modes_required';
  }
  if (!(MEETING_FREQUENCIES as readonly string[]).includes(input.frequency)) {
    errors.frequency = 'partnerships.meeting.frequency_required';
  }
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);

  // Kept in the order the form lists them, whatever order the browser sent.
  const ordered = MEETING_MODES.filter((mode) => modes.includes(mode));
  return { modes: ordered as MeetingMode[], frequency: input.frequency as MeetingFrequency };
}
