import request, { type Response } from 'supertest';
import { fr } from '../../src/i18n/messages/fr';
import { manifest } from '../../src/manifest';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, ADMINISTRATOR } from '../support/saml';
import {
  csrfTokenIn,
  forgetSignInAttempts,
  memberId,
  saveProfile,
  signedIn,
  validProfile,
  type Agent,
  type FormBody,
} from '../members/profile-helpers';
import { englishIn } from './catalogue-files';

/**
 * The program has one agreement text, written when the request is accepted and signed as is
 * by both partners; it is in English until programs carry a language of their own.
 */
const AGREEMENT_TEXT = /^partnerships\.agreement\.default\./;

function french(member: SampleMember, key: string, changes: Partial<SampleMember> = {}) {
  return { ...member, nameId: `french-${key}`, preferredLanguage: 'fr' as const, ...changes };
}

/** A page in French, with the status expected and no English sentence on it. */
function expectFrench(res: Response, status: number, options: { agreement?: boolean } = {}) {
  expect(res.status).toBe(status);
  expect(res.text).toContain('<html lang="fr">');
  expect(englishIn(res.text, options.agreement ? AGREEMENT_TEXT : undefined)).toEqual([]);
}

/** The path inside the plugin that a redirect points to. */
function pluginPathOf(location: string): string {
  return new URL(location, 'http://host.test').pathname.slice(manifest.mountPath.length);
}

async function post(agent: Agent, test: TestPlugin, from: string, to: string, body: FormBody) {
  const token = csrfTokenIn((await agent.get(at(test, from))).text);
  return agent.post(at(test, to)).type('form').send({ ...body, _csrf: token });
}

