/** French strings of the program administrators' pages. */
export const frAdmin: Record<string, string> = {
  'admin.approvals.title': 'Rôles en attente d’approbation',
  'admin.approvals.title_with_errors': 'Erreur : rôles en attente d’approbation',
  'admin.approvals.heading': 'Rôles en attente d’approbation',
  'admin.approvals.intro':
    'Ces rôles n’ont pas pu être approuvés automatiquement. Approuvez chacun d’eux ou refusez-le ' +
    'en donnant un motif : le membre en est informé par courriel dans les deux cas.',
  'admin.approvals.count': 'Rôles en attente : {count}',
  'admin.approvals.empty': 'Aucun rôle n’attend de décision.',
  'admin.approvals.item_title': '{name}, {role}',
  'admin.approvals.applied': 'Demande faite le',
  'admin.approvals.why_waiting': 'Raison de l’attente',
  'admin.approvals.reason.membership_unknown':
    'Le portail n’a pas indiqué si l’adhésion de ce membre est active.',
  'admin.approvals.membership': 'Statut d’adhésion selon le portail',
  'admin.approvals.membership_unknown': 'non communiqué',
  'admin.approvals.approve': 'Approuver',
  'admin.approvals.decline': 'Refuser',
  'admin.approvals.note': 'Motif du refus',
  'admin.approvals.note_hint':
    'Obligatoire pour refuser. Le membre le lira dans son courriel; {length} caractères au ' +
    'maximum.',
  'admin.approvals.error.note_required': 'Indiquez le motif qui sera communiqué au membre',
  'admin.approvals.error.note_length': 'Le motif doit compter {length} caractères ou moins',
  'admin.approvals.notice.approved': 'Le rôle est approuvé et le membre a reçu un courriel.',
  'admin.approvals.notice.declined': 'Le rôle est refusé et le membre a reçu un courriel.',
  'admin.approvals.notice.already_decided':
    'Une décision avait déjà été prise pour ce rôle, peut-être par un autre administrateur; ' +
    'rien n’a été modifié.',
  'admin.approvals.already_decided': 'Une décision avait déjà été prise pour ce rôle.',
  'admin.institutions.cannot_merge':
    'Un établissement ne peut être fusionné qu’avec un autre qui n’a pas lui-même été fusionné.',
  'admin.approvals.pages_label': 'Pages des rôles en attente',
  'admin.approvals.page_of': 'Page {page} sur {pages}',
  'admin.approvals.previous': 'Page précédente',
  'admin.approvals.next': 'Page suivante',
};
