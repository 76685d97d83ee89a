/**
 * The single sign-on attack suite: every way of spoiling a signed response that tamper.ts
 * knows, keys smuggled in KeyInfo, unsigned parts beside signed ones, several assertions or
 * roots, comments in the NameID, a concurrent replay, and the clock-skew edges. Plain cases
 * (unsigned, another key, wrong audience, replay, unsolicited...) live in test/auth.
 *
 * The forged identity is always the program administrator's, who never signs in here: an
 * attack that worked would create their member record and show their name.
 */
import request from 'supertest';
import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { ASSERTION_NS, signSamlElement } from '../../standalone/identity-provider/saml-response';
import {
  generateSigningKey,
  type SigningKey,
} from '../../standalone/identity-provider/signing-key';
import {
  injectCommentIntoNameId,
  setNameId,
  wrapSignedAssertion,
  wrapSignedResponse,
  type AssertionWrapPlacement,
  type ResponseWrapPlacement,
} from '../../standalone/identity-provider/tamper';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  ACTIVE_MENTOR,
  ADMINISTRATOR,
  LAPSED_MEMBER,
  NEW_GRADUATE,
  postResponse,
  signedResponse,
  startSignIn,
  type ResponseOverrides,
} from '../support/saml';

const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
const LIFETIME_SECONDS = 300;
const FORGED = ADMINISTRATOR;

const attackerKey = generateSigningKey('Attacker');

const ASSERTION_PLACEMENTS: AssertionWrapPlacement[] = [
  'forged-first',
  'forged-last',
  'signed-inside-forged',
  'signed-in-extensions',
  'signed-in-forged-signature',
];
const RESPONSE_PLACEMENTS: ResponseWrapPlacement[] = ['in-signature-object', 'before-signature'];

type Build = (test: TestPlugin, requestId: string) => string;

function legit(test: TestPlugin, requestId: string, overrides: ResponseOverrides = {}): string {
  return signedResponse(test, ACTIVE_MENTOR, requestId, overrides);
}

function parse(xml: string) {
  return new DOMParser().parseFromString(xml, 'text/xml');
}

function childrenOf(parent: Element, namespace: string, localName: string): Element[] {
  return Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === node.ELEMENT_NODE &&
      (node as Element).namespaceURI === namespace &&
      (node as Element).localName === localName,
  );
}

/** The response signed again by `key` around whatever it now holds; assertions keep theirs. */
function resignEnvelope(xml: string, key: SigningKey): string {
  const doc = parse(xml);
  const root = doc.documentElement!;
  childrenOf(root, DSIG_NS, 'Signature').forEach((signature) => root.removeChild(signature));
  return signSamlElement(new XMLSerializer().serializeToString(doc), root.getAttribute('ID')!, key);
}

function signedAssertionId(xml: string): string {
  return childrenOf(parse(xml).documentElement!, ASSERTION_NS, 'Assertion')[0].getAttribute('ID')!;
}

/** A second, separately signed assertion for the forged member, inside an IdP-signed response. */
function twoSignedAssertions(test: TestPlugin, requestId: string): string {
  const doc = parse(legit(test, requestId));
  const root = doc.documentElement!;
  const original = childrenOf(root, ASSERTION_NS, 'Assertion')[0];
  const second = original.cloneNode(true) as Element;
  childrenOf(second, DSIG_NS, 'Signature').forEach((signature) => second.removeChild(signature));
  second.setAttribute('ID', `${original.getAttribute('ID')}b`);
  Array.from(second.getElementsByTagNameNS(ASSERTION_NS, 'NameID')).forEach((nameId) => {
    nameId.textContent = FORGED.nameId;
  });
  root.appendChild(second);

  const xml = signSamlElement(
    new XMLSerializer().serializeToString(doc),
    second.getAttribute('ID')!,
    test.signingKey,
  );
  return resignEnvelope(xml, test.signingKey);
}

