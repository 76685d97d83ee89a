/**
 * English strings of program oversight: participants and their roles, partnerships, "why
 * excluded", manual matching, the whole-cohort proposal, reports, and the emails these send.
 */
export const enAdminOversight = {
  'admin.menu.participants': 'Participants',
  'admin.menu.participants_description':
    'Find members, see their profile, roles, suggestions and partnerships, and decide on roles.',
  'admin.menu.partnerships': 'Partnerships',
  'admin.menu.partnerships_description':
    'Every partnership by state, with the reasons given for ending early; end one if needed.',
  'admin.menu.manual_matching': 'Match by hand',
  'admin.menu.manual_matching_description':
    'Check a mentee and a mentor against the rules and make them a proposed partnership.',
  'admin.menu.proposals': 'Matching proposal',
  'admin.menu.proposals_description':
    'Review the whole-cohort proposal, adjust it pair by pair and publish it as requests.',
  'admin.menu.reports': 'Reports',
  'admin.menu.reports_description':
    'Counts, where mentees wait for lack of mentors, waiting times, and CSV exports.',

  'admin.audit.action.role.approve': 'Approved a role',
  'admin.audit.action.role.decline': 'Declined a role',
  'admin.audit.action.role.suspend': 'Suspended a role',
  'admin.audit.action.role.reinstate': 'Reinstated a role',
  'admin.audit.action.partnership.end': 'Ended a partnership',
  'admin.audit.action.matching.pair': 'Paired two members by hand',
  'admin.audit.action.matching.draft_drop': 'Dropped a pair from a proposal',
  'admin.audit.action.matching.draft_swap': 'Swapped the mentor of a proposed pair',
  'admin.audit.action.matching.publish': 'Published a matching proposal',
  'admin.audit.action.export.participants': 'Exported the participants',
  'admin.audit.action.export.partnerships': 'Exported the partnerships',
  'admin.audit.subject.role': 'Role: {role} — {name}',
  'admin.audit.subject.partnership': 'Partnership: {mentor} and {mentee}',
  'admin.audit.subject.draft': 'Matching proposal {number}',
  'admin.audit.subject.gone.role': 'A role since deleted',
  'admin.audit.subject.gone.partnership': 'A partnership since deleted',
  'admin.audit.subject.gone.draft': 'A matching proposal since deleted',
  'admin.audit.field.note': 'Note to the member',
  'admin.audit.field.reason': 'Reason for ending',
  'admin.audit.field.contactDetails': 'Contact details included',
  'admin.audit.field.rows': 'Rows exported',
  'admin.audit.field.mentorId': 'Mentor',
  'admin.audit.field.menteeId': 'Mentee',
  'admin.audit.field.from': 'Mentor before',
  'admin.audit.field.to': 'Mentor after',
  'admin.audit.field.published': 'Pairs published as requests',
  'admin.audit.field.refused': 'Pairs the rules now refuse',
  'admin.audit.field.sessionId': 'Session',

  'admin.oversight.back_to_admin': 'Back to administration',
  'admin.oversight.back_to_participants': 'Back to the participants',
  'admin.oversight.pages_label': 'Pages of results',
  'admin.oversight.page_of': 'Page {page} of {pages}',
  'admin.oversight.previous': 'Previous page',
  'admin.oversight.next': 'Next page',
  'admin.oversight.by_program': 'made by the program',
  'admin.oversight.pair_names': '{mentor} mentoring {mentee}',
  'admin.oversight.role_state': '{role}: {state}',
  'admin.oversight.supervisory_value': '{years} years, up to {people} people at once',

  'admin.oversight.state.pending': 'waiting for a decision',
  'admin.oversight.state.approved': 'approved',
  'admin.oversight.state.declined': 'declined',
  'admin.oversight.state.suspended': 'suspended',
  'admin.oversight.state.paused': 'paused by the member',
  'admin.oversight.reason.membership_unknown': 'membership not reported',
  'admin.oversight.reason.membership_lapsed': 'membership lapsed',
  'admin.oversight.reason.declined': 'declined by an administrator',
  'admin.oversight.reason.administrator': 'suspended by an administrator',
  'admin.oversight.reason.no_open_session': 'waiting for a session to open',
  'admin.oversight.side.mentee': 'Their mentor',
  'admin.oversight.side.mentor': 'Their mentee',

  'admin.oversight.column.name': 'Name',
  'admin.oversight.column.email': 'Contact email',
  'admin.oversight.column.roles': 'Roles',
  'admin.oversight.column.focus': 'Focus',
  'admin.oversight.column.place': 'Place',
  'admin.oversight.column.date': 'Date',
  'admin.oversight.column.state': 'State',
  'admin.oversight.column.by': 'By',
  'admin.oversight.column.note': 'Reason given',
  'admin.oversight.column.as': 'As',
  'admin.oversight.column.rank': 'Rank',
  'admin.oversight.column.score': 'Score',
  'admin.oversight.column.reasons': 'Why suggested',
  'admin.oversight.column.other': 'Other member',
  'admin.oversight.column.term': 'Term',
  'admin.oversight.column.end_reason': 'Why it ended early',
  'admin.oversight.column.pair': 'Pair',
  'admin.oversight.column.candidate': 'Candidate',
  'admin.oversight.column.rules': 'Rules that exclude them',
  'admin.oversight.column.check': 'Check the pair',

  'admin.oversight.participants.title': 'Participants',
  'admin.oversight.participants.heading': 'Participants',
  'admin.oversight.participants.search_label': 'Search participants',
  'admin.oversight.participants.search': 'Name or email',
  'admin.oversight.participants.search_hint':
    'Each word you type must appear in a name or an email address.',
  'admin.oversight.participants.role': 'Role',
  'admin.oversight.participants.state': 'State',
  'admin.oversight.participants.focus': 'Professional focus',
  'admin.oversight.participants.region': 'Region',
  'admin.oversight.participants.any': 'Any',
  'admin.oversight.participants.apply': 'Search',
  'admin.oversight.participants.count': 'Participants found: {count}',
  'admin.oversight.participants.caption': 'Participants, page {page} of {pages}',
  'admin.oversight.participants.none': 'No participant matches this search.',

  'admin.oversight.member.title': 'Participant: {name}',
  'admin.oversight.member.why_excluded': 'Why candidates are excluded',
  'admin.oversight.member.match_as_mentee': 'Match by hand as a mentee',
  'admin.oversight.member.match_as_mentor': 'Match by hand as a mentor',
  'admin.oversight.member.identity': 'From the portal',
  'admin.oversight.member.contact': 'Contact details',
  'admin.oversight.member.contact_hint':
    'Administrators see these to run the program; keep them out of messages to other members.',
  'admin.oversight.member.profile': 'Profile',
  'admin.oversight.member.paused': 'The member paused their participation on {date}.',
  'admin.oversight.member.roles': 'Roles',
  'admin.oversight.member.history': 'History of this role',
  'admin.oversight.member.by_portal': 'the portal (membership)',
  'admin.oversight.member.note': 'Reason the member is told',
  'admin.oversight.member.note_hint':
    'Required to decline or suspend; sent with any decision. Up to {length} characters.',
  'admin.oversight.member.no_action':
    'No decision applies: the role follows the membership the portal reports.',
  'admin.oversight.member.no_roles': 'The member has not applied for a role.',
  'admin.oversight.member.no_profile': 'The member has not filled in a profile in this program.',
  'admin.oversight.member.suggestions': 'Suggestions',
  'admin.oversight.member.no_suggestions': 'No suggestions at the moment.',
  'admin.oversight.member.requests': 'Partnership requests',
  'admin.oversight.member.no_requests': 'No partnership requests.',
  'admin.oversight.member.partnerships': 'Partnerships',
  'admin.oversight.member.no_partnerships': 'No partnerships.',

  'admin.oversight.field.portal_email': 'Email at the portal',
  'admin.oversight.field.membership': 'Membership status',
  'admin.oversight.field.member_type': 'Member type',
  'admin.oversight.field.last_sign_in': 'Last signed in',
  'admin.oversight.field.focus': 'Professional focus',
  'admin.oversight.field.location': 'Location',
  'admin.oversight.field.years': 'Years of work experience',
  'admin.oversight.field.institution': 'Institution',
  'admin.oversight.field.supervisory': 'Supervisory experience',
  'admin.oversight.field.capacity': 'Mentees at once, as a mentor',
  'admin.oversight.field.skills_shared': 'Skills shared as a mentor',
  'admin.oversight.field.skills_wanted': 'Skills wanted as a mentee',
  'admin.oversight.field.other': 'Other relevant information',

  'admin.oversight.action.approve': 'Approve',
  'admin.oversight.action.decline': 'Decline',
  'admin.oversight.action.suspend': 'Suspend',
  'admin.oversight.action.reinstate': 'Reinstate',
  'admin.oversight.role_notice.approve': 'The role is approved and the member has been emailed.',
  'admin.oversight.role_notice.decline': 'The role is declined and the member has been emailed.',
  'admin.oversight.role_notice.suspend': 'The role is suspended and the member has been emailed.',
  'admin.oversight.role_notice.reinstate':
    'The role is reinstated and the member has been emailed.',
  'admin.oversight.error.note_required': 'Enter the reason the member will be told',
  'admin.oversight.error.note_length': 'The reason must be {length} characters or fewer',
  'admin.oversight.error.action': 'Choose a decision',
  'admin.oversight.role.not_approved': 'Only an approved role can be suspended.',
  'admin.oversight.role.not_reinstatable':
    'Only a role an administrator declined or suspended can be reinstated.',
  'admin.oversight.role.membership_lapsed':
    'The portal reports this membership as lapsed; the role returns once it is active again.',

  'admin.oversight.exclusions.title': 'Why candidates are excluded for {name}',
  'admin.oversight.exclusions.back': 'Back to {name}',
  'admin.oversight.exclusions.intro':
    'The hard rules keep some pairs from ever being suggested. These are the candidates the ' +
    'rules exclude for this member, with every rule that excludes each one.',
  'admin.oversight.exclusions.no_roles':
    'This member has no role in the matching pool, so nobody is checked against them.',
  'admin.oversight.exclusions.side.mentee': 'As a mentee: mentors excluded',
  'admin.oversight.exclusions.side.mentor': 'As a mentor: mentees excluded',
  'admin.oversight.exclusions.caption.mentee': 'Mentors the rules exclude',
  'admin.oversight.exclusions.caption.mentor': 'Mentees the rules exclude',
  'admin.oversight.exclusions.summary':
    'Candidates: {candidates}. Allowed: {allowed}. Excluded by a rule about the pair or ' +
    'the candidate: {excluded}.',
  'admin.oversight.exclusions.own_rules':
    'The member’s own role breaks these rules, so no candidate can be suggested until it ' +
    'changes:',
  'admin.oversight.exclusions.check_pair': 'Check the pair with {name}',

  'admin.oversight.partnerships.title': 'Partnerships',
  'admin.oversight.partnerships.heading': 'Partnerships',
  'admin.oversight.partnerships.states_label': 'Partnerships by state',
  'admin.oversight.partnerships.all': 'All',
  'admin.oversight.partnerships.caption': 'Partnerships, page {page} of {pages}',
  'admin.oversight.partnerships.none': 'No partnership in this state.',
  'admin.oversight.partnership.title': 'Partnership: {mentor} and {mentee}',
  'admin.oversight.partnership.back': 'Back to the partnerships',
  'admin.oversight.partnership.created': 'Created',
  'admin.oversight.partnership.ended': 'Ended',
  'admin.oversight.partnership.end_heading': 'End this partnership',
  'admin.oversight.partnership.end_intro':
    'Both partners are told by email that the program ended the partnership. The reason you ' +
    'give stays with the program’s administrators.',
  'admin.oversight.partnership.reason': 'Why the program ends it',
  'admin.oversight.partnership.reason_hint': 'Required. Up to {length} characters.',
  'admin.oversight.partnership.end': 'End the partnership',
  'admin.oversight.end_confirm.title': 'End the partnership of {mentor} and {mentee}?',
  'admin.oversight.end_confirm.what': 'What ending it does',
  'admin.oversight.end_confirm.explain':
    'Both partners are emailed at once that the program ended their partnership, and an ' +
    'ended partnership cannot be reopened. The reason stays with the program’s administrators.',
  'admin.oversight.end_confirm.confirm': 'Yes, end the partnership',
  'admin.oversight.end_confirm.cancel': 'Cancel and keep the partnership',
  'admin.oversight.partnership.notice.ended':
    'The partnership has ended and both partners have been emailed.',
  'admin.oversight.partnership.notice.paired':
    'The pair is made: both members have been emailed and now sign the Mentoring Agreement.',

  'admin.matching.pair.title': 'Match by hand',
  'admin.matching.pair.title_refused': 'Error: this pair cannot be made',
  'admin.matching.pair.heading': 'Match by hand',
  'admin.matching.pair.intro':
    'Choose a mentee and a mentor to see how well they fit and whether any hard rule keeps ' +
    'them apart. A pair you make goes through the Mentoring Agreement like any other.',
  'admin.matching.pair.mentee': 'Mentee',
  'admin.matching.pair.mentor': 'Mentor',
  'admin.matching.pair.search': 'Narrow the list by name or email',
  'admin.matching.pair.choose_mentee': 'Mentee to pair',
  'admin.matching.pair.choose_mentor': 'Mentor to pair',
  'admin.matching.pair.none_chosen': 'None chosen',
  'admin.matching.pair.check': 'Check the pair',
  'admin.matching.pair.check_heading': '{mentor} mentoring {mentee}',
  'admin.matching.pair.allowed': 'No hard rule keeps this pair apart.',
  'admin.matching.pair.breaks': 'This pair breaks these hard rules:',
  'admin.matching.pair.breakdown': 'Score by criterion',
  'admin.matching.pair.total': 'Total out of 1,000',
  'admin.matching.pair.reasons': 'What they have in common:',
  'admin.matching.pair.make_hint':
    'Both are emailed and the partnership waits for their signatures on the agreement.',
  'admin.matching.pair.make': 'Make this pair a proposed partnership',
  'admin.matching.pair.refused': 'This pair cannot be made, because of these hard rules:',
  'admin.matching.pair.choose_both': 'Choose both a mentee and a mentor.',
  'admin.matching.pair_refused': 'The hard rules refuse this pair.',
  'admin.matching.already_published': 'This proposal has already been published.',
  'admin.matching.draft_changed':
    'Another administrator changed this proposal a moment ago; look again before changing it.',
  'admin.matching.session.current': 'Session: {name} ({phase})',
  'admin.matching.session.label': 'Session',
  'admin.matching.session.choose': 'Session to work on',
  'admin.matching.session.show': 'Show this session',
  'admin.matching.pair.session_hint':
    'The lists hold only the approved mentees and mentors of this session.',
  'admin.matching.proposals.session_hint':
    'A proposal pairs the approved mentees and mentors of this session only, and publishing ' +
    'it sends requests for this session’s pairs alone.',
  'admin.matching.refusal.outside_session':
    'The mentor or the mentee is no longer in this proposal’s session.',

  'admin.matching.proposals.title': 'Matching proposals',
  'admin.matching.proposals.heading': 'Matching proposals',
  'admin.matching.proposals.intro':
    'The matching engine pairs the whole cohort for the best total fit. Prepare a proposal, ' +
    'check it, drop or change pairs, then publish it: each pair becomes a partnership request ' +
    'from the program, which the mentee accepts or declines and the mentor may withdraw.',
  'admin.matching.proposals.prepare': 'Prepare a new proposal',
  'admin.matching.proposals.caption': 'Recent proposals',
  'admin.matching.proposals.draft': 'Proposal',
  'admin.matching.proposals.pairs': 'Pairs',
  'admin.matching.proposals.published_on': 'Published on {date}',
  'admin.matching.proposals.unpublished': 'Not published',
  'admin.matching.proposals.none': 'No proposal has been prepared yet.',

  'admin.matching.draft.title': 'Matching proposal {number}',
  'admin.matching.draft.back': 'Back to the proposals',
  'admin.matching.draft.summary': 'Summary',
  'admin.matching.draft.pairs': 'Pairs proposed',
  'admin.matching.draft.mentees_in_pool': 'Mentees in the pool',
  'admin.matching.draft.mentors_in_pool': 'Mentors in the pool',
  'admin.matching.draft.unmatched': 'Mentees left without a mentor',
  'admin.matching.draft.state': 'State',
  'admin.matching.draft.spread': 'How the scores of the pairs spread (out of 1,000)',
  'admin.matching.draft.publish_hint':
    'Publishing emails both members of every pair. Pairs a rule now refuses are left out.',
  'admin.matching.draft.publish': 'Publish {count} pairs as partnership requests',
  'admin.matching.publish.title': 'Publish matching proposal {number}?',
  'admin.matching.publish.what': 'What publishing sends',
  'admin.matching.publish.requests': 'Partnership requests to send',
  'admin.matching.publish.members': 'Members who will be emailed',
  'admin.matching.publish.explain':
    'Each pair becomes a partnership request from the program, and both of its members are ' +
    'emailed. Pairs a rule now refuses are left out, so fewer may go out.',
  'admin.matching.publish.final':
    'Publishing cannot be undone: the requests and emails cannot be taken back.',
  'admin.matching.publish.confirm': 'Yes, publish',
  'admin.matching.publish.cancel': 'Cancel and go back to the proposal',
  'admin.matching.draft.pairs_heading': 'Pairs',
  'admin.matching.draft.swapped': 'mentor chosen by an administrator',
  'admin.matching.draft.now_breaks': 'Since the proposal was prepared, this pair breaks:',
  'admin.matching.draft.outcome_published': 'Published as a partnership request.',
  'admin.matching.draft.outcome_refused': 'Not published: {reason}',
  'admin.matching.draft.swap': 'Choose another mentor for {name}',
  'admin.matching.draft.drop': 'Drop the pair of {mentor} and {mentee}',
  'admin.matching.draft.no_pairs': 'This proposal has no pairs.',
  'admin.matching.draft.unmatched_heading': 'Mentees left without a mentor',
  'admin.matching.draft.why': 'Why',
  'admin.matching.draft.all_matched': 'Every mentee in the pool has a mentor in this proposal.',
  'admin.matching.draft.notice.prepared': 'A new proposal is ready for review.',
  'admin.matching.draft.notice.dropped': 'The pair is dropped from the proposal.',
  'admin.matching.draft.notice.swapped': 'The new mentor is in the proposal.',
  'admin.matching.draft.notice.published':
    'Published: {published} partnership requests sent; {refused} pairs left out.',
  'admin.matching.draft.notice.already_published':
    'This proposal had already been published; nothing was changed.',
  'admin.matching.draft.notice.changed':
    'Another administrator changed this proposal a moment ago; nothing was changed. Look again.',
  'admin.matching.spread.min': 'Lowest',
  'admin.matching.spread.p25': 'Lower quarter',
  'admin.matching.spread.median': 'Median',
  'admin.matching.spread.p75': 'Upper quarter',
  'admin.matching.spread.max': 'Highest',
  'admin.matching.unmatched.dropped': 'An administrator dropped their pair.',
  'admin.matching.unmatched.mentors_taken':
    '{count} mentors would suit them, but their places went to pairs that fit better ' +
    '(the best, {best}, scores {score}).',
  'admin.matching.unmatched.no_viable_mentor': 'No mentor passes the hard rules: {rules}.',
  'admin.matching.unmatched.rule_count': '{rule} ({count})',

  'admin.matching.swap.title': 'Choose another mentor for {name}',
  'admin.matching.swap.title_refused': 'Error: choose another mentor for {name}',
  'admin.matching.swap.back': 'Back to the proposal',
  'admin.matching.swap.legend': 'Mentors who could mentor {name}',
  'admin.matching.swap.hint':
    'Only mentors who pass every hard rule and still have room in this proposal are listed, ' +
    'best fit first.',
  'admin.matching.swap.option': '{name}: score {score}, {slots} places left',
  'admin.matching.swap.submit': 'Put this mentor in the pair',
  'admin.matching.swap.none': 'No other mentor passes the hard rules with room left.',

  'admin.reports.title': 'Reports',
  'admin.reports.heading': 'Reports',
  'admin.reports.counts': 'Counts by state',
  'admin.reports.what': 'What',
  'admin.reports.count': 'Count',
  'admin.reports.count.role': '{role} roles {state}',
  'admin.reports.count.paused': 'Profiles paused by their members',
  'admin.reports.count.partnership': 'Partnerships: {state}',
  'admin.reports.count.request': 'Requests: {state}',
  'admin.reports.supply': 'Mentors against mentees waiting',
  'admin.reports.supply_intro':
    'Open places are what approved mentors who are not paused can still take. Mentees ' +
    'waiting are approved, not paused and not in a partnership. A shortfall is where mentees ' +
    'wait for lack of mentors.',
  'admin.reports.by_focus': 'By professional focus',
  'admin.reports.by_region': 'By region',
  'admin.reports.open_slots': 'Open places',
  'admin.reports.waiting': 'Mentees waiting',
  'admin.reports.shortfall': 'Shortfall',
  'admin.reports.region.northern': 'Northern Ontario',
  'admin.reports.region.eastern': 'Eastern Ontario',
  'admin.reports.region.central': 'Central Ontario',
  'admin.reports.region.southwestern': 'Southwestern Ontario',
  'admin.reports.region.toronto': 'Toronto',
  'admin.reports.region.elsewhere': 'Outside Ontario or no place given',
  'admin.reports.waits': 'Waiting times',
  'admin.reports.measured': 'Measured',
  'admin.reports.median': 'Median',
  'admin.reports.p90': '9 in 10 within',
  'admin.reports.to_suggestion': 'From approval of a role to its first suggestion',
  'admin.reports.to_agreement': 'From partnership request to signed agreement',
  'admin.reports.wait.none': 'nothing to measure yet',
  'admin.reports.wait.hours': '{hours} hours',
  'admin.reports.wait.days': '{days} days',
  'admin.reports.exports': 'Exports',
  'admin.reports.exports_intro':
    'Exports are spreadsheets (CSV). Contact details are left out unless you tick the box. ' +
    'Every export is recorded in the audit log with who made it and what it held.',
  'admin.reports.include_contact': 'Include contact details',
  'admin.reports.export_participants': 'Export the participants',
  'admin.reports.export_partnerships': 'Export the partnerships',

  'profile.reason.administrator': 'A program administrator suspended this role.',

  'email.admin_note.intro': 'A note from the program’s administrators:',
  'email.role_reinstated.subject.mentor': '{program}: your mentor role is reinstated',
  'email.role_reinstated.subject.mentee': '{program}: your mentee role is reinstated',
  'email.role_reinstated.body.mentor':
    'A program administrator has reinstated your role as a mentor in the {program}.',
  'email.role_reinstated.body.mentee':
    'A program administrator has reinstated your role as a mentee in the {program}.',
  'email.role_suspended.body.administrator':
    'A program administrator has suspended these roles of yours in the {program}:',
  'email.role_suspended.next.administrator':
    'You are not suggested to anyone meanwhile, and your profile is kept. If you have ' +
    'questions, reply to the program contact below.',
  'email.partnership_ended.body.by_program':
    'The administrators of the {program} have ended your partnership with {name}. If you ' +
    'have questions, write to the program contact below.',
  'email.program_proposal.subject.mentee': '{program}: a mentor proposed for you',
  'email.program_proposal.subject.mentor': '{program}: a mentee proposed for you',
  'email.program_proposal.body.mentee':
    'The administrators of the {program} propose {name} as your mentor. Read their profile ' +
    'and accept or decline the proposal.',
  'email.program_proposal.body.mentor':
    'The administrators of the {program} propose you as the mentor of {name}. They will ' +
    'accept or decline the proposal.',
  'email.program_proposal.mentor_next':
    'If you cannot take this on, withdraw the proposal on its page. Otherwise {name} has ' +
    'until {date} to answer.',
  'email.program_pair.subject': '{program}: you are paired with {name}',
  'email.program_pair.body.mentor':
    'The administrators of the {program} have paired you with {name}, whom you will mentor.',
  'email.program_pair.body.mentee':
    'The administrators of the {program} have paired you with {name}, who will be your mentor.',
} as const;
