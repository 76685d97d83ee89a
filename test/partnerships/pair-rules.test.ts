import {
  addMonths,
  openPairKey,
  pairRefusal,
  signatureMatches,
  type PairHistory,
  type PairSide,
} from '../../src/partnerships/pair-rules';
import { allowedActions } from '../../src/partnerships/partnership-actions';
import type { Partnership } from '../../src/partnerships/partnership-store';

const mentor: PairSide = {
  memberId: 1,
  hasProfile: true,
  roleStatus: 'approved',
  paused: false,
  institutionId: 10,
  yearsExperience: 12,
  capacity: 2,
  placesTaken: 1,
};
const mentee: PairSide = {
  ...mentor,
  memberId: 2,
  institutionId: 20,
  yearsExperience: 1,
  capacity: 1,
  placesTaken: 0,
};
const clear: PairHistory = { pendingRequest: false, partnership: false, declined: false };

describe('the hard rules for a pair', () => {
  it('lets an approved mentor with room and an approved mentee from elsewhere go ahead', () => {
    expect(pairRefusal(mentor, mentee, clear)).toBeNull();
  });

  it.each([
    ['self', { ...mentor }, { ...mentee, memberId: 1 }, clear],
    ['no_profile', mentor, { ...mentee, hasProfile: false }, clear],
    ['mentor_not_approved', { ...mentor, roleStatus: 'pending' }, mentee, clear],
    ['mentee_not_approved', mentor, { ...mentee, roleStatus: null }, clear],
    ['mentor_paused', { ...mentor, paused: true }, mentee, clear],
    ['mentee_paused', mentor, { ...mentee, paused: true }, clear],
    ['same_institution', mentor, { ...mentee, institutionId: 10 }, clear],
    ['experience', { ...mentor, yearsExperience: 5 }, { ...mentee, yearsExperience: 5 }, clear],
    ['mentor_full', { ...mentor, placesTaken: 2 }, mentee, clear],
    ['mentee_matched', mentor, { ...mentee, placesTaken: 1 }, clear],
    ['partnership_exists', mentor, mentee, { ...clear, partnership: true }],
    ['request_pending', mentor, mentee, { ...clear, pendingRequest: true }],
    ['declined', mentor, mentee, { ...clear, declined: true }],
  ] as const)('refuses %s', (refusal, a, b, history) => {
    expect(pairRefusal(a as PairSide, b as PairSide, history)).toBe(refusal);
  });

  it('does not count two members without an institution as colleagues', () => {
    const refusal = pairRefusal(
      { ...mentor, institutionId: null },
      { ...mentee, institutionId: null },
      clear,
    );

    expect(refusal).toBeNull();
  });

  it('keys a pending pair the same whichever way round it was asked', () => {
    expect(openPairKey(3, 7, 5)).toBe(openPairKey(3, 5, 7));
  });
});

describe('signatures', () => {
  it("matches the member's name whatever the case and spacing", () => {
    expect(signatureMatches('  élodie   TREMBLAY ', 'Élodie', 'Tremblay')).toBe(true);
    expect(signatureMatches('E\u0301lodie Tremblay', 'Élodie', 'Tremblay')).toBe(true);
  });

  it('refuses another name, a part of the name, or nothing', () => {
    expect(signatureMatches('Elodie Tremblay', 'Élodie', 'Tremblay')).toBe(false);
    expect(signatureMatches('Tremblay', 'Élodie', 'Tremblay')).toBe(false);
    expect(signatureMatches('', '', '')).toBe(false);
  });
});

describe('the term', () => {
  it('ends on the same day of the month, six months on', () => {
    expect(new Date(addMonths(Date.UTC(2026, 2, 15, 14), 6)).toISOString()).toBe(
      '2026-09-15T14:00:00.000Z',
    );
  });

  it('ends on the last day of a shorter month', () => {
    expect(new Date(addMonths(Date.UTC(2026, 7, 31), 6)).toISOString()).toBe(
      '2027-02-28T00:00:00.000Z',
    );
    expect(new Date(addMonths(Date.UTC(2027, 7, 31), 6)).toISOString()).toBe(
      '2028-02-29T00:00:00.000Z',
    );
  });
});

describe('the actions a partner may take', () => {
  const base: Partnership = {
    id: 1,
    programId: 1,
    requestId: 1,
    mentorId: 1,
    menteeId: 2,
    status: 'agreement',
    agreementVersionId: 1,
    startsAt: null,
    endsAt: null,
    firstContactAt: null,
    meetingModes: [],
    meetingFrequency: null,
    meetingPlanAt: null,
    extensionMonths: null,
    extensionProposedBy: null,
    endedAt: null,
    endedBy: null,
    endReason: null,
    documentsPurgedAt: null,
    createdAt: 0,
  };

  it('offers signing, not contact details, before both have signed', () => {
    const actions = allowedActions(base, 2, false);

    expect(actions).toMatchObject({
      sign: true,
      seeContactDetails: false,
      upload: false,
      end: true,
    });
    expect(allowedActions(base, 2, true).sign).toBe(false);
  });

  it('asks the mentor to confirm first contact, and the other partner to agree to extend', () => {
    const active = {
      ...base,
      status: 'active' as const,
      extensionProposedBy: 2,
      extensionMonths: 3,
    };

    expect(allowedActions(active, 1, true)).toMatchObject({
      confirmFirstContact: true,
      answerExtension: true,
    });
    expect(allowedActions(active, 2, true)).toMatchObject({
      confirmFirstContact: false,
      withdrawExtension: true,
    });
  });

  it('keeps documents listed after the end until they are deleted', () => {
    const ended = { ...base, status: 'completed' as const, endedAt: 5 };

    expect(allowedActions(ended, 1, true)).toMatchObject({
      seeDocuments: true,
      upload: false,
      end: false,
    });
    expect(allowedActions({ ...ended, documentsPurgedAt: 9 }, 1, true).seeDocuments).toBe(false);
  });
});
