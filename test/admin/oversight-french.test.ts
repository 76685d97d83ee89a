import request, { type Response } from 'supertest';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import { startTestPlugin, at, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR, signIn } from '../support/saml';
import { englishIn } from '../i18n/catalogue-files';
import {
  activePartnership,
  join,
  postForm,
  type Agent,
  type Person,
} from '../partnerships/partnership-helpers';
import { postFrom, runMatching } from './oversight-helpers';

const FRENCH_ADMINISTRATOR: SampleMember = {
  ...ADMINISTRATOR,
  nameId: 'french-administrator',
  givenName: 'Élise',
  surname: 'Gagnon',
  preferredLanguage: 'fr',
};

function expectFrench(res: Response, status = 200) {
  expect(res.status).toBe(status);
  expect(res.text).toContain('<html lang="fr">');
  expect(englishIn(res.text)).toEqual([]);
}

/** Which database holds the rows changes no word, so these run on SQLite only. */
describe('oversight pages in French', () => {
  let test: TestPlugin;
  let admin: Agent;
  let mentor: Person;
  let mentee: Person;
  let waiting: Person;
  let draft: string;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite');
    mentor = await join(test, {
      key: 'fr-mentor', givenName: 'Amira', surname: 'Haddad', years: 12, roles: ['mentor'],
      capacity: 2,
    });
    mentee = await join(test, {
      key: 'fr-mentee', givenName: 'Luc', surname: 'Roy', years: 1, roles: ['mentee'],
    });
    waiting = await join(test, {
      key: 'fr-waiting', givenName: 'Zoé', surname: 'Martin', years: 2, roles: ['mentee'],
      institution: 'Library of fr-mentor',
    });
    await runMatching(test);
    const ended = await activePartnership(test, mentor, mentee);
    await postForm(mentee.agent, test, `/partnerships/${ended}/end`, { reason: 'Déménagement.' });
    await test.database.db('mm_rate_limits').delete();
    admin = request.agent(test.server);
    await signIn(admin, test, FRENCH_ADMINISTRATOR);
    const proposals = '/admin/matching/proposals';
    const prepared = await postFrom(admin, test, proposals, proposals);
    draft = prepared.headers.location.replace('/mentormatch', '');
  });

  afterAll(async () => {
    await test?.close();
  });

  it.each([
    '/admin/participants?role=mentee',
    '/admin/partnerships',
    '/admin/partnerships/1',
    '/admin/matching/proposals',
    '/admin/reports',
  ])('shows %s in French', async (path) => {
    expectFrench(await admin.get(at(test, path)));
  });

  it('shows a member’s record and why candidates are excluded in French', async () => {
    expectFrench(await admin.get(at(test, `/admin/participants/${mentee.id}`)));
    expectFrench(await admin.get(at(test, `/admin/participants/${waiting.id}/exclusions`)));
  });

  it('shows a pair, a refused pair and the proposal in French', async () => {
    const check = `/admin/matching/pair?mentee=${waiting.id}&mentor=${mentor.id}`;
    expectFrench(await admin.get(at(test, check)));
    const refused = await postFrom(admin, test, check, '/admin/matching/pair', {
      mentee: String(waiting.id), mentor: String(mentor.id),
    });
    expectFrench(refused, 409);
    expectFrench(await admin.get(at(test, draft)));
  });

  it('refuses a role decision without a reason in French', async () => {
    const role = await test.database.db('mm_profile_roles as r')
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .where({ 'p.member_id': mentor.id }).first('r.id');
    const res = await postFrom(admin, test, `/admin/participants/${mentor.id}`,
      `/admin/participants/${mentor.id}/roles/${role.id}`, { action: 'suspend', note: '' });

    expectFrench(res, 422);
    expect(res.text).toContain('Indiquez le motif qui sera communiqué au membre');
  });
});
