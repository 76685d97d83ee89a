/**
 * Partnership requests: a member asks another to work together (as mentor or as mentee); the
 * other accepts or declines; the asker may withdraw; an unanswered request expires. Accepting
 * creates the partnership and takes both partners' places in one transaction, and the
 * database, not this code, refuses a place beyond a mentor's capacity.
 */
import type { Knex } from 'knex';
import { isUniqueViolation } from '../db/errors';
import type { Role } from '../members/profile-options';
import { ConflictError, NotFoundError, ValidationError } from '../web/errors';
import { defaultAgreement } from './agreement-text';
import { transactionWithRetry } from './locking';
import { memberName, pairRefusalFor, refused, type PartnershipDeps } from './partnership-deps';
import { DAY_MS } from './partnership-settings';
import type { PartnershipRequest } from './request-store';

/** A mentor and a mentee the program's administrators put together. */
export interface ProgramPair {
  mentorId: number;
  menteeId: number;
}

export interface RequestInput {
  otherMemberId: number;
  /** The role the member asking would play. */
  role: Role;
  message: string | null;
}

/** Whether the matching suggested `otherId` to the member, in the role the member would play. */
export type SuggestedCheck = (
  programId: number,
  memberId: number,
  otherId: number,
  role: Role,
) => Promise<boolean>;

export class RequestService {
  constructor(
    private readonly deps: PartnershipDeps,
    private readonly suggested: SuggestedCheck = async () => false,
  ) {}

  /**
   * Sends a request; resolves its id. Throws ConflictError naming the hard rule it breaks,
   * or NotFoundError when the pair is refused and the other was not suggested to the asker:
   * as on the form (PartnershipPages.newRequest), a refusal must not tell the asker about a
   * member they cannot see (paused, not approved, in another session).
   */
  async request(programId: number, requesterId: number, input: RequestInput): Promise<number> {
    checkText(input.message, this.deps.settings.messageLength, 'message');
    const other = input.otherMemberId;
    if (other === requesterId || !(await this.deps.members.byId(other))) {
      throw new NotFoundError('member');
    }
    const pair = pairOf(requesterId, input);
    await this.ensurePlaces(programId, pair);
    // Read before the transaction: SQLite has one connection, which the transaction holds.
    const suggested = await this.suggested(programId, requesterId, other, input.role);

    return transactionWithRetry(this.deps.db, async (trx) => {
      const refusal = await pairRefusalFor(this.deps, trx, programId, pair, true);
      if (refusal && !suggested) throw new NotFoundError('member');
      if (refusal) throw refused(refusal);

      const id = await this.insert(trx, programId, requesterId, input);
      await this.announce(trx, programId, id);
      this.deps.logger.info({
        event: 'partnership_requested',
        request_id: id,
        member_id: requesterId,
      });
      return id;
    });
  }

  private async insert(trx: Knex, programId: number, requesterId: number, input: RequestInput) {
    const now = this.deps.now();
    const fields = {
      programId,
      requesterId,
      recipientId: input.otherMemberId,
      requesterRole: input.role,
      message: input.message,
      expiresAt: await this.expiresAt(trx, programId, now),
    };
    try {
      return await this.deps.requests.create(trx, fields, now);
    } catch (err) {
      // Another request between the pair was saved a moment earlier.
      if (isUniqueViolation(err)) throw refused('request_pending');
      throw err;
    }
  }

  /** When a request made `now` expires: after the program's own number of days. */
  private async expiresAt(trx: Knex, programId: number, now: number): Promise<number> {
    const { requestExpiryDays } = await this.deps.settingsFor(programId, trx);
    return now + requestExpiryDays * DAY_MS;
  }

  private async announce(trx: Knex, programId: number, requestId: number) {
    const request = (await this.deps.requests.byId(requestId, trx)) as PartnershipRequest;
    const requesterName = await memberName(this.deps, request.requesterId, trx);
    const requesterRole = request.requesterId === request.mentorId ? 'mentor' : 'mentee';
    const data = { requesterName, requesterRole, requestId, message: request.message ?? '' };

    await this.deps.mail.send(
      trx,
      programId,
      request.recipientId,
      'partnership-request-received',
      data,
      { expiresAt: request.expiresAt },
    );
    await this.deps.schedule.requestCreated(trx, request);
  }

