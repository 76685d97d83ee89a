/** French strings of the member's profile pages, and of the role emails they cause. */
export const frProfile: Record<string, string> = {
  'form.error_summary.title': 'Il y a un problème',

  'profile.edit.title': 'Votre profil MentorMatch',
  'profile.edit.title_with_errors': 'Erreur : votre profil MentorMatch',
  'profile.edit.heading_new': 'Remplissez votre profil MentorMatch',
  'profile.edit.heading': 'Modifiez votre profil MentorMatch',
  'profile.edit.intro':
    'Votre profil indique au programme comment vous jumeler. Seuls un partenaire dans un ' +
    'partenariat établi et les administrateurs du programme voient vos coordonnées.',
  'profile.edit.save': 'Enregistrer mon profil',

  'profile.field.roles': 'Je pose ma candidature comme',
  'profile.hint.roles':
    'Choisissez l’un des rôles ou les deux. Chaque rôle est approuvé séparément. Les mentors ' +
    'doivent avoir au moins {min} ans d’expérience de travail.',
  'profile.hint.mentor_not_offered':
    'Le mentorat est ouvert aux membres qui ont au moins {min} ans d’expérience de travail. ' +
    'Si c’est maintenant votre cas, modifiez vos années d’expérience, enregistrez, et le rôle ' +
    'de mentor vous sera proposé.',
  'profile.role.mentor': 'Mentor',
  'profile.role.mentee': 'Mentoré',

  'profile.field.focus': 'Secteur professionnel',
  'profile.hint.focus':
    'Le secteur des bibliothèques où vous travaillez, ou celui que vous voulez découvrir.',
  'profile.focus.choose': 'Choisissez un secteur',
  'profile.focus.college': 'Collégial',
  'profile.focus.university': 'Universitaire',
  'profile.focus.public': 'Public',
  'profile.focus.school': 'Scolaire',
  'profile.focus.other': 'Autre',

  'profile.field.years_experience': 'Années d’expérience de travail',
  'profile.hint.years_experience':
    'Nombre d’années complètes de travail rémunéré en bibliothèque ou en information, par ' +
    'exemple 4. Les mentors doivent en avoir au moins {min}.',

  'profile.field.location': 'Où vous êtes',
  'profile.field.place': 'Ville ou village en Ontario',
  'profile.hint.place':
    'Tapez le nom du lieu où vous habitez ou travaillez, par exemple Sudbury ou Sault Ste. ' +
    'Marie. Le jumelage s’en sert pour mesurer les distances.',
  'profile.place.did_you_mean': 'De quel lieu s’agit-il?',
  'profile.place.list_label': 'Lieux en Ontario',
  'profile.place.with_population': '{label}, population {population}',
  'profile.place.with_coordinates': '{label}, à {lat}° N, {lon}° O',
  'profile.place.found':
    '{count} lieux trouvés; utilisez les flèches haut et bas pour en choisir un.',
  'profile.place.none_found': 'Aucun lieu en Ontario ne porte ce nom.',
  'profile.place.attribution':
    'Noms de lieux et coordonnées : GeoNames (geonames.org), CC BY 4.0, adaptés.',
  'profile.field.outside_ontario': 'J’habite hors de l’Ontario',
  'profile.hint.outside_ontario': 'Vous pouvez alors laisser la ville vide.',
  'profile.field.online_only': 'Je veux seulement des rencontres en ligne',
  'profile.hint.online_only': 'La distance compte alors moins dans le jumelage.',

  'profile.field.supervisory': 'Expérience de supervision',
  'profile.hint.supervisory':
    'Laissez les deux champs vides si vous n’avez jamais supervisé personne. Sinon, indiquez ' +
    'les années, le nombre de personnes, ou les deux.',
  'profile.field.supervisory_years': 'Années de supervision',
  'profile.field.supervised_people': 'Nombre maximal de personnes supervisées à la fois',

  'profile.field.institution': 'Établissement où vous travaillez',
  'profile.hint.institution':
    'Choisissez-le dans la liste en tapant. S’il n’y figure pas, tapez son nom complet et il ' +
    'sera ajouté. Laissez le champ vide si vous n’avez pas d’emploi. Vous n’êtes jamais ' +
    'jumelé avec un collègue du même établissement.',

  'profile.field.skills_shared': 'Compétences que vous offrez comme mentor',
  'profile.hint.skills_shared':
    'Facultatif. Choisissez celles avec lesquelles vous pouvez aider un mentoré.',
  'profile.field.skills_wanted': 'Compétences que vous voulez approfondir comme mentoré',
  'profile.hint.skills_wanted':
    'Facultatif. Choisissez celles pour lesquelles vous voulez l’aide d’un mentor.',
  'profile.skill.communication': 'Communication',
  'profile.skill.career_guidance': 'Orientation professionnelle',
  'profile.skill.leadership_management': 'Leadership et gestion',
  'profile.skill.business_knowledge': 'Connaissance des affaires',
  'profile.skill.project_management': 'Gestion de projet',

  'profile.field.mentor_capacity': 'Mentorés à la fois',
  'profile.hint.mentor_capacity':
    'Le nombre de mentorés que vous pouvez accompagner en même temps, de 1 à {max}.',

  'profile.field.other_information': 'Autres renseignements utiles',
  'profile.hint.other_information':
    'Facultatif. Tout ce qui pourrait aider à un bon jumelage, en {length} caractères au ' +
    'maximum.',

  'profile.field.contact': 'Coordonnées',
  'profile.hint.contact':
    'Seuls un partenaire dans un partenariat établi et les administrateurs du programme les ' +
    'voient.',
  'profile.field.contact_email': 'Courriel',
  'profile.hint.contact_email':
    'Celui de votre compte du portail; changez-le si vous préférez une autre adresse. Les ' +
    'courriels du programme y sont envoyés.',
  'profile.field.contact_phone': 'Téléphone',
  'profile.hint.contact_phone':
    'Facultatif. Par exemple 416 555 0199, avec un numéro de poste au besoin.',

  'profile.error.roles_required': 'Choisissez mentor, mentoré ou les deux',
  'profile.error.roles_invalid': 'Choisissez mentor, mentoré ou les deux dans la liste',
  'profile.error.mentor_experience':
    'Il faut au moins {min} ans d’expérience de travail pour être mentor; vous pouvez poser ' +
    'votre candidature comme mentoré',
  'profile.error.focus': 'Choisissez votre secteur professionnel',
  'profile.error.years_experience':
    'Indiquez vos années d’expérience de travail par un nombre entier de 0 à {maxYears}',
  'profile.error.place_required':
    'Indiquez la ville de l’Ontario où vous êtes, ou cochez « J’habite hors de l’Ontario »',
  'profile.error.place_unknown':
    'Nous n’avons pas trouvé ce lieu en Ontario; vérifiez l’orthographe ou essayez une ' +
    'localité plus grande à proximité',
  'profile.error.place_ambiguous':
    'Plusieurs lieux portent ce nom; choisissez ci-dessous celui que vous voulez dire',
  'profile.error.supervisory_years':
    'Indiquez vos années de supervision par un nombre entier, ou laissez le champ vide',
  'profile.error.supervised_people':
    'Indiquez le nombre de personnes par un nombre entier, ou laissez le champ vide',
  'profile.error.institution_length':
    'Le nom de l’établissement est trop long; utilisez 191 caractères au maximum',
  'profile.error.institution_unreadable':
    'Tapez le nom de l’établissement avec au moins une lettre ou un chiffre',
  'profile.error.skills': 'Choisissez des compétences dans la liste',
  'profile.error.mentor_capacity':
    'Indiquez le nombre de mentorés à la fois par un nombre entier de 1 à {max}',
  'profile.error.other_information_length':
    'Les autres renseignements utiles doivent compter {length} caractères ou moins',
  'profile.error.contact_email_required':
    'Indiquez l’adresse courriel que le programme doit utiliser',
  'profile.error.contact_email': 'Indiquez une adresse courriel comme nom@exemple.org',
  'profile.error.contact_phone':
    'Indiquez un numéro de téléphone avec des chiffres, des espaces, des parenthèses, des ' +
    'tirets et, au besoin, un numéro de poste',

  'profile.show.title': 'Mon profil',
  'profile.show.saved': 'Votre profil est enregistré.',
  'profile.show.roles': 'Rôles',
  'profile.show.details': 'Profil',
  'profile.show.years': '{years} ans',
  'profile.show.outside_ontario': 'Hors de l’Ontario',
  'profile.show.online_only': 'rencontres en ligne seulement',
  'profile.show.supervisory_years': '{years} ans de supervision.',
  'profile.show.supervised_people': 'Jusqu’à {people} personnes à la fois.',
  'profile.show.none': 'Aucun',
  'profile.show.contact_private':
    'Vous seul les voyez ici. Un partenaire dans un partenariat établi et les administrateurs ' +
    'du programme les verront aussi.',
  'profile.show.edit': 'Modifier mon profil',
  'profile.show.pool': 'Participation',
  'profile.show.empty': 'Vous n’avez pas encore rempli votre profil.',
  'profile.show.create': 'Remplir mon profil',
  'profile.show.your_data': 'Vos données',
  'profile.show.your_data_intro':
    'Vous pouvez télécharger tout ce que MentorMatch conserve à votre sujet, ou tout supprimer.',

  'profile.status.approved': 'approuvé',
  'profile.status.pending': 'en attente d’un administrateur du programme',
  'profile.status.suspended': 'suspendu',
  'profile.status.declined': 'refusé',
  'profile.reason.membership_unknown':
    'Votre portail ne nous a pas indiqué si votre adhésion est active; un administrateur du ' +
    'programme décidera donc. Vous recevrez un courriel.',
  'profile.reason.membership_lapsed':
    'Votre adhésion n’est pas active : vous n’êtes donc suggéré à personne. Renouvelez votre ' +
    'adhésion et reconnectez-vous : le rôle sera aussitôt approuvé de nouveau.',
  'profile.reason.declined': 'Un administrateur du programme a refusé ce rôle.',
  'profile.reason.declined_note': 'Son motif :',

  'profile.paused.notice':
    'Vous avez mis votre profil en pause le {date} : personne ne vous est suggéré et vous ' +
    'n’êtes suggéré à personne. Votre profil et vos rôles sont conservés.',
  'profile.pause.hint':
    'La pause vous retire du jumelage sans rien perdre. Vous pouvez reprendre en tout temps.',
  'profile.pause.button': 'Mettre mon profil en pause',
  'profile.resume.hint': 'La reprise vous remet dans le jumelage avec vos rôles actuels.',
  'profile.resume.button': 'Réactiver mon profil',

  'profile.export.link': 'Télécharger mes données (JSON)',
  'profile.delete.link': 'Supprimer toutes mes données',
  'profile.delete.title': 'Supprimer toutes vos données MentorMatch',
  'profile.delete.title_with_errors': 'Erreur : supprimer toutes vos données MentorMatch',
  'profile.delete.warning':
    'Cette action supprime tout ce que MentorMatch conserve à votre sujet, immédiatement et ' +
    'définitivement. Elle est irréversible.',
  'profile.delete.what.profile': 'votre profil et vos coordonnées',
  'profile.delete.what.roles': 'vos rôles et leurs approbations',
  'profile.delete.what.emails':
    'la liste des courriels qui vous ont été envoyés, et ceux qui ne l’ont pas encore été',
  'profile.delete.what.sign_in':
    'votre compte MentorMatch : votre session est fermée, et une nouvelle connexion repart ' +
    'de zéro',
  'profile.delete.export_first': 'Vous voudrez peut-être d’abord une copie :',
  'profile.delete.confirm_label':
    'Je comprends que toutes mes données seront supprimées définitivement.',
  'profile.delete.confirm_required':
    'Cochez la case pour confirmer que vous voulez supprimer vos données.',
  'profile.delete.confirm': 'Oui, supprimer toutes mes données',
  'profile.delete.cancel': 'Non, garder mes données',
  'profile.deleted.title': 'Vos données sont supprimées',
  'profile.deleted.body':
    'Tout ce que MentorMatch conservait à votre sujet est supprimé et votre session ' +
    'MentorMatch est fermée.',

  'email.role_declined.subject.mentor': '{program} : votre candidature comme mentor',
  'email.role_declined.subject.mentee': '{program} : votre candidature comme mentoré',
  'email.role_declined.body.mentor':
    'Un administrateur du programme a examiné votre candidature comme mentor dans le ' +
    '{program} et l’a refusée.',
  'email.role_declined.body.mentee':
    'Un administrateur du programme a examiné votre candidature comme mentoré dans le ' +
    '{program} et l’a refusée.',
  'email.role_declined.note_intro': 'Son motif :',
  'email.role_declined.next':
    'Si vous avez des questions sur cette décision, écrivez à l’adresse du programme ' +
    'ci-dessous.',
  'email.role_declined.link': 'Voir votre profil',

  'email.role_suspended.subject': '{program} : votre participation est suspendue',
  'email.role_suspended.body.membership_lapsed':
    'Votre adhésion à l’association n’est plus active; ces rôles dans le {program} sont donc ' +
    'suspendus :',
  'email.role_suspended.body.membership_unknown':
    'Votre portail ne nous indique plus si votre adhésion est active; ces rôles dans le ' +
    '{program} attendent donc la décision d’un administrateur du programme :',
  'email.role_suspended.role.mentor': 'Mentor',
  'email.role_suspended.role.mentee': 'Mentoré',
  'email.role_suspended.next.membership_lapsed':
    'D’ici là, vous n’êtes suggéré à personne et votre profil est conservé. Une fois votre ' +
    'adhésion renouvelée, reconnectez-vous et vos rôles seront aussitôt approuvés de nouveau.',
  'email.role_suspended.next.membership_unknown':
    'D’ici là, vous n’êtes suggéré à personne et votre profil est conservé. Un administrateur ' +
    'du programme décidera, et vous recevrez un courriel.',
  'email.role_suspended.link': 'Voir votre profil',
};
