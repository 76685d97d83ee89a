/** English strings of the administrators' institutions pages: the list and merging duplicates. */
export const enAdminInstitutions = {
  'admin.menu.institutions': 'Institutions',
  'admin.menu.institutions_description':
    'See the institutions members named and merge two that are the same institution.',

  'admin.institutions.title': 'Institutions',
  'admin.institutions.heading': 'Institutions',
  'admin.institutions.intro':
    'The institutions of this program: those on the starting list and those members typed. ' +
    'Members of the same institution are never suggested to each other, so merge any ' +
    'institution that appears twice under different names.',
  'admin.institutions.merge_link': 'Merge two institutions',
  'admin.institutions.search_label': 'Search institutions',
  'admin.institutions.search': 'Name',
  'admin.institutions.search_hint': 'Any part of the name or of another name it goes by.',
  'admin.institutions.search_button': 'Search',
  'admin.institutions.count': 'Institutions found: {count}',
  'admin.institutions.caption': 'Institutions, page {page} of {pages}',
  'admin.institutions.column.name': 'Name',
  'admin.institutions.column.other_names': 'Other names',
  'admin.institutions.column.members': 'Members',
  'admin.institutions.column.action': 'Action',
  'admin.institutions.no_other_names': 'None',
  'admin.institutions.merge_row': 'Merge {name} into another institution',
  'admin.institutions.none': 'No institution matches this search.',
  'admin.institutions.pages_label': 'Pages of institutions',
  'admin.institutions.notice.merged':
    'The institutions are merged. Suggestions are being recomputed for everyone, so that ' +
    'colleagues are no longer suggested to each other.',
  'admin.institutions.option': '{name} (members: {count})',
  'admin.institutions.back': 'Back to the institutions',

  'admin.institutions.merge.heading': 'Merge two institutions',
  'admin.institutions.merge.intro':
    'Choose the duplicate, then the institution to keep. You will see what the merge does ' +
    'before anything changes.',
  'admin.institutions.merge.duplicate_legend': 'The duplicate',
  'admin.institutions.merge.kept_legend': 'The institution to keep',
  'admin.institutions.merge.search': 'Search by name',
  'admin.institutions.merge.duplicate': 'Duplicate to merge away',
  'admin.institutions.merge.duplicate_hint':
    'Its members move to the institution kept, and its name leads there from now on.',
  'admin.institutions.merge.kept': 'Institution to keep',
  'admin.institutions.merge.kept_hint': 'Its name stays on the profile form and in the lists.',
  'admin.institutions.merge.none_chosen': 'None chosen',
  'admin.institutions.merge.buttons_hint':
    'Search narrows both lists to the names you typed; review shows what the merge will do.',
  'admin.institutions.merge.search_button': 'Search',
  'admin.institutions.merge.review': 'Review the merge',

  'admin.institutions.error.choose_duplicate': 'Choose the duplicate to merge away',
  'admin.institutions.error.choose_kept': 'Choose the institution to keep',
  'admin.institutions.error.unknown':
    'That institution is not in this program’s list; choose one from the list',
  'admin.institutions.error.already_merged':
    'That institution has already been merged into another; choose one from the list',
  'admin.institutions.error.same':
    'Choose an institution to keep other than the duplicate: an institution cannot be ' +
    'merged into itself',

  'admin.institutions.confirm.title': 'Merge {duplicate} into {kept}?',
  'admin.institutions.confirm.heading': 'Merge {duplicate} into {kept}?',
  'admin.institutions.confirm.change': 'Choose other institutions',
  'admin.institutions.confirm.what': 'What the merge does',
  'admin.institutions.confirm.members':
    'Members whose profile names {duplicate}: {count}. Their profiles will name {kept} instead.',
  'admin.institutions.confirm.alias':
    '{duplicate} is no longer offered on the profile form; a member who types it is given ' +
    '{kept}, and the list shows it among the other names of {kept}.',
  'admin.institutions.confirm.matching':
    'Matching treats {duplicate} and {kept} as one institution: their members are never ' +
    'suggested to each other. Everyone’s suggestions are recomputed in the next minutes.',
  'admin.institutions.confirm.audit': 'The merge is recorded in the audit log under your name.',
  'admin.institutions.confirm.final': 'A merge cannot be undone from these pages.',
  'admin.institutions.confirm.button': 'Merge the institutions',

  'admin.audit.action.institution.merged': 'Merged a duplicate institution',
  'admin.audit.subject.institution': 'Institution: {name}',
  'admin.audit.subject.gone.institution': 'An institution since deleted',
  'admin.audit.field.institution': 'Institution',
  'admin.audit.field.mergedInto': 'Merged into',
  'admin.audit.field.members': 'Members',
} as const;