  /** The recipient accepts: the partnership is created and waits for both signatures. */
  async accept(programId: number, memberId: number, requestId: number): Promise<number> {
    const seen = await this.forRecipient(programId, memberId, requestId);
    const versionId = await this.currentAgreement(programId);
    await this.ensurePlaces(programId, seen);

    return transactionWithRetry(this.deps.db, async (trx) => {
      const request = await this.pendingLocked(trx, seen.id);
      const refusal = await pairRefusalFor(this.deps, trx, programId, request, false);
      if (refusal) throw refused(refusal);

      await this.takePlaces(trx, request);
      const partnershipId = await this.createPartnership(trx, request, versionId);
      this.deps.logger.info({
        event: 'partnership_request_accepted',
        request_id: request.id,
        partnership_id: partnershipId,
        member_id: memberId,
      });
      return partnershipId;
    });
  }

  private async pendingLocked(trx: Knex, requestId: number): Promise<PartnershipRequest> {
    const request = (await this.deps.requests.lockedById(trx, requestId)) as PartnershipRequest;
    if (request.status !== 'pending') throw new ConflictError('partnerships.request.not_pending');
    if (request.expiresAt <= this.deps.now()) {
      throw new ConflictError('partnerships.request.expired');
    }
    return request;
  }

  /**
   * Each UPDATE adds one only while the counter is below capacity; a false means another
   * accept took the last place, and throwing rolls back everything this one did.
   */
  private async takePlaces(trx: Knex, request: PartnershipRequest) {
    const { programId, mentorId, menteeId } = request;
    const now = this.deps.now();
    if (!(await this.deps.places.takeMentorPlace(trx, programId, mentorId, now))) {
      throw refused('mentor_full');
    }
    if (!(await this.deps.places.takeMenteePlace(trx, programId, menteeId, now))) {
      throw refused('mentee_matched');
    }
  }

  private async createPartnership(trx: Knex, request: PartnershipRequest, versionId: number) {
    const now = this.deps.now();
    await this.deps.requests.answer(trx, request.id, 'accepted', now);
    const partnershipId = await this.deps.partnerships.create(
      trx,
      {
        programId: request.programId,
        requestId: request.id,
        mentorId: request.mentorId,
        menteeId: request.menteeId,
        agreementVersionId: versionId,
      },
      now,
    );

    const recipientName = await memberName(this.deps, request.recipientId, trx);
    await this.deps.mail.send(
      trx,
      request.programId,
      request.requesterId,
      'partnership-request-accepted',
      { recipientName, partnershipId },
    );
    await this.deps.schedule.refreshMatching(trx, request.programId, request.mentorId);
    await this.deps.schedule.refreshMatching(trx, request.programId, request.menteeId);
    return partnershipId;
  }

  /**
   * The program pairs two members by hand: a request from the mentor to the mentee, marked
   * as the administrator's and accepted at once, and its partnership waiting for both
   * signatures. The hard rules and the mentor's capacity hold as for any accept. Both are
   * emailed. Resolves the partnership id.
   */
  async pairByProgram(programId: number, administratorId: number, pair: ProgramPair) {
    const versionId = await this.currentAgreement(programId);
    await this.ensurePlaces(programId, pair);

    return transactionWithRetry(this.deps.db, async (trx) => {
      const request = await this.insertForProgram(trx, programId, administratorId, pair);
      await this.takePlaces(trx, request);
      const now = this.deps.now();
      await this.deps.requests.answer(trx, request.id, 'accepted', now);
      const partnershipId = await this.deps.partnerships.create(
        trx,
        { programId, requestId: request.id, ...pair, agreementVersionId: versionId },
        now,
      );

      await this.tellPaired(trx, programId, pair, partnershipId);
      this.deps.logger.info({
        event: 'partnership_paired_by_program',
        request_id: request.id,
        partnership_id: partnershipId,
        member_id: administratorId,
      });
      return partnershipId;
    });
  }

