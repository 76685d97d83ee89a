/** English strings shared by every page: layout, navigation, errors, sign-in. */
export const enCommon = {
  'app.name': 'MentorMatch',
  'layout.skip_to_content': 'Skip to main content',
  'layout.nav_label': 'MentorMatch',
  'layout.nav.home': 'Home',
  'layout.nav.profile': 'My profile',
  'layout.nav.admin': 'Administration',
  'layout.signed_in_as': 'Signed in as {name}',
  'layout.sign_out': 'Sign out',
  'layout.footer.questions': 'Questions about the program: {email}',
  'layout.footer.support': 'Technical support: {email}',

  'session_timeout.idle.title': 'Are you still there?',
  'session_timeout.idle.body':
    'You have been inactive for a while. For your security, you will be signed out at {time}, and anything not yet saved on this page will be lost.',
  'session_timeout.absolute.title': 'Your session ends soon',
  'session_timeout.absolute.body':
    'For your security, a session ends a set time after signing in, whatever you do. Yours ends at {time}. To go on past then, sign in again in a new tab: this page stays as it is, and what you typed here can still be saved.',
  'session_timeout.ended.title': 'Your session has ended',
  'session_timeout.ended.body':
    'For your security, this page can no longer save anything. Sign in again in a new tab and this page can save again, with what you typed; or sign in again here, after closing this message to copy what you typed.',
  'session_timeout.failed':
    'MentorMatch could not be reached to keep you signed in. Check your connection and try again.',
  'session_timeout.stay': 'Stay signed in',
  'session_timeout.close': 'Close',
  'session_timeout.renew': 'Sign in again in a new tab',
  'session_timeout.sign_in_here': 'Sign in again here',
  'session_renewed.title': 'You are signed in again',
  'session_renewed.body':
    'Your session starts afresh. Go back to the tab you were working in: its page can save again, with what you typed there.',
  'session_renewed.close': 'You can close this tab.',

  'home.title': 'Welcome, {name}',
  'home.program': 'Program: {program}',
  'home.membership': 'Membership status: {status}',
  'home.membership.active': 'active',
  'home.membership.inactive': 'not active ({status})',
  'home.membership.unknown': 'not reported by your portal',

  'signout.title': 'You are signed out',
  'signout.body': 'You have signed out of MentorMatch.',
  'signout.again': 'Sign in again',
  'form.sign_out': 'Sign out',

  'signin_failed.title': 'Sign-in failed',
  'signin_failed.body':
    'We could not sign you in to MentorMatch. Please try again from your portal. If it keeps failing, contact {email}.',
  'signin_failed.retry': 'Try signing in again',

  'error.not_found.title': 'Page not found',
  'error.not_found.body': 'There is nothing at this address.',
  'error.forbidden.title': 'Not allowed',
  'error.forbidden.body': 'You do not have access to this page.',
  'error.csrf.title': 'Your form expired',
  'error.csrf.body': 'For your security the form could not be sent. Go back, reload the page and try again.',
  'error.bad_request.title': 'Request not understood',
  'error.bad_request.body': 'The request could not be read.',
  'error.rate_limited.title': 'Too many attempts',
  'error.rate_limited.body': 'Please wait a minute and try again.',
  'error.rate_limited_requests.title': 'Too many partnership requests',
  'error.rate_limited_requests.body':
    'You have sent many partnership requests in the last hour. Please wait an hour before you ask again; the requests you sent are still waiting for an answer.',
  'error.internal.title': 'Something went wrong',
  'error.internal.body':
    'MentorMatch could not complete your request. If it keeps happening, contact {email} and quote reference {reference}.',
  'error.back_home': 'Back to MentorMatch home',
} as const;
