import path from 'node:path';
import request from 'supertest';
import type { MentorMatchSettings } from '../../src/config/settings';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { packageRoot } from '../../src/package-root';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR } from '../support/saml';
import {
  csrfTokenIn,
  forgetSignInAttempts,
  memberId,
  saveProfile,
  signedIn,
  validProfile,
  type Agent,
} from '../members/profile-helpers';

const program = {
  name: 'Programme de mentorat',
  programContactEmail: 'mentorat@example.org',
  supportContactEmail: 'soutien@example.org',
};

/** A member of our own, so that no other suite's member changes language under it. */
function member(key: string, preferredLanguage?: 'en' | 'fr'): SampleMember {
  return { ...ACTIVE_MENTOR, nameId: `language-${key}`, preferredLanguage };
}

function pageLanguage(html: string): string | undefined {
  return /<html lang="([a-z-]+)">/.exec(html)?.[1];
}

async function chooseLanguage(agent: Agent, test: TestPlugin, language: string, from = '/') {
  const page = await agent.get(at(test, from));
  return agent
    .post(at(test, '/language'))
    .type('form')
    .send({ _csrf: csrfTokenIn(page.text), language, return: from });
}

describe.each(databaseKinds())('the language of pages and emails on %s', (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  it('shows French pages to a member whose host prefers French', async () => {
    const agent = await signedIn(test, member('host-fr'), {
      memberOverrides: { preferredLanguage: 'fr' },
    });

    const home = await agent.get(at(test, '/'));

    expect(pageLanguage(home.text)).toBe('fr');
    expect(home.text).toContain('Bienvenue, Amira Haddad');
    expect(home.text).toContain('Statut d’adhésion : actif');
  });

  it('offers each language in its own name and marks the one in use', async () => {
    const agent = await signedIn(test, member('offer', 'en'));

    const home = (await agent.get(at(test, '/'))).text;

    expect(home).toMatch(/<button[^>]*value="en" lang="en" aria-pressed="true">English</);
    expect(home).toMatch(/<button[^>]*value="fr" lang="fr" aria-pressed="false">Français</);
  });

  it('switches to the language the member picks and brings them back to the page', async () => {
    const agent = await signedIn(test, member('pick', 'en'));

    const res = await chooseLanguage(agent, test, 'fr', '/profile');

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe(at(test, '/profile'));
    const profile = await agent.get(at(test, '/profile'));
    expect(pageLanguage(profile.text)).toBe('fr');
    expect(profile.text).toContain('Vous n’avez pas encore rempli votre profil.');
  });

  it("remembers the member's choice across sign-ins, over the host's language", async () => {
    const chooser = member('remember', 'fr');
    await chooseLanguage(await signedIn(test, chooser), test, 'en');

    const again = await signedIn(test, chooser);

    expect(pageLanguage((await again.get(at(test, '/'))).text)).toBe('en');
    const row = await test.database.db('mm_members').where({ external_id: chooser.nameId }).first();
    expect(row).toMatchObject({ language: 'en', language_choice: 'en' });
  });

  it("follows the host's language while the member has made no choice", async () => {
    const follower = member('follow', 'en');
    await signedIn(test, follower);

    const later = await signedIn(test, { ...follower, preferredLanguage: 'fr' });

    expect(pageLanguage((await later.get(at(test, '/'))).text)).toBe('fr');
  });

  it('refuses a language it does not have, and changes nothing', async () => {
    const agent = await signedIn(test, member('refuse', 'en'));

    const res = await chooseLanguage(agent, test, 'de');

    expect(res.status).toBe(422);
    const row = await test.database.db('mm_members').where({ external_id: 'language-refuse' })
      .first();
    expect(row).toMatchObject({ language: 'en', language_choice: null });
  });

  it('refuses a choice without the form token', async () => {
    const agent = await signedIn(test, member('csrf', 'en'));

    const res = await agent.post(at(test, '/language')).type('form').send({ language: 'fr' });

    expect(res.status).toBe(403);
    expect(pageLanguage((await agent.get(at(test, '/'))).text)).toBe('en');
  });

  it('never sends a member back outside the plugin', async () => {
    const agent = await signedIn(test, member('return', 'en'));
    const page = await agent.get(at(test, '/'));

    const res = await agent
      .post(at(test, '/language'))
      .type('form')
      .send({ _csrf: csrfTokenIn(page.text), language: 'fr', return: '//evil.example/' });

    expect(res.headers.location).toBe(at(test, '/'));
  });

  it("shows a signed-out visitor the pages in their browser's language", async () => {
    const res = await request(test.server)
      .get(at(test, '/auth/signed-out'))
      .set('Accept-Language', 'fr-CA,fr;q=0.9,en;q=0.8');

    expect(pageLanguage(res.text)).toBe('fr');
    expect(res.text).toContain('Votre session est fermée');
  });

  it('emails a member in the language they chose', async () => {
    const chooser = member('email', 'en');
    const agent = await signedIn(test, chooser);
    await chooseLanguage(agent, test, 'fr');

    await saveProfile(agent, test, validProfile({ roles: ['mentee'] }));

    const id = await memberId(test, chooser);
    const [row] = await test.database.db('mm_outbox')
      .where({ member_id: id, template: 'role-approved' });
    expect(row.locale).toBe('fr');
    const renderer = createEmailRenderer(
      path.join(packageRoot(), 'views', 'emails'),
      test.plugin.mentormatch.settings as MentorMatchSettings,
    );
    const data = JSON.parse(row.data);
    const email = renderer.render({ template: 'role-approved', locale: 'fr', program, data });
    expect(email.subject).toContain('votre demande de mentoré est approuvée');
    expect(email.text).toContain('Bonjour Amira,');
  });
});

