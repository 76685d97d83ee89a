/** French strings of partnerships: requests, the agreement, the term, documents, emails. */
export const frPartnerships: Record<string, string> = {
  'layout.nav.partnerships': 'Mes partenariats',

  'partnerships.back_to_list': 'Retour à mes partenariats',
  'partnerships.role.mentor': 'Mentor',
  'partnerships.role.mentee': 'Mentoré',
  'partnerships.status.agreement': 'En attente des deux signatures',
  'partnerships.status.active': 'Actif',
  'partnerships.status.completed': 'Terminé',
  'partnerships.status.ended': 'Terminé avant terme',
  'partnerships.request_status.pending': 'En attente d’une réponse',
  'partnerships.request_status.accepted': 'Acceptée',
  'partnerships.request_status.declined': 'Refusée',
  'partnerships.request_status.withdrawn': 'Retirée',
  'partnerships.request_status.expired': 'Expirée',
  'partnerships.notice.signed': 'Votre signature est enregistrée.',
  'partnerships.notice.first_contact': 'Le premier contact est enregistré.',
  'partnerships.notice.meeting_plan': 'Votre plan de rencontres est enregistré.',
  'partnerships.notice.uploaded': 'Votre document est maintenant partagé avec votre partenaire.',
  'partnerships.notice.document_deleted': 'Votre document a été supprimé.',
  'partnerships.notice.extension_proposed':
    'Votre proposition de prolongation a été envoyée à votre partenaire.',
  'partnerships.notice.extension_accepted':
    'La prolongation est acceptée : la nouvelle date de fin est affichée.',
  'partnerships.notice.extension_dropped':
    'Il n’y aura pas de prolongation : la date de fin reste la même.',
  'partnerships.notice.requested': 'Votre demande a été envoyée.',
  'partnerships.notice.withdrawn': 'Votre demande a été retirée.',
  'partnerships.notice.accepted': 'Vous avez accepté la demande : le partenariat commence.',
  'partnerships.notice.declined': 'Vous avez refusé la demande.',
  'partnerships.notice.ended': 'Le partenariat a pris fin.',
  'partnerships.confirm.cancel': 'Annuler',
  'partnerships.confirm.cannot_undo': 'Cette action est irréversible.',
  'partnerships.withdraw_confirm.title': 'Retirer votre demande à {name}?',
  'partnerships.withdraw_confirm.what':
    '{name} ne pourra plus accepter votre demande et sera avisé(e) que vous l’avez retirée.',
  'partnerships.withdraw_confirm.submit': 'Oui, retirer ma demande',
  'partnerships.decline_confirm.title': 'Refuser la demande de {name}?',
  'partnerships.decline_confirm.what':
    '{name} sera avisé(e) de votre refus par courriel, avec votre raison si vous en donnez une. Ni l’un ni l’autre ne pourra plus faire de demande à l’autre dans ce programme.',
  'partnerships.decline_confirm.submit': 'Oui, refuser la demande',
  'partnerships.delete_confirm.title': 'Supprimer {name}?',
  'partnerships.delete_confirm.what':
    'Le document sera supprimé définitivement : votre partenaire ne pourra plus le télécharger.',
  'partnerships.delete_confirm.submit': 'Oui, supprimer ce document',
  'partnerships.end_confirm.title': 'Mettre fin avant terme à votre partenariat avec {name}?',
  'partnerships.end_confirm.what':
    'Le partenariat prendra fin aujourd’hui, pour vous deux. {name} en sera avisé(e) par courriel et vous ne verrez plus les coordonnées l’un de l’autre.',
  'partnerships.end_confirm.submit': 'Oui, mettre fin au partenariat',
  'partnerships.end.start': 'Mettre fin au partenariat avant terme…',
  'partnerships.form.too_long': 'Veuillez vous en tenir à moins de 2 000 caractères.',
  'partnerships.refused.title': 'Impossible pour le moment',

  'partnerships.index.title': 'Mes partenariats',
  'partnerships.index.received': 'Demandes reçues',
  'partnerships.index.made': 'Demandes envoyées',
  'partnerships.index.agreements': 'Ententes à signer',
  'partnerships.index.active': 'Partenariats actifs',
  'partnerships.index.past': 'Partenariats passés',
  'partnerships.index.col.from': 'De',
  'partnerships.index.col.to': 'À',
  'partnerships.index.col.your_role': 'Votre rôle',
  'partnerships.index.col.status': 'Statut',
  'partnerships.index.col.sent': 'Envoyée le',
  'partnerships.index.answer_by': 'réponse attendue d’ici le {date}',
  'partnerships.index.expires': 'expire le {date}',
  'partnerships.index.you_are.mentor': 'vous êtes le mentor',
  'partnerships.index.you_are.mentee': 'vous êtes le mentoré',
  'partnerships.index.you_were.mentor': 'vous étiez le mentor',
  'partnerships.index.you_were.mentee': 'vous étiez le mentoré',
  'partnerships.index.term': 'du {starts} au {ends}',
  'partnerships.index.none_received': 'Vous n’avez reçu aucune demande.',
  'partnerships.index.none_made': 'Vous n’avez envoyé aucune demande.',
  'partnerships.index.none_agreements': 'Aucune entente n’attend de signature.',
  'partnerships.index.none_active': 'Vous n’avez aucun partenariat actif.',
  'partnerships.index.none_past': 'Vous n’avez aucun partenariat passé.',

  'partnerships.profile.heading': 'À propos de {name}',
  'partnerships.reasons.heading': 'Raisons du jumelage',
  'partnerships.profile.role': 'Rôle dans ce partenariat',
  'partnerships.profile.focus': 'Secteur professionnel',
  'partnerships.profile.location': 'Lieu',
  'partnerships.profile.years': 'Années d’expérience de travail',
  'partnerships.profile.institution': 'Établissement',
  'partnerships.profile.supervisory': 'Expérience de supervision',
  'partnerships.profile.supervisory_value': 'Années : {years}. Personnes supervisées : {people}.',
  'partnerships.profile.skills_shared': 'Compétences offertes',
  'partnerships.profile.skills_wanted': 'Compétences à développer',
  'partnerships.profile.other': 'Autres renseignements',
  'partnerships.profile.none': 'Non précisé',
  'partnerships.profile.outside_ontario': 'Hors de l’Ontario',
  'partnerships.profile.online_only': '{where} (rencontres en ligne seulement)',

  'partnerships.refusal.self': 'Vous ne pouvez pas vous choisir vous-même comme partenaire.',
  'partnerships.refusal.no_profile':
    'Les deux membres doivent d’abord avoir un profil dans le programme.',
  'partnerships.refusal.mentor_not_approved':
    'Le mentor de cette paire n’est pas approuvé comme mentor dans le programme.',
  'partnerships.refusal.mentee_not_approved':
    'Le mentoré de cette paire n’est pas approuvé comme mentoré dans le programme.',
  'partnerships.refusal.mentor_paused': 'Le mentor a mis sa participation en pause pour l’instant.',
  'partnerships.refusal.mentee_paused':
    'Le mentoré a mis sa participation en pause pour l’instant.',
  'partnerships.refusal.same_institution':
    'Le programme ne jumelle pas des collègues du même établissement.',
  'partnerships.refusal.experience':
    'Un mentor doit avoir plus d’années d’expérience de travail que son mentoré.',
  'partnerships.refusal.mentor_full':
    'Ce mentor n’a pas de place pour un autre mentoré en ce moment.',
  'partnerships.refusal.mentee_matched': 'Ce mentoré fait déjà partie d’un partenariat.',
  'partnerships.refusal.different_session':
    'Vous n’êtes pas dans la même session du programme : les partenaires viennent d’une même ' +
    'session.',
  'partnerships.refusal.request_pending': 'Une demande entre vous attend déjà une réponse.',
  'partnerships.refusal.partnership_exists': 'Vous avez déjà un partenariat avec ce membre.',
  'partnerships.refusal.declined': 'Une demande entre vous a déjà été refusée.',

  'partnerships.new_request.title': 'Demander un partenariat avec {name}',
  'partnerships.new_request.as_mentor': 'Vous proposez d’être le mentor de {name}.',
  'partnerships.new_request.as_mentee': 'Vous demandez à {name} d’être votre mentor.',
  'partnerships.new_request.message': 'Message (facultatif)',
  'partnerships.new_request.message_hint':
    'Présentez-vous en quelques mots et dites sur quoi vous aimeriez travailler. N’indiquez ' +
    'pas vos coordonnées : elles sont communiquées au début du partenariat.',
  'partnerships.new_request.submit': 'Demander un partenariat',

  'partnerships.request.title': 'Demande de partenariat : {name}',
  'partnerships.request.status_heading': 'La demande',
  'partnerships.request.your_role': 'Votre rôle',
  'partnerships.request.status': 'Statut',
  'partnerships.request.sent': 'Envoyée le',
  'partnerships.request.expires': 'Expire le',
  'partnerships.request.answered': 'Réponse le',
  'partnerships.request.message': 'Son message',
  'partnerships.request.decline_reason': 'Motif donné',
  'partnerships.request.go_to_partnership': 'Aller au partenariat',
  'partnerships.request.answer_heading': 'Votre réponse',
  'partnerships.request.accept_hint':
    'Si vous acceptez, vous devrez tous deux signer l’entente de mentorat avant le début du ' +
    'partenariat.',
  'partnerships.request.accept': 'Accepter la demande',
  'partnerships.request.reason': 'Motif du refus (facultatif)',
  'partnerships.request.reason_hint': 'Le membre qui a fait la demande le lira.',
  'partnerships.request.decline': 'Refuser la demande…',
  'partnerships.request.withdraw': 'Retirer ma demande',
  'partnerships.request.not_pending': 'Cette demande a déjà reçu une réponse ou a été retirée.',
  'partnerships.request.expired': 'Cette demande a expiré.',

  'partnerships.page.title': 'Partenariat avec {name}',
  'partnerships.page.term_heading': 'Statut et dates',
  'partnerships.page.your_role': 'Votre rôle',
  'partnerships.page.status': 'Statut',
  'partnerships.page.starts': 'Début',
  'partnerships.page.ends': 'Fin prévue',
  'partnerships.page.ended': 'Fin',
  'partnerships.page.waiting_for_signatures':
    'Le partenariat commence le jour où vous avez tous deux signé l’entente de mentorat.',
  'partnerships.page.contact_heading': 'Coordonnées',
  'partnerships.page.email': 'Courriel',
  'partnerships.page.phone': 'Téléphone',
  'partnerships.page.contact_hidden':
    'Les coordonnées sont visibles pour les deux partenaires pendant que le partenariat est actif.',

  'partnerships.first_contact.ask_mentor':
    'En tant que mentor, veuillez établir le premier contact, puis le confirmer ici.',
  'partnerships.first_contact.confirm': 'J’ai établi le premier contact',
  'partnerships.first_contact.confirmed': 'Premier contact établi le {date}.',
  'partnerships.first_contact.waiting': 'Votre mentor établira le premier contact.',
  'partnerships.first_contact.mentor_only': 'Seul le mentor confirme le premier contact.',
  'partnerships.first_contact.already': 'Le premier contact a déjà été confirmé.',

  'partnerships.meeting.heading': 'Comment vous allez vous rencontrer',
  'partnerships.meeting.none': 'Vous n’avez pas encore indiqué comment vous allez vous rencontrer.',
  'partnerships.meeting.recorded': 'Dernière mise à jour le {date}.',
  'partnerships.meeting.summary': 'Façons de vous rencontrer : {modes}. Fréquence : {frequency}.',
  'partnerships.meeting.modes_legend': 'Façons de vous rencontrer',
  'partnerships.meeting.mode.face_to_face': 'En personne',
  'partnerships.meeting.mode.phone': 'Téléphone',
  'partnerships.meeting.mode.email': 'Courriel',
  'partnerships.meeting.mode.video': 'Appel vidéo',
  'partnerships.meeting.frequency_label': 'Fréquence',
  'partnerships.meeting.choose': 'Choisissez…',
  'partnerships.meeting.frequency.weekly': 'Chaque semaine',
  'partnerships.meeting.frequency.every_two_weeks': 'Toutes les deux semaines',
  'partnerships.meeting.frequency.monthly': 'Chaque mois',
  'partnerships.meeting.frequency.every_two_months': 'Tous les deux mois',
  'partnerships.meeting.save': 'Enregistrer nos modalités de rencontre',
  'partnerships.meeting.modes_required': 'Choisissez au moins une façon de vous rencontrer.',
  'partnerships.meeting.frequency_required':
    'Choisissez à quelle fréquence vous vous rencontrerez.',

  'partnerships.agreement.heading': 'Entente de mentorat',
  'partnerships.agreement.page_title': 'Entente de mentorat, version {version}',
  'partnerships.agreement.read': 'Lire : {title} (version {version})',
  'partnerships.agreement.version': 'Version {version}',
  'partnerships.agreement.signatures_heading': 'Signatures',
  'partnerships.agreement.signed_by': 'Signée par {name} ({role}) le {date}',
  'partnerships.agreement.no_signatures': 'Personne n’a encore signé.',
  'partnerships.agreement.back': 'Retour au partenariat',
  'partnerships.agreement.default.title': 'Entente de mentorat – {program}',
  'partnerships.agreement.default.parties':
    'La présente entente est conclue entre le mentor et le mentoré qui la signent ci-dessous ' +
    'et qui ont choisi de travailler ensemble dans le cadre du {program}.',
  'partnerships.agreement.default.roles':
    'Le mentor met son expérience, ses conseils et ses encouragements au service du ' +
    'développement professionnel du mentoré. Le mentoré mène son propre apprentissage : il ' +
    'fixe les objectifs du partenariat et se prépare à chaque rencontre.',
  'partnerships.agreement.default.first_contact':
    'Le mentor établit le premier contact dans la semaine qui suit le début du partenariat, ' +
    'puis le confirme dans MentorMatch.',
  'partnerships.agreement.default.meetings':
    'Les partenaires décident ensemble de la façon de se rencontrer (en personne, par ' +
    'téléphone, par courriel ou par appel vidéo) et de la fréquence, et l’indiquent dans ' +
    'MentorMatch. Ils visent au moins une rencontre par mois.',
  'partnerships.agreement.default.confidentiality':
    'Ce que les partenaires se confient reste entre eux, sauf s’ils conviennent tous deux du ' +
    'contraire ou si la loi l’exige. Les coordonnées et les documents partagés servent ' +
    'uniquement à ce partenariat.',
  'partnerships.agreement.default.term':
    'Le partenariat dure {months} mois à compter du jour où le second partenaire signe. Il peut ' +
    'être prolongé si les deux partenaires le souhaitent.',
  'partnerships.agreement.default.ending':
    'Chaque partenaire peut mettre fin au partenariat avant terme en tout temps, en indiquant ' +
    'un motif au programme. Seuls les administrateurs du programme lisent ce motif.',
  'partnerships.agreement.default.respect':
    'Les deux partenaires se traitent avec courtoisie et respect, tiennent leurs engagements et ' +
    'préviennent l’autre à temps lorsqu’ils ne le peuvent pas.',

  'partnerships.sign.name_label': 'Votre nom complet',
  'partnerships.sign.name_hint': 'Tapez votre nom tel que le programme le connaît : {name}.',
  'partnerships.sign.confirm_label': 'J’ai lu le document « {title} » et je l’accepte.',
  'partnerships.sign.submit': 'Signer l’entente',
  'partnerships.sign.name_required': 'Tapez votre nom complet pour signer.',
  'partnerships.sign.name_mismatch': 'Le nom tapé ne correspond pas à votre nom.',
  'partnerships.sign.confirm_required': 'Cochez la case pour confirmer votre accord.',
  'partnerships.sign.not_awaiting': 'Cette entente n’attend plus de signature.',
  'partnerships.sign.already_signed': 'Vous avez déjà signé cette entente.',

  'partnerships.extension.propose_label': 'Proposer de prolonger le partenariat de',
  'partnerships.extension.months': '{months} mois',
  'partnerships.extension.propose': 'Proposer la prolongation',
  'partnerships.extension.proposed_by_other':
    '{name} propose de prolonger le partenariat de {months} mois.',
  'partnerships.extension.proposed_by_you':
    'Vous avez proposé de prolonger le partenariat de {months} mois. Votre partenaire n’a pas ' +
    'encore répondu.',
  'partnerships.extension.accept': 'Accepter la prolongation',
  'partnerships.extension.decline': 'Ne pas prolonger',
  'partnerships.extension.withdraw': 'Retirer ma proposition',
  'partnerships.extension.months_invalid': 'Choisissez l’une des durées proposées.',
  'partnerships.extension.pending': 'Une prolongation a déjà été proposée.',
  'partnerships.extension.none': 'Aucune prolongation n’attend de réponse.',
  'partnerships.extension.own':
    'Votre partenaire doit accepter la prolongation que vous avez proposée.',

  'partnerships.end.heading': 'Mettre fin au partenariat avant terme',
  'partnerships.end.reason_label': 'Pourquoi mettez-vous fin au partenariat?',
  'partnerships.end.reason_hint':
    'Seuls les administrateurs du programme lisent ce motif. Votre partenaire apprend que le ' +
    'partenariat a pris fin, mais pas pourquoi.',
  'partnerships.end.reason_required': 'Veuillez indiquer un motif au programme.',

  'partnerships.documents.heading': 'Documents partagés',
  'partnerships.documents.none': 'Aucun document n’a été partagé.',
  'partnerships.documents.col.name': 'Document',
  'partnerships.documents.col.shared_by': 'Partagé par',
  'partnerships.documents.col.date': 'Date',
  'partnerships.documents.col.size': 'Taille',
  'partnerships.documents.col.actions': 'Actions',
  'partnerships.documents.size_kb': '{size} ko',
  'partnerships.documents.delete': 'Supprimer {name}',
  'partnerships.documents.kept_after_end':
    'Les documents partagés sont conservés pendant un temps limité après la fin d’un ' +
    'partenariat, puis supprimés.',
  'partnerships.documents.upload_label': 'Partager un document',
  'partnerships.documents.upload_hint':
    'PDF, Word (.docx), texte OpenDocument (.odt), texte brut, PNG ou JPEG, jusqu’à {mb} Mo. ' +
    'Seuls vous et votre partenaire pouvez le voir.',
  'partnerships.documents.upload': 'Téléverser',
  'partnerships.documents.missing': 'Choisissez un fichier à téléverser.',
  'partnerships.documents.empty': 'Le fichier est vide.',
  'partnerships.documents.too_large': 'Le fichier est trop volumineux.',
  'partnerships.documents.type_not_allowed':
    'Ce type de fichier ne peut pas être partagé. Utilisez PDF, .docx, .odt, .txt, PNG ou JPEG.',
  'partnerships.documents.content_mismatch':
    'Le contenu du fichier ne correspond pas à son nom. Vérifiez qu’il s’agit bien du fichier ' +
    'que vous vouliez partager.',
  'partnerships.documents.not_active':
    'Les documents ne peuvent être partagés que pendant que le partenariat est actif.',
  'partnerships.documents.too_many':
    'Ce partenariat a atteint le nombre de documents permis.',

  'partnerships.error.changed':
    'Le partenariat a changé entre-temps. Veuillez vérifier de nouveau.',
  'partnerships.error.status_agreement':
    'Cette action n’est possible qu’une fois le partenariat actif.',
  'partnerships.error.status_active':
    'Cette action n’est pas possible pendant que le partenariat est actif.',
  'partnerships.error.status_completed': 'Ce partenariat est terminé.',
  'partnerships.error.status_ended': 'Ce partenariat a pris fin.',

  'email.partnership_request_received.subject.mentor': '{name} aimerait être votre mentor',
  'email.partnership_request_received.subject.mentee': '{name} aimerait vous avoir comme mentor',
  'email.partnership_request_received.body.mentor':
    '{name} aimerait être votre mentor dans le {program}.',
  'email.partnership_request_received.body.mentee':
    '{name} aimerait que vous soyez son mentor dans le {program}.',
  'email.partnership_request_received.message': 'Son message :',
  'email.partnership_request_received.answer_by':
    'Vous pouvez consulter son profil et accepter ou refuser jusqu’au {date}; après cette date, ' +
    'la demande expire.',
  'email.partnership_request_received.link': 'Voir la demande',

  'email.partnership_request_reminder.subject': 'Une demande de {name} vous attend',
  'email.partnership_request_reminder.body':
    'Une demande de partenariat de {name} attend toujours votre réponse. Elle expire le {date}.',
  'email.partnership_request_reminder.link': 'Répondre à la demande',

  'email.partnership_request_accepted.subject': '{name} a accepté votre demande',
  'email.partnership_request_accepted.body': '{name} a accepté votre demande de partenariat.',
  'email.partnership_request_accepted.next':
    'Prochaine étape : vous signez tous deux l’entente de mentorat. Le partenariat commence le ' +
    'jour où vous avez tous deux signé.',
  'email.partnership_request_accepted.link': 'Signer l’entente',

  'email.partnership_request_declined.subject': '{name} a refusé votre demande',
  'email.partnership_request_declined.body': '{name} a refusé votre demande de partenariat.',
  'email.partnership_request_declined.reason': 'Le motif donné :',
  'email.partnership_request_declined.next':
    'Vos partenaires suggérés seront mis à jour pour que vous puissiez vous adresser à ' +
    'quelqu’un d’autre.',
  'email.partnership_request_declined.link': 'Voir mes partenariats',

  'email.partnership_request_withdrawn.subject': '{name} a retiré sa demande',
  'email.partnership_request_withdrawn.body':
    '{name} a retiré la demande de partenariat qui vous était adressée. Vous n’avez rien ' +
    'd’autre à faire.',
  'email.partnership_request_withdrawn.link': 'Voir mes partenariats',

  'email.partnership_request_expired.subject.requester': 'Votre demande à {name} a expiré',
  'email.partnership_request_expired.subject.recipient': 'La demande de {name} a expiré',
  'email.partnership_request_expired.body.requester':
    'Votre demande de partenariat à {name} a expiré sans réponse. Vos partenaires suggérés ' +
    'seront mis à jour pour que vous puissiez vous adresser à quelqu’un d’autre.',
  'email.partnership_request_expired.body.recipient':
    'La demande de partenariat de {name} a expiré sans réponse.',
  'email.partnership_request_expired.link': 'Voir mes partenariats',

  'email.partnership_agreement_signed.subject': '{name} a signé l’entente de mentorat',
  'email.partnership_agreement_signed.body':
    '{name} a signé l’entente de mentorat. Votre partenariat commence dès que vous la signez ' +
    'à votre tour.',
  'email.partnership_agreement_signed.link': 'Lire et signer l’entente',

  'email.partnership_started.subject': 'Votre partenariat avec {name} a commencé',
  'email.partnership_started.body':
    'Vous avez tous deux signé l’entente de mentorat. Votre partenariat avec {name} se déroule ' +
    'du {starts} au {ends}.',
  'email.partnership_started.next.mentor':
    'Vous pouvez maintenant voir le courriel et le téléphone de {name}. En tant que mentor, ' +
    'veuillez établir le premier contact d’ici une semaine, puis le confirmer dans MentorMatch.',
  'email.partnership_started.next.mentee':
    'Vous pouvez maintenant voir le courriel et le téléphone de {name}. Votre mentor ' +
    'communiquera avec vous d’ici une semaine.',
  'email.partnership_started.link': 'Aller au partenariat',
  'email.partnership_started.subject_later':
    'Votre partenariat avec {name} est confirmé : il commence le {starts}',
  'email.partnership_started.body_later':
    'Vous avez tous deux signé l’entente de mentorat. Votre partenariat avec {name} est ' +
    'confirmé : il commence le {starts} et se poursuit jusqu’au {ends}.',
  'email.partnership_started.next_later.mentor':
    'Vous pouvez déjà voir le courriel et le téléphone de {name}. En tant que mentor, ' +
    'veuillez établir le premier contact dans la semaine qui suit le {starts}, puis le ' +
    'confirmer dans MentorMatch.',
  'email.partnership_started.next_later.mentee':
    'Vous pouvez déjà voir le courriel et le téléphone de {name}. Votre mentor ' +
    'communiquera avec vous dans la semaine qui suit le {starts}.',

  'email.partnership_first_contact_reminder.subject': 'Veuillez communiquer avec {name}',
  'email.partnership_first_contact_reminder.body':
    'Votre partenariat avec {name} a commencé il y a une semaine et le premier contact n’a pas ' +
    'encore été confirmé. Veuillez communiquer avec {name}, puis le confirmer dans MentorMatch.',
  'email.partnership_first_contact_reminder.link': 'Aller au partenariat',

  'email.partnership_first_contact_made.subject': '{name} a établi le premier contact',
  'email.partnership_first_contact_made.body':
    '{name}, votre mentor, a confirmé dans MentorMatch avoir établi le premier contact avec ' +
    'vous.',
  'email.partnership_first_contact_made.next':
    'Si vous n’avez pas eu de nouvelles de {name}, vérifiez vos courriels et vos messages ' +
    'téléphoniques. Ses coordonnées figurent sur la page du partenariat.',
  'email.partnership_first_contact_made.link': 'Aller au partenariat',

  'email.partnership_meeting_plan.subject.recorded':
    '{name} a indiqué comment vous allez vous rencontrer',
  'email.partnership_meeting_plan.subject.changed': '{name} a modifié vos modalités de rencontre',
  'email.partnership_meeting_plan.body.recorded':
    '{name} a indiqué comment vous allez vous rencontrer :',
  'email.partnership_meeting_plan.body.changed':
    '{name} a modifié vos modalités de rencontre. Les voici :',
  'email.partnership_meeting_plan.frequency': 'Fréquence : {frequency}.',
  'email.partnership_meeting_plan.link': 'Voir ou modifier les modalités',

  'email.partnership_extension.subject.proposed': '{name} propose de prolonger votre partenariat',
  'email.partnership_extension.subject.accepted': 'Votre partenariat avec {name} est prolongé',
  'email.partnership_extension.subject.declined':
    '{name} a choisi de ne pas prolonger votre partenariat',
  'email.partnership_extension.subject.withdrawn': '{name} a retiré sa proposition de prolongation',
  'email.partnership_extension.body.proposed':
    '{name} propose de prolonger votre partenariat de {months} mois. Vous pouvez accepter ou ' +
    'refuser sur la page du partenariat.',
  'email.partnership_extension.body.accepted':
    'Vous êtes tous deux d’accord : votre partenariat avec {name} se poursuit maintenant ' +
    'jusqu’au {date}.',
  'email.partnership_extension.body.declined':
    '{name} a choisi de ne pas prolonger votre partenariat. Il prend fin à la date prévue.',
  'email.partnership_extension.body.withdrawn':
    '{name} a retiré sa proposition de prolonger votre partenariat. Il prend fin à la date ' +
    'prévue.',
  'email.partnership_extension.link': 'Aller au partenariat',

  'email.partnership_ending_soon.subject': 'Votre partenariat avec {name} prend fin le {date}',
  'email.partnership_ending_soon.body': 'Votre partenariat avec {name} prend fin le {date}.',
  'email.partnership_ending_soon.next':
    'Si vous souhaitez tous deux continuer, l’un de vous peut proposer une prolongation sur la ' +
    'page du partenariat et l’autre peut l’accepter.',
  'email.partnership_ending_soon.link': 'Aller au partenariat',

  'email.partnership_ended.subject.completed': 'Votre partenariat avec {name} est terminé',
  'email.partnership_ended.subject.early': 'Votre partenariat avec {name} a pris fin',
  'email.partnership_ended.body.completed':
    'Votre partenariat avec {name} est arrivé à son terme. Merci de votre participation.',
  'email.partnership_ended.body.by_you': 'Vous avez mis fin à votre partenariat avec {name}.',
  'email.partnership_ended.body.by_other': '{name} a mis fin à votre partenariat avant terme.',
  'email.partnership_ended.after':
    'Les coordonnées ne sont plus affichées. Les documents partagés restent accessibles pendant ' +
    'un temps limité, puis sont supprimés. Le partenariat reste dans votre historique.',
  'email.partnership_ended.link': 'Voir le partenariat',

  'email.partnership_document_shared.subject': '{name} a partagé un document avec vous',
  'email.partnership_document_shared.body':
    '{name} a partagé le document « {file} » sur la page de votre partenariat. Seuls vous et ' +
    'votre partenaire pouvez le consulter.',
  'email.partnership_document_shared.link': 'Voir les documents partagés',

  'email.partnership_partner_left.subject': 'Votre partenariat a pris fin',
  'email.partnership_partner_left.body':
    'Votre partenaire a quitté le {program} et a demandé la suppression de ses données : votre ' +
    'partenariat a donc pris fin et les documents que vous aviez partagés ont été supprimés.',
  'email.partnership_partner_left.next':
    'Vos partenaires suggérés seront mis à jour pour que vous puissiez trouver quelqu’un ' +
    'd’autre.',
  'email.partnership_partner_left.link': 'Voir mes partenariats',
};
