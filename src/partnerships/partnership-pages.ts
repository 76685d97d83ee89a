/**
 * What the partnership pages show, gathered for one member: the overview of their requests
 * and partnerships, one request, one partnership with its agreement and documents. Each
 * lookup starts from the member, so another member's request or partnership is "not found".
 */
import type { Role } from '../members/profile-options';
import type { Profile, ProfileStore } from '../members/profile-store';
import { ConflictError, NotFoundError } from '../web/errors';
import { agreementParagraphs } from './agreement-text';
import type { Signature } from './agreement-store';
import type { DocumentSummary } from './document-store';
import { ALLOWED_EXTENSIONS } from './document-types';
import { reasonsInWords, type MatchReasons } from './match-reasons';
import { allowedActions } from './partnership-actions';
import { memberName, pairRefusalFor, type PartnershipDeps } from './partnership-deps';
import { partnerProfile, type ProfileSources, type Translate } from './partner-profile';
import { MEETING_FREQUENCIES, MEETING_MODES } from './partnership-settings';
import type { Partnership } from './partnership-store';
import type { PartnershipRequest } from './request-store';

export interface PageDeps extends PartnershipDeps {
  placeName: ProfileSources['placeName'];
  reasons: MatchReasons;
}

function roleIn(pair: { mentorId: number }, memberId: number): Role {
  return pair.mentorId === memberId ? 'mentor' : 'mentee';
}

function otherIn(pair: { mentorId: number; menteeId: number }, memberId: number): number {
  return pair.mentorId === memberId ? pair.menteeId : pair.mentorId;
}

type PageProfiles = Pick<ProfileStore, 'byMember'>;

/** Profiles read once for a page: the partner's facts and contact details share one read. */
function profileBook(deps: PageDeps): PageProfiles {
  const read = new Map<string, Promise<Profile | undefined>>();
  return {
    byMember(programId, memberId, trx) {
      if (trx) return deps.profiles.byMember(programId, memberId, trx);
      const key = `${programId}:${memberId}`;
      const profile = read.get(key) ?? deps.profiles.byMember(programId, memberId);
      read.set(key, profile);
      return profile;
    },
  };
}

/** The partner's contact details, shown only while the partnership allows it. */
async function contactOf(profiles: PageProfiles, programId: number, memberId: number) {
  const profile = await profiles.byMember(programId, memberId);
  return profile ? { email: profile.contactEmail, phone: profile.contactPhone } : null;
}

type NameOf = (memberId: number) => Promise<string>;

/** Names read once for a page: the same two partners sign and upload again and again. */
function nameBook(deps: PageDeps, known: Array<[number, string]> = []): NameOf {
  const names = new Map(known.map(([id, name]) => [id, Promise.resolve(name)]));
  return (memberId) => {
    const name = names.get(memberId) ?? memberName(deps, memberId);
    names.set(memberId, name);
    return name;
  };
}

export class PartnershipPages {
  constructor(private readonly deps: PageDeps) {}

  /** "My partnerships": requests made and received, agreements to sign, active and past. */
  async overview(programId: number, memberId: number) {
    const requests = await this.deps.requests.ofMember(programId, memberId);
    const partnerships = await this.deps.partnerships.ofMember(programId, memberId);
    const requestRows = await Promise.all(requests.map((r) => this.requestRow(r, memberId)));
    const partnershipRows = await Promise.all(
      partnerships.map((p) => this.partnershipRow(p, memberId)),
    );

    return {
      received: requestRows.filter((r) => !r.made),
      made: requestRows.filter((r) => r.made),
      agreements: partnershipRows.filter((p) => p.status === 'agreement'),
      active: partnershipRows.filter((p) => p.status === 'active'),
      past: partnershipRows.filter((p) => p.status === 'completed' || p.status === 'ended'),
    };
  }

  private async requestRow(request: PartnershipRequest, memberId: number) {
    const made = request.requesterId === memberId;
    const other = made ? request.recipientId : request.requesterId;
    return {
      id: request.id,
      made,
      otherName: await memberName(this.deps, other),
      role: roleIn(request, memberId),
      status: request.status,
      pending: request.status === 'pending',
      createdAt: request.createdAt,
      expiresAt: request.expiresAt,
    };
  }

