/**
 * SQL injection through every search box, filter and query parameter the plugin reads. Each
 * is sent the usual payloads (quotes, comments, UNION, stacked statements, sleeps, LIKE
 * wildcards, look-alike quotes, very long text) and the shapes a query string can take
 * (repeated keys, `q[]=`, `q[a]=`), alone and all at once.
 *
 * Asserted: every answer has the status, and lists the same members and rows, as the same
 * request with a harmless value (so `' OR '1'='1` finds nobody when nobody's name holds that
 * text); nothing answers 5xx or takes seconds; nothing is written and every table keeps its
 * rows. The list of searches is checked against the plugin itself: every GET form and every
 * link with a query string on the pages of the router stack, and every `req.query.<name>` in
 * src, must be in it, so that a filter added later is not forgotten here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { manifest } from '../../src/manifest';
import type { Role } from '../../src/members/profile-options';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  activePartnership,
  csrfToken,
  join,
  postForm,
  type Agent,
  type Person,
  type PersonSpec,
} from '../partnerships/partnership-helpers';
import { validProfile } from '../members/profile-helpers';
import { institutionKey } from '../../src/members/institutions';
import { administrator, INJECTIONS, parseCsv, runMatching } from '../admin/oversight-helpers';
import {
  fillPath,
  installWriteCounter,
  patternRegExp,
  pluginTables,
  routesOf,
  rowCounts,
  type Route,
} from './fuzz-forms';

/** One page that reads its query string, and what it reads. */
interface Search {
  path: string;
  as: 'admin' | 'member';
  params: string[];
  /**
   * Valid values for the other parameters, so that the page gets as far as its queries; a
   * value `:name` stands for the arranged id of that name, as in a route pattern.
   */
  base?: Record<string, string>;
  /** Answers JSON rather than a page. */
  json?: boolean;
}

const SEARCHES: Search[] = [
  {
    path: '/admin/participants',
    as: 'admin',
    params: ['q', 'role', 'state', 'focus', 'region', 'page'],
  },
  { path: '/admin/participants/:memberId', as: 'admin', params: ['notice'] },
  { path: '/admin/participants/:memberId/exclusions', as: 'admin', params: ['page'] },
  { path: '/admin/partnerships', as: 'admin', params: ['status', 'page'] },
  { path: '/admin/partnerships/:id', as: 'admin', params: ['notice'] },
  {
    path: '/admin/matching/pair',
    as: 'admin',
    params: ['menteeQuery', 'mentorQuery', 'mentee', 'mentor'],
  },
  {
    path: '/admin/matching/proposals/:draftId',
    as: 'admin',
    params: ['notice', 'page', 'published', 'refused'],
    base: { notice: 'published' },
  },
  { path: '/admin/email-log', as: 'admin', params: ['status', 'page', 'notice'] },
  { path: '/admin/audit-log', as: 'admin', params: ['page'] },
  { path: '/admin/approvals', as: 'admin', params: ['page', 'notice'] },
  { path: '/admin/settings', as: 'admin', params: ['notice'] },
  { path: '/admin/settings/matching', as: 'admin', params: ['notice'] },
  { path: '/admin/settings/agreement', as: 'admin', params: ['notice'] },
  { path: '/admin/settings/emails', as: 'admin', params: ['notice'] },
  { path: '/admin/sessions', as: 'admin', params: ['notice'] },
  { path: '/admin/programs', as: 'admin', params: ['notice'] },
  { path: '/admin/institutions', as: 'admin', params: ['q', 'page', 'notice'] },
  {
    path: '/admin/institutions/merge',
    as: 'admin',
    params: ['duplicate', 'kept', 'duplicateQuery', 'keptQuery', 'review'],
  },
  { path: '/places', as: 'member', params: ['q'], json: true },
  { path: '/suggestions', as: 'member', params: ['dismissed'] },
  { path: '/profile', as: 'member', params: ['saved'] },
  {
    path: '/partnerships/requests/new',
    as: 'member',
    params: ['memberId', 'role'],
    base: { memberId: ':mentorId', role: 'mentee' },
  },
];

