import path from 'node:path';
import type { MentorMatchSettings } from '../../src/config/settings';
import { hasMessage } from '../../src/i18n/catalogue';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import { englishIn } from './catalogue-files';
import { EMAIL_EXAMPLES, EMAIL_PROGRAM } from './email-examples';

const settings = { publicUrl: 'https://apprendre.example.org/mentormatch' } as MentorMatchSettings;
const program = EMAIL_PROGRAM;

describe('every email in French', () => {
  const renderer = createEmailRenderer(path.join(packageRoot(), 'views', 'emails'), settings);

  it('has an example for every email template', () => {
    const covered = new Set(EMAIL_EXAMPLES.map(([name]) => name));

    expect(renderer.templateNames.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('names every email for administrators, in English and in French', () => {
    const keys = renderer.templateNames.map((name) => `admin.settings.email.${name}`);

    expect(keys.filter((key) => !hasMessage('en', key) || !hasMessage('fr', key))).toEqual([]);
  });

  it.each(EMAIL_EXAMPLES)('writes %s in French, subject, HTML and text', (template, data) => {
    const email = renderer.render({ template, locale: 'fr', program, data });

    expect(email.html).toContain('<html lang="fr">');
    expect(email.text).toContain('Bonjour ');
    expect(englishIn(email.subject)).toEqual([]);
    expect(englishIn(email.html)).toEqual([]);
    expect(englishIn(email.text)).toEqual([]);
  });

  it('writes numbers the French Canadian way', () => {
    const data = { givenName: 'Élodie', count: 1200 };
    const email = renderer.render({ template: 'suggestions-found', locale: 'fr', program, data });

    expect(email.text).toContain('(1\u00a0200 nouveaux)');
  });
});
