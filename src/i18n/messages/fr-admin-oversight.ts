/**
 * French strings of program oversight: participants and their roles, partnerships, "why
 * excluded", manual matching, the whole-cohort proposal, reports, and the emails these send.
 */
export const frAdminOversight: Record<string, string> = {
  'admin.menu.participants': 'Participants',
  'admin.menu.participants_description':
    'Trouver des membres, voir leur profil, leurs rôles, suggestions et partenariats, et ' +
    'décider de leurs rôles.',
  'admin.menu.partnerships': 'Partenariats',
  'admin.menu.partnerships_description':
    'Tous les partenariats par état, avec les motifs de fin anticipée; y mettre fin au besoin.',
  'admin.menu.manual_matching': 'Jumeler à la main',
  'admin.menu.manual_matching_description':
    'Vérifier un mentoré et un mentor selon les règles et en faire un partenariat proposé.',
  'admin.menu.proposals': 'Proposition de jumelage',
  'admin.menu.proposals_description':
    'Examiner la proposition pour toute la cohorte, l’ajuster paire par paire et la publier ' +
    'sous forme de demandes.',
  'admin.menu.reports': 'Rapports',
  'admin.menu.reports_description':
    'Décomptes, où des mentorés attendent faute de mentors, délais d’attente et exports CSV.',

  'admin.audit.action.role.approve': 'A approuvé un rôle',
  'admin.audit.action.role.decline': 'A refusé un rôle',
  'admin.audit.action.role.suspend': 'A suspendu un rôle',
  'admin.audit.action.role.reinstate': 'A rétabli un rôle',
  'admin.audit.action.partnership.end': 'A mis fin à un partenariat',
  'admin.audit.action.matching.pair': 'A jumelé deux membres à la main',
  'admin.audit.action.matching.draft_drop': 'A retiré une paire d’une proposition',
  'admin.audit.action.matching.draft_swap': 'A changé le mentor d’une paire proposée',
  'admin.audit.action.matching.publish': 'A publié une proposition de jumelage',
  'admin.audit.action.export.participants': 'A exporté les participants',
  'admin.audit.action.export.partnerships': 'A exporté les partenariats',
  'admin.audit.subject.role': 'Rôle : {role} — {name}',
  'admin.audit.subject.partnership': 'Partenariat : {mentor} et {mentee}',
  'admin.audit.subject.draft': 'Proposition de jumelage {number}',
  'admin.audit.subject.gone.role': 'Un rôle supprimé depuis',
  'admin.audit.subject.gone.partnership': 'Un partenariat supprimé depuis',
  'admin.audit.subject.gone.draft': 'Une proposition de jumelage supprimée depuis',
  'admin.audit.field.note': 'Note au membre',
  'admin.audit.field.reason': 'Motif de la fin',
  'admin.audit.field.contactDetails': 'Coordonnées incluses',
  'admin.audit.field.rows': 'Lignes exportées',
  'admin.audit.field.mentorId': 'Mentor',
  'admin.audit.field.menteeId': 'Mentoré',
  'admin.audit.field.from': 'Mentor avant',
  'admin.audit.field.to': 'Mentor après',
  'admin.audit.field.published': 'Paires publiées en demandes',
  'admin.audit.field.refused': 'Paires que les règles refusent désormais',
  'admin.audit.field.sessionId': 'Session',

  'admin.oversight.back_to_admin': 'Retour à l’administration',
  'admin.oversight.back_to_participants': 'Retour aux participants',
  'admin.oversight.pages_label': 'Pages de résultats',
  'admin.oversight.page_of': 'Page {page} sur {pages}',
  'admin.oversight.previous': 'Page précédente',
  'admin.oversight.next': 'Page suivante',
  'admin.oversight.by_program': 'fait par le programme',
  'admin.oversight.pair_names': '{mentor}, mentor de {mentee}',
  'admin.oversight.role_state': '{role} : {state}',
  'admin.oversight.supervisory_value': '{years} ans, jusqu’à {people} personnes à la fois',

  'admin.oversight.state.pending': 'en attente d’une décision',
  'admin.oversight.state.approved': 'approuvé',
  'admin.oversight.state.declined': 'refusé',
  'admin.oversight.state.suspended': 'suspendu',
  'admin.oversight.state.paused': 'en pause à la demande du membre',
  'admin.oversight.reason.membership_unknown': 'adhésion non communiquée',
  'admin.oversight.reason.membership_lapsed': 'adhésion échue',
  'admin.oversight.reason.declined': 'refusé par un administrateur',
  'admin.oversight.reason.administrator': 'suspendu par un administrateur',
  'admin.oversight.reason.no_open_session': 'en attente de l’ouverture d’une session',
  'admin.oversight.side.mentee': 'Son mentor',
  'admin.oversight.side.mentor': 'Son mentoré',

  'admin.oversight.column.name': 'Nom',
  'admin.oversight.column.email': 'Courriel de contact',
  'admin.oversight.column.roles': 'Rôles',
  'admin.oversight.column.focus': 'Secteur',
  'admin.oversight.column.place': 'Lieu',
  'admin.oversight.column.date': 'Date',
  'admin.oversight.column.state': 'État',
  'admin.oversight.column.by': 'Par',
  'admin.oversight.column.note': 'Motif donné',
  'admin.oversight.column.as': 'En tant que',
  'admin.oversight.column.rank': 'Rang',
  'admin.oversight.column.score': 'Note',
  'admin.oversight.column.reasons': 'Raisons de la suggestion',
  'admin.oversight.column.other': 'Autre membre',
  'admin.oversight.column.term': 'Durée',
  'admin.oversight.column.end_reason': 'Motif de la fin anticipée',
  'admin.oversight.column.pair': 'Paire',
  'admin.oversight.column.candidate': 'Candidat',
  'admin.oversight.column.rules': 'Règles qui l’excluent',
  'admin.oversight.column.check': 'Vérifier la paire',

  'admin.oversight.participants.title': 'Participants',
  'admin.oversight.participants.heading': 'Participants',
  'admin.oversight.participants.search_label': 'Rechercher des participants',
  'admin.oversight.participants.search': 'Nom ou courriel',
  'admin.oversight.participants.search_hint':
    'Chaque mot saisi doit figurer dans un nom ou une adresse courriel.',
  'admin.oversight.participants.role': 'Rôle',
  'admin.oversight.participants.state': 'État',
  'admin.oversight.participants.focus': 'Secteur professionnel',
  'admin.oversight.participants.region': 'Région',
  'admin.oversight.participants.any': 'Tous',
  'admin.oversight.participants.apply': 'Rechercher',
  'admin.oversight.participants.count': 'Participants trouvés : {count}',
  'admin.oversight.participants.caption': 'Participants, page {page} sur {pages}',
  'admin.oversight.participants.none': 'Aucun participant ne correspond à cette recherche.',

  'admin.oversight.member.title': 'Participant : {name}',
  'admin.oversight.member.why_excluded': 'Pourquoi des candidats sont exclus',
  'admin.oversight.member.match_as_mentee': 'Jumeler à la main comme mentoré',
  'admin.oversight.member.match_as_mentor': 'Jumeler à la main comme mentor',
  'admin.oversight.member.identity': 'Selon le portail',
  'admin.oversight.member.contact': 'Coordonnées',
  'admin.oversight.member.contact_hint':
    'Les administrateurs les voient pour gérer le programme; ne les transmettez pas aux ' +
    'autres membres.',
  'admin.oversight.member.profile': 'Profil',
  'admin.oversight.member.paused': 'Le membre a mis sa participation en pause le {date}.',
  'admin.oversight.member.roles': 'Rôles',
  'admin.oversight.member.history': 'Historique de ce rôle',
  'admin.oversight.member.by_portal': 'le portail (adhésion)',
  'admin.oversight.member.note': 'Motif communiqué au membre',
  'admin.oversight.member.note_hint':
    'Obligatoire pour refuser ou suspendre; joint à toute décision. {length} caractères au ' +
    'maximum.',
  'admin.oversight.member.no_action':
    'Aucune décision possible : le rôle suit l’adhésion que communique le portail.',
  'admin.oversight.member.no_roles': 'Le membre n’a demandé aucun rôle.',
  'admin.oversight.member.no_profile': 'Le membre n’a pas rempli de profil dans ce programme.',
  'admin.oversight.member.suggestions': 'Suggestions',
  'admin.oversight.member.no_suggestions': 'Aucune suggestion pour le moment.',
  'admin.oversight.member.requests': 'Demandes de partenariat',
  'admin.oversight.member.no_requests': 'Aucune demande de partenariat.',
  'admin.oversight.member.partnerships': 'Partenariats',
  'admin.oversight.member.no_partnerships': 'Aucun partenariat.',

  'admin.oversight.field.portal_email': 'Courriel au portail',
  'admin.oversight.field.membership': 'Statut d’adhésion',
  'admin.oversight.field.member_type': 'Type de membre',
  'admin.oversight.field.last_sign_in': 'Dernière connexion',
  'admin.oversight.field.focus': 'Secteur professionnel',
  'admin.oversight.field.location': 'Lieu',
  'admin.oversight.field.years': 'Années d’expérience de travail',
  'admin.oversight.field.institution': 'Établissement',
  'admin.oversight.field.supervisory': 'Expérience de supervision',
  'admin.oversight.field.capacity': 'Mentorés à la fois, comme mentor',
  'admin.oversight.field.skills_shared': 'Compétences offertes comme mentor',
  'admin.oversight.field.skills_wanted': 'Compétences recherchées comme mentoré',
  'admin.oversight.field.other': 'Autres renseignements utiles',

  'admin.oversight.action.approve': 'Approuver',
  'admin.oversight.action.decline': 'Refuser',
  'admin.oversight.action.suspend': 'Suspendre',
  'admin.oversight.action.reinstate': 'Rétablir',
  'admin.oversight.role_notice.approve': 'Le rôle est approuvé et le membre a reçu un courriel.',
  'admin.oversight.role_notice.decline': 'Le rôle est refusé et le membre a reçu un courriel.',
  'admin.oversight.role_notice.suspend': 'Le rôle est suspendu et le membre a reçu un courriel.',
  'admin.oversight.role_notice.reinstate': 'Le rôle est rétabli et le membre a reçu un courriel.',
  'admin.oversight.error.note_required': 'Indiquez le motif qui sera communiqué au membre',
  'admin.oversight.error.note_length': 'Le motif doit compter {length} caractères ou moins',
  'admin.oversight.error.action': 'Choisissez une décision',
  'admin.oversight.role.not_approved': 'Seul un rôle approuvé peut être suspendu.',
  'admin.oversight.role.not_reinstatable':
    'Seul un rôle refusé ou suspendu par un administrateur peut être rétabli.',
  'admin.oversight.role.membership_lapsed':
    'Le portail indique que cette adhésion est échue; le rôle reviendra lorsqu’elle sera ' +
    'de nouveau active.',

  'admin.oversight.exclusions.title': 'Pourquoi des candidats sont exclus pour {name}',
  'admin.oversight.exclusions.back': 'Retour à {name}',
  'admin.oversight.exclusions.intro':
    'Les règles strictes empêchent certaines paires d’être jamais suggérées. Voici les ' +
    'candidats que ces règles excluent pour ce membre, avec chaque règle qui exclut chacun.',
  'admin.oversight.exclusions.no_roles':
    'Ce membre n’a aucun rôle dans le bassin de jumelage; personne n’est donc vérifié avec lui.',
  'admin.oversight.exclusions.side.mentee': 'Comme mentoré : mentors exclus',
  'admin.oversight.exclusions.side.mentor': 'Comme mentor : mentorés exclus',
  'admin.oversight.exclusions.caption.mentee': 'Mentors que les règles excluent',
  'admin.oversight.exclusions.caption.mentor': 'Mentorés que les règles excluent',
  'admin.oversight.exclusions.summary':
    'Candidats : {candidates}. Admis : {allowed}. Exclus par une règle sur la paire ou le ' +
    'candidat : {excluded}.',
  'admin.oversight.exclusions.own_rules':
    'Le rôle du membre enfreint lui-même ces règles; aucun candidat ne peut être suggéré ' +
    'tant que cela ne change pas :',
  'admin.oversight.exclusions.check_pair': 'Vérifier la paire avec {name}',

  'admin.oversight.partnerships.title': 'Partenariats',
  'admin.oversight.partnerships.heading': 'Partenariats',
  'admin.oversight.partnerships.states_label': 'Partenariats par état',
  'admin.oversight.partnerships.all': 'Tous',
  'admin.oversight.partnerships.caption': 'Partenariats, page {page} sur {pages}',
  'admin.oversight.partnerships.none': 'Aucun partenariat dans cet état.',
  'admin.oversight.partnership.title': 'Partenariat : {mentor} et {mentee}',
  'admin.oversight.partnership.back': 'Retour aux partenariats',
  'admin.oversight.partnership.created': 'Créé le',
  'admin.oversight.partnership.ended': 'Terminé le',
  'admin.oversight.partnership.end_heading': 'Mettre fin à ce partenariat',
  'admin.oversight.partnership.end_intro':
    'Les deux partenaires apprennent par courriel que le programme a mis fin au partenariat. ' +
    'Le motif que vous donnez reste connu des seuls administrateurs du programme.',
  'admin.oversight.partnership.reason': 'Pourquoi le programme y met fin',
  'admin.oversight.partnership.reason_hint': 'Obligatoire. {length} caractères au maximum.',
  'admin.oversight.partnership.end': 'Mettre fin au partenariat',
  'admin.oversight.end_confirm.title': 'Mettre fin au partenariat de {mentor} et {mentee}?',
  'admin.oversight.end_confirm.what': 'Ce que cela entraîne',
  'admin.oversight.end_confirm.explain':
    'Les deux partenaires apprennent aussitôt par courriel que le programme a mis fin à leur ' +
    'partenariat, et un partenariat terminé ne peut pas être rouvert. Le motif reste connu des ' +
    'seuls administrateurs du programme.',
  'admin.oversight.end_confirm.confirm': 'Oui, mettre fin au partenariat',
  'admin.oversight.end_confirm.cancel': 'Annuler et garder le partenariat',
  'admin.oversight.partnership.notice.ended':
    'Le partenariat a pris fin et les deux partenaires ont reçu un courriel.',
  'admin.oversight.partnership.notice.paired':
    'La paire est formée : les deux membres ont reçu un courriel et signent maintenant ' +
    'l’entente de mentorat.',

  'admin.matching.pair.title': 'Jumeler à la main',
  'admin.matching.pair.title_refused': 'Erreur : cette paire ne peut pas être formée',
  'admin.matching.pair.heading': 'Jumeler à la main',
  'admin.matching.pair.intro':
    'Choisissez un mentoré et un mentor pour voir s’ils se conviennent et si une règle ' +
    'stricte les sépare. Une paire formée passe par l’entente de mentorat comme toute autre.',
  'admin.matching.pair.mentee': 'Mentoré',
  'admin.matching.pair.mentor': 'Mentor',
  'admin.matching.pair.search': 'Réduire la liste par nom ou courriel',
  'admin.matching.pair.choose_mentee': 'Mentoré à jumeler',
  'admin.matching.pair.choose_mentor': 'Mentor à jumeler',
  'admin.matching.pair.none_chosen': 'Aucun choix',
  'admin.matching.pair.check': 'Vérifier la paire',
  'admin.matching.pair.check_heading': '{mentor}, mentor de {mentee}',
  'admin.matching.pair.allowed': 'Aucune règle stricte ne sépare cette paire.',
  'admin.matching.pair.breaks': 'Cette paire enfreint ces règles strictes :',
  'admin.matching.pair.breakdown': 'Note par critère',
  'admin.matching.pair.total': 'Total sur 1 000',
  'admin.matching.pair.reasons': 'Ce qu’ils ont en commun :',
  'admin.matching.pair.make_hint':
    'Les deux reçoivent un courriel et le partenariat attend leurs signatures de l’entente.',
  'admin.matching.pair.make': 'Faire de cette paire un partenariat proposé',
  'admin.matching.pair.refused':
    'Cette paire ne peut pas être formée, en raison de ces règles strictes :',
  'admin.matching.pair.choose_both': 'Choisissez un mentoré et un mentor.',
  'admin.matching.pair_refused': 'Les règles strictes refusent cette paire.',
  'admin.matching.already_published': 'Cette proposition a déjà été publiée.',
  'admin.matching.draft_changed':
    'Un autre administrateur vient de modifier cette proposition; relisez-la avant de la ' +
    'changer.',
  'admin.matching.session.current': 'Session : {name} ({phase})',
  'admin.matching.session.label': 'Session',
  'admin.matching.session.choose': 'Session à traiter',
  'admin.matching.session.show': 'Afficher cette session',
  'admin.matching.pair.session_hint':
    'Les listes ne comprennent que les mentorés et les mentors approuvés de cette session.',
  'admin.matching.proposals.session_hint':
    'Une proposition ne jumelle que les mentorés et les mentors approuvés de cette session, ' +
    'et sa publication n’envoie de demandes que pour les paires de cette session.',
  'admin.matching.refusal.outside_session':
    'Le mentor ou le mentoré ne fait plus partie de la session de cette proposition.',

  'admin.matching.proposals.title': 'Propositions de jumelage',
  'admin.matching.proposals.heading': 'Propositions de jumelage',
  'admin.matching.proposals.intro':
    'Le moteur de jumelage forme les paires de toute la cohorte pour le meilleur accord ' +
    'global. Préparez une proposition, vérifiez-la, retirez ou changez des paires, puis ' +
    'publiez-la : chaque paire devient une demande de partenariat du programme, que le ' +
    'mentoré accepte ou refuse et que le mentor peut retirer.',
  'admin.matching.proposals.prepare': 'Préparer une nouvelle proposition',
  'admin.matching.proposals.caption': 'Propositions récentes',
  'admin.matching.proposals.draft': 'Proposition',
  'admin.matching.proposals.pairs': 'Paires',
  'admin.matching.proposals.published_on': 'Publiée le {date}',
  'admin.matching.proposals.unpublished': 'Non publiée',
  'admin.matching.proposals.none': 'Aucune proposition n’a encore été préparée.',

  'admin.matching.draft.title': 'Proposition de jumelage {number}',
  'admin.matching.draft.back': 'Retour aux propositions',
  'admin.matching.draft.summary': 'Résumé',
  'admin.matching.draft.pairs': 'Paires proposées',
  'admin.matching.draft.mentees_in_pool': 'Mentorés dans le bassin',
  'admin.matching.draft.mentors_in_pool': 'Mentors dans le bassin',
  'admin.matching.draft.unmatched': 'Mentorés laissés sans mentor',
  'admin.matching.draft.state': 'État',
  'admin.matching.draft.spread': 'Répartition des notes des paires (sur 1 000)',
  'admin.matching.draft.publish_hint':
    'La publication envoie un courriel aux deux membres de chaque paire. Les paires qu’une ' +
    'règle refuse désormais sont laissées de côté.',
  'admin.matching.draft.publish': 'Publier {count} paires comme demandes de partenariat',
  'admin.matching.publish.title': 'Publier la proposition de jumelage {number}?',
  'admin.matching.publish.what': 'Ce que la publication envoie',
  'admin.matching.publish.requests': 'Demandes de partenariat à envoyer',
  'admin.matching.publish.members': 'Membres qui recevront un courriel',
  'admin.matching.publish.explain':
    'Chaque paire devient une demande de partenariat du programme, et ses deux membres ' +
    'reçoivent un courriel. Les paires qu’une règle refuse désormais sont laissées de côté; il ' +
    'peut donc en partir moins.',
  'admin.matching.publish.final':
    'La publication est définitive : les demandes et les courriels ne peuvent pas être retirés.',
  'admin.matching.publish.confirm': 'Oui, publier',
  'admin.matching.publish.cancel': 'Annuler et revenir à la proposition',
  'admin.matching.draft.pairs_heading': 'Paires',
  'admin.matching.draft.swapped': 'mentor choisi par un administrateur',
  'admin.matching.draft.now_breaks':
    'Depuis la préparation de la proposition, cette paire enfreint :',
  'admin.matching.draft.outcome_published': 'Publiée comme demande de partenariat.',
  'admin.matching.draft.outcome_refused': 'Non publiée : {reason}',
  'admin.matching.draft.swap': 'Choisir un autre mentor pour {name}',
  'admin.matching.draft.drop': 'Retirer la paire de {mentor} et {mentee}',
  'admin.matching.draft.no_pairs': 'Cette proposition ne contient aucune paire.',
  'admin.matching.draft.unmatched_heading': 'Mentorés laissés sans mentor',
  'admin.matching.draft.why': 'Pourquoi',
  'admin.matching.draft.all_matched':
    'Chaque mentoré du bassin a un mentor dans cette proposition.',
  'admin.matching.draft.notice.prepared': 'Une nouvelle proposition est prête à examiner.',
  'admin.matching.draft.notice.dropped': 'La paire est retirée de la proposition.',
  'admin.matching.draft.notice.swapped': 'Le nouveau mentor figure dans la proposition.',
  'admin.matching.draft.notice.published':
    'Publication faite : {published} demandes de partenariat envoyées; {refused} paires ' +
    'laissées de côté.',
  'admin.matching.draft.notice.already_published':
    'Cette proposition avait déjà été publiée; rien n’a été modifié.',
  'admin.matching.draft.notice.changed':
    'Un autre administrateur vient de modifier cette proposition; rien n’a été modifié. ' +
    'Relisez-la.',
  'admin.matching.spread.min': 'La plus basse',
  'admin.matching.spread.p25': 'Quart inférieur',
  'admin.matching.spread.median': 'Médiane',
  'admin.matching.spread.p75': 'Quart supérieur',
  'admin.matching.spread.max': 'La plus haute',
  'admin.matching.unmatched.dropped': 'Un administrateur a retiré sa paire.',
  'admin.matching.unmatched.mentors_taken':
    '{count} mentors lui conviendraient, mais leurs places sont allées à des paires mieux ' +
    'assorties (le meilleur, {best}, obtient {score}).',
  'admin.matching.unmatched.no_viable_mentor':
    'Aucun mentor ne respecte les règles strictes : {rules}.',
  'admin.matching.unmatched.rule_count': '{rule} ({count})',

  'admin.matching.swap.title': 'Choisir un autre mentor pour {name}',
  'admin.matching.swap.title_refused': 'Erreur : choisir un autre mentor pour {name}',
  'admin.matching.swap.back': 'Retour à la proposition',
  'admin.matching.swap.legend': 'Mentors qui pourraient accompagner {name}',
  'admin.matching.swap.hint':
    'Seuls les mentors qui respectent toutes les règles strictes et ont encore de la place ' +
    'dans cette proposition figurent ici, du mieux assorti au moins bien assorti.',
  'admin.matching.swap.option': '{name} : note {score}, {slots} places libres',
  'admin.matching.swap.submit': 'Mettre ce mentor dans la paire',
  'admin.matching.swap.none':
    'Aucun autre mentor ne respecte les règles strictes avec de la place libre.',

  'admin.reports.title': 'Rapports',
  'admin.reports.heading': 'Rapports',
  'admin.reports.counts': 'Décomptes par état',
  'admin.reports.what': 'Quoi',
  'admin.reports.count': 'Nombre',
  'admin.reports.count.role': 'Rôles de {role} : {state}',
  'admin.reports.count.paused': 'Profils mis en pause par leurs membres',
  'admin.reports.count.partnership': 'Partenariats : {state}',
  'admin.reports.count.request': 'Demandes : {state}',
  'admin.reports.supply': 'Mentors et mentorés en attente',
  'admin.reports.supply_intro':
    'Les places libres sont celles que les mentors approuvés, hors pause, peuvent encore ' +
    'prendre. Les mentorés en attente sont approuvés, hors pause et sans partenariat. Un ' +
    'manque indique où des mentorés attendent faute de mentors.',
  'admin.reports.by_focus': 'Par secteur professionnel',
  'admin.reports.by_region': 'Par région',
  'admin.reports.open_slots': 'Places libres',
  'admin.reports.waiting': 'Mentorés en attente',
  'admin.reports.shortfall': 'Manque',
  'admin.reports.region.northern': 'Nord de l’Ontario',
  'admin.reports.region.eastern': 'Est de l’Ontario',
  'admin.reports.region.central': 'Centre de l’Ontario',
  'admin.reports.region.southwestern': 'Sud-Ouest de l’Ontario',
  'admin.reports.region.toronto': 'Toronto',
  'admin.reports.region.elsewhere': 'Hors de l’Ontario ou lieu non indiqué',
  'admin.reports.waits': 'Délais d’attente',
  'admin.reports.measured': 'Mesurés',
  'admin.reports.median': 'Médiane',
  'admin.reports.p90': '9 sur 10 en moins de',
  'admin.reports.to_suggestion': 'De l’approbation d’un rôle à sa première suggestion',
  'admin.reports.to_agreement': 'De la demande de partenariat à l’entente signée',
  'admin.reports.wait.none': 'rien à mesurer pour l’instant',
  'admin.reports.wait.hours': '{hours} heures',
  'admin.reports.wait.days': '{days} jours',
  'admin.reports.exports': 'Exports',
  'admin.reports.exports_intro':
    'Les exports sont des feuilles de calcul (CSV). Les coordonnées en sont exclues à moins ' +
    'de cocher la case. Chaque export est consigné au journal d’audit, avec son auteur et ' +
    'son contenu.',
  'admin.reports.include_contact': 'Inclure les coordonnées',
  'admin.reports.export_participants': 'Exporter les participants',
  'admin.reports.export_partnerships': 'Exporter les partenariats',

  'profile.reason.administrator': 'Un administrateur du programme a suspendu ce rôle.',

  'email.admin_note.intro': 'Un mot des administrateurs du programme :',
  'email.role_reinstated.subject.mentor': '{program} : votre rôle de mentor est rétabli',
  'email.role_reinstated.subject.mentee': '{program} : votre rôle de mentoré est rétabli',
  'email.role_reinstated.body.mentor':
    'Un administrateur du programme a rétabli votre rôle de mentor dans le {program}.',
  'email.role_reinstated.body.mentee':
    'Un administrateur du programme a rétabli votre rôle de mentoré dans le {program}.',
  'email.role_suspended.body.administrator':
    'Un administrateur du programme a suspendu ces rôles dans le {program} :',
  'email.role_suspended.next.administrator':
    'Vous n’êtes suggéré à personne entre-temps, et votre profil est conservé. Pour toute ' +
    'question, écrivez à la personne-ressource du programme indiquée ci-dessous.',
  'email.partnership_ended.body.by_program':
    'Les administrateurs du {program} ont mis fin à votre partenariat avec {name}. Pour ' +
    'toute question, écrivez à la personne-ressource du programme indiquée ci-dessous.',
  'email.program_proposal.subject.mentee': '{program} : un mentor vous est proposé',
  'email.program_proposal.subject.mentor': '{program} : un mentoré vous est proposé',
  'email.program_proposal.body.mentee':
    'Les administrateurs du {program} vous proposent {name} comme mentor. Lisez son profil ' +
    'et acceptez ou refusez la proposition.',
  'email.program_proposal.body.mentor':
    'Les administrateurs du {program} vous proposent comme mentor de {name}, qui acceptera ' +
    'ou refusera la proposition.',
  'email.program_proposal.mentor_next':
    'Si vous ne pouvez pas vous en charger, retirez la proposition sur sa page. Sinon, ' +
    '{name} a jusqu’au {date} pour répondre.',
  'email.program_pair.subject': '{program} : vous êtes jumelé avec {name}',
  'email.program_pair.body.mentor':
    'Les administrateurs du {program} vous ont jumelé avec {name}, dont vous serez le mentor.',
  'email.program_pair.body.mentee':
    'Les administrateurs du {program} vous ont jumelé avec {name}, qui sera votre mentor.',
};
