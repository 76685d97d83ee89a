import request from 'supertest';
import { generateSigningKey } from '../../standalone/identity-provider/signing-key';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, postResponse, signedResponse, signIn, startSignIn } from '../support/saml';

const otherKey = generateSigningKey('Someone else');

function lastRefusal(test: TestPlugin) {
  return test.logs.filter((l) => l.event === 'sign_in_refused').pop();
}

describe.each(databaseKinds())('SAML sign-in on %s', (kind) => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('signs a member in and shows their name, membership status and program', async () => {
    const agent = request.agent(test.server);

    const res = await signIn(agent, test, ACTIVE_MENTOR);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/mentormatch/');

    const home = await agent.get('/mentormatch/');
    expect(home.text).toContain('Amira Haddad');
    expect(home.text).toContain('Membership status: active');
    expect(home.text).toContain('Ontario Library Association Mentoring Program');
  });

  it('records the host attributes on the member', async () => {
    await signIn(request.agent(test.server), test, ACTIVE_MENTOR, {
      memberOverrides: { institution: 'Toronto Public Library', membershipStatus: 'active' },
    });
    const row = await test.database.db('mm_members').where({ external_id: ACTIVE_MENTOR.nameId }).first();
    expect(row.host_institution).toBe('Toronto Public Library');
    expect(Boolean(row.membership_active)).toBe(true);
    expect(JSON.parse(row.host_roles)).toEqual(ACTIVE_MENTOR.roles);
  });

  it('gives the browser a new session id at sign-in, and the old one stops working', async () => {
    const agent = request.agent(test.server);
    const first = await signIn(agent, test, ACTIVE_MENTOR);
    const oldCookie = String(first.headers['set-cookie']).split(';')[0];

    const second = await signIn(agent, test, ACTIVE_MENTOR);
    const newCookie = String(second.headers['set-cookie']).split(';')[0];

    expect(newCookie).toMatch(/^mentormatch\.sid=/);
    expect(newCookie).not.toEqual(oldCookie);
    const withOld = await request(test.server).get(at(test, '/')).set('Cookie', oldCookie);
    expect(withOld.status).toBe(303);
    const withNew = await request(test.server).get(at(test, '/')).set('Cookie', newCookie);
    expect(withNew.text).toContain('Amira Haddad');
  });

  it('returns to the page the member asked for', async () => {
    const res = await signIn(request.agent(test.server), test, ACTIVE_MENTOR, {}, '/health');
    expect(res.headers.location).toBe('/mentormatch/health');
  });

  it('never redirects a sign-in to another site', async () => {
    const res = await signIn(request.agent(test.server), test, ACTIVE_MENTOR, {}, '//evil.example/x');
    expect(res.headers.location).toBe('/mentormatch/');
  });

  const refusals: Array<[string, (agent: request.Agent) => Promise<request.Response>]> = [
    ['an unsigned response', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { signResponse: false, signAssertion: false }));
    }],
    ['a response whose assertion is not signed', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { signAssertion: false }));
    }],
    ['a response signed by another key', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { signingKey: otherKey }));
    }],
    ['an assertion altered after signing', async (agent) => {
      const id = await startSignIn(agent, test);
      const xml = signedResponse(test, ACTIVE_MENTOR, id).replace(ACTIVE_MENTOR.nameId, 'ola-member-00001');
      return postResponse(agent, test, xml);
    }],
    ['an expired assertion', async (agent) => {
      const id = await startSignIn(agent, test);
      const now = new Date(test.clock.now - 3_600_000);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { now }));
    }],
    ['the wrong audience', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { audience: 'https://other.example/sp' }));
    }],
    ['the wrong Destination', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { destination: 'https://other.example/acs' }));
    }],
    ['the wrong Recipient', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { recipient: 'https://other.example/acs' }));
    }],
    ['the wrong Issuer', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { issuer: 'https://rogue.example/idp' }));
    }],
    ['a replayed response', async (agent) => {
      const victim = request.agent(test.server);
      const id = await startSignIn(victim, test);
      const xml = signedResponse(test, ACTIVE_MENTOR, id);
      expect((await postResponse(victim, test, xml)).status).toBe(303);
      return postResponse(agent, test, xml);
    }],
    ['a response to a request never made', async (agent) => {
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, '_never-requested-0001'));
    }],
    ['an unsolicited response', async (agent) => {
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, undefined));
    }],
    ['a response without the email attribute', async (agent) => {
      const id = await startSignIn(agent, test);
      return postResponse(agent, test, signedResponse(test, ACTIVE_MENTOR, id, { memberOverrides: { email: '' } }));
    }],
    ['a body that is not SAML at all', async (agent) => {
      return agent.post(at(test, '/auth/saml/acs')).type('form').send({ SAMLResponse: 'not base64 <xml' });
    }],
  ];

  it.each(refusals)('refuses %s with the failure page and a warn log', async (_name, attempt) => {
    const agent = request.agent(test.server);
    const before = test.logs.length;

    const res = await attempt(agent);

    expect(res.status).toBe(401);
    expect(res.text).toContain('Sign-in failed');
    expect(res.text).toContain('support@example.org');
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
    const refusal = lastRefusal(test);
    expect(test.logs.indexOf(refusal!)).toBeGreaterThanOrEqual(before);
    expect(refusal?.level).toBe(40);
    expect(JSON.stringify(test.logs.slice(before))).not.toContain('SAMLResponse=');
    const home = await agent.get(at(test, '/'));
    expect(home.text).not.toContain('Amira Haddad');
  });

  it('signs out and forgets the session', async () => {
    const agent = request.agent(test.server);
    await signIn(agent, test, ACTIVE_MENTOR);
    const home = await agent.get(at(test, '/'));
    const token = /name="_csrf" value="([^"]+)"/.exec(home.text)?.[1];

    const out = await agent.post(at(test, '/auth/sign-out')).type('form').send({ _csrf: token });
    expect(out.status).toBe(303);
    expect((await agent.get(at(test, '/'))).text).not.toContain('Amira Haddad');
  });

  it('refuses a sign-out form without its CSRF token', async () => {
    const agent = request.agent(test.server);
    await signIn(agent, test, ACTIVE_MENTOR);

    const out = await agent.post(at(test, '/auth/sign-out')).type('form').send({});
    expect(out.status).toBe(403);
    expect((await agent.get(at(test, '/'))).text).toContain('Amira Haddad');
  });

  it('serves SP metadata naming our assertion consumer', async () => {
    const res = await request(test.server).get(at(test, '/auth/saml/metadata'));
    expect(res.status).toBe(200);
    expect(res.text).toContain(`Location="${test.acsUrl}"`);
    expect(res.text).toContain(`entityID="${test.spEntityId}"`);
  });
});
