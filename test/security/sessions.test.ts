/**
 * Sessions under attack: a session id planted before sign-in, rotation at sign-in, the idle
 * and absolute timeouts enforced by the server (not just by the browser dropping a cookie),
 * sign-out that kills the session for whoever still holds the cookie, and the cookie's flags
 * on plain HTTP and behind HTTPS.
 */
import request from 'supertest';
import { manifest } from '../../src/manifest';
import { encodeResponse } from '../../standalone/identity-provider/saml-response';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ACTIVE_MENTOR, NEW_GRADUATE, signedResponse, signIn, startSignIn } from '../support/saml';

const IDLE_MINUTES = 5;
const ABSOLUTE_HOURS = 2;
const SESSION_SETTINGS = { idleTimeoutMinutes: IDLE_MINUTES, absoluteTimeoutHours: ABSOLUTE_HOURS };

/** The `mentormatch.sid=...` pair of a response's session cookie, if it set one. */
function sessionCookie(res: request.Response): string | undefined {
  const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
  return cookies.find((c) => c.startsWith('mentormatch.sid='));
}

function cookiePair(cookie: string | undefined): string {
  if (!cookie) throw new Error('no session cookie was set');
  return cookie.split(';')[0];
}

/** The session id inside a signed cookie value ("s:<id>.<signature>"). */
function sessionId(cookie: string | undefined): string {
  const value = decodeURIComponent(cookiePair(cookie).slice('mentormatch.sid='.length));
  return value.slice(2, value.lastIndexOf('.'));
}

function expiresAt(cookie: string | undefined): number {
  const expires = /;\s*Expires=([^;]+)/i.exec(cookie ?? '')?.[1];
  return expires ? Date.parse(expires) : NaN;
}

async function isSignedIn(test: TestPlugin, cookie: string): Promise<boolean> {
  const home = await request(test.server).get(at(test, '/')).set('Cookie', cookie);
  return home.status === 200;
}