const LONG = `${'a'.repeat(2000)}' OR '1'='1`;
const PAYLOADS = [
  ...INJECTIONS,
  "' OR SLEEP(5)--",
  "x' OR SLEEP(5) OR 'x'='y",
  "1' AND SLEEP(5) AND '1'='1",
  "' OR 1=(SELECT COUNT(*) FROM mm_members, mm_members b, mm_members c, mm_members d) --",
  "' OR randomblob(900000000) --",
  '1; DELETE FROM mm_members; --',
  "'; UPDATE mm_profiles SET contact_email = 'x'; --",
  "' UNION ALL SELECT NULL, NULL, NULL, NULL --",
  "%' OR '%'='",
  '\u2019 OR \u20191\u2019=\u20191',
  '\u02bc OR 1=1 --',
  '\uff07 OR \uff071\uff07=\uff071',
  "\u0000' OR '1'='1",
  LONG,
];
/** The shapes a query string can give a parameter besides one string. */
const SHAPES = [
  (name: string) => `${name}=x&${name}=y`,
  (name: string) => `${name}[]=x&${name}[]=y`,
  (name: string) => `${name}[a]=1&${name}[b][c]=2`,
];
// Far below a sleep of five seconds, far above any page of this small program.
const SLOW_MS = 3000;
// A word no member's name or address holds, and no filter's value.
const HARMLESS = 'zzquietzz';
// Pages that are not pages: sign-in, health, files; the JSON place lookup is in the list.
const NOT_PAGES = /^\/(auth|health|places|profile\/export|profile\/delete)\b/;

/** A member who applies for one role, named "Given Surname". */
function member(key: string, name: string, years: number, role: Role, capacity = 1): PersonSpec {
  const [givenName, surname] = name.split(' ');
  return { key, givenName, surname, years, roles: [role], capacity };
}

/** What a page lists: the arranged members it names and how many rows and options it has. */
function listing(body: string, people: Person[]) {
  return {
    names: people.filter((person) => body.includes(person.name)).map((person) => person.name),
    rows: (body.match(/<tr\b/g) ?? []).length,
    options: (body.match(/<option\b/g) ?? []).length,
  };
}

/** Whether a participant search for `typed` would rightly find any of the members. */
function findsAnyone(typed: string, people: Person[]): boolean {
  const words = typed.trim().slice(0, 100).split(/\s+/).filter(Boolean).slice(0, 5);
  return people.some((person) => {
    const fields = [...person.name.split(' '), person.member.email, person.contactEmail];
    return words.every((word) =>
      fields.some((field) => field.toLowerCase().includes(word.toLowerCase())),
    );
  });
}

/**
 * Whether the stored institution is the one the typed name names: the same text, or the same
 * key however it is written (the store's unique key, so 'TPL.' finds 'TPL').
 */
function standsFor(stored: string, typed: string): boolean {
  return stored === typed.trim() || institutionKey(stored) === institutionKey(typed);
}

function queryOf(values: Record<string, string>): string {
  return new URLSearchParams(values).toString();
}

/** Every `req.query.<name>` the plugin's source reads. */
function queryNamesInSource(): Set<string> {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        const source = fs.readFileSync(file, 'utf8');
        for (const [, name] of source.matchAll(/req\.query\.(\w+)/g)) names.add(name);
      }
    }
  };
  walk(path.join(__dirname, '../../src'));
  return names;
}

