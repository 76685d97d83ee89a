/** English strings of partnerships: requests, the agreement, the term, documents, emails. */
export const enPartnerships = {
  'layout.nav.partnerships': 'My partnerships',

  'partnerships.back_to_list': 'Back to my partnerships',
  'partnerships.role.mentor': 'Mentor',
  'partnerships.role.mentee': 'Mentee',
  'partnerships.status.agreement': 'Waiting for both signatures',
  'partnerships.status.active': 'Active',
  'partnerships.status.completed': 'Completed',
  'partnerships.status.ended': 'Ended early',
  'partnerships.request_status.pending': 'Waiting for an answer',
  'partnerships.request_status.accepted': 'Accepted',
  'partnerships.request_status.declined': 'Declined',
  'partnerships.request_status.withdrawn': 'Withdrawn',
  'partnerships.request_status.expired': 'Expired',
  'partnerships.notice.signed': 'Your signature is recorded.',
  'partnerships.notice.first_contact': 'First contact is recorded.',
  'partnerships.notice.meeting_plan': 'Your meeting plan is saved.',
  'partnerships.notice.uploaded': 'Your document is shared with your partner.',
  'partnerships.notice.document_deleted': 'Your document is deleted.',
  'partnerships.notice.extension_proposed': 'Your extension proposal is sent to your partner.',
  'partnerships.notice.extension_accepted': 'The extension is accepted: the new end date is shown.',
  'partnerships.notice.extension_dropped': 'There is no extension: the end date stays as it was.',
  'partnerships.notice.requested': 'Your request is sent.',
  'partnerships.notice.withdrawn': 'Your request is withdrawn.',
  'partnerships.notice.accepted': 'You accepted the request: the partnership is starting.',
  'partnerships.notice.declined': 'You declined the request.',
  'partnerships.notice.ended': 'The partnership has ended.',
  'partnerships.confirm.cancel': 'Cancel',
  'partnerships.confirm.cannot_undo': 'This cannot be undone.',
  'partnerships.withdraw_confirm.title': 'Withdraw your request to {name}?',
  'partnerships.withdraw_confirm.what':
    '{name} will no longer be able to accept your request, and will be told you withdrew it.',
  'partnerships.withdraw_confirm.submit': 'Yes, withdraw my request',
  'partnerships.decline_confirm.title': 'Decline the request from {name}?',
  'partnerships.decline_confirm.what':
    '{name} will be told by email that you declined, with your reason if you give one. Neither of you will be able to ask the other again in this program.',
  'partnerships.decline_confirm.submit': 'Yes, decline the request',
  'partnerships.delete_confirm.title': 'Delete {name}?',
  'partnerships.delete_confirm.what':
    'The document will be deleted for good: your partner will no longer be able to download it.',
  'partnerships.delete_confirm.submit': 'Yes, delete this document',
  'partnerships.end_confirm.title': 'End your partnership with {name} early?',
  'partnerships.end_confirm.what':
    'The partnership will end today, for both of you. {name} will be told by email, and you will no longer see each other’s contact details.',
  'partnerships.end_confirm.submit': 'Yes, end the partnership',
  'partnerships.end.start': 'End the partnership early…',
  'partnerships.form.too_long': 'Please keep this under 2,000 characters.',
  'partnerships.refused.title': 'This cannot be done now',

  'partnerships.index.title': 'My partnerships',
  'partnerships.index.received': 'Requests you received',
  'partnerships.index.made': 'Requests you made',
  'partnerships.index.agreements': 'Agreements to sign',
  'partnerships.index.active': 'Active partnerships',
  'partnerships.index.past': 'Past partnerships',
  'partnerships.index.col.from': 'From',
  'partnerships.index.col.to': 'To',
  'partnerships.index.col.your_role': 'Your role',
  'partnerships.index.col.status': 'Status',
  'partnerships.index.col.sent': 'Sent',
  'partnerships.index.answer_by': 'answer by {date}',
  'partnerships.index.expires': 'expires {date}',
  'partnerships.index.you_are.mentor': 'you are the mentor',
  'partnerships.index.you_are.mentee': 'you are the mentee',
  'partnerships.index.you_were.mentor': 'you were the mentor',
  'partnerships.index.you_were.mentee': 'you were the mentee',
  'partnerships.index.term': 'from {starts} until {ends}',
  'partnerships.index.none_received': 'You have not received any requests.',
  'partnerships.index.none_made': 'You have not made any requests.',
  'partnerships.index.none_agreements': 'No agreement is waiting to be signed.',
  'partnerships.index.none_active': 'You have no active partnership.',
  'partnerships.index.none_past': 'You have no past partnerships.',

  'partnerships.profile.heading': 'About {name}',
  'partnerships.profile.role': 'Role in this partnership',
  'partnerships.profile.focus': 'Professional focus',
  'partnerships.profile.location': 'Location',
  'partnerships.profile.years': 'Years of work experience',
  'partnerships.profile.institution': 'Institution',
  'partnerships.profile.supervisory': 'Supervisory experience',
  'partnerships.profile.supervisory_value': 'Years: {years}. People supervised: {people}.',
  'partnerships.profile.skills_shared': 'Skills they share',
  'partnerships.profile.skills_wanted': 'Skills they want to develop',
  'partnerships.profile.other': 'Other information',
  'partnerships.profile.none': 'Not given',
  'partnerships.profile.outside_ontario': 'Outside Ontario',
  'partnerships.profile.online_only': '{where} (meets online only)',
  'partnerships.reasons.heading': 'Reasons for the match',

  'partnerships.refusal.self': 'You cannot ask yourself to be your partner.',
  'partnerships.refusal.no_profile': 'Both members need a profile in the program first.',
  'partnerships.refusal.mentor_not_approved':
    'The mentor in this pair is not approved as a mentor in the program.',
  'partnerships.refusal.mentee_not_approved':
    'The mentee in this pair is not approved as a mentee in the program.',
  'partnerships.refusal.mentor_paused': 'The mentor has paused their participation for now.',
  'partnerships.refusal.mentee_paused': 'The mentee has paused their participation for now.',
  'partnerships.refusal.same_institution':
    'The program does not pair colleagues from the same institution.',
  'partnerships.refusal.experience':
    'A mentor needs more years of work experience than their mentee.',
  'partnerships.refusal.mentor_full': 'This mentor has no room for another mentee at the moment.',
  'partnerships.refusal.mentee_matched': 'This mentee is already in a partnership.',
  'partnerships.refusal.different_session':
    'You are not in the same session of the program: partners come from one session.',
  'partnerships.refusal.request_pending': 'A request between you is already waiting for an answer.',
  'partnerships.refusal.partnership_exists': 'You already have a partnership with this member.',
  'partnerships.refusal.declined': 'A request between you was declined before.',

  'partnerships.new_request.title': 'Request a partnership with {name}',
  'partnerships.new_request.as_mentor': 'You are offering to mentor {name}.',
  'partnerships.new_request.as_mentee': 'You are asking {name} to be your mentor.',
  'partnerships.new_request.message': 'Message (optional)',
  'partnerships.new_request.message_hint':
    'Say a few words about yourself and what you hope to work on. Do not include contact details: they are shared once the partnership starts.',
  'partnerships.new_request.submit': 'Request a partnership',

  'partnerships.request.title': 'Partnership request: {name}',
  'partnerships.request.status_heading': 'The request',
  'partnerships.request.your_role': 'Your role',
  'partnerships.request.status': 'Status',
  'partnerships.request.sent': 'Sent',
  'partnerships.request.expires': 'Expires',
  'partnerships.request.answered': 'Answered',
  'partnerships.request.message': 'Their message',
  'partnerships.request.decline_reason': 'Reason given',
  'partnerships.request.go_to_partnership': 'Go to the partnership',
  'partnerships.request.answer_heading': 'Your answer',
  'partnerships.request.accept_hint':
    'If you accept, you will both be asked to sign the Mentoring Agreement before the partnership starts.',
  'partnerships.request.accept': 'Accept the request',
  'partnerships.request.reason': 'Reason for declining (optional)',
  'partnerships.request.reason_hint': 'The member who asked will read it.',
  'partnerships.request.decline': 'Decline the request…',
  'partnerships.request.withdraw': 'Withdraw my request',
  'partnerships.request.not_pending': 'This request has already been answered or withdrawn.',
  'partnerships.request.expired': 'This request has expired.',

  'partnerships.page.title': 'Partnership with {name}',
  'partnerships.page.term_heading': 'Status and dates',
  'partnerships.page.your_role': 'Your role',
  'partnerships.page.status': 'Status',
  'partnerships.page.starts': 'Starts',
  'partnerships.page.ends': 'Ends',
  'partnerships.page.ended': 'Ended',
  'partnerships.page.waiting_for_signatures':
    'The partnership starts on the day you have both signed the Mentoring Agreement.',
  'partnerships.page.contact_heading': 'Contact details',
  'partnerships.page.email': 'Email',
  'partnerships.page.phone': 'Phone',
  'partnerships.page.contact_hidden':
    'Contact details are shown to both partners while the partnership is active.',

  'partnerships.first_contact.ask_mentor':
    'As the mentor, please make the first contact, then confirm it here.',
  'partnerships.first_contact.confirm': 'I have made the first contact',
  'partnerships.first_contact.confirmed': 'First contact made on {date}.',
  'partnerships.first_contact.waiting': 'Your mentor will make the first contact.',
  'partnerships.first_contact.mentor_only': 'Only the mentor confirms the first contact.',
  'partnerships.first_contact.already': 'The first contact has already been confirmed.',

  'partnerships.meeting.heading': 'How you will meet',
  'partnerships.meeting.none': 'You have not recorded how you will meet yet.',
  'partnerships.meeting.recorded': 'Last recorded on {date}.',
  'partnerships.meeting.summary': 'Ways you will meet: {modes}. How often: {frequency}.',
  'partnerships.meeting.modes_legend': 'Ways you will meet',
  'partnerships.meeting.mode.face_to_face': 'Face to face',
  'partnerships.meeting.mode.phone': 'Phone',
  'partnerships.meeting.mode.email': 'Email',
  'partnerships.meeting.mode.video': 'Video call',
  'partnerships.meeting.frequency_label': 'How often',
  'partnerships.meeting.choose': 'Choose…',
  'partnerships.meeting.frequency.weekly': 'Every week',
  'partnerships.meeting.frequency.every_two_weeks': 'Every two weeks',
  'partnerships.meeting.frequency.monthly': 'Every month',
  'partnerships.meeting.frequency.every_two_months': 'Every two months',
  'partnerships.meeting.save': 'Save how we will meet',
  'partnerships.meeting.modes_required': 'Choose at least one way to meet.',
  'partnerships.meeting.frequency_required': 'Choose how often you will meet.',

  'partnerships.agreement.heading': 'Mentoring Agreement',
  'partnerships.agreement.page_title': 'Mentoring Agreement, version {version}',
  'partnerships.agreement.read': 'Read the {title} (version {version})',
  'partnerships.agreement.version': 'Version {version}',
  'partnerships.agreement.signatures_heading': 'Signatures',
  'partnerships.agreement.signed_by': 'Signed by {name} ({role}) on {date}',
  'partnerships.agreement.no_signatures': 'Nobody has signed yet.',
  'partnerships.agreement.back': 'Back to the partnership',
  'partnerships.agreement.default.title': '{program} Mentoring Agreement',
  'partnerships.agreement.default.parties':
    'This agreement is made between the mentor and the mentee who sign it below, who have chosen to work together in the {program}.',
  'partnerships.agreement.default.roles':
    "The mentor offers their experience, advice and encouragement to support the mentee's professional growth. The mentee leads their own learning: they set goals for the partnership and come prepared to each meeting.",
  'partnerships.agreement.default.first_contact':
    'The mentor is responsible for the first contact, within one week of the partnership starting, and confirms it in MentorMatch once it is made.',
  'partnerships.agreement.default.meetings':
    'The partners decide together how they will meet (face to face, by phone, by email or by video call) and how often, and record it in MentorMatch. They aim to meet at least once a month.',
  'partnerships.agreement.default.confidentiality':
    'What the partners tell each other stays between them unless both agree otherwise or the law requires it. Contact details and shared documents are used only for this partnership.',
  'partnerships.agreement.default.term':
    'The partnership runs for {months} months from the day the second partner signs. It may be extended if both partners agree.',
  'partnerships.agreement.default.ending':
    "Either partner may end the partnership early at any time, giving the program a reason. Only the program's administrators read that reason.",
  'partnerships.agreement.default.respect':
    'Both partners treat each other with courtesy and respect, keep the commitments they make, and let the other know in good time when they cannot.',

  'partnerships.sign.name_label': 'Your full name',
  'partnerships.sign.name_hint': 'Type your name as the program knows it: {name}.',
  'partnerships.sign.confirm_label': 'I have read the {title} and agree to it.',
  'partnerships.sign.submit': 'Sign the agreement',
  'partnerships.sign.name_required': 'Type your full name to sign.',
  'partnerships.sign.name_mismatch': 'The name you typed does not match your name.',
  'partnerships.sign.confirm_required': 'Tick the box to confirm you agree.',
  'partnerships.sign.not_awaiting': 'This agreement is no longer waiting for signatures.',
  'partnerships.sign.already_signed': 'You have already signed this agreement.',

  'partnerships.extension.propose_label': 'Propose to extend the partnership by',
  'partnerships.extension.months': '{months} months',
  'partnerships.extension.propose': 'Propose the extension',
  'partnerships.extension.proposed_by_other':
    '{name} proposes to extend the partnership by {months} months.',
  'partnerships.extension.proposed_by_you':
    'You proposed to extend the partnership by {months} months. Your partner has not answered yet.',
  'partnerships.extension.accept': 'Agree to extend',
  'partnerships.extension.decline': 'Do not extend',
  'partnerships.extension.withdraw': 'Withdraw my proposal',
  'partnerships.extension.months_invalid': 'Choose one of the lengths offered.',
  'partnerships.extension.pending': 'An extension has already been proposed.',
  'partnerships.extension.none': 'No extension is waiting for an answer.',
  'partnerships.extension.own': 'Your partner must agree to the extension you proposed.',

  'partnerships.end.heading': 'End the partnership early',
  'partnerships.end.reason_label': 'Why are you ending the partnership?',
  'partnerships.end.reason_hint':
    "Only the program's administrators read this. Your partner is told that the partnership has ended, not why.",
  'partnerships.end.reason_required': 'Please give the program a reason.',

  'partnerships.documents.heading': 'Shared documents',
  'partnerships.documents.none': 'No documents have been shared.',
  'partnerships.documents.col.name': 'Document',
  'partnerships.documents.col.shared_by': 'Shared by',
  'partnerships.documents.col.date': 'Date',
  'partnerships.documents.col.size': 'Size',
  'partnerships.documents.col.actions': 'Actions',
  'partnerships.documents.size_kb': '{size} kB',
  'partnerships.documents.delete': 'Delete {name}',
  'partnerships.documents.kept_after_end':
    'Shared documents are kept for a limited time after a partnership ends, then deleted.',
  'partnerships.documents.upload_label': 'Share a document',
  'partnerships.documents.upload_hint':
    'PDF, Word (.docx), OpenDocument text (.odt), plain text, PNG or JPEG, up to {mb} MB. Only you and your partner can see it.',
  'partnerships.documents.upload': 'Upload',
  'partnerships.documents.missing': 'Choose a file to upload.',
  'partnerships.documents.empty': 'The file is empty.',
  'partnerships.documents.too_large': 'The file is too large.',
  'partnerships.documents.type_not_allowed':
    'This kind of file cannot be shared. Use PDF, .docx, .odt, .txt, PNG or JPEG.',
  'partnerships.documents.content_mismatch':
    "The file's content does not match its name. Check that it is the file you meant to share.",
  'partnerships.documents.not_active':
    'Documents can be shared only while the partnership is active.',
  'partnerships.documents.too_many':
    'This partnership has reached the number of documents allowed.',

  'partnerships.error.changed': 'The partnership changed in the meantime. Please look again.',
  'partnerships.error.status_agreement': 'This can be done only once the partnership is active.',
  'partnerships.error.status_active': 'This cannot be done while the partnership is active.',
  'partnerships.error.status_completed': 'This partnership has completed.',
  'partnerships.error.status_ended': 'This partnership has ended.',

  'email.partnership_request_received.subject.mentor': '{name} would like to mentor you',
  'email.partnership_request_received.subject.mentee': '{name} would like you as their mentor',
  'email.partnership_request_received.body.mentor':
    '{name} would like to be your mentor in the {program}.',
  'email.partnership_request_received.body.mentee':
    '{name} would like you to be their mentor in the {program}.',
  'email.partnership_request_received.message': 'Their message:',
  'email.partnership_request_received.answer_by':
    'You can read their profile and accept or decline until {date}; after that the request expires.',
  'email.partnership_request_received.link': 'See the request',

  'email.partnership_request_reminder.subject': 'A request from {name} is waiting for you',
  'email.partnership_request_reminder.body':
    'A partnership request from {name} is still waiting for your answer. It expires on {date}.',
  'email.partnership_request_reminder.link': 'Answer the request',

  'email.partnership_request_accepted.subject': '{name} accepted your request',
  'email.partnership_request_accepted.body': '{name} accepted your partnership request.',
  'email.partnership_request_accepted.next':
    'Next, you both sign the Mentoring Agreement. The partnership starts on the day you have both signed.',
  'email.partnership_request_accepted.link': 'Sign the agreement',

  'email.partnership_request_declined.subject': '{name} declined your request',
  'email.partnership_request_declined.body': '{name} declined your partnership request.',
  'email.partnership_request_declined.reason': 'The reason they gave:',
  'email.partnership_request_declined.next':
    'Your suggested partners will be refreshed, so that you can ask someone else.',
  'email.partnership_request_declined.link': 'See my partnerships',

  'email.partnership_request_withdrawn.subject': '{name} withdrew their request',
  'email.partnership_request_withdrawn.body':
    '{name} withdrew the partnership request they sent you. Nothing more is needed from you.',
  'email.partnership_request_withdrawn.link': 'See my partnerships',

  'email.partnership_request_expired.subject.requester': 'Your request to {name} has expired',
  'email.partnership_request_expired.subject.recipient': 'The request from {name} has expired',
  'email.partnership_request_expired.body.requester':
    'Your partnership request to {name} expired without an answer. Your suggested partners will be refreshed, so that you can ask someone else.',
  'email.partnership_request_expired.body.recipient':
    'The partnership request from {name} expired without an answer.',
  'email.partnership_request_expired.link': 'See my partnerships',

  'email.partnership_agreement_signed.subject': '{name} signed the Mentoring Agreement',
  'email.partnership_agreement_signed.body':
    '{name} signed the Mentoring Agreement. Your partnership starts as soon as you sign it too.',
  'email.partnership_agreement_signed.link': 'Read and sign the agreement',

  'email.partnership_started.subject': 'Your partnership with {name} has started',
  'email.partnership_started.body':
    'You have both signed the Mentoring Agreement. Your partnership with {name} runs from {starts} to {ends}.',
  'email.partnership_started.next.mentor':
    "You can now see {name}'s email and phone. As the mentor, please make the first contact within a week, then confirm it in MentorMatch.",
  'email.partnership_started.next.mentee':
    "You can now see {name}'s email and phone. Your mentor will get in touch within a week.",
  'email.partnership_started.link': 'Go to the partnership',
  'email.partnership_started.subject_later':
    'Your partnership with {name} is confirmed: it starts on {starts}',
  'email.partnership_started.body_later':
    'You have both signed the Mentoring Agreement. Your partnership with {name} is confirmed: it starts on {starts} and runs until {ends}.',
  'email.partnership_started.next_later.mentor':
    "You can already see {name}'s email and phone. As the mentor, please make the first contact within a week of {starts}, then confirm it in MentorMatch.",
  'email.partnership_started.next_later.mentee':
    "You can already see {name}'s email and phone. Your mentor will get in touch within a week of {starts}.",

  'email.partnership_first_contact_reminder.subject': 'Please contact {name}',
  'email.partnership_first_contact_reminder.body':
    'Your partnership with {name} started a week ago and the first contact has not been confirmed yet. Please get in touch with {name}, then confirm it in MentorMatch.',
  'email.partnership_first_contact_reminder.link': 'Go to the partnership',

  'email.partnership_first_contact_made.subject': '{name} has made the first contact',
  'email.partnership_first_contact_made.body':
    '{name}, your mentor, confirmed in MentorMatch that they have made the first contact ' +
    'with you.',
  'email.partnership_first_contact_made.next':
    'If you have not heard from {name}, check your email and phone messages. Their contact ' +
    'details are on the partnership page.',
  'email.partnership_first_contact_made.link': 'Go to the partnership',

  'email.partnership_meeting_plan.subject.recorded': '{name} recorded how you will meet',
  'email.partnership_meeting_plan.subject.changed': '{name} changed how you will meet',
  'email.partnership_meeting_plan.body.recorded': '{name} recorded how the two of you will meet:',
  'email.partnership_meeting_plan.body.changed':
    '{name} changed how the two of you will meet. The new plan:',
  'email.partnership_meeting_plan.frequency': 'How often: {frequency}.',
  'email.partnership_meeting_plan.link': 'See or change the plan',

  'email.partnership_extension.subject.proposed': '{name} proposes to extend your partnership',
  'email.partnership_extension.subject.accepted': 'Your partnership with {name} is extended',
  'email.partnership_extension.subject.declined': '{name} chose not to extend your partnership',
  'email.partnership_extension.subject.withdrawn': '{name} withdrew their extension proposal',
  'email.partnership_extension.body.proposed':
    '{name} proposes to extend your partnership by {months} months. You can agree or say no on the partnership page.',
  'email.partnership_extension.body.accepted':
    'You have both agreed: your partnership with {name} now runs until {date}.',
  'email.partnership_extension.body.declined':
    '{name} chose not to extend your partnership. It ends on the date planned.',
  'email.partnership_extension.body.withdrawn':
    '{name} withdrew their proposal to extend your partnership. It ends on the date planned.',
  'email.partnership_extension.link': 'Go to the partnership',

  'email.partnership_ending_soon.subject': 'Your partnership with {name} ends on {date}',
  'email.partnership_ending_soon.body': 'Your partnership with {name} ends on {date}.',
  'email.partnership_ending_soon.next':
    'If you both wish to go on, one of you can propose an extension on the partnership page and the other can agree to it.',
  'email.partnership_ending_soon.link': 'Go to the partnership',

  'email.partnership_ended.subject.completed': 'Your partnership with {name} has completed',
  'email.partnership_ended.subject.early': 'Your partnership with {name} has ended',
  'email.partnership_ended.body.completed':
    'Your partnership with {name} has completed its term. Thank you for taking part.',
  'email.partnership_ended.body.by_you': 'You ended your partnership with {name}.',
  'email.partnership_ended.body.by_other': '{name} ended your partnership early.',
  'email.partnership_ended.after':
    'Contact details are no longer shown. Shared documents stay available for a limited time, then are deleted. The partnership stays in your history.',
  'email.partnership_ended.link': 'See the partnership',

  'email.partnership_document_shared.subject': '{name} shared a document with you',
  'email.partnership_document_shared.body':
    '{name} shared the document “{file}” on your partnership page. Only the two of you can ' +
    'see it.',
  'email.partnership_document_shared.link': 'See the shared documents',

  'email.partnership_partner_left.subject': 'Your partnership has ended',
  'email.partnership_partner_left.body':
    'Your partner has left the {program} and asked for their data to be deleted, so your partnership has ended and the documents you shared are gone.',
  'email.partnership_partner_left.next':
    'Your suggested partners will be refreshed, so that you can find someone else.',
  'email.partnership_partner_left.link': 'See my partnerships',
} as const;