/** Pages in French are checked on SQLite only: which database holds the rows changes no word. */
describe('every page in French', () => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite');
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  it('shows the home, profile and suggestion pages in each of their states', async () => {
    const agent = await signedIn(test, french(ACTIVE_MENTOR, 'profile'));
    const page = (path: string) => agent.get(at(test, path));

    expectFrench(await page('/'), 200);
    expectFrench(await page('/profile'), 200);
    expectFrench(await page('/profile/edit'), 200);
    const invalid = validProfile({ years_experience: 'dix', contact_email: 'amira', focus: '' });
    expectFrench(await saveProfile(agent, test, invalid), 422);
    const ambiguous = validProfile({ place_query: 'Red Lake' });
    expectFrench(await saveProfile(agent, test, ambiguous), 422);
    expect((await saveProfile(agent, test, validProfile())).status).toBe(303);
    expectFrench(await page('/profile?saved=1'), 200);
    expectFrench(await page('/profile/edit'), 200);
    expectFrench(await page('/profile/delete'), 200);
    expectFrench(await page('/suggestions'), 200);
    expectFrench(await page('/partnerships'), 200);
    expectFrench(await page('/no/such/page'), 404);
  });

  it('shows the pages of a partnership, from the request to the signed agreement', async () => {
    const mentor = await signedIn(test, french(ACTIVE_MENTOR, 'mentor'));
    await saveProfile(mentor, test, validProfile({ roles: ['mentor'] }));
    const mentee = await signedIn(test, french(ACTIVE_MENTOR, 'mentee', {
      institution: 'University of Guelph',
    }));
    await saveProfile(mentee, test, validProfile({
      roles: ['mentee'], years_experience: '1', institution: 'University of Guelph',
    }));
    const mentorId = await memberId(test, french(ACTIVE_MENTOR, 'mentor'));

    const newRequest = `/partnerships/requests/new?memberId=${mentorId}&role=mentee`;
    expectFrench(await mentee.get(at(test, newRequest)), 200);
    const tooLong = { memberId: String(mentorId), role: 'mentee', message: 'x'.repeat(2001) };
    expectFrench(await post(mentee, test, newRequest, '/partnerships/requests', tooLong), 422);
    const sent = await post(mentee, test, newRequest, '/partnerships/requests', {
      ...tooLong, message: 'Bonjour!',
    });
    const requestPath = pluginPathOf(sent.headers.location);
    expectFrench(await mentee.get(at(test, requestPath)), 200);
    expectFrench(await mentor.get(at(test, requestPath)), 200);

    const accepted = await post(mentor, test, requestPath, `${requestPath}/accept`, {});
    const partnershipPath = pluginPathOf(accepted.headers.location);
    expectFrench(await mentor.get(at(test, partnershipPath)), 200, { agreement: true });
    const wrongName = { fullName: 'Quelqu’un d’autre', confirm: 'yes' };
    expectFrench(
      await post(mentor, test, partnershipPath, `${partnershipPath}/sign`, wrongName),
      422,
      { agreement: true },
    );
    for (const agent of [mentor, mentee]) {
      const signed = { fullName: 'Amira Haddad', confirm: 'yes' };
      expect((await post(agent, test, partnershipPath, `${partnershipPath}/sign`, signed)).status)
        .toBe(303);
    }
    expectFrench(await mentee.get(at(test, partnershipPath)), 200, { agreement: true });
    const agreement = await mentee.get(at(test, `${partnershipPath}/agreement`));
    expectFrench(agreement, 200, { agreement: true });
    expectFrench(await mentor.get(at(test, '/partnerships')), 200);
  });

  it('shows the approval queue to a French-speaking administrator', async () => {
    const unreported = await signedIn(test, french(ACTIVE_MENTOR, 'unreported', {
      membershipStatus: '' as SampleMember['membershipStatus'],
    }));
    await saveProfile(unreported, test, validProfile({ roles: ['mentee'] }));
    const admin = await signedIn(test, french(ADMINISTRATOR, 'admin'));

    const queue = await admin.get(at(test, '/admin/approvals'));
    expectFrench(queue, 200);
    const roleId = /\/admin\/approvals\/(\d+)\/decline/.exec(queue.text)?.[1];
    const decline = `/admin/approvals/${roleId}/decline`;
    const noReason = { note: '', page: '1' };
    expectFrench(await post(admin, test, '/admin/approvals', decline, noReason), 422);
  });

  it('shows a French-speaking administrator the email introductions and both logs', async () => {
    const admin = await signedIn(test, french(ADMINISTRATOR, 'logs'));
    const intros = '/admin/settings/emails';
    const tooLong = { 'intro_fr_role-approved': 'x'.repeat(1001) };

    expectFrench(await admin.get(at(test, intros)), 200);
    expectFrench(await post(admin, test, intros, intros, tooLong), 422);
    const saved = await post(admin, test, intros, intros, { 'intro_fr_role-approved': 'Salut!' });
    expect(saved.status).toBe(303);
    expectFrench(await admin.get(at(test, '/admin/audit-log')), 200);
    expectFrench(await admin.get(at(test, '/admin/email-log')), 200);
  });

  it('fails a page whose string the catalogue lacks: no English, no key shown', async () => {
    const agent = await signedIn(test, french(ACTIVE_MENTOR, 'missing'));
    const catalogue = fr as Record<string, string>;
    const kept = catalogue['home.program'];
    delete catalogue['home.program'];
    try {
      const res = await agent.get(at(test, '/'));

      expect(res.status).toBe(500);
      expect(res.text).not.toContain('Program: ');
      expect(res.text).not.toContain('home.program');
    } finally {
      catalogue['home.program'] = kept;
    }
  });

  it("shows signed-out visitors the pages in their browser's French", async () => {
    const visitor = request(test.server);
    const inFrench = { 'Accept-Language': 'fr-CA,fr;q=0.9' };

    expectFrench(await visitor.get(at(test, '/auth/signed-out')).set(inFrench), 200);
    const failed = await visitor.post(at(test, manifest.sso.assertionConsumerPath)).set(inFrench)
      .type('form').send({ RelayState: '/' });
    expect(failed.text).toContain('<html lang="fr">');
    expect(englishIn(failed.text)).toEqual([]);
  });
});
