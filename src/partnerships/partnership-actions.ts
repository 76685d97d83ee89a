/**
 * What a partner may do now, from the partnership's state: the page offers these actions and
 * no others. The services check the same states again when an action arrives.
 */
import type { Partnership } from './partnership-store';

export interface PartnershipActions {
  sign: boolean;
  confirmFirstContact: boolean;
  recordMeetingPlan: boolean;
  proposeExtension: boolean;
  answerExtension: boolean;
  withdrawExtension: boolean;
  end: boolean;
  upload: boolean;
  /** Documents stay listed after the end, until the retention time deletes them. */
  seeDocuments: boolean;
  seeContactDetails: boolean;
}

export function allowedActions(
  partnership: Partnership,
  memberId: number,
  signedByMember: boolean,
): PartnershipActions {
  const active = partnership.status === 'active';
  const open = active || partnership.status === 'agreement';
  const proposer = partnership.extensionProposedBy;

  return {
    sign: partnership.status === 'agreement' && !signedByMember,
    confirmFirstContact:
      active && partnership.mentorId === memberId && partnership.firstContactAt === null,
    recordMeetingPlan: open,
    proposeExtension: active && proposer === null,
    answerExtension: active && proposer !== null && proposer !== memberId,
    withdrawExtension: active && proposer === memberId,
    end: open,
    upload: active,
    seeDocuments: partnership.documentsPurgedAt === null,
    seeContactDetails: active,
  };
}
