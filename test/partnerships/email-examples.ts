/**
 * Data each partnership email is rendered with in tests, as the services write it (dates are
 * already written out for the recipient's language). The mail tests' list of examples takes
 * these in, so that every template in views/emails has one.
 */
export const PARTNERSHIP_EMAIL_EXAMPLES: Record<string, Record<string, unknown>> = {
  'partnership-request-received': {
    givenName: 'Amira',
    requesterName: 'Élodie Tremblay',
    requesterRole: 'mentee',
    requestId: 12,
    message: 'I am starting out in public libraries.\nCould we talk about programming?',
    expiresAt: 'December 17, 2026',
  },
  'partnership-request-reminder': {
    givenName: 'Amira',
    requesterName: 'Élodie Tremblay',
    requestId: 12,
    expiresAt: 'December 17, 2026',
  },
  'partnership-request-accepted': {
    givenName: 'Élodie',
    recipientName: 'Amira Haddad',
    partnershipId: 4,
  },
  'partnership-request-declined': {
    givenName: 'Élodie',
    recipientName: 'Amira Haddad',
    reason: 'Full until spring.',
  },
  'partnership-request-withdrawn': { givenName: 'Amira', requesterName: 'Élodie Tremblay' },
  'partnership-request-expired': {
    givenName: 'Élodie',
    side: 'requester',
    otherName: 'Amira Haddad',
  },
  'partnership-agreement-signed': {
    givenName: 'Élodie',
    otherName: 'Amira Haddad',
    partnershipId: 4,
  },
  'partnership-started': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    role: 'mentor',
    startsAt: 'December 3, 2026',
    endsAt: 'June 3, 2027',
  },
  'partnership-first-contact-reminder': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
  },
  'partnership-first-contact-made': {
    givenName: 'Élodie',
    otherName: 'Amira Haddad',
    partnershipId: 4,
  },
  'partnership-meeting-plan': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    kind: 'recorded',
    modes: ['face_to_face', 'video'],
    frequency: 'every_two_weeks',
  },
  'partnership-document-shared': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    fileName: 'CV Élodie Tremblay.pdf',
  },
  'partnership-extension': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    kind: 'proposed',
    months: 3,
  },
  'partnership-ending-soon': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    endsAt: 'June 3, 2027',
  },
  'partnership-ended': {
    givenName: 'Amira',
    otherName: 'Élodie Tremblay',
    partnershipId: 4,
    kind: 'early',
    endedByThem: false,
  },
  'partnership-partner-left': { givenName: 'Amira' },
};
