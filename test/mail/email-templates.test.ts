import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MentorMatchSettings } from '../../src/config/settings';
import { SUPPORTED_LOCALES } from '../../src/i18n/catalogue';
import { createEmailRenderer, signInLink } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import { PARTNERSHIP_EMAIL_EXAMPLES } from '../partnerships/email-examples';

const TEMPLATES_DIR = path.join(packageRoot(), 'views', 'emails');
const settings = { publicUrl: 'https://learn.example.org/mentormatch' } as MentorMatchSettings;
const program = {
  name: 'Ontario Library Association Mentoring Program',
  programContactEmail: 'mentoring@example.org',
  supportContactEmail: 'support@example.org',
};

/** Data each template is rendered with here; a new template adds its example. */
const EXAMPLES: Record<string, Record<string, unknown>> = {
  'role-approved': { role: 'mentor', givenName: 'Jane' },
  'role-declined': { role: 'mentee', givenName: 'Jane', note: 'Please add your experience.' },
  'role-suspended': { roles: ['mentor', 'mentee'], reason: 'membership_lapsed', givenName: 'Jane' },
  'suggestions-found': { givenName: 'Jane', count: 3 },
  ...PARTNERSHIP_EMAIL_EXAMPLES,
};

describe('email templates', () => {
  const renderer = createEmailRenderer(TEMPLATES_DIR, settings);

  it('lists every email in the templates folder', () => {
    expect(renderer.templateNames).toEqual(Object.keys(EXAMPLES).sort());
  });

  it.each(renderer.templateNames)('renders %s in every language, with both parts', (name) => {
    for (const locale of SUPPORTED_LOCALES) {
      const email = renderer.render({ template: name, locale, program, data: EXAMPLES[name] });

      expect(email.subject).toMatch(/\S/);
      expect(email.subject).not.toMatch(/[\r\n]/);
      expect(email.html).toContain(`<html lang="${locale}">`);
      expect(email.html).toContain(program.supportContactEmail);
      expect(email.text).toContain(program.programContactEmail);
      expect(email.text).not.toMatch(/\n{3,}/);
    }
  });

  it('writes one email per role, each in its own words', () => {
    const data = (role: string) => ({ role, givenName: 'J' });
    const render = (role: string) =>
      renderer.render({ template: 'role-approved', locale: 'en', program, data: data(role) });

    expect(render('mentor').subject).toMatch(/approved as a mentor$/);
    expect(render('mentee').subject).toMatch(/approved as a mentee$/);
    expect(() => render('administrator')).toThrow(/email\.role_approved\.subject\.administrator/);
  });

  it('links through sign-in to a page inside the plugin, and nowhere else', () => {
    expect(signInLink(settings, '/partnerships/12')).toBe(
      'https://learn.example.org/mentormatch/auth/saml/login?RelayState=%2Fpartnerships%2F12',
    );
    expect(() => signInLink(settings, 'https://evil.example/')).toThrow(/not a path inside/);
    expect(() => signInLink(settings, '//evil.example/')).toThrow(/not a path inside/);
  });

  it('refuses a templates folder where an email lacks its text version', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-emails-'));
    try {
      fs.cpSync(TEMPLATES_DIR, dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'lonely.html.hbs'), '<p>Hi</p>');

      expect(() => createEmailRenderer(dir, settings)).toThrow(
        'email "lonely" has no lonely.text.hbs',
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
