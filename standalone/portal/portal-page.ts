/**
 * The stand-in host's portal page: a learning portal's home with its menu, where the
 * MentorMatch entry sits at the top right as the manifest asks.
 */
import { escapeHtml } from '../identity-provider/identity-provider-pages';

const TEXT = {
  title: 'Learning Portal',
  menu: 'Portal menu',
  heading: 'Welcome to the learning portal',
  intro:
    'This is a stand-in for the host learning portal. It mounts MentorMatch the way a real ' +
    'host does, signs members in through its own SAML identity provider, and catches every ' +
    'email MentorMatch sends.',
  tools: 'Developer tools',
  mailbox: 'Mailbox: every email sent',
  idpMetadata: 'Identity provider metadata',
  health: 'MentorMatch health',
};

export interface PortalPageInput {
  navigationLabel: string;
  pluginPath: string;
  healthPath: string;
  mailboxPath?: string;
  idpMetadataPath?: string;
}

export function renderPortalPage(input: PortalPageInput): string {
  const link = (href: string, label: string) =>
    `<li><a href="${escapeHtml(href)}">${escapeHtml(label)}</a></li>`;
  const tools = [
    input.mailboxPath && link(input.mailboxPath, TEXT.mailbox),
    input.idpMetadataPath && link(input.idpMetadataPath, TEXT.idpMetadata),
    link(input.healthPath, TEXT.health),
  ].filter(Boolean);

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TEXT.title}</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; color: #1d2433; }
  header { display: flex; justify-content: space-between; align-items: center;
    padding: 0.75rem 1.5rem; background: #1d2433; color: #fff; }
  header a { color: #fff; font-weight: 600; }
  header ul { list-style: none; margin: 0; padding: 0; display: flex; gap: 1.5rem; }
  main { max-width: 50rem; margin: 0 auto; padding: 1.5rem; }
  a:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
</style>
</head>
<body>
<header>
  <p><strong>${TEXT.title}</strong></p>
  <nav aria-label="${TEXT.menu}">
    <ul>${link(input.pluginPath, input.navigationLabel)}</ul>
  </nav>
</header>
<main>
  <h1>${TEXT.heading}</h1>
  <p>${TEXT.intro}</p>
  <h2>${TEXT.tools}</h2>
  <ul>${tools.join('')}</ul>
</main>
</body>
</html>`;
}
