/**
 * A message with one value in another language (WCAG 3.1.2): that value is marked with its
 * language when the page's differs, and every part of the message is escaped once.
 */
import { markedMessage } from '../../src/web/views';

const KEY = 'partnerships.agreement.read';

describe('a message with a value in another language', () => {
  it('marks the value on a page in the other language, and formats numbers as usual', () => {
    const html = markedMessage(
      'en',
      KEY,
      { title: 'Entente', version: 1200 },
      {
        param: 'title',
        lang: 'fr',
      },
    );

    expect(html).toBe('Read the <span lang="fr">Entente</span> (version 1,200)');
  });

  it('leaves the value unmarked on a page in its own language', () => {
    const html = markedMessage(
      'fr',
      KEY,
      { title: 'Entente', version: 2 },
      {
        param: 'title',
        lang: 'fr',
      },
    );

    expect(html).toBe('Lire : Entente (version 2)');
  });

  it('escapes the values and the language, marked or not', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const html = markedMessage(
      'en',
      KEY,
      { title: hostile, version: 3 },
      {
        param: 'title',
        lang: 'fr"><script>',
      },
    );

    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });
});