/** The query parameters of a page's GET forms and query-string links, by path. */
function queryInputsIn(html: string, baseUrl: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const local = (url: string) => decodeEntities(url).replace(baseUrl, '');
  for (const [, attributes, body] of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    if (/method="post"/i.test(attributes)) continue;
    const action = local(/action="([^"]*)"/.exec(attributes)?.[1] ?? '').split('?')[0];
    for (const [, name] of body.matchAll(/<(?:input|select|textarea)\b[^>]*\sname="([^"]+)"/g)) {
      found.push([action, name]);
    }
  }
  for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]*\?[^"]*)"/g)) {
    const url = local(href);
    if (!url.startsWith('/')) continue;
    const [pathPart, query] = url.split('?');
    for (const name of new URLSearchParams(query).keys()) found.push([pathPart, name]);
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

function searchFor(pathname: string): Search | undefined {
  return SEARCHES.find((search) => patternRegExp(search.path).test(pathname));
}

describe.each(databaseKinds())('SQL injection on %s', (kind) => {
  let test: TestPlugin;
  let routes: Route[];
  let admin: Agent;
  let mentor: Person;
  let mentee: Person;
  let people: Person[];
  let ids: Record<string, string>;
  let writes: () => Promise<number>;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    routes = routesOf(test.plugin);
    mentor = await join(test, member('vera', 'Vera Kowalczyk', 14, 'mentor', 2));
    mentee = await join(test, member('hugo', 'Hugo Bystrom', 1, 'mentee'));
    const others = [
      await join(test, member('ines', 'Ines Quaye', 2, 'mentee')),
      await join(test, member('kwame', 'Kwame Asante', 20, 'mentor')),
    ];
    people = [mentor, mentee, ...others];
    await runMatching(test);
    const partnershipId = await activePartnership(test, mentor, mentee);
    admin = await administrator(test);
    const draft = await postForm(admin, test, '/admin/matching/proposals');
    if (draft.status !== 303) throw new Error(`matching proposal answered ${draft.status}`);

    const db = test.database.db;
    ids = {
      memberId: String(mentee.id),
      id: String(partnershipId),
      draftId: String((await db('mm_matching_drafts').first('id')).id),
      partnershipId: String(partnershipId),
      partnerId: String(others[0].id),
      // A mentor the mentee may ask, for the request form.
      mentorId: String(others[1].id),
    };
    writes = await installWriteCounter(db);
  }, 120_000);

  afterAll(async () => {
    await test?.close();
  });

  function agentFor(search: Search): Agent {
    return search.as === 'admin' ? admin : mentee.agent;
  }

  function baseOf(search: Search): Record<string, string> {
    const base = Object.entries(search.base ?? {});
    return Object.fromEntries(base.map(([name, value]) => [name, fillPath(value, ids)]));
  }

  async function get(search: Search, query: string) {
    const url = `${fillPath(search.path, ids)}?${query}`;
    const started = Date.now();
    const res = await agentFor(search)
      .get(at(test, url))
      .timeout({ response: 2 * SLOW_MS });
    return { url, res, ms: Date.now() - started };
  }

  it('finds every search box, filter and query link of its pages in its list', async () => {
    const missing = new Set<string>();
    const pages = routes.filter((r) => r.method === 'get' && !NOT_PAGES.test(r.path));
    let inputs = 0;

    for (const route of pages) {
      const agent = route.path.startsWith('/admin') ? admin : mentor.agent;
      const res = await agent.get(at(test, fillPath(route.path, ids)));
      if (!/html/.test(String(res.headers['content-type']))) continue;
      for (const [pathname, name] of queryInputsIn(res.text, test.mountPath)) {
        // The sign-in link's one value (where to come back) goes to the identity provider and
        // back, and is checked on return (test/auth/sign-in.test.ts); it reads nothing.
        if (pathname === manifest.sso.loginPath) continue;
        inputs += 1;
        if (!searchFor(pathname)?.params.includes(name)) missing.add(`${pathname}?${name}`);
      }
    }
    const listed = new Set(SEARCHES.flatMap((search) => search.params));
    for (const name of queryNamesInSource()) {
      if (!listed.has(name)) missing.add(`req.query.${name} in src`);
    }

    process.stdout.write(
      `injection (${kind}): ${pages.length} pages read, ${inputs} query inputs found in ` +
        `forms and links, all among ${SEARCHES.length} searches\n`,
    );
    expect([...missing]).toEqual([]);
    expect(inputs).toBeGreaterThan(10);
    const registered = new Set(routes.filter((r) => r.method === 'get').map((r) => r.path));
    expect(SEARCHES.filter((search) => !registered.has(search.path))).toEqual([]);
  });

  it('opens every search in its list with harmless values, so payloads reach it', async () => {
    const statuses: Record<string, number> = {};

    for (const search of SEARCHES) {
      statuses[search.path] = (await get(search, queryOf(baseOf(search)))).res.status;
    }

    const opened = Object.fromEntries(SEARCHES.map((search) => [search.path, 200]));
    expect(statuses).toEqual(opened);
  });

  it('treats SQL in every search and filter as plain text', async () => {
    expect(PAYLOADS.filter((typed) => findsAnyone(typed, people))).toEqual([]);
    expect(findsAnyone(HARMLESS, people)).toBe(false);
    const countsBefore = await rowCounts(test.database.db);
    const tablesBefore = await pluginTables(test.database.db);
    const writesBefore = await writes();
    const failures: string[] = [];
    let requests = 0;
    let slowest = 0;

    const baselines = new Map<string, Awaited<ReturnType<typeof get>>>();
    const check = async (search: Search, query: string, expected: string) => {
      const key = `${search.path}?${expected}`;
      const baseline = baselines.get(key) ?? (await get(search, expected));
      baselines.set(key, baseline);
      requests += 1;
      const tried = await get(search, query).catch((err: Error) => err);
      if (tried instanceof Error) {
        failures.push(`${search.path}?${query.slice(0, 120)}: no answer (${tried.message})`);
        return;
      }
      slowest = Math.max(slowest, tried.ms);
      const { res, url } = tried;
      if (res.status >= 500 || tried.ms > SLOW_MS) {
        failures.push(`${url.slice(0, 160)}: ${res.status} in ${tried.ms} ms`);
      } else if (res.status !== baseline.res.status) {
        failures.push(`${url.slice(0, 160)}: ${res.status}, not ${baseline.res.status}`);
      } else if (search.json) {
        if (!Array.isArray(res.body.places)) failures.push(`${url.slice(0, 160)}: no JSON list`);
      } else {
        const seen = listing(res.text, people);
        const harmless = listing(baseline.res.text, people);
        if (JSON.stringify(seen) !== JSON.stringify(harmless)) {
          failures.push(
            `${url.slice(0, 160)}: lists ${JSON.stringify(seen)}, not ${JSON.stringify(harmless)}`,
          );
        }
      }
    };

    for (const search of SEARCHES) {
      const base = baseOf(search);
      const without = (name: string) =>
        Object.fromEntries(Object.entries(base).filter(([key]) => key !== name));
      for (const name of search.params) {
        const harmless = queryOf({ ...base, [name]: HARMLESS });
        for (const typed of PAYLOADS) {
          await check(search, queryOf({ ...base, [name]: typed }), harmless);
        }
        for (const shape of SHAPES) {
          const rest = queryOf(without(name));
          await check(search, `${rest}&${shape(name)}`, rest);
        }
      }
      for (const typed of PAYLOADS.filter((p) => p !== LONG)) {
        const all = (value: string) =>
          queryOf({ ...base, ...Object.fromEntries(search.params.map((n) => [n, value])) });
        await check(search, all(typed), all(HARMLESS));
      }
    }

    process.stdout.write(
      `injection (${kind}): ${requests} hostile queries to ${SEARCHES.length} searches ` +
        `(${PAYLOADS.length} payloads, ${SHAPES.length} shapes), slowest ${slowest} ms\n`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect((await writes()) - writesBefore).toBe(0);
    expect(await pluginTables(test.database.db)).toEqual(tablesBefore);
    expect(await rowCounts(test.database.db)).toEqual(countsBefore);
    const search = await admin.get(at(test, `/admin/participants?q=${mentor.member.surname}`));
    expect(search.text).toContain('Participants found: 1');
  }, 120_000);

  it('exports reports with SQL in their one field, without contact details', async () => {
    const db = test.database.db;
    const countsBefore = await rowCounts(db);
    const token = await csrfToken(admin, test);
    const failures: string[] = [];

    for (const report of ['participants', 'partnerships']) {
      for (const typed of PAYLOADS) {
        const res = await admin
          .post(at(test, `/admin/reports/${report}.csv`))
          .type('form')
          .send({ contact: typed, _csrf: token });
        const csv = parseCsv(res.text ?? '');
        const emails = people.filter((person) => res.text?.includes(person.contactEmail));
        if (res.status !== 200 || emails.length > 0 || csv.length < 2) {
          failures.push(`${report} ${typed.slice(0, 60)}: ${res.status}, ${csv.length} lines`);
        }
      }
    }

    expect(failures).toEqual([]);
    const countsAfter = await rowCounts(db);
    // Each export is audited: that row and nothing else.
    const audited = PAYLOADS.length * 2;
    expect(countsAfter).toEqual({
      ...countsBefore,
      mm_audit_log: countsBefore.mm_audit_log + audited,
    });
  });

  it('keeps an institution or a place typed as SQL as plain text', async () => {
    const db = test.database.db;
    const membersBefore = await db('mm_members').count({ n: '*' }).first();
    const tablesBefore = await pluginTables(db);
    const failures: string[] = [];
    let saved = 0;
    const edit = (field: string, typed: string) => {
      const profile = validProfile({
        roles: ['mentee'],
        years_experience: '1',
        skills_shared: [],
        contact_email: mentee.contactEmail,
        [field]: typed,
      });
      return postForm(mentee.agent, test, '/profile/edit', profile);
    };

    for (const typed of PAYLOADS) {
      const institution = await edit('institution', typed);
      const place = await edit('place_query', typed);
      const label = typed.slice(0, 60);
      if (![303, 422].includes(institution.status) || ![303, 422].includes(place.status)) {
        failures.push(`${label}: answered ${institution.status} and ${place.status}`);
      }
      if (institution.status !== 303) continue;
      saved += 1;
      const row = await db('mm_profiles as p')
        .join('mm_institutions as i', 'i.id', 'p.institution_id')
        .where('p.member_id', mentee.id)
        .first('i.name');
      if (!standsFor(String(row?.name), typed)) failures.push(`${label}: stored as ${row?.name}`);
    }

    process.stdout.write(
      `injection (${kind}): ${PAYLOADS.length * 2} profile forms, ${saved} institutions saved\n`,
    );
    expect(failures).toEqual([]);
    expect(saved).toBeGreaterThan(PAYLOADS.length / 2);
    expect(await db('mm_members').count({ n: '*' }).first()).toEqual(membersBefore);
    expect(await pluginTables(db)).toEqual(tablesBefore);
  });
});
