/** French strings of the emails: the shared layout and one group of keys per template. */
export const frMail: Record<string, string> = {
  'email.greeting': 'Bonjour {name},',
  'email.layout.questions': 'Questions sur le programme : {email}',
  'email.layout.support': 'Soutien technique : {email}',
  'email.layout.reason':
    'Vous recevez ce courriel parce que vous participez au {program} par l’entremise de ' +
    'MentorMatch.',
  'email.layout.link_hint':
    'Si le bouton ne fonctionne pas, copiez cette adresse dans votre navigateur :',

  'email.role_approved.subject.mentor': '{program} : votre demande de mentor est approuvée',
  'email.role_approved.subject.mentee': '{program} : votre demande de mentoré est approuvée',
  'email.role_approved.body.mentor':
    'Votre demande pour être mentor dans le {program} a été approuvée.',
  'email.role_approved.body.mentee':
    'Votre demande pour être mentoré dans le {program} a été approuvée.',
  'email.role_approved.next.mentor':
    'Nous cherchons maintenant des mentorés qui pourraient vous convenir et vous écrirons ' +
    'dès que nous en trouverons. Vous pouvez consulter vos partenaires suggérés en tout temps ' +
    'une fois votre session ouverte.',
  'email.role_approved.next.mentee':
    'Nous cherchons maintenant des mentors qui pourraient vous convenir et vous écrirons ' +
    'dès que nous en trouverons. Vous pouvez consulter vos partenaires suggérés en tout temps ' +
    'une fois votre session ouverte.',
  'email.role_approved.link': 'Voir votre profil',
};
