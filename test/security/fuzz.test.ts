/**
 * Every form posted thousands of random and malformed bodies, each with the session's valid
 * CSRF token so that it reaches the handler. The forms are found from the router stack (as in
 * the CSRF test) and their fields from the pages that render them; member routes are posted
 * by a mentor in an active partnership with a request waiting, /admin routes by an
 * administrator, with real ids in the paths (and now and then a hostile one).
 *
 * Asserted: nothing answers 5xx or hangs, no request is logged as failed, nothing is written
 * (no row inserted, updated or deleted, counted by triggers) for a post answered 400 or
 * above, and no prototype is polluted. FUZZ_SEED replays a run; FUZZ_POSTS_PER_ROUTE scales it.
 */
import request from 'supertest';
import fc from 'fast-check';
import { manifest } from '../../src/manifest';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { databaseKinds, type DatabaseKind } from '../support/databases';
import { ADMINISTRATOR, signIn } from '../support/saml';
import type { SampleMember } from '../../standalone/identity-provider/sample-members';
import {
  activePartnership,
  join,
  postForm,
  requestPartnership,
  type Agent,
} from '../partnerships/partnership-helpers';
import { pdfFile } from '../partnerships/sample-files';
import {
  fillPath,
  formsIn,
  installWriteCounter,
  patternRegExp,
  routesOf,
  rowCounts,
  type FormShape,
  type Route,
} from './fuzz-forms';
import { bodyArbitrary, hostileIdArbitrary, sample } from './fuzz-payloads';

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const POSTS_PER_ROUTE: Record<DatabaseKind, number> = {
  sqlite: Number(process.env.FUZZ_POSTS_PER_ROUTE ?? 120),
  mariadb: Math.ceil(Number(process.env.FUZZ_POSTS_PER_ROUTE ?? 120) / 6),
};
// Fields some handlers read that no rendered page showed in the arranged state.
const EXTRA_FIELDS = ['memberId', 'role', 'message', 'reason', 'fullName', 'confirm', 'note'];
// These end the session or the member: fuzzed last, and the session is restored after each.
const SESSION_ENDING = ['/profile/delete', '/auth/sign-out'];
const UPLOAD = '/partnerships/:partnershipId/documents';
const NOT_PAGES = /^\/(auth|health|places|profile\/export)\b/;

interface Signed {
  agent: Agent;
  token: string;
  member: SampleMember;
}

interface Tally {
  posts: number;
  byClass: Record<string, number>;
  failures: string[];
}

