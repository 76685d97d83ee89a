/**
 * A message with one value in another language (WCAG 3.1.2): that value is marked with its
 * language when the page's differs, and every part of the message is escaped once.
 */
import type { Locale } from '../../src/i18n/catalogue';
import { markedMessage } from '../../src/web/views';

/** The agreement link's words on a `page` in that language, its title written in `lang`. */
function agreementLink(page: Locale, title: string, version: number, lang: string): string {
  return markedMessage(
    page,
    'partnerships.agreement.read',
    { title, version },
    {
      param: 'title',
      lang,
    },
  );
}

describe('a message with a value in another language', () => {
  it('marks the value on a page in the other language, and formats numbers as usual', () => {
    expect(agreementLink('en', 'Entente', 1200, 'fr')).toBe(
      'Read the <span lang="fr">Entente</span> (version 1,200)',
    );
  });

  it('leaves the value unmarked on a page in its own language', () => {
    expect(agreementLink('fr', 'Entente', 2, 'fr')).toBe('Lire : Entente (version 2)');
  });

  it('escapes the values and the language, marked or not', () => {
    const html = agreementLink('en', '<img src=x onerror=alert(1)>', 3, 'fr"><script>');

    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });
});