describe('sessions on sqlite', () => {
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite', { settings: { session: SESSION_SETTINGS } });
  });

  afterAll(async () => {
    await test?.close();
  });

  beforeEach(async () => {
    test.clock.now = Date.now();
    await test.database.db('mm_rate_limits').delete();
  });

  async function storedSession(id: string) {
    return test.database.db('mm_sessions').where({ sid: id }).first();
  }

  it('never keeps a session id planted before sign-in', async () => {
    const attacker = request.agent(test.server);
    const planted = sessionCookie(await signIn(attacker, test, NEW_GRADUATE));
    const victim = request.agent(test.server);
    victim.jar.setCookie(cookiePair(planted), '127.0.0.1', '/');
    expect((await victim.get(at(test, '/'))).text).toContain(NEW_GRADUATE.surname);

    const signedIn = await signIn(victim, test, ACTIVE_MENTOR);

    const issued = sessionCookie(signedIn);
    expect(sessionId(issued)).not.toBe(sessionId(planted));
    expect(await storedSession(sessionId(planted))).toBeUndefined();
    expect(await isSignedIn(test, cookiePair(planted))).toBe(false);
    expect((await victim.get(at(test, '/'))).text).toContain(ACTIVE_MENTOR.surname);
  });

  it('ignores a session cookie it did not sign', async () => {
    const forged = 'mentormatch.sid=s%3Aattacker-chosen-id.bm90LWEtc2lnbmF0dXJl';

    const home = await request(test.server).get(at(test, '/')).set('Cookie', forged);

    expect(home.status).toBe(303);
    expect(sessionCookie(home)).toBeUndefined();
    expect(await storedSession('attacker-chosen-id')).toBeUndefined();
  });

  it('gives the cookie and the stored session the idle timeout, renewed on activity', async () => {
    const agent = request.agent(test.server);
    const cookie = sessionCookie(await signIn(agent, test, ACTIVE_MENTOR));
    const idleMs = IDLE_MINUTES * 60_000;
    expect(Math.abs(expiresAt(cookie) - (Date.now() + idleMs))).toBeLessThan(5_000);
    const id = sessionId(cookie);
    expect(
      Math.abs(Date.parse((await storedSession(id)).expired) - (Date.now() + idleMs)),
    ).toBeLessThan(5_000);

    // As if the member had been idle for all but one minute of the timeout.
    await test.database
      .db('mm_sessions')
      .where({ sid: id })
      .update({
        expired: new Date(Date.now() + 60_000).toISOString(),
      });
    const active = await agent.get(at(test, '/'));

    expect(active.status).toBe(200);
    expect(Math.abs(expiresAt(sessionCookie(active)) - (Date.now() + idleMs))).toBeLessThan(5_000);
    expect(Date.parse((await storedSession(id)).expired)).toBeGreaterThan(
      Date.now() + idleMs - 5_000,
    );
  });

  it('ends a session left idle past the timeout, whatever the browser still sends', async () => {
    const cookie = sessionCookie(await signIn(request.agent(test.server), test, ACTIVE_MENTOR));
    expect(await isSignedIn(test, cookiePair(cookie))).toBe(true);

    await test.database
      .db('mm_sessions')
      .where({ sid: sessionId(cookie) })
      .update({
        expired: new Date(Date.now() - 1_000).toISOString(),
      });

    expect(await isSignedIn(test, cookiePair(cookie))).toBe(false);
  });

  it('ends a busy session once the absolute timeout has passed since sign-in', async () => {
    const cookie = sessionCookie(await signIn(request.agent(test.server), test, ACTIVE_MENTOR));
    const limitMs = ABSOLUTE_HOURS * 3_600_000;

    test.clock.now += limitMs - 60_000;
    expect(await isSignedIn(test, cookiePair(cookie))).toBe(true);
    test.clock.now += 120_000;

    expect(await isSignedIn(test, cookiePair(cookie))).toBe(false);
    expect(await storedSession(sessionId(cookie))).toBeUndefined();
  });

  it('kills the session at sign-out for anyone still holding its cookie', async () => {
    const agent = request.agent(test.server);
    const cookie = cookiePair(sessionCookie(await signIn(agent, test, ACTIVE_MENTOR)));
    const token = /name="_csrf" value="([^"]+)"/.exec((await agent.get(at(test, '/'))).text)?.[1];

    const out = await agent.post(at(test, '/auth/sign-out')).type('form').send({ _csrf: token });

    expect(out.status).toBe(303);
    expect(await isSignedIn(test, cookie)).toBe(false);
    expect(await storedSession(sessionId(cookie))).toBeUndefined();
    const again = await request(test.server)
      .post(at(test, '/auth/sign-out'))
      .set('Cookie', cookie)
      .type('form')
      .send({ _csrf: token });
    expect(again.status).toBe(403);
  });

  it('tells each page when the session ends, for the warning before it does', async () => {
    const agent = request.agent(test.server);
    await signIn(agent, test, ACTIVE_MENTOR);
    test.clock.now += 30 * 60_000;

    const page = (await agent.get(at(test, '/'))).text;

    const attribute = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(page)?.[1]);
    // A minute short of the idle limit: the store may skip a touch that moves it by less.
    expect(attribute('data-idle-ms')).toBe((IDLE_MINUTES - 1) * 60_000);
    expect(attribute('data-absolute-ms')).toBe(ABSOLUTE_HOURS * 3_600_000 - 30 * 60_000);
    expect(attribute('data-warn-ms')).toBe(2 * 60_000);
    const signedOut = await request(test.server).get(at(test, '/auth/signed-out'));
    expect(signedOut.text).not.toContain('session-timeout');
  });

  it('keeps an idle session going from the warning, and says when there is none', async () => {
    const agent = request.agent(test.server);
    const cookie = sessionCookie(await signIn(agent, test, ACTIVE_MENTOR));
    const id = sessionId(cookie);
    const token = /name="_csrf" value="([^"]+)"/.exec((await agent.get(at(test, '/'))).text)?.[1];
    // As if the member had been idle for all but one minute of the timeout.
    const nearlyOver = new Date(Date.now() + 60_000).toISOString();
    await test.database.db('mm_sessions').where({ sid: id }).update({ expired: nearlyOver });

    const kept = await agent
      .post(at(test, '/session/keep-alive'))
      .type('form')
      .send({ _csrf: token });

    expect(kept.status).toBe(204);
    expect(kept.headers['cache-control']).toBe('no-store');
    expect(Date.parse((await storedSession(id)).expired)).toBeGreaterThan(
      Date.now() + IDLE_MINUTES * 60_000 - 5_000,
    );
    await test.database.db('mm_sessions').where({ sid: id }).delete();
    const gone = await agent
      .post(at(test, '/session/keep-alive'))
      .type('form')
      .send({ _csrf: token });
    expect(gone.status).not.toBe(204);
  });

  it('gives a page opened before a fresh sign-in the new session and a token that works', async () => {
    const agent = request.agent(test.server);
    await signIn(agent, test, ACTIVE_MENTOR);
    const home = (await agent.get(at(test, '/'))).text;
    const oldToken = /name="_csrf" value="([^"]+)"/.exec(home)?.[1];
    // Signed in again (in another tab): a new session, which refuses the old page's token.
    expect((await signIn(agent, test, ACTIVE_MENTOR)).status).toBe(303);

    const refused = await agent
      .post(at(test, '/session/keep-alive'))
      .type('form')
      .send({ _csrf: oldToken });
    const session = await agent.get(at(test, '/session/token'));
    const renewed = await agent.get(at(test, '/session/renewed'));
    const kept = await agent
      .post(at(test, '/session/keep-alive'))
      .type('form')
      .send({ _csrf: session.body.csrfToken });
    const signedOut = await request(test.server).get(at(test, '/session/token'));
    const renewedSignedOut = await request(test.server).get(at(test, '/session/renewed'));

    expect(refused.status).toBe(403);
    expect(session.headers['cache-control']).toBe('no-store');
    expect(session.headers['access-control-allow-origin']).toBeUndefined();
    expect(session.body).toMatchObject({ absoluteMs: ABSOLUTE_HOURS * 3_600_000 });
    expect(typeof session.body.memberId).toBe('number');
    expect(kept.status).toBe(204);
    expect(renewed.text).toContain('<h1>You are signed in again</h1>');
    expect(signedOut.status).toBe(401);
    expect(renewedSignedOut.status).toBe(303);
    expect(renewedSignedOut.headers.location).toContain('RelayState=%2Fsession%2Frenewed');
  });

  it('sets an HttpOnly, SameSite=Lax cookie on plain HTTP', async () => {
    const cookie = sessionCookie(await signIn(request.agent(test.server), test, ACTIVE_MENTOR));

    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });
});

