/** English strings of the member's profile pages, and of the role emails they cause. */
export const enProfile = {
  'form.error_summary.title': 'There is a problem',

  'profile.edit.title': 'Your MentorMatch profile',
  'profile.edit.title_with_errors': 'Error: your MentorMatch profile',
  'profile.edit.heading_new': 'Fill in your MentorMatch profile',
  'profile.edit.heading': 'Edit your MentorMatch profile',
  'profile.edit.intro':
    'Your profile tells the program how to match you. Only a partner in an established ' +
    'partnership and the program administrators ever see your contact details.',
  'profile.edit.save': 'Save my profile',

  'profile.field.roles': 'I apply to be',
  'profile.hint.roles':
    'Choose one or both. Each role is approved on its own. Mentors need {min} or more years ' +
    'of work experience.',
  'profile.hint.mentor_not_offered':
    'Mentoring is open to members with {min} or more years of work experience. If you have ' +
    'that now, change your years of experience, save, and the mentor role will be offered.',
  'profile.role.mentor': 'Mentor',
  'profile.role.mentee': 'Mentee',

  'profile.field.focus': 'Professional focus',
  'profile.hint.focus': 'The library sector you work in, or the one you want to learn about.',
  'profile.focus.choose': 'Choose a sector',
  'profile.focus.college': 'College',
  'profile.focus.university': 'University',
  'profile.focus.public': 'Public',
  'profile.focus.school': 'School',
  'profile.focus.other': 'Other',

  'profile.field.years_experience': 'Years of work experience',
  'profile.hint.years_experience':
    'Whole years of paid work in libraries or information work, for example 4. Mentors need ' +
    '{min} or more.',

  'profile.field.location': 'Where you are',
  'profile.field.place': 'Town or city in Ontario',
  'profile.hint.place':
    'Type the name of the place you live or work near, for example Sudbury or Sault Ste. ' +
    'Marie. Matching uses it to measure distance.',
  'profile.place.did_you_mean': 'Which place do you mean?',
  'profile.place.list_label': 'Places in Ontario',
  'profile.place.with_population': '{label}, population {population}',
  'profile.place.with_coordinates': '{label}, at {lat}° N, {lon}° W',
  'profile.place.found': '{count} places found; use the up and down arrows to choose one.',
  'profile.place.none_found': 'No place in Ontario has that name.',
  'profile.place.attribution':
    'Place names and coordinates: GeoNames (geonames.org), CC BY 4.0, adapted.',
  'profile.field.outside_ontario': 'I live outside Ontario',
  'profile.hint.outside_ontario': 'You can then leave the town or city empty.',
  'profile.field.online_only': 'I only want to meet online',
  'profile.hint.online_only': 'Distance then matters less when you are matched.',

  'profile.field.supervisory': 'Supervisory experience',
  'profile.hint.supervisory':
    'Leave both empty if you have not supervised anyone. Otherwise give the years, the number ' +
    'of people, or both.',
  'profile.field.supervisory_years': 'Years supervising others',
  'profile.field.supervised_people': 'Most people supervised at once',

  'profile.field.institution': 'Institution you work for',
  'profile.hint.institution':
    'Pick it from the list as you type. If it is missing, type its full name and it will be ' +
    'added. Leave it empty if you are not employed. You are never matched with a colleague ' +
    'from the same institution.',

  'profile.field.skills_shared': 'Skills you share as a mentor',
  'profile.hint.skills_shared': 'Optional. Choose any you can help a mentee with.',
  'profile.field.skills_wanted': 'Skills you want to enhance as a mentee',
  'profile.hint.skills_wanted': 'Optional. Choose any you want a mentor to help you with.',
  'profile.skill.communication': 'Communication',
  'profile.skill.career_guidance': 'Career guidance',
  'profile.skill.leadership_management': 'Leadership and management',
  'profile.skill.business_knowledge': 'Business knowledge',
  'profile.skill.project_management': 'Project management',

  'profile.field.mentor_capacity': 'Mentees at once',
  'profile.hint.mentor_capacity':
    'How many mentees you can take on at the same time, from 1 to {max}.',

  'profile.field.other_information': 'Other relevant information',
  'profile.hint.other_information':
    'Optional. Anything else that would help a good match, in up to {length} characters.',

  'profile.field.contact': 'Contact details',
  'profile.hint.contact':
    'Only a partner in an established partnership and the program administrators see these.',
  'profile.field.contact_email': 'Email',
  'profile.hint.contact_email':
    'From your portal account; change it if you prefer another address. Program emails go here.',
  'profile.field.contact_phone': 'Phone',
  'profile.hint.contact_phone': 'Optional. For example 416 555 0199, with an extension if needed.',

  'profile.error.roles_required': 'Choose mentor, mentee or both',
  'profile.error.roles_invalid': 'Choose mentor, mentee or both from the list',
  'profile.error.mentor_experience':
    'You need {min} or more years of work experience to apply as a mentor; you can apply as a ' +
    'mentee',
  'profile.error.focus': 'Choose your professional focus',
  'profile.error.years_experience':
    'Enter your years of work experience as a whole number from 0 to {maxYears}',
  'profile.error.place_required':
    'Enter the town or city in Ontario where you are, or tick “I live outside Ontario”',
  'profile.error.place_unknown':
    'We could not find that place in Ontario; check the spelling or try a larger place nearby',
  'profile.error.place_ambiguous':
    'More than one place has that name; choose the one you mean below',
  'profile.error.supervisory_years':
    'Enter the years you supervised others as a whole number, or leave it empty',
  'profile.error.supervised_people':
    'Enter the number of people as a whole number, or leave it empty',
  'profile.error.institution_length':
    'The institution name is too long; use 191 characters at most',
  'profile.error.institution_unreadable':
    "Type the institution's name with at least one letter or digit",
  'profile.error.skills': 'Choose skills from the list',
  'profile.error.mentor_capacity':
    'Enter how many mentees at once as a whole number from 1 to {max}',
  'profile.error.other_information_length':
    'Other relevant information must be {length} characters or fewer',
  'profile.error.contact_email_required': 'Enter the email address the program should use',
  'profile.error.contact_email': 'Enter an email address like name@example.org',
  'profile.error.contact_phone':
    'Enter a phone number using digits, spaces, brackets, dashes and an optional extension',

  'profile.show.title': 'My profile',
  'profile.show.saved': 'Your profile is saved.',
  'profile.show.roles': 'Roles',
  'profile.show.details': 'Profile',
  'profile.show.years': '{years} years',
  'profile.show.outside_ontario': 'Outside Ontario',
  'profile.show.online_only': 'meets online only',
  'profile.show.supervisory_years': '{years} years supervising.',
  'profile.show.supervised_people': 'Up to {people} people at once.',
  'profile.show.none': 'None',
  'profile.show.contact_private':
    'Only you see these here. An established partner and the program administrators will see ' +
    'them too.',
  'profile.show.edit': 'Edit my profile',
  'profile.show.pool': 'Taking part',
  'profile.show.empty': 'You have not filled in your profile yet.',
  'profile.show.create': 'Fill in my profile',
  'profile.show.your_data': 'Your data',
  'profile.show.your_data_intro':
    'You can download everything MentorMatch holds about you, or delete it all.',

  'profile.status.approved': 'approved',
  'profile.status.pending': 'waiting for a program administrator',
  'profile.status.suspended': 'on hold',
  'profile.status.declined': 'declined',
  'profile.reason.membership_unknown':
    'Your portal did not tell us whether your membership is active, so a program ' +
    'administrator will decide. You will get an email.',
  'profile.reason.membership_lapsed':
    'Your membership is not active, so you are not suggested to anyone. Renew your membership ' +
    'and sign in again: the role is approved again at once.',
  'profile.reason.declined': 'A program administrator declined this role.',
  'profile.reason.declined_note': 'Their reason:',

  'profile.paused.notice':
    'You paused your profile on {date}: nobody is suggested to you and you are not suggested ' +
    'to anyone. Your profile and roles are kept.',
  'profile.pause.hint':
    'Pausing takes you out of matching without losing anything. You can resume at any time.',
  'profile.pause.button': 'Pause my profile',
  'profile.resume.hint': 'Resuming puts you back into matching with the roles you have.',
  'profile.resume.button': 'Resume my profile',

  'profile.export.link': 'Download my data (JSON)',
  'profile.delete.link': 'Delete all my data',
  'profile.delete.title': 'Delete all your MentorMatch data',
  'profile.delete.title_with_errors': 'Error: delete all your MentorMatch data',
  'profile.delete.warning':
    'This deletes everything MentorMatch holds about you, at once and for good. It cannot be ' +
    'undone.',
  'profile.delete.what.profile': 'your profile and contact details',
  'profile.delete.what.roles': 'your roles and their approvals',
  'profile.delete.what.emails': 'the record of emails sent to you, and any not yet sent',
  'profile.delete.what.sign_in':
    'your MentorMatch account: you are signed out, and signing in again starts afresh',
  'profile.delete.export_first': 'You may want a copy first:',
  'profile.delete.confirm_label': 'I understand that all my data will be deleted for good.',
  'profile.delete.confirm_required': 'Tick the box to confirm that you want your data deleted.',
  'profile.delete.confirm': 'Yes, delete all my data',
  'profile.delete.cancel': 'No, keep my data',
  'profile.deleted.title': 'Your data is deleted',
  'profile.deleted.body':
    'Everything MentorMatch held about you is deleted and you are signed out of MentorMatch.',

  'email.role_declined.subject.mentor': '{program}: your mentor application',
  'email.role_declined.subject.mentee': '{program}: your mentee application',
  'email.role_declined.body.mentor':
    'A program administrator has looked at your application to be a mentor in the {program} ' +
    'and declined it.',
  'email.role_declined.body.mentee':
    'A program administrator has looked at your application to be a mentee in the {program} ' +
    'and declined it.',
  'email.role_declined.note_intro': 'Their reason:',
  'email.role_declined.next':
    'If you have questions about this decision, reply to the program contact below.',
  'email.role_declined.link': 'See your profile',

  'email.role_suspended.subject': '{program}: your participation is on hold',
  'email.role_suspended.body.membership_lapsed':
    'Your association membership is no longer active, so these roles in the {program} are on hold:',
  'email.role_suspended.body.membership_unknown':
    'Your portal no longer tells us whether your membership is active, so these roles in the ' +
    '{program} wait for a program administrator:',
  'email.role_suspended.role.mentor': 'Mentor',
  'email.role_suspended.role.mentee': 'Mentee',
  'email.role_suspended.next.membership_lapsed':
    'You are not suggested to anyone meanwhile, and your profile is kept. Once your ' +
    'membership is renewed, sign in again and your roles are approved again at once.',
  'email.role_suspended.next.membership_unknown':
    'You are not suggested to anyone meanwhile, and your profile is kept. A program ' +
    'administrator will decide, and you will get an email.',
  'email.role_suspended.link': 'See your profile',
} as const;