  private async partnershipRow(partnership: Partnership, memberId: number) {
    return {
      id: partnership.id,
      otherName: await memberName(this.deps, otherIn(partnership, memberId)),
      role: roleIn(partnership, memberId),
      status: partnership.status,
      startsAt: partnership.startsAt,
      endsAt: partnership.endsAt,
      endedAt: partnership.endedAt,
    };
  }

  /**
   * The form to ask `otherId`: their profile and the reasons for the match, or why the pair
   * cannot go ahead. Only a member the asker may ask, or one the matching suggested to them,
   * is shown; any other is "not found", so that the form reveals nobody else's profile.
   */
  async newRequest(programId: number, memberId: number, otherId: number, role: Role, t: Translate) {
    const otherRole: Role = role === 'mentor' ? 'mentee' : 'mentor';
    const pair =
      role === 'mentor'
        ? { mentorId: memberId, menteeId: otherId }
        : { mentorId: otherId, menteeId: memberId };
    const suggestion = await this.deps.reasons.suggestion(programId, memberId, otherId, role);
    const refusal = await pairRefusalFor(this.deps, this.deps.db, programId, pair, true);
    if (otherId === memberId || (refusal && !suggestion)) throw new NotFoundError('member');

    const other = await partnerProfile(this.deps, programId, otherId, otherRole, t);
    if (!other) throw new NotFoundError('member');
    const reasons = suggestion?.reasons ?? (await this.deps.reasons.forPair(programId, pair));
    return {
      other,
      role,
      otherRole,
      refusal: refusal && `partnerships.refusal.${refusal}`,
      reasons: reasonsInWords(t, reasons, role),
    };
  }

  /** One request, for the member who made it or the one who received it. */
  async request(programId: number, memberId: number, requestId: number, t: Translate) {
    const request = await this.deps.requests.byId(requestId);
    const involved = request?.requesterId === memberId || request?.recipientId === memberId;
    if (!request || request.programId !== programId || !involved) {
      throw new NotFoundError('request');
    }

    const otherId = otherIn(request, memberId);
    const made = request.requesterId === memberId;
    const role = roleIn(request, memberId);
    const other = await partnerProfile(this.deps, programId, otherId, roleIn(request, otherId), t);
    const partnership = (await this.deps.partnerships.ofMember(programId, memberId)).find(
      (p) => p.requestId === request.id,
    );
    const reasons = await this.deps.reasons.forPair(programId, request);
    return {
      request,
      made,
      role,
      other,
      reasons: reasonsInWords(t, reasons, role),
      canAnswer: !made && request.status === 'pending',
      canWithdraw: made && request.status === 'pending',
      partnershipId: partnership?.id ?? null,
    };
  }

  /** A pending request for its maker to withdraw; anyone else's is "not found". */
  async requestToWithdraw(programId: number, memberId: number, requestId: number, t: Translate) {
    const page = await this.request(programId, memberId, requestId, t);
    if (!page.made) throw new NotFoundError('request');
    if (!page.canWithdraw) throw new ConflictError('partnerships.request.not_pending');
    return page;
  }

  /** A pending request for its recipient to decline; its maker's is "not found". */
  async requestToDecline(programId: number, memberId: number, requestId: number, t: Translate) {
    const page = await this.request(programId, memberId, requestId, t);
    if (page.made) throw new NotFoundError('request');
    if (!page.canAnswer) throw new ConflictError('partnerships.request.not_pending');
    return page;
  }

  /** A document the member shared, for them to delete; anyone else's is "not found". */
  async ownDocument(
    programId: number,
    memberId: number,
    partnershipId: number,
    documentId: number,
  ) {
    const db = this.deps.db;
    const found = await this.deps.partnerships.ofPartner(db, programId, partnershipId, memberId);
    if (!found) throw new NotFoundError('partnership');

    const documents = await this.deps.documents.list(found.id);
    const document = documents.find((d) => d.id === documentId && d.uploadedBy === memberId);
    if (!document) throw new NotFoundError('document');
    return { partnershipId: found.id, document };
  }

