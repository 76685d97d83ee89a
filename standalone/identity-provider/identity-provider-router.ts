/**
 * The stand-in host's identity provider as an Express router:
 *
 * - `GET  /sso`          HTTP-Redirect binding: reads SAMLRequest and RelayState and shows a
 *                        page for choosing a sample member to sign in as;
 * - `POST /sso/respond`  signs a response for the chosen member and returns a page that posts
 *                        it, with the RelayState, to the service provider's assertion consumer;
 * - `GET  /metadata`     the identity provider's SAML metadata.
 *
 * Anyone who can reach it can sign in as any sample member: that is its purpose, so it must
 * never be mounted by a production host.
 */
import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import { AuthnRequestError, isHttpUrl, parseAuthnRequest, SAML_ID } from './authn-request';
import {
  renderAutoPostPage,
  renderErrorPage,
  renderSignInPage,
  TEXT,
} from './identity-provider-pages';
import { buildIdentityProviderMetadata } from './identity-provider-metadata';
import { buildSignedResponse, encodeResponse, randomSamlId } from './saml-response';
import { memberAttributes, type SampleMember } from './sample-members';
import type { SigningKey } from './signing-key';
import { XmlValueError } from './xml-writer';

export interface IdentityProviderRouterOptions {
  entityId: string;
  signingKey: SigningKey;
  members: readonly SampleMember[];
  now?: () => Date;
  /** Decides which assertion consumer URLs may receive a response; all are trusted if absent. */
  trustedServiceProviders?: (acsUrl: string) => boolean;
  /** Where the router is reachable, for the metadata; taken from each request if absent. */
  baseUrl?: string;
  /** Told of errors the router did not expect; the page shown never includes them. */
  onError?: (error: unknown) => void;
}

class BadSignInRequest extends Error {
  constructor(readonly userMessage: string) {
    super(userMessage);
    this.name = 'BadSignInRequest';
  }
}

// SAML's bindings cap RelayState at 80 bytes, but SP libraries often carry a return path in
// it, so the stand-in is lenient up to a size that still bounds the page it renders.
const MAX_RELAY_STATE_LENGTH = 2048;
const MAX_ENTITY_ID_LENGTH = 1024;

export function createIdentityProviderRouter(options: IdentityProviderRouterOptions): Router {
  const router = express.Router();
  const now = options.now ?? (() => new Date());
  const trusted = options.trustedServiceProviders ?? (() => true);

  router.get('/sso', (req, res) => showSignInPage(req, res, options.members, trusted));
  router.post('/sso/respond', express.urlencoded({ extended: false, limit: '64kb' }), (req, res) =>
    respondForMember(req, res, { ...options, now, trusted }),
  );
  router.get('/metadata', (req, res) => sendMetadata(req, res, options));

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) =>
    handleError(error, res, next, options.onError),
  );
  return router;
}

function showSignInPage(
  req: Request,
  res: Response,
  members: readonly SampleMember[],
  trusted: (acsUrl: string) => boolean,
): void {
  const samlRequest = queryString(req, 'SAMLRequest');
  const relayState = optionalRelayState(queryString(req, 'RelayState'));
  const request = readRequest(samlRequest ?? '');

  const acsUrl = request.assertionConsumerServiceUrl;
  if (acsUrl === undefined) throw new BadSignInRequest(TEXT.noAcsUrl);
  if (!trusted(acsUrl)) throw new BadSignInRequest(TEXT.untrusted);

  const page = renderSignInPage({
    members,
    respondPath: `${req.baseUrl}/sso/respond`,
    requestId: request.id,
    acsUrl,
    serviceProvider: request.issuer,
    relayState,
  });
  sendPage(res, 200, page);
}

interface RespondDependencies {
  signingKey: SigningKey;
  entityId: string;
  members: readonly SampleMember[];
  now: () => Date;
  trusted: (acsUrl: string) => boolean;
}

function respondForMember(req: Request, res: Response, dependencies: RespondDependencies): void {
  const form = readRespondForm(req.body, dependencies.trusted);
  const member = dependencies.members.find((candidate) => candidate.nameId === form.member);
  if (!member) throw new BadSignInRequest(TEXT.unknownMember);

  const xml = buildSignedResponse({
    signingKey: dependencies.signingKey,
    issuer: dependencies.entityId,
    destination: form.acsUrl,
    recipient: form.acsUrl,
    audience: form.serviceProvider,
    inResponseTo: form.requestId,
    nameId: member.nameId,
    sessionIndex: randomSamlId(),
    attributes: memberAttributes(member),
    now: dependencies.now(),
  });

  const page = renderAutoPostPage({
    acsUrl: form.acsUrl,
    samlResponse: encodeResponse(xml),
    relayState: form.relayState,
  });
  sendPage(res, 200, page);
}

