/**
 * Who may reach what, tried on every route the plugin registers. The routes are read from the
 * router stack (as in the CSRF and fuzz tests), so a route added later is tried without
 * touching this file, and an id-bearing route whose ids this file cannot fill fails it.
 *
 * Asserted: a member who is no party to a partnership, request, document or suggestion is
 * answered "not found" (or "forbidden") on GET and POST, with a valid CSRF token, whatever mix
 * of their own and others' ids the path carries; the refusal comes from the ownership check,
 * not from the CSRF check or a lost session; nothing is written and no contact detail of
 * another member is shown. Every /admin route answers 403 to a signed-in member who is not an
 * administrator (the administrator opens the same pages with the same ids, so the refusal is
 * about who asks) and never 2xx to a signed-out visitor.
 */
import request from 'supertest';
import type { Role } from '../../src/members/profile-options';
import { dateOf } from '../../src/programs/program-session-dates';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  accept,
  activePartnership,
  csrfToken,
  DAY_MS,
  join,
  postForm,
  requestPartnership,
  type Agent,
  type Person,
  type PersonSpec,
} from '../partnerships/partnership-helpers';
import { pdfFile } from '../partnerships/sample-files';
import { administrator, runMatching } from '../admin/oversight-helpers';
import { fillPath, installWriteCounter, routesOf, type Route } from './fuzz-forms';

/** Values for each path parameter, by name: several ids may be tried for one name. */
type Ids = Record<string, string[]>;

interface Attempt {
  label: string;
  status: number;
  /** The reason logged with the refusal, if the error handler refused the request. */
  reason?: string;
  written: number;
  body: string;
}

// Every field a member's forms send, so that a post that slipped past a check would do its work.
const FORM_BODY = {
  fullName: 'Olive Outsider',
  confirm: 'yes',
  modes: 'phone',
  frequency: 'weekly',
  months: '3',
  reason: 'Taking this over.',
  message: 'Hello',
  role: 'mentee',
};
// Fields of the administration forms, for the same reason.
const ADMIN_BODY = {
  note: 'x',
  reason: 'x',
  mentor: '1',
  mentee: '1',
  contact: 'yes',
  name: 'Spring',
  term_months: '6',
};
// What the ownership and role checks throw; a CSRF refusal or a lost session would be another.
const CHECK_REFUSALS = new Set(['NotFoundError', 'ForbiddenError']);

/** A member who applies for one role, named "Given Surname". */
function member(key: string, name: string, years: number, role: Role, capacity = 1): PersonSpec {
  const [givenName, surname] = name.split(' ');
  return { key, givenName, surname, years, roles: [role], capacity };
}

function paramsOf(path: string): string[] {
  return [...path.matchAll(/:(\w+)/g)].map(([, name]) => name);
}

function isAdminRoute(route: Route): boolean {
  return route.path === '/admin' || route.path.startsWith('/admin/');
}

/**
 * Every way to fill the route's parameters from `others` and `own` in which at least one id
 * belongs to other members; none when a parameter has no id of other members to try.
 */
function foreignFillings(params: string[], others: Ids, own: Ids): Array<Record<string, string>> {
  let fillings = [{ ids: {} as Record<string, string>, foreign: false }];
  for (const name of params) {
    const choices = [
      ...(others[name] ?? []).map((id) => ({ id, foreign: true })),
      ...(own[name] ?? []).map((id) => ({ id, foreign: false })),
    ];
    fillings = fillings.flatMap((filling) =>
      choices.map(({ id, foreign }) => ({
        ids: { ...filling.ids, [name]: id },
        foreign: filling.foreign || foreign,
      })),
    );
  }
  const hasForeign = params.every((name) => (others[name] ?? []).length > 0);
  return hasForeign ? fillings.filter((f) => f.foreign).map((f) => f.ids) : [];
}

function textOf(res: request.Response): string {
  if (typeof res.text === 'string') return res.text;
  return Buffer.isBuffer(res.body) ? res.body.toString('latin1') : JSON.stringify(res.body ?? '');
}

function dayFromNow(test: TestPlugin, days: number): string {
  return dateOf(test.clock.now + days * DAY_MS);
}

async function firstId(test: TestPlugin, table: string, where: Record<string, unknown> = {}) {
  const row = await test.database.db(table).where(where).orderBy('id').first('id');
  return row ? String(row.id) : undefined;
}

async function documentOf(test: TestPlugin, partnershipId: number): Promise<string> {
  const id = await firstId(test, 'mm_partnership_documents', { partnership_id: partnershipId });
  if (!id) throw new Error(`no document in partnership ${partnershipId}`);
  return id;
}

