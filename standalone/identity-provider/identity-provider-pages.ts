/**
 * The HTML pages of the stand-in identity provider: the member chooser, the form that posts
 * the signed response back to the service provider, and a short error page. This is the
 * stand-in host rather than the plugin, so its English text lives in the one object below
 * instead of a message catalogue. Every value from outside is escaped.
 */
import type { SampleMember } from './sample-members';

export const TEXT = {
  signInTitle: 'Sign in to the portal',
  signInIntro:
    'This is the sign-in page of the stand-in host. Choose a sample member to sign in as; ' +
    'no password is needed.',
  signInFor: 'You are signing in to:',
  membersHeading: 'Sample members',
  postTitle: 'Signing you in',
  postIntro: 'You are being returned to the service you came from.',
  postNoScript: 'If nothing happens, press Continue.',
  postButton: 'Continue',
  errorTitle: 'Sign-in could not continue',
  unexpectedError: 'Something went wrong on the sign-in page. Please try again.',
  badRequest: 'The sign-in request could not be read. Go back and try again.',
  noAcsUrl: 'The sign-in request does not say where to return you.',
  untrusted: 'The sign-in request comes from a service this portal does not trust.',
  unknownMember: 'Choose one of the sample members listed on the sign-in page.',
} as const;

export interface SignInPageInput {
  members: readonly SampleMember[];
  respondPath: string;
  requestId: string;
  acsUrl: string;
  serviceProvider: string;
  relayState?: string;
}

export interface AutoPostPageInput {
  acsUrl: string;
  samlResponse: string;
  relayState?: string;
}

export function renderSignInPage(input: SignInPageInput): string {
  const members = input.members.map(
    (member) =>
      `<li><button type="submit" name="member" value="${escapeHtml(member.nameId)}">` +
      `${escapeHtml(member.label)}</button></li>`,
  );
  const hidden = [
    hiddenField('requestId', input.requestId),
    hiddenField('acsUrl', input.acsUrl),
    hiddenField('serviceProvider', input.serviceProvider),
    input.relayState === undefined ? '' : hiddenField('RelayState', input.relayState),
  ];

  return page(
    TEXT.signInTitle,
    `<h1>${TEXT.signInTitle}</h1>
<p>${TEXT.signInIntro}</p>
<p>${TEXT.signInFor} <strong>${escapeHtml(input.serviceProvider)}</strong></p>
<form method="post" action="${escapeHtml(input.respondPath)}" aria-labelledby="members-heading">
${hidden.join('')}
<h2 id="members-heading">${TEXT.membersHeading}</h2>
<ul class="members">${members.join('\n')}</ul>
</form>`,
  );
}

export function renderAutoPostPage(input: AutoPostPageInput): string {
  const relayState =
    input.relayState === undefined ? '' : hiddenField('RelayState', input.relayState);

  // The stand-in host sends no Content-Security-Policy, so this inline script runs. Under a
  // policy without 'unsafe-inline' it would need a nonce; the Continue button works either way.
  return page(
    TEXT.postTitle,
    `<h1>${TEXT.postTitle}</h1>
<p>${TEXT.postIntro}</p>
<form id="saml-post" method="post" action="${escapeHtml(input.acsUrl)}">
${hiddenField('SAMLResponse', input.samlResponse)}${relayState}
<p>${TEXT.postNoScript}</p>
<button type="submit">${TEXT.postButton}</button>
</form>
<script>document.getElementById('saml-post').submit();</script>`,
  );
}

export function renderErrorPage(message: string): string {
  return page(TEXT.errorTitle, `<h1>${TEXT.errorTitle}</h1>\n<p>${escapeHtml(message)}</p>`);
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function hiddenField(name: string, value: string): string {
  return `<input type="hidden" name="${name}" value="${escapeHtml(value)}">`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

// Colours meet WCAG AA contrast on white; the focus ring is thick and never removed.
const STYLE = `
body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
.members { list-style: none; padding: 0; }
.members li { margin: 0.75rem 0; }
button { font: inherit; padding: 0.75rem 1rem; width: 100%; text-align: left; cursor: pointer;
  color: #fff; background: #0b5394; border: 2px solid #0b5394; border-radius: 4px; }
button:hover { background: #073763; }
button:focus-visible { outline: 3px solid #b45f06; outline-offset: 3px; }
`;
