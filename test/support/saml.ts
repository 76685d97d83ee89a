/**
 * Signs in through the real SAML flow: the plugin's login redirect, the request it made, a
 * response signed by the test identity provider, and the post back to the assertion consumer.
 */
import type { Agent, Response } from 'supertest';
import { manifest } from '../../src/manifest';
import { parseAuthnRequest } from '../../standalone/identity-provider/authn-request';
import {
  buildSignedResponse,
  encodeResponse,
  randomSamlId,
  type SamlResponseOptions,
} from '../../standalone/identity-provider/saml-response';
import { memberAttributes, SAMPLE_MEMBERS, type SampleMember } from '../../standalone/identity-provider/sample-members';
import { at, IDP_ENTITY_ID, type TestPlugin } from './plugin';

/** The stand-in host's members, in the order it lists them. */
export const [ACTIVE_MENTOR, NEW_GRADUATE, LAPSED_MEMBER, ADMINISTRATOR] = SAMPLE_MEMBERS;

/** Starts a sign-in and returns the id of the AuthnRequest the plugin sent to the IdP. */
export async function startSignIn(agent: Agent, test: TestPlugin, relayState = '/'): Promise<string> {
  const res = await agent.get(at(test, `${manifest.sso.loginPath}?RelayState=${encodeURIComponent(relayState)}`));
  if (res.status !== 302) throw new Error(`login answered ${res.status}`);
  const samlRequest = new URL(res.headers.location).searchParams.get('SAMLRequest');
  return parseAuthnRequest(samlRequest ?? '', 'redirect').id;
}

export type ResponseOverrides = Partial<SamlResponseOptions> & { memberOverrides?: Partial<SampleMember> };

/** A response the test IdP would send for `member` answering `requestId`. */
export function signedResponse(test: TestPlugin, member: SampleMember, requestId: string | undefined, overrides: ResponseOverrides = {}) {
  const { memberOverrides, ...options } = overrides;
  return buildSignedResponse({
    signingKey: test.signingKey,
    issuer: IDP_ENTITY_ID,
    destination: test.acsUrl,
    recipient: test.acsUrl,
    audience: test.spEntityId,
    inResponseTo: requestId,
    nameId: member.nameId,
    sessionIndex: randomSamlId(),
    attributes: memberAttributes({ ...member, ...memberOverrides }),
    now: new Date(test.clock.now),
    ...options,
  });
}

export async function postResponse(agent: Agent, test: TestPlugin, xml: string, relayState = '/'): Promise<Response> {
  return agent
    .post(at(test, manifest.sso.assertionConsumerPath))
    .type('form')
    .send({ SAMLResponse: encodeResponse(xml), RelayState: relayState });
}

/** The whole sign-in; resolves with the assertion consumer's answer (303 on success). */
export async function signIn(agent: Agent, test: TestPlugin, member: SampleMember, overrides: ResponseOverrides = {}, relayState = '/') {
  const requestId = await startSignIn(agent, test, relayState);
  return postResponse(agent, test, signedResponse(test, member, requestId, overrides), relayState);
}