async function upload(test: TestPlugin, person: Person, partnershipId: number) {
  const res = await person.agent
    .post(at(test, `/partnerships/${partnershipId}/documents`))
    .field('_csrf', await csrfToken(person.agent, test))
    .attach('file', pdfFile(), `${person.member.nameId}.pdf`);
  if (res.status !== 303) throw new Error(`upload answered ${res.status}`);
}

/**
 * Four members in partnerships and requests of every state, a document in each active
 * partnership, suggestions from a matching run, and the outsider: a mentee with a partnership,
 * a request and a document of her own, so that paths can mix her ids with the others'.
 */
async function arrangeProgram(test: TestPlugin) {
  const maud = await join(test, member('maud', 'Maud Nguyen', 12, 'mentor', 3));
  const emil = await join(test, member('emil', 'Emil Roy', 1, 'mentee'));
  const sara = await join(test, member('sara', 'Sara Lowe', 2, 'mentee'));
  const cyan = await join(test, member('cyan', 'Cyan Park', 1, 'mentee'));
  const otto = await join(test, member('otto', 'Otto Berg', 15, 'mentor', 2));
  const olive = await join(test, member('olive', 'Olive Outsider', 2, 'mentee'));
  await runMatching(test);

  const active = await activePartnership(test, maud, emil);
  const agreementRequest = await requestPartnership(test, cyan, maud, 'mentee');
  const agreement = await accept(test, maud, agreementRequest);
  const pendingRequest = await requestPartnership(test, sara, maud, 'mentee');
  const own = await activePartnership(test, otto, olive);
  await upload(test, emil, active);
  await upload(test, olive, own);

  const db = test.database.db;
  const others = [maud, emil, sara, cyan];
  for (const [index, person] of others.entries()) {
    person.contactPhone = `613 555 01${10 + index}`;
    await db('mm_profiles').where({ member_id: person.id }).update({
      contact_phone: person.contactPhone,
    });
  }
  const partnershipRequest = async (id: number) =>
    String((await db('mm_partnerships').where({ id }).first('request_id')).request_id);
  const suggestedToOlive: number[] = await db('mm_suggestions')
    .where({ member_id: olive.id })
    .pluck('partner_member_id');
  const suggestedToOthers: number[] = await db('mm_suggestions')
    .whereNot({ member_id: olive.id })
    .pluck('partner_member_id');

  const othersIds: Ids = {
    partnershipId: [String(active), String(agreement)],
    documentId: [await documentOf(test, active)],
    requestId: [String(pendingRequest), String(agreementRequest), await partnershipRequest(active)],
    partnerId: [...new Set([...suggestedToOthers, ...others.map((p) => p.id)])]
      .filter((id) => id !== olive.id && !suggestedToOlive.includes(id))
      .map(String),
  };
  const ownIds: Ids = {
    partnershipId: [String(own)],
    documentId: [await documentOf(test, own)],
    requestId: [await partnershipRequest(own)],
  };
  return { maud, olive, others, othersIds, ownIds, suggestedToOlive, suggestedToOthers };
}

/** A program session and a matching draft, and a real id for every administration route. */
async function arrangeAdministration(test: TestPlugin, admin: Agent, arranged: Arranged) {
  const session = await postForm(admin, test, '/admin/sessions', {
    name: 'Autumn',
    registration_opens: dayFromNow(test, 10),
    registration_closes: dayFromNow(test, 20),
    starts: dayFromNow(test, 30),
    term_months: '6',
  });
  if (session.status !== 303) throw new Error(`session form answered ${session.status}`);
  const draft = await postForm(admin, test, '/admin/matching/proposals');
  if (draft.status !== 303) throw new Error(`matching proposal answered ${draft.status}`);

  const db = test.database.db;
  const draftRow = await db('mm_matching_drafts').orderBy('id').first();
  const pairs = JSON.parse(draftRow.pairs) as Array<{ menteeId: number }>;
  const unmatched = JSON.parse(draftRow.unmatched) as Array<{ menteeId: number }>;
  const role = await db('mm_profile_roles as r')
    .join('mm_profiles as p', 'p.id', 'r.profile_id')
    .where({ 'p.member_id': arranged.maud.id })
    .first('r.id');
  const ids: Record<string, string | undefined> = {
    sessionId: await firstId(test, 'mm_program_sessions'),
    emailId: await firstId(test, 'mm_outbox'),
    memberId: String(arranged.maud.id),
    roleId: String(role.id),
    id: arranged.othersIds.partnershipId[0],
    draftId: String(draftRow.id),
    menteeId: String((pairs[0] ?? unmatched[0])?.menteeId ?? ''),
  };
  return Object.fromEntries(Object.entries(ids).filter(([, id]) => id)) as Record<string, string>;
}