  private async tellPaired(trx: Knex, programId: number, pair: ProgramPair, partnershipId: number) {
    const sides: Array<[number, number, Role]> = [
      [pair.mentorId, pair.menteeId, 'mentor'],
      [pair.menteeId, pair.mentorId, 'mentee'],
    ];
    for (const [memberId, otherId, role] of sides) {
      const recipientName = await memberName(this.deps, otherId, trx);
      const data = { fromProgram: true, role, recipientName, partnershipId };
      await this.deps.mail.send(trx, programId, memberId, 'partnership-request-accepted', data);
      await this.deps.schedule.refreshMatching(trx, programId, memberId);
    }
  }

  /**
   * The program proposes a pair (a published whole-cohort proposal): a request from the
   * mentor to the mentee, marked as the administrator's. The mentee accepts or declines it
   * like any request; the mentor, as its sender, may withdraw it. Both are emailed. Resolves
   * the request id; throws ConflictError naming the hard rule the pair breaks.
   */
  async proposeByProgram(programId: number, administratorId: number, pair: ProgramPair) {
    await this.ensurePlaces(programId, pair);

    return transactionWithRetry(this.deps.db, async (trx) => {
      const request = await this.insertForProgram(trx, programId, administratorId, pair);
      const mentorName = await memberName(this.deps, pair.mentorId, trx);
      const menteeName = await memberName(this.deps, pair.menteeId, trx);
      const common = { fromProgram: true, requestId: request.id, message: '' };
      const toMentee = { ...common, side: 'mentee', otherName: mentorName };
      const toMentor = { ...common, side: 'mentor', otherName: menteeName };
      const dates = { expiresAt: request.expiresAt };
      const template = 'partnership-request-received';

      await this.deps.mail.send(trx, programId, pair.menteeId, template, toMentee, dates);
      await this.deps.mail.send(trx, programId, pair.mentorId, template, toMentor, dates);
      await this.deps.schedule.requestCreated(trx, request);
      return request.id;
    });
  }

  /** Checks the pair and inserts the program's request from the mentor to the mentee. */
  private async insertForProgram(
    trx: Knex,
    programId: number,
    administratorId: number,
    pair: ProgramPair,
  ): Promise<PartnershipRequest> {
    const refusal = await pairRefusalFor(this.deps, trx, programId, pair, true);
    if (refusal) throw refused(refusal);

    const now = this.deps.now();
    const fields = {
      programId,
      requesterId: pair.mentorId,
      recipientId: pair.menteeId,
      requesterRole: 'mentor' as const,
      message: null,
      expiresAt: await this.expiresAt(trx, programId, now),
      proposedById: administratorId,
    };
    try {
      const id = await this.deps.requests.create(trx, fields, now);
      return (await this.deps.requests.byId(id, trx)) as PartnershipRequest;
    } catch (err) {
      if (isUniqueViolation(err)) throw refused('request_pending');
      throw err;
    }
  }

  /** The recipient declines, with an optional reason the requester reads. */
  async decline(programId: number, memberId: number, requestId: number, reason: string | null) {
    await this.forRecipient(programId, memberId, requestId);
    checkText(reason, this.deps.settings.messageLength, 'reason');

    await this.deps.db.transaction(async (trx) => {
      const request = await this.pendingLocked(trx, requestId);
      await this.deps.requests.answer(trx, requestId, 'declined', this.deps.now(), reason);

      const recipientName = await memberName(this.deps, memberId, trx);
      await this.deps.mail.send(
        trx,
        programId,
        request.requesterId,
        'partnership-request-declined',
        { recipientName, reason: reason ?? '' },
      );
      await this.deps.schedule.refreshMatching(trx, programId, request.requesterId);
    });
    this.deps.logger.info({ event: 'partnership_request_declined', request_id: requestId });
  }

