import request from 'supertest';
import { createMentorMatch } from '../../src/create-mentormatch';
import { SettingsError } from '../../src/config/settings';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, signIn } from '../support/saml';

describe.each(['/mentormatch', '/lms/tools/mentoring', '/'])('the plugin mounted at %s', (mountPath) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite', { mountPath });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('signs a member in and links every page relative to the mount path', async () => {
    const agent = request.agent(test.server);
    const res = await signIn(agent, test, ACTIVE_MENTOR);
    expect(res.headers.location).toBe(at(test, '/'));

    const home = await agent.get(at(test, '/'));
    expect(home.text).toContain('Amira Haddad');
    const links = [...home.text.matchAll(/(?:href|action)="([^"]+)"/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(2);
    const outside = links.filter((link) => link !== '#main' && !link.startsWith(at(test, '/')));
    expect(outside).toEqual([]);
  });

  it('sends a signed-out visitor through single sign-on, with the request bound to our ACS', async () => {
    const home = await request(test.server).get(at(test, '/'));
    expect(home.status).toBe(303);
    const login = await request(test.server).get(home.headers.location);
    expect(login.status).toBe(302);
    expect(login.headers.location).toMatch(/^https:\/\/portal\.test\/idp\/sso\?SAMLRequest=/);
  });

  it('reports health with the database up', async () => {
    const res = await request(test.server).get(at(test, '/health'));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'ok', database: 'up' });
  });

  it('answers an unknown page with its own 404 page inside the layout', async () => {
    const res = await request(test.server).get(at(test, '/no/such/page'));
    expect(res.status).toBe(404);
    expect(res.text).toContain('Page not found');
    expect(res.text).toContain('<main id="main"');
  });

  it('sends security headers', async () => {
    const res = await request(test.server).get(at(test, '/health'));
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});

describe('configuration', () => {
  it('names each invalid setting and what is wrong, without exiting', async () => {
    const attempt = createMentorMatch({
      settings: { publicUrl: 'not a url', saml: { idpSsoUrl: 'https://idp.test/sso', idpCertificates: [] } },
    });

    await expect(attempt).rejects.toThrow(SettingsError);
    const err = (await attempt.catch((e: unknown) => e)) as SettingsError;
    expect(err.problems).toEqual(expect.arrayContaining([
      expect.stringMatching(/^publicUrl: must match format "uri"/),
      expect.stringMatching(/^saml\.idpCertificates: must NOT have fewer than 1 items/),
      expect.stringMatching(/^saml: must have required property 'idpEntityId'/),
    ]));
  });

  it('refuses to start on a database with pending migrations, naming the command', async () => {
    const attempt = createMentorMatch({
      settings: {
        publicUrl: 'https://lms.test/mentormatch',
        database: { client: 'sqlite', filename: ':memory:' },
        saml: { idpSsoUrl: 'https://idp.test/sso', idpEntityId: 'https://idp.test', idpCertificates: ['x'] },
      },
    });
    await expect(attempt).rejects.toThrow(/pending migration.*mentormatch-migrate/);
  });
});
