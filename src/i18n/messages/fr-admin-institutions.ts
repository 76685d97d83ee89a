/** French strings of the administrators' institutions pages: the list and merging duplicates. */
export const frAdminInstitutions: Record<string, string> = {
  'admin.menu.institutions': 'Établissements',
  'admin.menu.institutions_description':
    'Voir les établissements que les membres ont indiqués et fusionner deux établissements ' +
    'qui n’en font qu’un.',

  'admin.institutions.title': 'Établissements',
  'admin.institutions.heading': 'Établissements',
  'admin.institutions.intro':
    'Les établissements de ce programme : ceux de la liste de départ et ceux que des membres ' +
    'ont saisis. Les membres d’un même établissement ne sont jamais proposés l’un à l’autre; ' +
    'fusionnez donc tout établissement qui figure deux fois sous des noms différents.',
  'admin.institutions.merge_link': 'Fusionner deux établissements',
  'admin.institutions.search_label': 'Rechercher des établissements',
  'admin.institutions.search': 'Nom',
  'admin.institutions.search_hint': 'Toute partie du nom ou d’un autre nom qu’il porte.',
  'admin.institutions.search_button': 'Rechercher',
  'admin.institutions.count': 'Établissements trouvés : {count}',
  'admin.institutions.caption': 'Établissements, page {page} sur {pages}',
  'admin.institutions.column.name': 'Nom',
  'admin.institutions.column.other_names': 'Autres noms',
  'admin.institutions.column.members': 'Membres',
  'admin.institutions.column.action': 'Action',
  'admin.institutions.no_other_names': 'Aucun',
  'admin.institutions.merge_row': 'Fusionner {name} avec un autre établissement',
  'admin.institutions.none': 'Aucun établissement ne correspond à cette recherche.',
  'admin.institutions.pages_label': 'Pages des établissements',
  'admin.institutions.notice.merged':
    'Les établissements sont fusionnés. Les suggestions de tous sont en cours de recalcul, ' +
    'afin que des collègues ne soient plus proposés l’un à l’autre.',
  'admin.institutions.option': '{name} (membres : {count})',
  'admin.institutions.back': 'Retour aux établissements',

  'admin.institutions.merge.heading': 'Fusionner deux établissements',
  'admin.institutions.merge.intro':
    'Choisissez le doublon, puis l’établissement à conserver. Vous verrez l’effet de la fusion ' +
    'avant que rien ne change.',
  'admin.institutions.merge.duplicate_legend': 'Le doublon',
  'admin.institutions.merge.kept_legend': 'L’établissement à conserver',
  'admin.institutions.merge.search': 'Rechercher par nom',
  'admin.institutions.merge.duplicate': 'Doublon à fusionner',
  'admin.institutions.merge.duplicate_hint':
    'Ses membres passent à l’établissement conservé, et son nom y mène désormais.',
  'admin.institutions.merge.kept': 'Établissement à conserver',
  'admin.institutions.merge.kept_hint':
    'Son nom reste dans le formulaire de profil et dans les listes.',
  'admin.institutions.merge.none_chosen': 'Aucun choix',
  'admin.institutions.merge.buttons_hint':
    'La recherche restreint les deux listes aux noms saisis; l’examen montre l’effet de la ' +
    'fusion.',
  'admin.institutions.merge.search_button': 'Rechercher',
  'admin.institutions.merge.review': 'Examiner la fusion',

  'admin.institutions.error.choose_duplicate': 'Choisissez le doublon à fusionner',
  'admin.institutions.error.choose_kept': 'Choisissez l’établissement à conserver',
  'admin.institutions.error.unknown':
    'Cet établissement ne figure pas dans la liste de ce programme; choisissez-en un dans la liste',
  'admin.institutions.error.already_merged':
    'Cet établissement a déjà été fusionné avec un autre; choisissez-en un dans la liste',
  'admin.institutions.error.same':
    'Choisissez un établissement à conserver autre que le doublon : un établissement ne peut ' +
    'pas être fusionné avec lui-même',

  'admin.institutions.confirm.title': 'Fusionner {duplicate} avec {kept}?',
  'admin.institutions.confirm.heading': 'Fusionner {duplicate} avec {kept}?',
  'admin.institutions.confirm.change': 'Choisir d’autres établissements',
  'admin.institutions.confirm.what': 'Effet de la fusion',
  'admin.institutions.confirm.members':
    'Membres dont le profil indique {duplicate} : {count}. Leur profil indiquera {kept} à la ' +
    'place.',
  'admin.institutions.confirm.alias':
    '{duplicate} n’est plus proposé dans le formulaire de profil; un membre qui le saisit ' +
    'obtient {kept}, et la liste l’affiche parmi les autres noms de {kept}.',
  'admin.institutions.confirm.matching':
    'Le jumelage traite {duplicate} et {kept} comme un seul établissement : leurs membres ne ' +
    'sont jamais proposés l’un à l’autre. Les suggestions de tous sont recalculées dans les ' +
    'minutes qui suivent.',
  'admin.institutions.confirm.audit':
    'La fusion est consignée à votre nom dans le journal des modifications.',
  'admin.institutions.confirm.final': 'Une fusion ne peut pas être annulée depuis ces pages.',
  'admin.institutions.confirm.button': 'Fusionner les établissements',

  'admin.audit.action.institution.merged': 'A fusionné un établissement en double',
  'admin.audit.subject.institution': 'Établissement : {name}',
  'admin.audit.subject.gone.institution': 'Un établissement supprimé depuis',
  'admin.audit.field.institution': 'Établissement',
  'admin.audit.field.mergedInto': 'Fusionné avec',
  'admin.audit.field.members': 'Membres',
};
