/** Les textes de l’administration du programme, en français (mêmes clés que en-admin-settings). */
export const frAdminSettings = {
  'admin.home.heading': 'Administration du programme',
  'admin.menu.approvals': 'Rôles en attente d’approbation',
  'admin.menu.approvals_description':
    'Approuver ou refuser les rôles qui n’ont pas pu être approuvés automatiquement.',
  'admin.menu.settings': 'Paramètres du programme',
  'admin.menu.settings_description':
    'Le nom et les contacts du programme, la durée des partenariats, les pondérations du ' +
    'jumelage, l’entente de mentorat et les introductions des courriels.',
  'admin.menu.sessions': 'Sessions',
  'admin.menu.sessions_description':
    'Quand les inscriptions ouvrent et ferment, quand chaque session commence et pour combien ' +
    'de temps.',
  'admin.menu.programs': 'Programmes',
  'admin.menu.programs_description':
    'Choisir le programme sur lequel vous travaillez, ou ajouter un programme.',
  'admin.menu.email_log': 'Journal des courriels',
  'admin.menu.email_log_description':
    'Tous les courriels envoyés par le programme, les échecs avec leur motif, et leur renvoi.',
  'admin.menu.audit_log': 'Journal des modifications',
  'admin.menu.audit_log_description':
    'Chaque modification faite par les administrateurs, avec son auteur et sa date.',
  'admin.error_title': 'Erreur : {title}',
  'admin.pages_label': 'Pages',
  'admin.page_of': 'Page {page} sur {pages}',
  'admin.previous_page': 'Page précédente',
  'admin.next_page': 'Page suivante',

  'admin.settings.sections_label': 'Paramètres du programme',
  'admin.settings.general.heading': 'Paramètres généraux',
  'admin.settings.general.intro':
    'Le nom et les contacts du programme, ainsi que les délais et limites des partenariats. Les ' +
    'modifications valent à partir de maintenant : les partenariats et demandes existants ' +
    'gardent leurs dates.',
  'admin.settings.matching.heading': 'Paramètres du jumelage',
  'admin.settings.matching.intro':
    'Le poids de chaque critère dans le jumelage, et l’écart minimal d’années d’expérience ' +
    'entre mentor et mentoré. Prévisualisez la modification pour voir comment les premières ' +
    'suggestions changeraient avant d’enregistrer.',
  'admin.settings.agreement.heading': 'Entente de mentorat',
  'admin.settings.agreement.intro':
    'Le texte que signent les partenaires. Enregistrer une modification crée une nouvelle ' +
    'version pour les partenariats créés dès maintenant; les ententes déjà signées gardent leur ' +
    'texte.',
  'admin.settings.agreement.version': 'Version en vigueur : {version}',
  'admin.settings.emails.heading': 'Introductions des courriels',
  'admin.settings.emails.intro':
    'Un court texte de votre choix en tête de chaque courriel, tel que vous le saisissez ici : ' +
    'les membres qui lisent en anglais reçoivent le texte anglais, ceux qui lisent en français ' +
    'le texte français. Laissez une case vide pour ne rien ajouter dans cette langue.',
  'admin.settings.save': 'Enregistrer',
  'admin.settings.notice.saved':
    'Vos modifications sont enregistrées et consignées au journal des modifications.',
  'admin.settings.notice.unchanged': 'Rien n’a changé, donc rien n’a été enregistré.',

  'admin.settings.field.name': 'Nom du programme',
  'admin.settings.field.program_contact_email': 'Adresse de contact du programme',
  'admin.settings.field.support_contact_email': 'Adresse de contact du soutien',
  'admin.settings.field.admin_role': 'Rôle d’administration de ce programme',
  'admin.settings.field.partnership_term_months': 'Durée des partenariats, en mois',
  'admin.settings.field.request_expiry_days': 'Jours avant qu’une demande sans réponse expire',
  'admin.settings.field.max_mentor_capacity': 'Nombre maximal de mentorés par mentor à la fois',
  'admin.settings.field.document_retention_days':
    'Jours de conservation des documents partagés après la fin d’un partenariat',
  'admin.settings.field.weight_focus': 'Poids du secteur professionnel',
  'admin.settings.field.weight_location': 'Poids du lieu',
  'admin.settings.field.weight_experience': 'Poids des années d’expérience',
  'admin.settings.field.weight_skills': 'Poids des compétences',
  'admin.settings.field.weight_supervisory': 'Poids de l’expérience de supervision',
  'admin.settings.field.min_experience_gap': 'Écart minimal d’années d’expérience',
  'admin.settings.field.agreement_language': 'Langue de l’entente',
  'admin.settings.field.agreement_title': 'Titre',
  'admin.settings.field.agreement_body': 'Texte',
  'admin.settings.field.introduction.en': '{email} : introduction en anglais',
  'admin.settings.field.introduction.fr': '{email} : introduction en français',
  'admin.settings.hint.program_contact_email':
    'Les membres y écrivent pour leurs questions sur le programme; les réponses aux courriels y ' +
    'arrivent aussi.',
  'admin.settings.hint.support_contact_email':
    'Les membres y écrivent quand quelque chose ne fonctionne pas.',
  'admin.settings.hint.admin_role':
    'Facultatif, jusqu’à {length} caractères. Les membres dont les rôles d’authentification ' +
    'unique comprennent ce rôle administrent ce programme et aucun autre. Les titulaires du ' +
    'rôle d’administration de l’hôte administrent tous les programmes.',
  'admin.settings.hint.partnership_term_months':
    'De {min} à {max}. La durée propre d’une session la remplace pour les partenariats formés ' +
    'pendant celle-ci.',
  'admin.settings.hint.request_expiry_days': 'De {min} à {max}.',
  'admin.settings.hint.max_mentor_capacity':
    'De {min} à {max}. Les mentors qui en offrent déjà plus gardent leurs places jusqu’à la ' +
    'modification de leur profil.',
  'admin.settings.hint.document_retention_days':
    'De {min} à {max}; 0 les supprime à la fin du partenariat.',
  'admin.settings.hint.weight':
    'Un nombre entier de {min} à {max}; seules les proportions entre les poids comptent.',
  'admin.settings.hint.min_experience_gap': 'De {min} à {max} ans.',
  'admin.settings.hint.agreement_language':
    'La langue dans laquelle le titre et le texte ci-dessous sont rédigés. Les pages dans ' +
    'l’autre langue indiquent que l’entente est rédigée dans celle-ci, pour que les lecteurs ' +
    'd’écran la prononcent correctement.',
  'admin.settings.hint.agreement_body':
    'Séparez les paragraphes par une ligne vide. Jusqu’à {length} caractères.',
  'admin.settings.hint.introduction': 'Facultatif, jusqu’à {length} caractères.',
  'admin.settings.error.range': 'Saisissez un nombre entier de {min} à {max}',
  'admin.settings.error.email_required': 'Saisissez une adresse courriel',
  'admin.settings.error.email':
    'Saisissez une adresse courriel comme nom@exemple.org, d’au plus {length} caractères',
  'admin.settings.error.name_required': 'Saisissez le nom du programme',
  'admin.settings.error.too_long': 'Raccourcissez ce texte à {length} caractères ou moins',
  'admin.settings.error.weights_all_zero': 'Au moins un poids doit être supérieur à 0',
  'admin.settings.error.agreement_title_required': 'Saisissez le titre de l’entente',
  'admin.settings.error.agreement_language': 'Choisissez la langue dans laquelle l’entente est rédigée',
  'admin.settings.error.agreement_body_required': 'Saisissez le texte de l’entente',
  'admin.settings.error.admin_role':
    'Saisissez le rôle sur une seule ligne, exactement comme l’authentification unique le transmet',

  'admin.settings.preview.button': 'Prévisualiser la modification',
  'admin.settings.preview.heading': 'Effet de la modification',
  'admin.settings.preview.summary':
    'Avec ces paramètres, {changed} des {mentees} mentorés du bassin recevraient une autre ' +
    'première suggestion ({mentors} mentors dans le bassin).',
  'admin.settings.preview.pairs':
    'Mentorés jumelés dans la proposition pour toute la cohorte : {before} maintenant, {after} ' +
    'avec ces paramètres.',
  'admin.settings.preview.not_saved':
    'Rien n’est enregistré tant que vous n’appuyez pas sur Enregistrer.',
  'admin.settings.preview.caption': 'Premières suggestions qui changeraient',
  'admin.settings.preview.first_only': '(les {count} premières seulement)',
  'admin.settings.preview.mentee': 'Mentoré',
  'admin.settings.preview.before': 'Première suggestion actuelle',
  'admin.settings.preview.after': 'Première suggestion avec ces paramètres',
  'admin.settings.preview.no_suggestion': 'aucune',

  'admin.settings.email.partnership-agreement-signed': 'Entente signée par le partenaire',
  'admin.settings.email.partnership-document-shared': 'Document partagé par le partenaire',
  'admin.settings.email.partnership-ended': 'Fin du partenariat',
  'admin.settings.email.partnership-ending-soon': 'Partenariat bientôt terminé',
  'admin.settings.email.partnership-extension': 'Partenariat prolongé',
  'admin.settings.email.partnership-first-contact-made': 'Premier contact établi par le mentor',
  'admin.settings.email.partnership-first-contact-reminder': 'Rappel du premier contact',
  'admin.settings.email.partnership-meeting-plan':
    'Modalités de rencontre indiquées par le partenaire',
  'admin.settings.email.partnership-partner-left': 'Départ du partenaire',
  'admin.settings.email.partnership-request-accepted': 'Demande de partenariat acceptée',
  'admin.settings.email.partnership-request-declined': 'Demande de partenariat refusée',
  'admin.settings.email.partnership-request-expired': 'Demande de partenariat expirée',
  'admin.settings.email.partnership-request-received': 'Demande de partenariat reçue',
  'admin.settings.email.partnership-request-reminder': 'Rappel d’une demande de partenariat',
  'admin.settings.email.partnership-request-withdrawn': 'Demande de partenariat retirée',
  'admin.settings.email.partnership-started': 'Début du partenariat',
  'admin.settings.email.role-approved': 'Rôle approuvé',
  'admin.settings.email.role-declined': 'Rôle refusé',
  'admin.settings.email.role-suspended': 'Rôle suspendu',
  'admin.settings.email.suggestions-found': 'Nouveaux partenaires possibles',

  'admin.audit.heading': 'Journal des modifications',
  'admin.audit.intro':
    'Chaque modification faite à ce programme par les administrateurs, la plus récente ' +
    'd’abord.',
  'admin.audit.count': 'Modifications consignées : {count}',
  'admin.audit.empty': 'Aucune modification n’a encore été consignée.',
  'admin.audit.when': 'Quand',
  'admin.audit.who': 'Qui',
  'admin.audit.what': 'Quoi',
  'admin.audit.changes': 'Valeurs avant et après',
  'admin.audit.none': '(aucune)',
  'admin.audit.value': '{field} : {value}',
  'admin.audit.change': '{field} : {before} → {after}',
  'admin.audit.action.settings.general': 'A modifié les paramètres généraux',
  'admin.audit.action.settings.matching': 'A modifié les paramètres du jumelage',
  'admin.audit.action.settings.agreement': 'A modifié l’entente de mentorat',
  'admin.audit.action.settings.emails': 'A modifié les introductions des courriels',
  'admin.audit.action.session.created': 'A ajouté une session',
  'admin.audit.action.session.updated': 'A modifié une session',
  'admin.audit.action.program.created': 'A ajouté un programme',
  'admin.audit.action.email.retried': 'A renvoyé un courriel en échec',
  'admin.audit.subject.program': 'Programme : {name}',
  'admin.audit.subject.session': 'Session : {name}',
  'admin.audit.subject.outbox': 'Courriel « {email} » à {name}',
  'admin.audit.subject.gone.program': 'Un programme supprimé depuis',
  'admin.audit.subject.gone.session': 'Une session supprimée depuis',
  'admin.audit.subject.gone.outbox': 'Un courriel supprimé depuis',
  'admin.audit.member_gone': 'un membre supprimé depuis',
  'admin.audit.session_gone': 'une session supprimée depuis',
  'admin.audit.value.yes': 'Oui',
  'admin.audit.value.no': 'Non',
  'admin.audit.field.name': 'Nom',
  'admin.audit.field.programContactEmail': 'Adresse de contact du programme',
  'admin.audit.field.supportContactEmail': 'Adresse de contact du soutien',
  'admin.audit.field.partnershipTermMonths': 'Durée des partenariats, en mois',
  'admin.audit.field.requestExpiryDays': 'Expiration des demandes, en jours',
  'admin.audit.field.maxMentorCapacity': 'Maximum de mentorés par mentor',
  'admin.audit.field.documentRetentionDays': 'Conservation des documents, en jours',
  'admin.audit.field.weights_focus': 'Poids du secteur professionnel',
  'admin.audit.field.weights_location': 'Poids du lieu',
  'admin.audit.field.weights_experience': 'Poids des années d’expérience',
  'admin.audit.field.weights_skills': 'Poids des compétences',
  'admin.audit.field.weights_supervisory': 'Poids de l’expérience de supervision',
  'admin.audit.field.minExperienceGap': 'Écart minimal d’années d’expérience',
  'admin.audit.field.version': 'Version de l’entente',
  'admin.audit.field.title': 'Titre',
  'admin.audit.field.language': 'Langue',
  'admin.audit.field.registrationOpens': 'Ouverture des inscriptions',
  'admin.audit.field.registrationCloses': 'Clôture des inscriptions',
  'admin.audit.field.starts': 'Début',
  'admin.audit.field.termMonths': 'Durée, en mois',
  'admin.audit.field.status': 'État',
  'admin.audit.field.lastError': 'Motif du dernier échec',
  'admin.audit.field.attempts': 'Tentatives',
  'admin.audit.field.slug': 'Nom court',
  'admin.audit.field.introduction': 'Introduction de « {email} »',
  'admin.audit.field.introduction.en': 'Introduction de « {email} », en anglais',
  'admin.audit.field.introduction.fr': 'Introduction de « {email} », en français',
  'admin.audit.field.adminRole': 'Rôle d’administration',

  'admin.sessions.heading': 'Sessions',
  'admin.sessions.intro':
    'Le programme se déroule en sessions : les inscriptions ouvrent et ferment à des dates ' +
    'fixées, les jumelages sont confirmés, puis la session commence et dure le temps prévu.',
  'admin.sessions.rule':
    'Les rôles ne sont approuvés que pendant les inscriptions d’une session. Entre deux ' +
    'sessions, les membres peuvent enregistrer leur profil et postuler : leurs rôles attendent ' +
    'et sont approuvés à l’ouverture des inscriptions suivantes. Un programme sans aucune ' +
    'session accepte les candidatures toute l’année.',
  'admin.sessions.matching_rule':
    'Le jumelage se fait au sein d’une session : les membres ne sont suggérés et jumelés qu’à ' +
    'des membres de la même session. À l’ouverture des inscriptions d’une session, les ' +
    'mentorés approuvés encore sans partenaire, et les mentors qui ont encore de la place, y ' +
    'sont reportés. Un partenariat signé avant le début de sa session commence à la date de ' +
    'début de la session et dure le temps prévu pour celle-ci.',
  'admin.sessions.none':
    'Ce programme n’a aucune session : il accepte les candidatures toute l’année.',
  'admin.sessions.state': 'Étape',
  'admin.sessions.confirm_matches': 'Confirmer les jumelages',
  'admin.sessions.new_heading': 'Ajouter une session',
  'admin.sessions.create': 'Ajouter la session',
  'admin.sessions.update': 'Enregistrer la session',
  'admin.sessions.back': 'Retour aux sessions',
  'admin.sessions.edit_heading': 'Modifier la session {name}',
  'admin.sessions.field.name': 'Nom de la session',
  'admin.sessions.field.registration_opens': 'Ouverture des inscriptions',
  'admin.sessions.field.registration_closes': 'Clôture des inscriptions',
  'admin.sessions.field.starts': 'Début de la session',
  'admin.sessions.field.term_months': 'Durée, en mois',
  'admin.sessions.hint.date': 'Une date, comme 2027-02-01, à l’heure de l’Ontario.',
  'admin.sessions.hint.registration_closes':
    'Une date, comme 2027-02-21; les candidatures sont acceptées jusqu’à la fin de ce jour, ' +
    'heure de l’Ontario.',
  'admin.sessions.hint.term_months':
    'De {min} à {max}. Les partenariats formés pendant la session durent ce temps.',
  'admin.sessions.error.name_required': 'Saisissez le nom de la session',
  'admin.sessions.error.date': 'Saisissez une date comme 2027-02-01',
  'admin.sessions.error.closes_before_opens':
    'Les inscriptions doivent fermer le jour de leur ouverture ou après',
  'admin.sessions.error.starts_before_close':
    'La session doit commencer après la clôture des inscriptions',
  'admin.sessions.error.overlap': 'Les dates d’inscription chevauchent celles d’une autre session',
  'admin.sessions.status.upcoming': 'Inscriptions pas encore ouvertes',
  'admin.sessions.status.registration_open': 'Inscriptions ouvertes',
  'admin.sessions.status.registration_closed': 'Inscriptions closes : confirmation des jumelages',
  'admin.sessions.status.running': 'En cours',
  'admin.sessions.status.finished': 'Terminée',
  'admin.sessions.notice.created':
    'La session est ajoutée et consignée au journal des modifications.',
  'admin.sessions.notice.updated':
    'La session est modifiée et la modification consignée au journal.',

  'admin.programs.heading': 'Programmes',
  'admin.programs.intro':
    'Chaque page d’administration porte sur un programme à la fois. Choisissez-le ici.',
  'admin.programs.current': 'Vous travaillez sur : {name}',
  'admin.programs.picker_label': 'Programme sur lequel travailler',
  'admin.programs.choose': 'Travailler sur ce programme',
  'admin.programs.list_heading': 'Programmes que vous administrez',
  'admin.programs.is_current': '(celui sur lequel vous travaillez)',
  'admin.programs.new_heading': 'Ajouter un programme',
  'admin.programs.new_intro':
    'Un nouveau programme commence avec les paramètres par défaut et sa propre liste ' +
    'd’établissements; choisissez-le ci-dessus pour le configurer.',
  'admin.programs.create': 'Ajouter le programme',
  'admin.programs.field.slug': 'Nom court',
  'admin.programs.hint.slug':
    'Lettres minuscules, chiffres et traits d’union, de 2 à 64 caractères, comme ' +
    'ola-etudiants.',
  'admin.programs.error.slug':
    'Saisissez de 2 à 64 lettres minuscules, chiffres ou traits d’union, en commençant par ' +
    'une lettre ou un chiffre',
  'admin.programs.error.slug_taken': 'Un autre programme porte déjà ce nom court',
  'admin.programs.notice.created':
    'Le programme est ajouté et consigné dans son journal des modifications.',

  'admin.email_log.heading': 'Journal des courriels',
  'admin.email_log.intro':
    'Tous les courriels envoyés par le programme, le plus récent d’abord. Un courriel en échec ' +
    'indique son motif; le renvoyer le remet dans la file d’attente.',
  'admin.email_log.filter_label': 'Afficher',
  'admin.email_log.filter_button': 'Afficher ces courriels',
  'admin.email_log.filter.all': 'Tous les courriels',
  'admin.email_log.filter.pending': 'En attente d’envoi',
  'admin.email_log.filter.sent': 'Envoyés',
  'admin.email_log.filter.failed': 'En échec',
  'admin.email_log.count': 'Courriels : {count}',
  'admin.email_log.empty': 'Aucun courriel à afficher.',
  'admin.email_log.created': 'Rédigé',
  'admin.email_log.email': 'Courriel',
  'admin.email_log.recipient': 'Destinataire',
  'admin.email_log.status_heading': 'État',
  'admin.email_log.attempts': 'Tentatives',
  'admin.email_log.reason': 'Motif du dernier échec',
  'admin.email_log.status.pending': 'En attente d’envoi',
  'admin.email_log.status.sent': 'Envoyé',
  'admin.email_log.status.failed': 'En échec',
  'admin.email_log.retry': 'Renvoyer',
  'admin.email_log.retry_label': 'Renvoyer : {email} à {name}',
  'admin.email_log.notice.retried':
    'Le courriel est de nouveau dans la file d’attente et partira sous peu.',
  'admin.email_log.notice.not_failed':
    'Ce courriel n’était pas en échec (il a peut-être déjà été renvoyé); rien n’a changé.',

  'admin.approvals.reason.no_open_session':
    'Candidature faite hors des inscriptions d’une session; approuvée à l’ouverture des ' +
    'prochaines.',
  'profile.reason.no_open_session':
    'Aucune session n’accepte de candidatures en ce moment. Votre profil est enregistré; ce ' +
    'rôle sera approuvé à l’ouverture des inscriptions de la prochaine session.',
  'home.programs.heading': 'Programmes ouverts aux inscriptions',
  'home.programs.heading_admin': 'Programmes ouverts aux inscriptions ou que vous administrez',
  'home.programs.current': 'le programme où vous êtes',
  'home.programs.choose': 'Participer à ce programme',
  // Masqué à l’écran, à la suite des mots visibles du bouton, qui commencent ainsi son nom.
  'home.programs.choose_which': ' : {program}',
} as const;
