/** English strings of the program administrators' pages. */
export const enAdmin = {
  'admin.approvals.title': 'Roles waiting for approval',
  'admin.approvals.title_with_errors': 'Error: roles waiting for approval',
  'admin.approvals.heading': 'Roles waiting for approval',
  'admin.approvals.intro':
    'These roles could not be approved automatically. Approve each one, or decline it with a ' +
    'reason: the member is told by email either way.',
  'admin.approvals.count': 'Roles waiting: {count}',
  'admin.approvals.empty': 'No role is waiting for a decision.',
  'admin.approvals.item_title': '{name}, {role}',
  'admin.approvals.applied': 'Applied on',
  'admin.approvals.why_waiting': 'Why it waits',
  'admin.approvals.reason.membership_unknown':
    'The portal did not say whether their membership is active.',
  'admin.approvals.membership': 'Membership status from the portal',
  'admin.approvals.membership_unknown': 'not reported',
  'admin.approvals.approve': 'Approve',
  'admin.approvals.decline': 'Decline',
  'admin.approvals.note': 'Reason for declining',
  'admin.approvals.note_hint':
    'Required to decline. The member reads it in their email, in up to {length} characters.',
  'admin.approvals.error.note_required': 'Enter the reason the member will be told',
  'admin.approvals.error.note_length': 'The reason must be {length} characters or fewer',
  'admin.approvals.notice.approved': 'The role is approved and the member has been emailed.',
  'admin.approvals.notice.declined': 'The role is declined and the member has been emailed.',
  'admin.approvals.notice.already_decided':
    'That role had already been decided, perhaps by another administrator; nothing was changed.',
  'admin.approvals.already_decided': 'That role had already been decided.',
  'admin.institutions.cannot_merge':
    'An institution can be merged only into another one that has not itself been merged away.',
  'admin.approvals.pages_label': 'Pages of waiting roles',
  'admin.approvals.page_of': 'Page {page} of {pages}',
  'admin.approvals.previous': 'Previous page',
  'admin.approvals.next': 'Next page',
} as const;