type Arranged = Awaited<ReturnType<typeof arrangeProgram>>;

describe.each(databaseKinds())('authorization on %s', (kind) => {
  let test: TestPlugin;
  let routes: Route[];
  let arranged: Arranged;
  let adminIds: Record<string, string>;
  let admin: Agent;
  let writes: () => Promise<number>;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    routes = routesOf(test.plugin);
    arranged = await arrangeProgram(test);
    admin = await administrator(test);
    adminIds = await arrangeAdministration(test, admin, arranged);
    writes = await installWriteCounter(test.database.db);
  }, 120_000);

  afterAll(async () => {
    await test?.close();
  });

  /** Sends one request and reads what it did: status, refusal reason, rows written. */
  async function attempt(label: string, send: () => Promise<request.Response>): Promise<Attempt> {
    const writesBefore = await writes();
    const logsBefore = test.logs.length;
    const res = await send();
    const refusal = test.logs.slice(logsBefore).find((l) => l.event === 'request_refused');
    const written = (await writes()) - writesBefore;
    return { label, status: res.status, reason: refusal?.reason, written, body: textOf(res) };
  }

  /** A form post with the session's token; a multipart one when the form parser never ran. */
  async function post(agent: Agent, token: string, path: string, body: Record<string, string>) {
    const label = `POST ${path}`;
    const form = await attempt(label, () =>
      agent
        .post(at(test, path))
        .type('form')
        .send({ ...body, _csrf: token }),
    );
    if (form.reason !== 'EBADCSRFTOKEN') return form;
    return attempt(`${label} (multipart)`, () => {
      let req = agent.post(at(test, path)).field('_csrf', token);
      for (const [name, value] of Object.entries(body)) req = req.field(name, value);
      return req.attach('file', pdfFile(), 'intruder.pdf');
    });
  }

  it("answers not found to a member on every route that names other members' ids", async () => {
    const { olive, others, othersIds, ownIds, suggestedToOthers } = arranged;
    const token = await csrfToken(olive.agent, test);
    const registered = new Set(routes.map((r) => `${r.method} ${r.path}`));
    const idRoutes = routes.filter((r) => !isAdminRoute(r) && paramsOf(r.path).length > 0);
    const secrets = others.flatMap((p) => [p.contactEmail, p.contactPhone, p.member.email]);
    const failures: string[] = [];
    const tried = new Set<string>();
    let requests = 0;

    for (const route of idRoutes) {
      const fillings = foreignFillings(paramsOf(route.path), othersIds, ownIds);
      if (fillings.length === 0) failures.push(`${route.method} ${route.path}: no ids to try`);
      for (const ids of fillings) {
        const path = fillPath(route.path, ids);
        const results = [
          await attempt(`GET ${path}`, () => olive.agent.get(at(test, path))),
          await post(olive.agent, token, path, FORM_BODY),
        ];
        tried.add(`${route.method} ${route.path}`);
        requests += results.length;
        for (const [index, result] of results.entries()) {
          const method = index === 0 ? 'get' : 'post';
          const handled = registered.has(`${method} ${route.path}`);
          if (![403, 404].includes(result.status)) {
            failures.push(`${result.label}: ${result.status}`);
          }
          if (handled && !CHECK_REFUSALS.has(result.reason ?? '')) {
            failures.push(`${result.label}: refused for ${result.reason ?? 'no logged reason'}`);
          }
          if (result.written > 0) failures.push(`${result.label}: ${result.written} rows written`);
          const shown = secrets.filter((secret) => result.body.includes(secret));
          if (shown.length > 0) failures.push(`${result.label}: shows ${shown.join(', ')}`);
        }
      }
    }

    process.stdout.write(
      `authorization (${kind}): ${idRoutes.length} id-bearing member routes, ${tried.size} ` +
        `tried, ${requests} requests by a member who is no party to them\n`,
    );
    expect(failures).toEqual([]);
    expect(tried.size).toBe(idRoutes.length);
    const suggested = othersIds.partnerId.filter((id) => suggestedToOthers.includes(Number(id)));
    expect(suggested.length).toBeGreaterThan(0);
    expect(idRoutes.length).toBeGreaterThanOrEqual(15);
    expect((await olive.agent.get(at(test, '/partnerships'))).status).toBe(200);
  });

  it('answers not found on the request form for a member the asker may not ask', async () => {
    const { olive, others, suggestedToOlive } = arranged;
    const hidden = others.filter((p) => !suggestedToOlive.includes(p.id));
    const failures: string[] = [];

    for (const other of hidden) {
      const key = other.member.nameId.slice('partnerships-'.length);
      const profile = [other.name, `Notes of ${key}`, other.member.institution];
      const secrets = [...profile, other.contactEmail, other.contactPhone, other.member.email];
      for (const role of ['mentor', 'mentee']) {
        const path = `/partnerships/requests/new?memberId=${other.id}&role=${role}`;
        const res = await olive.agent.get(at(test, path));
        if (res.status !== 404) failures.push(`${path}: ${res.status}`);
        const shown = secrets.filter((secret) => res.text.includes(secret));
        if (shown.length > 0) failures.push(`${path}: shows ${shown.join(', ')}`);
      }
    }

    // The outsider is in a partnership as a mentee and holds no mentor role: she may ask
    // nobody, so only a member the matching suggested to her could be shown.
    expect(hidden.length).toBeGreaterThanOrEqual(3);
    expect(failures).toEqual([]);
  });

  it('opens every administration page to the administrator with the same ids', async () => {
    const pages = routes.filter((r) => isAdminRoute(r) && r.method === 'get');
    const statuses: Record<string, number> = {};

    for (const route of pages) {
      const path = fillPath(route.path, adminIds);
      statuses[path] = (await admin.get(at(test, path))).status;
    }

    const opened = Object.fromEntries(Object.keys(statuses).map((path) => [path, 200]));
    expect(statuses).toEqual(opened);
  });

  it('refuses every administration route to a member who is not an administrator', async () => {
    const { maud } = arranged;
    const token = await csrfToken(maud.agent, test);
    const adminRoutes = routes.filter(isAdminRoute);
    const failures: string[] = [];

    for (const route of adminRoutes) {
      const missing = paramsOf(route.path).filter((name) => !adminIds[name]);
      if (missing.length > 0) failures.push(`${route.path}: no id for ${missing.join(', ')}`);
      const path = fillPath(route.path, adminIds);
      const result =
        route.method === 'get'
          ? await attempt(`GET ${path}`, () => maud.agent.get(at(test, path)))
          : await post(maud.agent, token, path, ADMIN_BODY);
      if (result.status !== 403 || result.reason !== 'ForbiddenError') {
        failures.push(`${result.label}: ${result.status} (${result.reason ?? 'no logged reason'})`);
      }
      if (result.written > 0) failures.push(`${result.label}: ${result.written} rows written`);
      if (result.body.includes(arranged.olive.contactEmail)) {
        failures.push(`${result.label}: shows a member's contact email`);
      }
    }

    process.stdout.write(
      `authorization (${kind}): ${adminRoutes.length} administration routes refused to a member\n`,
    );
    expect(failures).toEqual([]);
    expect(adminRoutes.length).toBeGreaterThanOrEqual(30);
    expect((await maud.agent.get(at(test, '/partnerships'))).status).toBe(200);
  });

  it('never answers an administration route with success to a signed-out visitor', async () => {
    const adminRoutes = routes.filter(isAdminRoute);
    const failures: string[] = [];
    const answers: Record<number, number> = {};

    // No page gives a signed-out visitor a CSRF token, so their posts stop at that check.
    for (const route of adminRoutes) {
      const path = fillPath(route.path, adminIds);
      const visitor = request(test.server);
      const result =
        route.method === 'get'
          ? await attempt(`GET ${path}`, () => visitor.get(at(test, path)))
          : await attempt(`POST ${path}`, () =>
              visitor.post(at(test, path)).type('form').send(ADMIN_BODY),
            );
      answers[result.status] = (answers[result.status] ?? 0) + 1;
      if (result.status < 300 || result.status >= 500) {
        failures.push(`${result.label}: ${result.status}`);
      }
      if (result.written > 0) failures.push(`${result.label}: ${result.written} rows written`);
    }

    process.stdout.write(
      `authorization (${kind}): ${adminRoutes.length} administration routes tried signed out, ` +
        `answers ${JSON.stringify(answers)}\n`,
    );
    expect(failures).toEqual([]);
    expect(adminRoutes.length).toBeGreaterThan(0);
  });
});