  /** One partnership: the other's profile, contact details while active, agreement, files. */
  async partnership(
    programId: number,
    memberId: number,
    partnershipId: number,
    t: Translate,
    input: { modes?: unknown; frequency?: unknown } = {},
  ) {
    const db = this.deps.db;
    const found = await this.deps.partnerships.ofPartner(db, programId, partnershipId, memberId);
    if (!found) throw new NotFoundError('partnership');

    const otherId = otherIn(found, memberId);
    const signatures = await this.deps.agreements.signatures(db, found.id);
    const actions = allowedActions(
      found,
      memberId,
      signatures.some((s) => s.memberId === memberId),
    );
    const profiles = profileBook(this.deps);
    const sources = { ...this.deps, profiles };
    const other = await partnerProfile(sources, programId, otherId, roleIn(found, otherId), t);
    const nameOf = nameBook(this.deps, other ? [[otherId, other.name]] : []);
    return {
      partnership: found,
      role: roleIn(found, memberId),
      other,
      contact: actions.seeContactDetails ? await contactOf(profiles, programId, otherId) : null,
      actions,
      signedByMe: signatures.some((s) => s.memberId === memberId),
      agreement: await this.agreementOf(found, signatures, nameOf),
      documents: actions.seeDocuments ? await this.documentsOf(found, memberId, nameOf) : [],
      extensionByMe: found.extensionProposedBy === memberId,
      meetingSummary: meetingSummary(found, t),
      ...this.formChoices(found, t, input),
    };
  }

  /** The agreement a partnership signs, with who signed it and when. */
  async agreement(programId: number, memberId: number, partnershipId: number) {
    const db = this.deps.db;
    const found = await this.deps.partnerships.ofPartner(db, programId, partnershipId, memberId);
    if (!found) throw new NotFoundError('partnership');

    const signatures = await this.deps.agreements.signatures(db, found.id);
    const agreement = await this.agreementOf(found, signatures, nameBook(this.deps));
    return { partnership: found, agreement };
  }

  private async agreementOf(partnership: Partnership, signatures: Signature[], nameOf: NameOf) {
    const version = await this.deps.agreements.byId(partnership.agreementVersionId);
    const signed = await Promise.all(
      signatures.map(async (signature) => ({
        name: await nameOf(signature.memberId),
        role: roleIn(partnership, signature.memberId),
        typedName: signature.typedName,
        signedAt: signature.signedAt,
      })),
    );
    return {
      title: version?.title ?? '',
      language: version?.language ?? 'en',
      version: version?.version ?? 0,
      paragraphs: agreementParagraphs(version?.body ?? ''),
      signatures: signed,
    };
  }

  private async documentsOf(partnership: Partnership, memberId: number, nameOf: NameOf) {
    const documents = await this.deps.documents.list(partnership.id);
    return Promise.all(
      documents.map(async (document: DocumentSummary) => ({
        ...document,
        mine: document.uploadedBy === memberId,
        uploaderName: await nameOf(document.uploadedBy),
        sizeKb: Math.max(1, Math.round(document.sizeBytes / 1024)),
      })),
    );
  }

  /** The form's choices, marked as recorded, or as the member sent them when refused. */
  private formChoices(
    partnership: Partnership,
    t: Translate,
    input: { modes?: unknown; frequency?: unknown },
  ) {
    const modes = Array.isArray(input.modes) ? input.modes : partnership.meetingModes;
    const frequency = input.frequency ?? partnership.meetingFrequency;
    return {
      meetingModes: MEETING_MODES.map((mode) => ({
        value: mode,
        label: t(`partnerships.meeting.mode.${mode}`),
        checked: modes.includes(mode),
      })),
      meetingFrequencies: MEETING_FREQUENCIES.map((value) => ({
        value,
        label: t(`partnerships.meeting.frequency.${value}`),
        selected: frequency === value,
      })),
      extensionMonths: this.deps.settings.extensionMonths,
      allowedExtensions: ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(','),
      maxDocumentMb: Math.round(this.deps.settings.maxDocumentBytes / (1024 * 1024)),
    };
  }
}

/** The recorded plan in words, or null before the partners have recorded one. */
function meetingSummary(partnership: Partnership, t: Translate): string | null {
  if (partnership.meetingModes.length === 0 || !partnership.meetingFrequency) return null;

  const modes = partnership.meetingModes.map((mode) => t(`partnerships.meeting.mode.${mode}`));
  return t('partnerships.meeting.summary', {
    modes: modes.join(', '),
    frequency: t(`partnerships.meeting.frequency.${partnership.meetingFrequency}`),
  });
}