describe('sessions behind HTTPS', () => {
  const publicUrl = 'https://learn.example.org/mentormatch';
  const acsUrl = `${publicUrl}${manifest.sso.assertionConsumerPath}`;
  let test: TestPlugin;

  beforeAll(async () => {
    test = await startTestPlugin('sqlite', { settings: { publicUrl } });
  });

  afterAll(async () => {
    await test?.close();
  });

  async function postOverHttps(agent: request.Agent, forwardedProto: string | undefined) {
    const requestId = await startSignIn(agent, test);
    const xml = signedResponse(test, ACTIVE_MENTOR, requestId, {
      destination: acsUrl,
      recipient: acsUrl,
      audience: `${publicUrl}${manifest.sso.metadataPath}`,
    });
    const post = agent.post(at(test, manifest.sso.assertionConsumerPath)).type('form');
    if (forwardedProto) post.set('X-Forwarded-Proto', forwardedProto);
    return post.send({ SAMLResponse: encodeResponse(xml), RelayState: '/' });
  }

  it('sets a Secure, HttpOnly, SameSite=None cookie so the IdP post carries it', async () => {
    const res = await postOverHttps(request.agent(test.server), 'https');

    expect(res.status).toBe(303);
    const cookie = sessionCookie(res);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=None/i);
  });

  it('never sends the session cookie over plain HTTP', async () => {
    const res = await postOverHttps(request.agent(test.server), undefined);

    expect(sessionCookie(res)).toBeUndefined();
  });
});