  /** The requester takes back a request nobody has answered yet. */
  async withdraw(programId: number, memberId: number, requestId: number) {
    const seen = await this.deps.requests.byId(requestId);
    if (!seen || seen.programId !== programId || seen.requesterId !== memberId) {
      throw new NotFoundError('request');
    }

    await this.deps.db.transaction(async (trx) => {
      const request = await this.pendingLocked(trx, requestId);
      await this.deps.requests.answer(trx, requestId, 'withdrawn', this.deps.now());

      const requesterName = await memberName(this.deps, memberId, trx);
      await this.deps.mail.send(
        trx,
        programId,
        request.recipientId,
        'partnership-request-withdrawn',
        { requesterName },
      );
      await this.refreshBoth(trx, request);
    });
    this.deps.logger.info({ event: 'partnership_request_withdrawn', request_id: requestId });
  }

  /** Job: the request's time is up. Frees the pair and refreshes both members' suggestions. */
  async expire(trx: Knex, requestId: number, now: number): Promise<void> {
    const request = await this.deps.requests.lockedById(trx, requestId);
    if (!request || request.status !== 'pending' || request.expiresAt > now) return;

    await this.deps.requests.answer(trx, requestId, 'expired', now);
    const requesterName = await memberName(this.deps, request.requesterId, trx);
    const recipientName = await memberName(this.deps, request.recipientId, trx);
    const template = 'partnership-request-expired';
    await this.deps.mail.send(trx, request.programId, request.requesterId, template, {
      side: 'requester',
      otherName: recipientName,
    });
    await this.deps.mail.send(trx, request.programId, request.recipientId, template, {
      side: 'recipient',
      otherName: requesterName,
    });
    await this.refreshBoth(trx, request);
    this.deps.logger.info({ event: 'partnership_request_expired', request_id: requestId });
  }

  /**
   * While a request waits, the pair is left out of both members' lists, and a whole-cohort
   * run in that time drops each from the other's. Once it is withdrawn or expires, the two
   * may be suggested to each other again, so both lists are made anew.
   */
  private async refreshBoth(trx: Knex, request: PartnershipRequest) {
    await this.deps.schedule.refreshMatching(trx, request.programId, request.requesterId);
    await this.deps.schedule.refreshMatching(trx, request.programId, request.recipientId);
  }

  /** Job: a few days before expiry, the recipient is reminded the request waits for them. */
  async remind(trx: Knex, requestId: number, now: number): Promise<void> {
    const request = await this.deps.requests.byId(requestId, trx);
    if (!request || request.status !== 'pending' || request.expiresAt <= now) return;

    const requesterName = await memberName(this.deps, request.requesterId, trx);
    await this.deps.mail.send(
      trx,
      request.programId,
      request.recipientId,
      'partnership-request-reminder',
      { requesterName, requestId },
      { expiresAt: request.expiresAt },
    );
  }

  private async forRecipient(programId: number, memberId: number, requestId: number) {
    const request = await this.deps.requests.byId(requestId);
    if (!request || request.programId !== programId || request.recipientId !== memberId) {
      throw new NotFoundError('request');
    }
    return request;
  }

  /** The agreement version new partnerships sign; the default text becomes version 1. */
  private async currentAgreement(programId: number): Promise<number> {
    const current = await this.deps.agreements.current(programId);
    if (current) return current.id;

    // Programs have no language of their own yet, so the default text is the English one.
    const program = await this.deps.programs.byId(programId);
    const { termMonths } = await this.deps.settingsFor(programId);
    const text = defaultAgreement('en', program?.name ?? '', termMonths);
    return (await this.deps.agreements.addVersion(programId, text, this.deps.now())).id;
  }

  // Outside the transaction that takes them: see PlaceStore.ensure.
  private async ensurePlaces(programId: number, pair: { mentorId: number; menteeId: number }) {
    const now = this.deps.now();
    await this.deps.places.ensure(programId, pair.mentorId, 'mentor', now);
    await this.deps.places.ensure(programId, pair.menteeId, 'mentee', now);
  }
}

function pairOf(requesterId: number, input: RequestInput) {
  return input.role === 'mentor'
    ? { mentorId: requesterId, menteeId: input.otherMemberId }
    : { mentorId: input.otherMemberId, menteeId: requesterId };
}

/** Optional free text: null or up to `limit` characters. */
function checkText(value: string | null, limit: number, field: string): void {
  if (value !== null && value.length > limit) {
    throw new ValidationError({ [field]: 'partnerships.form.too_long' });
  }
}
