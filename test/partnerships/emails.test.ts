import path from 'node:path';
import type { ParsedMail } from 'mailparser';
import type { MentorMatchSettings } from '../../src/config/settings';
import { formatDate } from '../../src/i18n/catalogue';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import { PARTNERSHIP_EMAILS } from '../../src/partnerships/partnership-mail';
import { post, smtpSettings } from '../admin/admin-helpers';
import { administrator } from '../admin/oversight-helpers';
import { sessionForm } from '../admin/session-helpers';
import { databaseKinds } from '../support/databases';
import { startTestPlugin, type TestPlugin } from '../support/plugin';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { PARTNERSHIP_EMAIL_EXAMPLES } from './email-examples';
import {
  activePartnership,
  join,
  partnershipRow,
  postForm,
  type Agent,
  type Person,
} from './partnership-helpers';

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
      [
        'partnership-started',
        { role: 'mentee', startsLater: true },
        /Your partnership with Élodie Tremblay is confirmed: it starts on December 3, 2026/,
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

describe.each(databaseKinds())('the partnership-started email over SMTP on %s', (kind) => {
  let test: TestPlugin;
  let smtp: TestSmtpServer;
  let admin: Agent;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    test = await startTestPlugin(kind, smtpSettings(smtp.port));
    admin = await administrator(test);
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  /** An English-speaking mentor and a French-speaking mentee who both sign the agreement. */
  async function bothSign(key: string) {
    const guide = await join(test, {
      key: `${key}-guide`,
      givenName: 'Nora',
      surname: `Guide ${key}`,
      years: 14,
      roles: ['mentor'],
    });
    const learner = await join(test, {
      key: `${key}-learner`,
      givenName: 'Théo',
      surname: `Apprenti ${key}`,
      years: 1,
      roles: ['mentee'],
    });
    await postForm(learner.agent, test, '/language', { language: 'fr', return: '/' });
    const id = await activePartnership(test, guide, learner);
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();
    return { guide, learner, startsAt: Number((await partnershipRow(test, id)).starts_at) };
  }

  /** The email the member received about their partnership being under way. */
  function underWay(person: Person): ParsedMail {
    const mine = smtp.messages.filter((m) => m.envelopeTo.includes(person.contactEmail));
    const about = /^(Your partnership|Votre partenariat) /;
    const found = mine.find((m) => about.test(m.parsed.subject ?? ''));
    if (!found) throw new Error(`no email about the partnership for ${person.name}`);
    return found.parsed;
  }

  it('says the partnership has started when it starts at the second signature', async () => {
    const { guide, learner } = await bothSign('now');

    const [toMentor, toMentee] = [underWay(guide), underWay(learner)];

    expect(toMentor.subject).toBe(`Your partnership with ${learner.name} has started`);
    expect(toMentor.text).toContain('please make the first contact within a week,');
    expect(toMentee.subject).toBe(`Votre partenariat avec ${guide.name} a commencé`);
    expect(toMentee.text).toContain('Votre mentor communiquera avec vous d’ici une semaine.');
  });

  it('says it is confirmed and starts on its session’s date when signed before it', async () => {
    await post(admin, test, '/admin/sessions', sessionForm(-1, 1, 5));
    const { guide, learner, startsAt } = await bothSign('later');
    const [english, french] = [formatDate('en', startsAt), formatDate('fr', startsAt)];

    const [toMentor, toMentee] = [underWay(guide), underWay(learner)];

    expect(startsAt).toBeGreaterThan(test.clock.now);
    expect(toMentor.subject).toBe(
      `Your partnership with ${learner.name} is confirmed: it starts on ${english}`,
    );
    expect(toMentor.text).toContain(`is confirmed: it starts on ${english} and runs until`);
    expect(toMentor.text).toContain(`make the first contact within a week of ${english}`);
    expect(toMentor.html).not.toContain('has started');
    expect(toMentee.subject).toBe(
      `Votre partenariat avec ${guide.name} est confirmé : il commence le ${french}`,
    );
    expect(toMentee.text).toContain(`dans la semaine qui suit le ${french}.`);
    expect(toMentee.html).not.toContain('a commencé');
  });
});
