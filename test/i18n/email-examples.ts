/**
 * Data for every email in each of its variants, for the tests that render them all (in French,
 * and in the browser for accessibility). The partnership emails bring their own examples.
 */
import { PARTNERSHIP_EMAIL_EXAMPLES } from '../partnerships/email-examples';

const STARTED = PARTNERSHIP_EMAIL_EXAMPLES['partnership-started'];

export const EMAIL_EXAMPLES: Array<[string, Record<string, unknown>]> = [
  ['role-approved', { role: 'mentor', givenName: 'Élodie' }],
  ['role-approved', { role: 'mentee', givenName: 'Élodie' }],
  ['role-declined', { role: 'mentor', givenName: 'Élodie', note: 'Ajoutez votre expérience.' }],
  ['role-declined', { role: 'mentee', givenName: 'Élodie' }],
  ['role-suspended', { roles: ['mentor', 'mentee'], reason: 'membership_lapsed', givenName: 'É' }],
  ['role-suspended', { roles: ['mentee'], reason: 'membership_unknown', givenName: 'Élodie' }],
  ['suggestions-found', { givenName: 'Élodie', count: 1200 }],
  ...Object.entries(PARTNERSHIP_EMAIL_EXAMPLES),
  // Signed before its session starts: confirmed, starting later.
  ['partnership-started', { ...STARTED, startsLater: true }],
  ['partnership-started', { ...STARTED, role: 'mentee', startsLater: true }],
];

export const EMAIL_PROGRAM = {
  name: 'Programme de mentorat de l’OLA',
  programContactEmail: 'mentorat@example.org',
  supportContactEmail: 'soutien@example.org',
};
