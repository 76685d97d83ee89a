/** French strings for suggestions, their reasons, and the matching email. */
export const frMatching: Record<string, string> = {
  'layout.nav.suggestions': 'Suggestions',

  'email.suggestions_found.subject': '{program} : de nouveaux partenaires possibles pour vous',
  'email.suggestions_found.body':
    'MentorMatch a trouvé de nouveaux partenaires possibles pour vous dans le {program} ' +
    '({count} nouveaux).',
  'email.suggestions_found.next':
    'Découvrez qui ils sont et pourquoi ils vous sont suggérés, puis demandez un partenariat ' +
    'lorsque l’un d’eux vous convient.',
  'email.suggestions_found.link': 'Voir vos suggestions',

  'suggestions.title': 'Partenaires suggérés',
  'suggestions.intro':
    'Ces membres vous sont suggérés parce que leur profil correspond au vôtre. Le premier est ' +
    'celui qui convient le mieux au programme dans son ensemble; les raisons expliquent chaque ' +
    'suggestion.',
  'suggestions.as_mentee': 'Mentors pour vous',
  'suggestions.as_mentor': 'Mentorés pour vous',
  'suggestions.none':
    'Aucune suggestion pour l’instant. Nous vous écrirons dès que nous trouverons des ' +
    'partenaires possibles.',
  'suggestions.no_profile':
    'Remplissez votre profil et posez votre candidature comme mentor ou mentoré pour recevoir ' +
    'des suggestions.',
  'suggestions.no_profile_link': 'Remplir votre profil',
  'suggestions.blocked.mentor':
    'Votre rôle de mentor ne fait pas partie du bassin pour l’instant : {reason}.',
  'suggestions.blocked.mentee':
    'Votre rôle de mentoré ne fait pas partie du bassin pour l’instant : {reason}.',
  'suggestions.rank': 'Suggestion {rank}',
  'suggestions.score': 'Score de compatibilité : {score} sur 1 000',
  'suggestions.best_fit': 'Le meilleur choix pour le programme',
  'suggestions.reasons': 'Pourquoi cette suggestion',
  'suggestions.view_profile': 'Voir le profil de {name}',
  'suggestions.request': 'Demander un partenariat',
  'suggestions.dismiss': 'Pas intéressé',
  'suggestions.dismiss_hint': 'Retire définitivement {name} de vos suggestions.',
  'suggestions.dismissed': 'Cette suggestion est masquée et ne reviendra pas.',
  'suggestions.message_label': 'Message pour {name} (facultatif)',
  'suggestions.profile.title': 'Partenaire suggéré : {name}',
  'suggestions.profile.no_contact':
    'Les coordonnées sont communiquées une fois que vous avez tous deux signé l’entente de ' +
    'mentorat.',
  'suggestions.back': 'Retour à vos suggestions',
  'suggestions.breakdown': 'Score par critère',
  'suggestions.criterion.focus': 'Secteur professionnel',
  'suggestions.criterion.location': 'Lieu',
  'suggestions.criterion.experience': 'Expérience',
  'suggestions.criterion.skills': 'Compétences',
  'suggestions.criterion.supervisory': 'Expérience de supervision',

  'reason.same_focus': 'même secteur : bibliothèques {focus}',
  'reason.near_focus': 'bibliothèques {mentorFocus} et {menteeFocus} : des secteurs voisins',
  'reason.distance_km': 'à {km} km l’un de l’autre',
  'reason.same_region': 'même région : {region}',
  'reason.meets_online': 'rencontres en ligne possibles',
  'reason.experience': '{mentorYears} ans d’expérience, contre {menteeYears} pour vous',
  'reason.experience_as_mentor':
    'vos {mentorYears} ans d’expérience, contre {menteeYears} pour cette personne',
  'reason.shares_skills': 'offre {skills}, que vous voulez approfondir',
  'reason.wants_skills': 'veut approfondir {skills}, que vous offrez',
  'reason.supervisory': '{years} ans d’expérience de supervision',

  // Plural, since the reasons read "bibliothèques {focus}".
  'focus.college': 'collégiales',
  'focus.university': 'universitaires',
  'focus.public': 'publiques',
  'focus.school': 'scolaires',
  'focus.other': 'd’autres types',
  'region.northern': 'Nord de l’Ontario',
  'region.eastern': 'Est de l’Ontario',
  'region.central': 'Centre de l’Ontario',
  'region.southwestern': 'Sud-Ouest de l’Ontario',
  'region.toronto': 'Toronto',

  'hard_rule.same_member': 'le même membre',
  'hard_rule.not_a_mentor': 'pas de candidature comme mentor',
  'hard_rule.mentor_not_approved': 'rôle de mentor non approuvé',
  'hard_rule.mentor_inactive': 'mentor en pause ou suspendu',
  'hard_rule.mentor_full': 'le mentor n’a plus de place',
  'hard_rule.not_a_mentee': 'pas de candidature comme mentoré',
  'hard_rule.mentee_not_approved': 'rôle de mentoré non approuvé',
  'hard_rule.mentee_inactive': 'mentoré en pause ou suspendu',
  'hard_rule.mentee_matched': 'mentoré déjà en partenariat',
  'hard_rule.different_session': 'pas dans la même session',
  'hard_rule.same_institution': 'même établissement',
  'hard_rule.experience_gap': 'l’expérience du mentor ne dépasse pas assez celle du mentoré',
  'hard_rule.partnership_exists': 'déjà partenaires',
  'hard_rule.request_pending': 'une demande est en attente entre eux',
  'hard_rule.declined': 'une demande entre eux a été refusée',
  'hard_rule.not_interested': 'masqué comme « pas intéressé »',
};