function wrappingAttacks(): Array<[string, Build]> {
  const attacks: Array<[string, Build]> = [];
  for (const placement of ASSERTION_PLACEMENTS) {
    const wrap = (xml: string, sameId: boolean) =>
      wrapSignedAssertion(xml, {
        nameId: FORGED.nameId,
        placement,
        forgedId: sameId ? signedAssertionId(xml) : undefined,
      });
    attacks.push(
      [`assertion wrapping, ${placement}`, (t, id) => wrap(legit(t, id), false)],
      [
        `assertion wrapping, ${placement}, forged copy with the signed ID`,
        (t, id) => wrap(legit(t, id), true),
      ],
      [
        `assertion wrapping, ${placement}, response re-signed around it`,
        (t, id) => resignEnvelope(wrap(legit(t, id), false), t.signingKey),
      ],
      [
        `assertion wrapping, ${placement}, same ID, response re-signed around it`,
        (t, id) => resignEnvelope(wrap(legit(t, id), true), t.signingKey),
      ],
    );
  }
  for (const placement of RESPONSE_PLACEMENTS) {
    const wrap = (xml: string, sameId: boolean) =>
      wrapSignedResponse(xml, {
        nameId: FORGED.nameId,
        placement,
        forgedId: sameId ? parse(xml).documentElement!.getAttribute('ID')! : undefined,
      });
    attacks.push(
      [`response wrapping, ${placement}`, (t, id) => wrap(legit(t, id), false)],
      [
        `response wrapping, ${placement}, forged root with the signed ID`,
        (t, id) => wrap(legit(t, id), true),
      ],
    );
  }
  return attacks;
}

const ALTERED_AFTER_SIGNING: Array<[string, Build]> = [
  ['the NameID changed to another member', (t, id) => setNameId(legit(t, id), FORGED.nameId)],
  [
    'the administrator role added to the roles attribute',
    (t, id) =>
      legit(t, id).replace(
        '>member<',
        `>member</saml:AttributeValue><saml:AttributeValue>${FORGED.roles[1]}<`,
      ),
  ],
  [
    'a lapsed membership turned active',
    (t, id) => signedResponse(t, LAPSED_MEMBER, id).replace('>lapsed<', '>active<'),
  ],
  [
    'a response for another site re-addressed to us',
    (t, id) =>
      legit(t, id, { destination: 'https://other.example/acs' }).replace(
        'Destination="https://other.example/acs"',
        `Destination="${t.acsUrl}"`,
      ),
  ],
];

const SMUGGLED_KEYS: Array<[string, Build]> = [
  [
    "a response and assertion signed by the attacker, with the attacker's certificate in KeyInfo",
    (t, id) => legit(t, id, { signingKey: attackerKey, nameId: FORGED.nameId }),
  ],
  [
    'an IdP-signed assertion in a response re-signed by the attacker',
    (t, id) => resignEnvelope(legit(t, id), attackerKey),
  ],
  [
    'an attacker-signed assertion in a response signed by the IdP',
    (t, id) =>
      resignEnvelope(
        legit(t, id, { signingKey: attackerKey, signResponse: false, nameId: FORGED.nameId }),
        t.signingKey,
      ),
  ],
];

const UNSIGNED_AND_SEVERAL: Array<[string, Build]> = [
  ['a signed assertion in an unsigned response', (t, id) => legit(t, id, { signResponse: false })],
  ['an IdP-signed response with a second, separately signed assertion', twoSignedAssertions],
  [
    'two Response roots, the forged one first',
    (t, id) =>
      `${setNameId(legit(t, id), FORGED.nameId)}${legit(t, id)}`.replace(/<\?xml[^>]*\?>/g, ''),
  ],
  [
    'two Response roots, the signed one first',
    (t, id) =>
      `${legit(t, id)}${setNameId(legit(t, id), FORGED.nameId)}`.replace(/<\?xml[^>]*\?>/g, ''),
  ],
  [
    'a signed assertion posted without its response',
    (t, id) => {
      const assertion = childrenOf(
        parse(legit(t, id)).documentElement!,
        ASSERTION_NS,
        'Assertion',
      )[0];
      return new XMLSerializer().serializeToString(assertion);
    },
  ],
];

