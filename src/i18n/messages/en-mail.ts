/** English strings of the emails: the shared layout and one group of keys per template. */
export const enMail = {
  'email.greeting': 'Hello {name},',
  'email.layout.questions': 'Questions about the program: {email}',
  'email.layout.support': 'Technical support: {email}',
  'email.layout.reason':
    'You are receiving this email because you take part in the {program} through MentorMatch.',
  'email.layout.link_hint': 'If the button does not work, copy this address into your browser:',

  'email.role_approved.subject.mentor': '{program}: you are approved as a mentor',
  'email.role_approved.subject.mentee': '{program}: you are approved as a mentee',
  'email.role_approved.body.mentor':
    'Your application to be a mentor in the {program} has been approved.',
  'email.role_approved.body.mentee':
    'Your application to be a mentee in the {program} has been approved.',
  'email.role_approved.next.mentor':
    'We are now looking for mentees who could be a good match for you, and will email you when we find one. You can see your suggested partners at any time after signing in.',
  'email.role_approved.next.mentee':
    'We are now looking for mentors who could be a good match for you, and will email you when we find one. You can see your suggested partners at any time after signing in.',
  'email.role_approved.link': 'See your profile',
} as const;
