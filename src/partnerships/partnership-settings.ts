/**
 * The timings, limits and form choices of partnerships, in one place. Every program shares
 * them for now; when programs get settings of their own, these become each program's
 * defaults and the factory hands each service its program's copy.
 */

export const DAY_MS = 86_400_000;

export interface PartnershipSettings {
  /** A request nobody answers expires after this many days. */
  requestExpiryDays: number;
  /** The recipient is reminded this many days before the request expires. */
  requestReminderDaysBefore: number;
  /** The term of a partnership, from the day the second signature lands. */
  termMonths: number;
  /** What an extension may add, in months. */
  extensionMonths: readonly number[];
  /** The mentor is reminded if first contact is not confirmed within this many days. */
  firstContactReminderDays: number;
  /** Both partners are reminded this many days before the term ends (one email each). */
  termReminderDaysBefore: readonly number[];
  /** Documents are deleted this many days after a partnership ends. */
  documentRetentionDays: number;
  maxDocumentBytes: number;
  maxDocumentsPerPartnership: number;
  /** Characters in a request's message, a decline reason, an end reason. */
  messageLength: number;
}

export const DEFAULT_PARTNERSHIP_SETTINGS: PartnershipSettings = Object.freeze({
  requestExpiryDays: 14,
  requestReminderDaysBefore: 3,
  termMonths: 6,
  extensionMonths: Object.freeze([3, 6]),
  firstContactReminderDays: 7,
  termReminderDaysBefore: Object.freeze([30, 7]),
  documentRetentionDays: 30,
  maxDocumentBytes: 5 * 1024 * 1024,
  maxDocumentsPerPartnership: 50,
  messageLength: 2000,
});

/** How partners may meet, as the program asks them to decide. */
export const MEETING_MODES = ['face_to_face', 'phone', 'email', 'video'] as const;
export type MeetingMode = (typeof MEETING_MODES)[number];

export const MEETING_FREQUENCIES = [
  'weekly',
  'every_two_weeks',
  'monthly',
  'every_two_months',
] as const;
export type MeetingFrequency = (typeof MEETING_FREQUENCIES)[number];
