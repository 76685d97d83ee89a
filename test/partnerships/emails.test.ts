import path from 'node:path';
import type { MentorMatchSettings } from '../../src/config/settings';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import { PARTNERSHIP_EMAILS } from '../../src/partnerships/partnership-mail';
import { PARTNERSHIP_EMAIL_EXAMPLES } from './email-examples';

const settings = { publicUrl: 'https://learn.example.org/mentormatch' } as MentorMatchSettings;
const program = {
  name: 'Ontario Library Association Mentoring Program',
  programContactEmail: 'mentoring@example.org',
  supportContactEmail: 'support@example.org',
};

describe('partnership emails', () => {
  const renderer = createEmailRenderer(path.join(packageRoot(), 'views', 'emails'), settings);

  function render(template: string, data: Record<string, unknown> = {}) {
    const example = PARTNERSHIP_EMAIL_EXAMPLES[template];
    return renderer.render({ template, locale: 'en', program, data: { ...example, ...data } });
  }

  it('has a template pair and an example for every email the partnerships send', () => {
    expect(renderer.templateNames).toEqual(expect.arrayContaining([...PARTNERSHIP_EMAILS]));
    expect(Object.keys(PARTNERSHIP_EMAIL_EXAMPLES).sort()).toEqual([...PARTNERSHIP_EMAILS].sort());
  });

  it.each(PARTNERSHIP_EMAILS)(
    'renders %s with a subject, both parts and a sign-in link',
    (name) => {
      const email = render(name);

      expect(email.subject).toMatch(/\S/);
      expect(email.subject).not.toMatch(/[\r\n{}]/);
      expect(email.text).not.toMatch(/\{\w+\}/);
      expect(email.text).toContain(
        'https://learn.example.org/mentormatch/auth/saml/login?RelayState=%2Fpartnerships',
      );
      expect(email.html).toContain(`Hello ${PARTNERSHIP_EMAIL_EXAMPLES[name].givenName},`);
    },
  );

  it('words each variant on its own', () => {
    const variants: Array<[string, Record<string, unknown>, RegExp]> = [
      ['partnership-request-received', { requesterRole: 'mentor' }, /would like to mentor you/],
      [
        'partnership-request-received',
        { requesterRole: 'mentee' },
        /would like you as their mentor/,
      ],
      [
        'partnership-request-expired',
        { side: 'recipient' },
        /The request from Amira Haddad has expired/,
      ],
      [
        'partnership-started',
        { role: 'mentee' },
        /Your partnership with Élodie Tremblay has started/,
      ],
      ['partnership-extension', { kind: 'accepted', endsAt: 'September 3, 2027' }, /is extended/],
      ['partnership-extension', { kind: 'declined' }, /chose not to extend/],
      ['partnership-extension', { kind: 'withdrawn' }, /withdrew their extension proposal/],
      ['partnership-ended', { kind: 'completed' }, /has completed/],
      ['partnership-meeting-plan', { kind: 'recorded' }, /recorded how you will meet/],
      ['partnership-meeting-plan', { kind: 'changed' }, /changed how you will meet/],
    ];

    for (const [template, data, subject] of variants) {
      expect(render(template, data).subject).toMatch(subject);
    }
    expect(render('partnership-started', { role: 'mentor' }).text).toContain(
      'please make the first contact',
    );
    expect(render('partnership-ended', { endedByThem: true }).text).toContain(
      'You ended your partnership',
    );
  });

  it('escapes what members wrote in the HTML part and keeps it as written in the text part', () => {
    const email = render('partnership-request-received', { message: '<b>Hi</b> & thanks' });

    expect(email.html).toContain('&lt;b&gt;Hi&lt;/b&gt; &amp; thanks');
    expect(email.text).toContain('<b>Hi</b> & thanks');
  });

  it('escapes the name of a shared file in the HTML part', () => {
    const email = render('partnership-document-shared', { fileName: '<i>CV</i> & notes.pdf' });

    expect(email.html).toContain('“&lt;i&gt;CV&lt;/i&gt; &amp; notes.pdf”');
    expect(email.text).toContain('“<i>CV</i> & notes.pdf”');
  });
});
