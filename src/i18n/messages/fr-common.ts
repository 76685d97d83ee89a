/** French strings shared by every page: layout, navigation, errors, sign-in. */
export const frCommon: Record<string, string> = {
  'app.name': 'MentorMatch',
  'layout.skip_to_content': 'Aller au contenu principal',
  'layout.nav_label': 'MentorMatch',
  'layout.nav.home': 'Accueil',
  'layout.nav.profile': 'Mon profil',
  'layout.nav.admin': 'Administration',
  'layout.signed_in_as': 'Session de {name}',
  'layout.sign_out': 'Se déconnecter',
  'layout.footer.questions': 'Questions sur le programme : {email}',
  'layout.footer.support': 'Soutien technique : {email}',

  'session_timeout.idle.title': 'Êtes-vous toujours là?',
  'session_timeout.idle.body':
    'Rien ne s’est passé depuis un moment. Pour votre sécurité, votre session prendra fin à {time}, et ce qui n’est pas encore enregistré sur cette page sera perdu.',
  'session_timeout.absolute.title': 'Votre session prend bientôt fin',
  'session_timeout.absolute.body':
    'Pour votre sécurité, une session prend fin après un temps fixé depuis la connexion, quoi que vous fassiez. La vôtre prend fin à {time}. Pour continuer au-delà, reconnectez-vous dans un nouvel onglet : cette page reste telle quelle, et ce que vous y avez saisi pourra encore être enregistré.',
  'session_timeout.ended.title': 'Votre session a pris fin',
  'session_timeout.ended.body':
    'Pour votre sécurité, cette page ne peut plus rien enregistrer. Reconnectez-vous dans un nouvel onglet et cette page pourra de nouveau enregistrer, avec ce que vous avez saisi; ou reconnectez-vous ici, après avoir fermé ce message pour copier ce que vous avez saisi.',
  'session_timeout.failed':
    'Impossible de joindre MentorMatch pour garder votre session ouverte. Vérifiez votre connexion et réessayez.',
  'session_timeout.stay': 'Garder ma session ouverte',
  'session_timeout.close': 'Fermer',
  'session_timeout.renew': 'Se reconnecter dans un nouvel onglet',
  'session_timeout.sign_in_here': 'Se reconnecter ici',
  'session_renewed.title': 'Vous êtes de nouveau connecté(e)',
  'session_renewed.body':
    'Votre session repart à zéro. Retournez à l’onglet où vous travailliez : sa page peut de nouveau enregistrer, avec ce que vous y avez saisi.',
  'session_renewed.close': 'Vous pouvez fermer cet onglet.',

  'home.title': 'Bienvenue, {name}',
  'home.program': 'Programme : {program}',
  'home.membership': 'Statut d’adhésion : {status}',
  'home.membership.active': 'actif',
  'home.membership.inactive': 'inactif ({status})',
  'home.membership.unknown': 'non communiqué par votre portail',

  'signout.title': 'Votre session est fermée',
  'signout.body': 'Vous avez fermé votre session MentorMatch.',
  'signout.again': 'Se reconnecter',
  'form.sign_out': 'Se déconnecter',

  'signin_failed.title': 'Échec de la connexion',
  'signin_failed.body':
    'Nous n’avons pas pu vous connecter à MentorMatch. Veuillez réessayer à partir de votre ' +
    'portail. Si le problème persiste, écrivez à {email}.',
  'signin_failed.retry': 'Réessayer de se connecter',

  'error.not_found.title': 'Page introuvable',
  'error.not_found.body': 'Il n’y a rien à cette adresse.',
  'error.forbidden.title': 'Accès refusé',
  'error.forbidden.body': 'Vous n’avez pas accès à cette page.',
  'error.csrf.title': 'Votre formulaire a expiré',
  'error.csrf.body':
    'Pour votre sécurité, le formulaire n’a pas pu être envoyé. Revenez en arrière, ' +
    'rechargez la page et réessayez.',
  'error.bad_request.title': 'Requête incomprise',
  'error.bad_request.body': 'La requête n’a pas pu être lue.',
  'error.rate_limited.title': 'Trop de tentatives',
  'error.rate_limited.body': 'Veuillez patienter une minute, puis réessayer.',
  'error.rate_limited_requests.title': 'Trop de demandes de partenariat',
  'error.rate_limited_requests.body':
    'Vous avez envoyé de nombreuses demandes de partenariat au cours de la dernière heure. Veuillez attendre une heure avant d’en envoyer une autre; les demandes envoyées attendent toujours une réponse.',
  'error.internal.title': 'Une erreur est survenue',
  'error.internal.body':
    'MentorMatch n’a pas pu traiter votre demande. Si cela se reproduit, écrivez à {email} ' +
    'en indiquant la référence {reference}.',
  'error.back_home': 'Retour à l’accueil de MentorMatch',
};