function csrfTokenIn(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

async function signedIn(test: TestPlugin, member: SampleMember): Promise<Signed> {
  await test.database.db('mm_rate_limits').delete();
  const agent = request.agent(test.server);
  const res = await signIn(agent, test, member);
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return { agent, member, token: csrfTokenIn((await agent.get(at(test, '/'))).text) };
}

/** A mentor with an active partnership, a request waiting, suggestions and a document. */
async function arrangeProgram(test: TestPlugin) {
  const mentor = await join(test, {
    key: 'mentor',
    givenName: 'Maud',
    surname: 'Ng',
    years: 12,
    roles: ['mentor'],
    capacity: 3,
  });
  const mentee = await join(test, {
    key: 'mentee',
    givenName: 'Emil',
    surname: 'Roy',
    years: 1,
    roles: ['mentee'],
  });
  const seeker = await join(test, {
    key: 'seeker',
    givenName: 'Sara',
    surname: 'Lo',
    years: 2,
    roles: ['mentee'],
  });
  await join(test, {
    key: 'candidate',
    givenName: 'Cy',
    surname: 'Park',
    years: 1,
    roles: ['mentee'],
  });
  const partnershipId = await activePartnership(test, mentor, mentee);
  const requestId = await requestPartnership(test, seeker, mentor, 'mentee');
  await test.plugin.mentormatch.jobs.runDueOnce();
  await postUpload(mentor.agent, test, partnershipId);
  return { mentor, mentee, seeker, partnershipId, requestId };
}

async function postUpload(agent: Agent, test: TestPlugin, partnershipId: number) {
  const token = csrfTokenIn((await agent.get(at(test, '/'))).text);
  await agent
    .post(at(test, `/partnerships/${partnershipId}/documents`))
    .field('_csrf', token)
    .attach('file', pdfFile(), 'cv.pdf');
}

async function firstId(test: TestPlugin, table: string, where: Record<string, unknown> = {}) {
  const row = await test.database.db(table).where(where).orderBy('id').first('id');
  return row ? String(row.id) : '1';
}

/** Real ids for each path parameter name, so that payloads reach the handlers. */
async function idsFor(test: TestPlugin, arranged: Awaited<ReturnType<typeof arrangeProgram>>) {
  const { mentor, seeker, mentee, partnershipId, requestId } = arranged;
  const db = test.database.db;
  const seekerRole = await db('mm_profile_roles')
    .join('mm_profiles', 'mm_profiles.id', 'mm_profile_roles.profile_id')
    .where('mm_profiles.member_id', seeker.id)
    .first('mm_profile_roles.id as id');
  const suggestion = await db('mm_suggestions')
    .where({ member_id: mentor.id })
    .first('partner_member_id');
  return {
    partnershipId: String(partnershipId),
    id: String(partnershipId),
    requestId: String(requestId),
    memberId: String(mentor.id),
    roleId: String(seekerRole?.id ?? 1),
    menteeId: String(mentee.id),
    partnerId: String(suggestion?.partner_member_id ?? seeker.id),
    sessionId: await firstId(test, 'mm_program_sessions'),
    emailId: await firstId(test, 'mm_outbox'),
    draftId: await firstId(test, 'mm_matching_drafts'),
    documentId: await firstId(test, 'mm_partnership_documents'),
  };
}

function isAdminPath(path: string): boolean {
  return path.startsWith('/admin');
}

/** The post forms of every page the two agents can open, keyed by action path. */
async function collectForms(
  test: TestPlugin,
  routes: Route[],
  ids: Record<string, string>,
  as: (path: string) => Signed,
) {
  const forms = new Map<string, FormShape>();
  const pages = routes
    .filter((r) => r.method === 'get' && !NOT_PAGES.test(r.path))
    .map((r) => fillPath(r.path, ids));
  // The request form needs to know whom it asks.
  pages.push(`/partnerships/requests/new?memberId=${ids.partnerId}`);
  for (const path of pages) {
    const res = await as(path).agent.get(at(test, path));
    if (res.status >= 500) throw new Error(`GET ${path} answered ${res.status}`);
    if (!/html/.test(String(res.headers['content-type']))) continue;
    for (const [action, form] of formsIn(res.text, test.mountPath)) forms.set(action, form);
  }
  return forms;
}

function formFor(route: Route, forms: Map<string, FormShape>): FormShape | undefined {
  const pattern = patternRegExp(route.path);
  for (const [action, form] of forms) if (pattern.test(action)) return form;
  return undefined;
}

function classOf(status: number): string {
  return `${Math.floor(status / 100)}xx`;
}

function preview(body: string): string {
  return body.length > 160 ? `${body.slice(0, 160)}… (${body.length} chars)` : body;
}

/** Hostile file names and contents for the one multipart form. */
function uploadArbitrary() {
  const name = fc.oneof(
    fc.constantFrom(
      '../../etc/passwd',
      '..\\..\\boot.ini',
      'cv.pdf\u0000.exe',
      'CON',
      '',
      '.htaccess',
      'a/b/c.pdf',
      '%2e%2e%2fcv.pdf',
    ),
    fc.string({ unit: 'binary', maxLength: 80 }),
  );
  const content = fc.oneof(
    fc.constant(pdfFile()),
    fc.uint8Array({ maxLength: 2048 }).map((bytes) => Buffer.from(bytes)),
    fc.constant(Buffer.alloc(0)),
  );
  const fields = fc.array(
    fc.tuple(
      fc.constantFrom('file', 'note', '__proto__', 'constructor', '_csrf2'),
      fc.string({ maxLength: 40 }),
    ),
    { maxLength: 4 },
  );
  return fc.record({
    name,
    content,
    fileField: fc.constantFrom('file', 'file', 'file', 'document', ''),
    fields,
  });
}

describe.each(databaseKinds())('fuzzing every form on %s', (kind) => {
  let test: TestPlugin;
  let member: Signed;
  let admin: Signed;
  let writes: () => Promise<number>;
  let routes: Route[];
  let forms: Map<string, FormShape>;
  let ids: Record<string, string>;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    const arranged = await arrangeProgram(test);
    member = { agent: arranged.mentor.agent, member: arranged.mentor.member, token: '' };
    member.token = csrfTokenIn((await member.agent.get(at(test, '/'))).text);
    admin = await signedIn(test, ADMINISTRATOR);
    const proposals = await postForm(admin.agent, test, '/admin/matching/proposals', {});
    if (proposals.status >= 500)
      throw new Error(`a matching proposal answered ${proposals.status}`);

    routes = routesOf(test.plugin);
    ids = await idsFor(test, arranged);
    forms = await collectForms(test, routes, ids, (path) => (isAdminPath(path) ? admin : member));
    writes = await installWriteCounter(test.database.db);
  }, 120_000);

  afterAll(async () => {
    await test?.close();
  });

  function signedFor(path: string): Signed {
    return isAdminPath(path) ? admin : member;
  }

  /** Signs the agent in again when a post ended its session (its token was refused). */
  async function restoreSession(path: string, logsBefore: number) {
    const refusedToken = test.logs
      .slice(logsBefore)
      .some((l) => l.event === 'request_refused' && l.reason === 'EBADCSRFTOKEN');
    if (!refusedToken) return false;
    const fresh = await signedIn(test, signedFor(path).member);
    if (isAdminPath(path)) admin = fresh;
    else member = fresh;
    return true;
  }

  async function check(
    tally: Tally,
    route: string,
    label: string,
    send: () => Promise<request.Response>,
  ) {
    // The per-member limit on partnership requests would answer 429 from the 11th post on;
    // a new window for each post lets every payload reach the handler.
    await test.database
      .db('mm_rate_limits')
      .where('client_key', 'like', 'partnership-request:%')
      .delete();
    const writesBefore = await writes();
    const logsBefore = test.logs.length;
    let status: number;
    try {
      status = (await send()).status;
    } catch (err) {
      tally.failures.push(`${label}: no answer (${(err as Error).message})`);
      return;
    }
    tally.posts += 1;
    tally.byClass[classOf(status)] = (tally.byClass[classOf(status)] ?? 0) + 1;
    const written = (await writes()) - writesBefore;
    const failed = test.logs.slice(logsBefore).some((l) => l.event === 'request_failed');
    if (status >= 500 || failed) tally.failures.push(`${label}: answered ${status}`);
    if (status >= 400 && written > 0)
      tally.failures.push(`${label}: ${status} but ${written} rows written`);
    await restoreSession(route, logsBefore);
  }

  async function fuzzForm(route: Route, count: number, seed: number, tally: Tally) {
    const form = formFor(route, forms);
    const bodies = sample(bodyArbitrary(form, EXTRA_FIELDS), count, seed);
    const hostileIds = sample(hostileIdArbitrary, count, seed + 1);
    for (const [index, body] of bodies.entries()) {
      const hostile = index % 10 === 9 ? hostileIds[index] : undefined;
      const path = hostile ? route.path.replace(/:(\w+)/g, hostile) : fillPath(route.path, ids);
      const signed = signedFor(route.path);
      const label = `POST ${route.path} ${path} ${preview(body)}`;
      await check(tally, route.path, label, () =>
        signed.agent
          .post(at(test, path))
          .timeout({ response: 15_000 })
          .type('form')
          .send(`${body}${body ? '&' : ''}_csrf=${signed.token}`),
      );
    }
  }

  async function fuzzUpload(count: number, seed: number, tally: Tally) {
    const path = fillPath(UPLOAD, ids);
    for (const upload of sample(uploadArbitrary(), count, seed)) {
      const label = `POST ${UPLOAD} file ${JSON.stringify(upload.name).slice(0, 80)}`;
      await check(tally, UPLOAD, label, () => {
        let req = member.agent.post(at(test, path)).timeout({ response: 15_000 });
        req = req.field('_csrf', member.token);
        for (const [name, value] of upload.fields) req = req.field(name, value);
        if (upload.fileField)
          req = req.attach(upload.fileField, upload.content, upload.name || 'x');
        return req;
      });
    }
  }

  it('answers every malformed post without 5xx and writes nothing for the refused ones', async () => {
    const posts = routes.filter(
      (r) => r.method === 'post' && r.path !== manifest.sso.assertionConsumerPath,
    );
    const ordered = [
      ...posts.filter((r) => !SESSION_ENDING.includes(r.path)),
      ...posts.filter((r) => SESSION_ENDING.includes(r.path)),
    ];
    const countsBefore = await rowCounts(test.database.db);
    const tally: Tally = { posts: 0, byClass: {}, failures: [] };
    const started = Date.now();

    for (const [index, route] of ordered.entries()) {
      const count = SESSION_ENDING.includes(route.path) ? 10 : POSTS_PER_ROUTE[kind];
      if (route.path === UPLOAD) await fuzzUpload(count, SEED + index, tally);
      else await fuzzForm(route, count, SEED + index, tally);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const countsAfter = await rowCounts(test.database.db);
    const grown = Object.keys(countsAfter).filter((t) => countsAfter[t] !== countsBefore[t]);
    process.stdout.write(
      `fuzz (${kind}, seed ${SEED}): ${tally.posts} posts to ${ordered.length} routes in ` +
        `${seconds} s; answers ${JSON.stringify(tally.byClass)}; tables changed by accepted ` +
        `posts: ${grown.join(', ') || 'none'}; failures ${tally.failures.length}\n`,
    );
    expect(tally.failures.slice(0, 20)).toEqual([]);
    expect(tally.posts).toBeGreaterThanOrEqual(ordered.length * 10);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect((await request(test.server).get(at(test, manifest.healthPath))).status).toBe(200);
  }, 600_000);

  it('found a rendered form for most of the routes it posted to', () => {
    const posts = routes.filter((r) => r.method === 'post' && r.path !== UPLOAD);
    const withForm = posts.filter((r) => formFor(r, forms) !== undefined);
    process.stdout.write(
      `fuzz (${kind}): fields known for ${withForm.length} of ${posts.length} post routes; ` +
        `without: ${posts
          .filter((r) => !withForm.includes(r))
          .map((r) => r.path)
          .join(', ')}\n`,
    );
    expect(withForm.length).toBeGreaterThan(posts.length / 2);
  });
});