const ATTACKS: Array<[string, Build]> = [
  ...wrappingAttacks(),
  ...ALTERED_AFTER_SIGNING,
  ...SMUGGLED_KEYS,
  ...UNSIGNED_AND_SEVERAL,
];

function refusalsSince(test: TestPlugin, before: number) {
  return test.logs.slice(before).filter((l) => l.event === 'sign_in_refused');
}

async function memberCount(test: TestPlugin, nameId: string): Promise<number> {
  const row = await test.database
    .db('mm_members')
    .where({ external_id: nameId })
    .count({ n: '*' })
    .first();
  return Number(row?.n ?? 0);
}

function expectFailurePage(res: request.Response) {
  expect(res.status).toBe(401);
  expect(res.text).toContain('Sign-in failed');
}

describe.each(databaseKinds())('SAML attacks on %s', (kind) => {
  let test: TestPlugin;
  const reasons = new Map<string, number>();

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    const lines = [...reasons].map(([reason, count]) => `  ${count} × ${reason}`);
    const refused = [...reasons.values()].reduce((sum, count) => sum + count, 0);
    process.stdout.write(
      `saml attacks on ${kind}: ${refused} of ${ATTACKS.length} spoiled responses refused\n`,
    );
    process.stdout.write(`${lines.join('\n')}\n`);
    await test?.close();
  });

  // This suite signs in far more often than a person could; the limit has its own tests.
  beforeEach(async () => {
    await test.database.db('mm_rate_limits').delete();
  });

  it.each(ATTACKS)('refuses %s', async (_name, build) => {
    const agent = request.agent(test.server);
    const before = test.logs.length;

    const requestId = await startSignIn(agent, test);
    const res = await postResponse(agent, test, build(test, requestId));

    expectFailurePage(res);
    const [refusal] = refusalsSince(test, before);
    expect(refusal?.level).toBe(40);
    expect(refusal?.reason).toEqual(expect.stringMatching(/\S/));
    reasons.set(String(refusal.reason), (reasons.get(String(refusal.reason)) ?? 0) + 1);
    expect(await memberCount(test, FORGED.nameId)).toBe(0);
    const home = await agent.get(at(test, '/'));
    expect(home.status).toBe(303);
    expect(home.text).not.toContain(FORGED.surname);
  });

  it("never lets a comment in the NameID shorten it to another member's id", async () => {
    const shortId = ACTIVE_MENTOR.nameId.slice(0, 'ola-member-2'.length);
    const shortMember = { ...NEW_GRADUATE, nameId: shortId };
    const owner = request.agent(test.server);
    const ownSignIn = signedResponse(test, shortMember, await startSignIn(owner, test));
    expect((await postResponse(owner, test, ownSignIn)).status).toBe(303);

    const agent = request.agent(test.server);
    const requestId = await startSignIn(agent, test);
    const xml = injectCommentIntoNameId(legit(test, requestId), shortId.length);
    expect(xml).toContain(`${shortId}<!---->${ACTIVE_MENTOR.nameId.slice(shortId.length)}`);
    const res = await postResponse(agent, test, xml);

    const home = await agent.get(at(test, '/'));
    expect(home.text).not.toContain(NEW_GRADUATE.surname);
    if (res.status === 303) {
      expect(home.text).toContain(`${ACTIVE_MENTOR.givenName} ${ACTIVE_MENTOR.surname}`);
      const signedInAs = await test.database
        .db('mm_members')
        .where({ external_id: ACTIVE_MENTOR.nameId })
        .first();
      expect(signedInAs).toBeDefined();
    } else {
      expectFailurePage(res);
    }
    process.stdout.write(`comment in NameID on ${kind}: answered ${res.status}, full id kept\n`);
  });

  describe("NameIDs close to another member's", () => {
    const longId = `ola-${'x'.repeat(187)}`;

    async function memberRow(nameId: string) {
      return test.database.db('mm_members').where({ external_id: nameId }).first();
    }

    async function signInWith(nameId: string, member = NEW_GRADUATE) {
      const agent = request.agent(test.server);
      const requestId = await startSignIn(agent, test);
      const res = await postResponse(
        agent,
        test,
        signedResponse(test, { ...member, nameId }, requestId),
      );
      return { agent, res };
    }

    it.each([
      ['in letter case only', ACTIVE_MENTOR.nameId, ACTIVE_MENTOR.nameId.toUpperCase()],
      ['by an accent only', ACTIVE_MENTOR.nameId, ACTIVE_MENTOR.nameId.replace('e', 'é')],
      ['past the width of the id column', longId, `${longId}-2`],
    ])('keeps apart a NameID that differs %s', async (difference, ownerId, otherId) => {
      expect((await signInWith(ownerId, ACTIVE_MENTOR)).res.status).toBe(303);
      const ownerBefore = await memberRow(ownerId);

      const { agent, res } = await signInWith(otherId);

      const home = await agent.get(at(test, '/'));
      expect(home.text).not.toContain(ACTIVE_MENTOR.surname);
      const ownerAfter = await memberRow(ownerId);
      expect(ownerAfter).toMatchObject({ id: ownerBefore.id, email: ACTIVE_MENTOR.email });
      if (res.status === 303) {
        expect(home.text).toContain(NEW_GRADUATE.surname);
        expect((await memberRow(otherId))?.external_id).toBe(otherId);
      } else {
        expectFailurePage(res);
      }
      process.stdout.write(`NameID differing ${difference} on ${kind}: answered ${res.status}\n`);
    });
  });

  it('accepts a response posted twice at once exactly once', async () => {
    const victim = request.agent(test.server);
    const xml = legit(test, await startSignIn(victim, test));
    const attacker = request.agent(test.server);

    const answers = await Promise.all([
      postResponse(victim, test, xml),
      postResponse(attacker, test, xml),
      postResponse(request.agent(test.server), test, xml),
    ]);

    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([303, 401, 401]);
    process.stdout.write(`concurrent replay on ${kind}: ${statuses.join(', ')}\n`);
  });

  describe('time bounds', () => {
    const lifetimeMs = LIFETIME_SECONDS * 1000;
    const skewMs = () => test.plugin.mentormatch.settings.saml.clockSkewSeconds * 1000;
    // node-saml checks NotBefore and NotOnOrAfter against the real clock, not the plugin's.
    const issuedAt = (offsetMs: number) => ({
      now: new Date(Date.now() + offsetMs),
      lifetimeSeconds: LIFETIME_SECONDS,
    });

    it.each([
      ['NotBefore in the future within the allowed skew', (skew: number) => skew - 30_000],
      [
        'NotOnOrAfter just passed, within the allowed skew',
        (skew: number) => -lifetimeMs - skew + 30_000,
      ],
    ])('accepts %s', async (_name, offset) => {
      const agent = request.agent(test.server);
      const requestId = await startSignIn(agent, test);
      const res = await postResponse(
        agent,
        test,
        legit(test, requestId, issuedAt(offset(skewMs()))),
      );
      expect(res.status).toBe(303);
    });

    it.each([
      ['NotBefore in the future beyond the allowed skew', (skew: number) => skew + 60_000],
      [
        'NotOnOrAfter passed by more than the allowed skew',
        (skew: number) => -lifetimeMs - skew - 60_000,
      ],
    ])('refuses %s', async (_name, offset) => {
      const agent = request.agent(test.server);
      const before = test.logs.length;
      const requestId = await startSignIn(agent, test);
      const res = await postResponse(
        agent,
        test,
        legit(test, requestId, issuedAt(offset(skewMs()))),
      );
      expectFailurePage(res);
      expect(refusalsSince(test, before)[0]?.reason).toMatch(
        /not yet valid|expired|subject confirmation/i,
      );
    });
  });
});