interface RespondForm {
  member: string;
  requestId?: string;
  acsUrl: string;
  serviceProvider: string;
  relayState?: string;
}

/**
 * The form's fields came back from the browser, so they are checked again here. An empty
 * request id is allowed and makes the response unsolicited, as an IdP-initiated one is.
 */
function readRespondForm(body: unknown, trusted: (acsUrl: string) => boolean): RespondForm {
  const field = (name: string) => formField(body, name);
  const requestId = field('requestId') || undefined;
  const acsUrl = field('acsUrl') ?? '';
  const serviceProvider = field('serviceProvider') ?? '';

  const validRequestId = requestId === undefined || SAML_ID.test(requestId);
  const validServiceProvider = serviceProvider.length > 0;
  if (!validRequestId || !validServiceProvider || serviceProvider.length > MAX_ENTITY_ID_LENGTH) {
    throw new BadSignInRequest(TEXT.badRequest);
  }

  if (!isHttpUrl(acsUrl)) throw new BadSignInRequest(TEXT.noAcsUrl);
  if (!trusted(acsUrl)) throw new BadSignInRequest(TEXT.untrusted);
  const relayState = optionalRelayState(field('RelayState'));
  return { member: field('member') ?? '', requestId, acsUrl, serviceProvider, relayState };
}

function sendMetadata(req: Request, res: Response, options: IdentityProviderRouterOptions): void {
  const baseUrl = options.baseUrl ?? `${req.protocol}://${req.get('host')}${req.baseUrl}`;
  const xml = buildIdentityProviderMetadata({
    entityId: options.entityId,
    ssoUrl: `${baseUrl.replace(/\/+$/, '')}/sso`,
    certificatePem: options.signingKey.certificatePem,
  });

  res.type('application/samlmetadata+xml; charset=utf-8').send(xml);
}

function readRequest(samlRequest: string) {
  try {
    return parseAuthnRequest(samlRequest, 'redirect');
  } catch (error) {
    if (error instanceof AuthnRequestError) throw new BadSignInRequest(TEXT.badRequest);
    throw error;
  }
}

function optionalRelayState(value: string | undefined): string | undefined {
  if (value !== undefined && value.length > MAX_RELAY_STATE_LENGTH) {
    throw new BadSignInRequest(TEXT.badRequest);
  }
  return value;
}

/** A query parameter given once, as text; repeated or nested parameters are refused. */
function queryString(req: Request, name: string): string | undefined {
  const value: unknown = req.query[name];
  if (value === undefined || typeof value === 'string') return value;
  throw new BadSignInRequest(TEXT.badRequest);
}

function formField(body: unknown, name: string): string | undefined {
  const value: unknown =
    typeof body === 'object' && body !== null ? Reflect.get(body, name) : undefined;
  if (value === undefined || typeof value === 'string') return value;
  throw new BadSignInRequest(TEXT.badRequest);
}

function sendPage(res: Response, status: number, html: string): void {
  // The pages carry a one-time request id or a signed assertion, which no cache should keep.
  res.status(status).set('Cache-Control', 'no-store').type('html').send(html);
}

function handleError(
  error: unknown,
  res: Response,
  next: NextFunction,
  onError: ((error: unknown) => void) | undefined,
): void {
  if (res.headersSent) return next(error);

  if (error instanceof BadSignInRequest) {
    return sendPage(res, 400, renderErrorPage(error.userMessage));
  }
  if (error instanceof XmlValueError) {
    return sendPage(res, 400, renderErrorPage(TEXT.badRequest));
  }

  // The body parser's refusals (too large, badly encoded) carry their own 4xx status.
  const status = clientErrorStatus(error);
  if (status !== undefined) return sendPage(res, status, renderErrorPage(TEXT.badRequest));

  onError?.(error);
  sendPage(res, 500, renderErrorPage(TEXT.unexpectedError));
}

function clientErrorStatus(error: unknown): number | undefined {
  const status = typeof error === 'object' && error !== null ? Reflect.get(error, 'status') : 0;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}
