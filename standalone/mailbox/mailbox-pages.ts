/**
 * The mailbox pages of the stand-in host: the list of messages and one message, shown as the
 * member would see it (the HTML version in a sandboxed frame) and as plain text. This is the
 * stand-in host rather than the plugin, so its English text lives in the one object below.
 * Every value from a message is escaped.
 */
import type { MessagePage, StoredMessage } from './mailbox-folder';

export const TEXT = {
  listTitle: 'Mailbox',
  listIntro:
    'Every email sent while the stand-in host runs, newest first, as the recipient receives it.',
  empty: 'No messages yet. Emails appear here as soon as they are sent.',
  tableCaption: 'Messages, newest first',
  received: 'Received',
  from: 'From',
  to: 'To',
  subject: 'Subject',
  noSubject: '(no subject)',
  pagesLabel: 'Pages',
  previous: 'Previous page',
  next: 'Next page',
  pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
  backToList: 'Back to the mailbox',
  messageId: 'Message-ID',
  htmlHeading: 'HTML version',
  htmlFrameTitle: (subject: string) => `HTML version of “${subject}”`,
  htmlAlone: 'Open the HTML version on its own',
  noHtml: 'This message has no HTML version.',
  textHeading: 'Text version',
  noText: 'This message has no text version.',
  notFoundTitle: 'Message not found',
  notFoundBody: 'There is no message at this address. It may have been deleted.',
  errorTitle: 'The mailbox could not be read',
  errorBody: 'Something went wrong while reading the mailbox folder. Try again.',
} as const;

export function renderListPage(page: MessagePage, baseUrl: string): string {
  const body =
    page.total === 0
      ? `<p>${TEXT.empty}</p>`
      : `${messageTable(page, baseUrl)}\n${pagination(page, baseUrl)}`;
  return layout(TEXT.listTitle, `<h1>${TEXT.listTitle}</h1>\n<p>${TEXT.listIntro}</p>\n${body}`);
}

export function renderMessagePage(message: StoredMessage, baseUrl: string): string {
  const subject = message.subject || TEXT.noSubject;
  const self = `${baseUrl}/messages/${encodeURIComponent(message.id)}`;
  const details = [
    detail(TEXT.received, timeElement(message.receivedAt)),
    detail(TEXT.from, escapeHtml(message.from)),
    detail(TEXT.to, escapeHtml(message.to)),
    detail(TEXT.messageId, `<code>${escapeHtml(message.messageId ?? '')}</code>`),
  ];

  return layout(
    subject,
    `<p><a href="${escapeHtml(baseUrl)}/">${TEXT.backToList}</a></p>
<h1>${escapeHtml(subject)}</h1>
<dl>${details.join('')}</dl>
<h2 id="html-version">${TEXT.htmlHeading}</h2>
${message.html === null ? `<p>${TEXT.noHtml}</p>` : htmlFrame(`${self}/html`, subject)}
<h2 id="text-version">${TEXT.textHeading}</h2>
${message.text === null ? `<p>${TEXT.noText}</p>` : `<pre>${linkify(message.text)}</pre>`}`,
  );
}

export function renderNotFoundPage(): string {
  return layout(TEXT.notFoundTitle, `<h1>${TEXT.notFoundTitle}</h1>\n<p>${TEXT.notFoundBody}</p>`);
}

export function renderErrorPage(): string {
  return layout(TEXT.errorTitle, `<h1>${TEXT.errorTitle}</h1>\n<p>${TEXT.errorBody}</p>`);
}

/**
 * The message's own HTML, for the sandboxed frame: links open in a new tab, since the frame
 * may not navigate the page.
 */
export function framedHtml(html: string): string {
  const base = '<base target="_blank">';
  return /<head[^>]*>/i.test(html)
    ? html.replace(/<head[^>]*>/i, (head) => `${head}${base}`)
    : `${base}${html}`;
}

function messageTable(page: MessagePage, baseUrl: string): string {
  const headings = [TEXT.received, TEXT.to, TEXT.subject].map((h) => `<th scope="col">${h}</th>`);
  const rows = page.messages.map((m) => {
    const href = `${escapeHtml(baseUrl)}/messages/${encodeURIComponent(m.id)}`;
    const subject = `<a href="${href}">${escapeHtml(m.subject || TEXT.noSubject)}</a>`;
    const cells = [timeElement(m.receivedAt), escapeHtml(m.to), subject];
    return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  });

  return [
    '<table>',
    `<caption>${TEXT.tableCaption}</caption>`,
    `<thead><tr>${headings.join('')}</tr></thead>`,
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n');
}

function pagination(page: MessagePage, baseUrl: string): string {
  if (page.pageCount === 1) return '';
  const link = (n: number, label: string, rel: string) =>
    `<a href="${escapeHtml(baseUrl)}/?page=${n}" rel="${rel}">${label}</a>`;
  const items = [
    page.page > 1 ? `<li>${link(page.page - 1, TEXT.previous, 'prev')}</li>` : '',
    `<li>${TEXT.pageOf(page.page, page.pageCount)}</li>`,
    page.page < page.pageCount ? `<li>${link(page.page + 1, TEXT.next, 'next')}</li>` : '',
  ];
  return `<nav aria-label="${TEXT.pagesLabel}"><ul class="pages">${items.join('')}</ul></nav>`;
}

function htmlFrame(src: string, subject: string): string {
  // No allow-scripts and no allow-same-origin: the message's HTML can neither run code nor
  // reach this page. allow-popups lets its links open in a new tab.
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(TEXT.htmlFrameTitle(subject))}"
 sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer"></iframe>
<p><a href="${escapeHtml(src)}">${TEXT.htmlAlone}</a></p>`;
}

function detail(term: string, value: string): string {
  return `<dt>${term}</dt><dd>${value}</dd>`;
}

function timeElement(date: Date): string {
  const shown = date.toLocaleString('en-CA', {
    timeZone: 'America/Toronto',
    dateStyle: 'medium',
    timeStyle: 'medium',
  });
  return `<time datetime="${date.toISOString()}">${escapeHtml(shown)}</time>`;
}

/** Escapes the text and makes its web addresses clickable. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"]+)/g)
    .map((part, index) =>
      index % 2 === 1
        ? `<a href="${escapeHtml(part)}" target="_blank" rel="noreferrer">${escapeHtml(part)}</a>`
        : escapeHtml(part),
    )
    .join('');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${TEXT.listTitle}</title>
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
main { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.5rem 0; }
th, td { text-align: left; padding: 0.5rem; border-bottom: 1px solid #767676; vertical-align: top; }
a { color: #0b5394; }
a:focus-visible { outline: 3px solid #b45f06; outline-offset: 2px; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
iframe { width: 100%; height: 36rem; border: 1px solid #767676; }
pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f4f6; padding: 1rem; }
.pages { list-style: none; padding: 0; display: flex; gap: 1.5rem; }
`;
