/**
 * The partnerships' share of a member's data: their section of the export (requests,
 * partnerships, signatures, the documents they uploaded, described but not included, and the
 * places they hold as mentor or mentee), and the clean-up when they delete their data. A
 * partner still in a partnership with them is told that it has ended (without the departed
 * member's name), and gets their place back.
 */
import type { Knex } from 'knex';
import type { Member } from '../members/member-store';
import { memberName, type PartnershipDeps } from './partnership-deps';
import { OPEN_STATUSES, type Partnership } from './partnership-store';
import type { PartnershipRequest } from './request-store';

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(ms).toISOString();
}

export class PartnershipMemberData {
  constructor(private readonly deps: PartnershipDeps) {}

  /** The export section: plain data about the member's requests and partnerships. */
  readonly exportFor = async (trx: Knex, member: Member) => {
    const requests: unknown[] = [];
    const partnerships: unknown[] = [];
    const places: unknown[] = [];
    for (const programId of await this.programsOf(trx, member.id)) {
      for (const request of await this.deps.requests.ofMember(programId, member.id, trx)) {
        requests.push(await this.requestRecord(trx, request, member.id));
      }
      for (const partnership of await this.deps.partnerships.ofMember(programId, member.id, trx)) {
        partnerships.push(await this.partnershipRecord(trx, partnership, member.id));
      }
      for (const place of await this.deps.places.ofMember(programId, member.id, trx)) {
        places.push({ ...place, updatedAt: iso(place.updatedAt) });
      }
    }
    return { requests, partnerships, places };
  };

  /** The deletion hook: runs inside the deletion's transaction, before the member's rows go. */
  readonly deleteFor = async (trx: Knex, member: Member) => {
    const now = this.deps.now();
    for (const programId of await this.programsOf(trx, member.id)) {
      for (const partnership of await this.deps.partnerships.ofMember(programId, member.id, trx)) {
        if (OPEN_STATUSES.includes(partnership.status)) {
          await this.partnerLeft(trx, partnership, member.id, now);
        }
        await this.deps.partnerships.deleteWithParts(trx, partnership.id);
      }
    }
    await this.deps.requests.deleteOfMember(trx, member.id);
    await this.deps.places.deleteOfMember(trx, member.id);
  };

  private async partnerLeft(trx: Knex, partnership: Partnership, leaverId: number, now: number) {
    const mentorLeft = partnership.mentorId === leaverId;
    const other = mentorLeft ? partnership.menteeId : partnership.mentorId;
    const role = mentorLeft ? 'mentee' : 'mentor';

    await this.deps.places.release(trx, partnership.programId, other, role, now);
    await this.deps.schedule.refreshMatching(trx, partnership.programId, other);
    await this.deps.mail.send(trx, partnership.programId, other, 'partnership-partner-left', {});
    this.deps.logger.info({ event: 'partnership_partner_left', partnership_id: partnership.id });
  }

  private async programsOf(trx: Knex, memberId: number): Promise<number[]> {
    const profiles = await this.deps.profiles.allOfMember(memberId, trx);
    return profiles.map((profile) => profile.programId);
  }

  private async requestRecord(trx: Knex, request: PartnershipRequest, memberId: number) {
    const made = request.requesterId === memberId;
    return {
      direction: made ? 'made' : 'received',
      role: request.mentorId === memberId ? 'mentor' : 'mentee',
      otherMember: await memberName(
        this.deps,
        made ? request.recipientId : request.requesterId,
        trx,
      ),
      status: request.status,
      message: request.message,
      declineReason: request.declineReason,
      createdAt: iso(request.createdAt),
      expiresAt: iso(request.expiresAt),
      answeredAt: iso(request.answeredAt),
    };
  }

  private async partnershipRecord(trx: Knex, partnership: Partnership, memberId: number) {
    const isMentor = partnership.mentorId === memberId;
    const other = isMentor ? partnership.menteeId : partnership.mentorId;
    const signatures = await this.deps.agreements.signatures(trx, partnership.id);
    const own = signatures.find((signature) => signature.memberId === memberId);
    const documents = await this.deps.documents.list(partnership.id, trx);
    const endedByMember = partnership.endedBy === memberId;

    return {
      role: isMentor ? 'mentor' : 'mentee',
      partner: await memberName(this.deps, other, trx),
      status: partnership.status,
      startsAt: iso(partnership.startsAt),
      endsAt: iso(partnership.endsAt),
      endedAt: iso(partnership.endedAt),
      // Their own words only: a reason the partner gave is for administrators.
      endReason: endedByMember ? partnership.endReason : null,
      firstContactAt: iso(partnership.firstContactAt),
      meetingModes: partnership.meetingModes,
      meetingFrequency: partnership.meetingFrequency,
      signature: own ? { typedName: own.typedName, signedAt: iso(own.signedAt) } : null,
      documentsUploaded: documents
        .filter((document) => document.uploadedBy === memberId)
        .map((d) => ({
          fileName: d.fileName,
          kind: d.kind,
          sizeBytes: d.sizeBytes,
          uploadedAt: iso(d.createdAt),
        })),
    };
  }
}
