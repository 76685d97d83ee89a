/**
 * CSRF on every state-changing route. The routes are read from the plugin's own router stack,
 * nested routers included, so a form added later is covered without touching this file. The
 * assertion consumer is the documented exception: the identity provider posts it.
 */
import request from 'supertest';
import { manifest } from '../../src/manifest';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR, NEW_GRADUATE, signIn } from '../support/saml';

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouteLayer[]; router?: { stack?: RouteLayer[] } };
  rawPath?: string | string[];
  slash?: boolean;
}

interface StateChangingRoute {
  method: string;
  path: string;
}

const READ_ONLY = new Set(['get', 'head', 'options']);
// Tables that change on every request (rolling sessions, sign-in counters), not through a form.
const BOOKKEEPING = new Set([
  'mm_sessions',
  'mm_rate_limits',
  'mm_migrations',
  'mm_migrations_lock',
]);

function mountPrefix(layer: RouteLayer): string {
  return layer.slash || layer.rawPath === undefined ? '' : String(layer.rawPath);
}

/** Every non-read method of every route under `stack`, with nested mount paths joined. */
function stateChangingRoutes(stack: RouteLayer[], prefix = ''): StateChangingRoute[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = ([] as string[]).concat(layer.route.path).map((p) => `${prefix}${p}`);
      const methods = Object.keys(layer.route.methods).filter((m) => !READ_ONLY.has(m));
      return paths.flatMap((path) =>
        methods.map((m) => ({ method: m === '_all' ? 'post' : m, path })),
      );
    }
    const nested = layer.handle?.stack ?? layer.handle?.router?.stack;
    return nested ? stateChangingRoutes(nested, prefix + mountPrefix(layer)) : [];
  });
}

/** A concrete URL for a route pattern: each parameter becomes an id that could exist. */
function concretePath(pattern: string): string {
  return pattern.replace(/:(\w+)\??/g, '1').replace(/\{([^}]*)\}/g, '');
}

async function snapshot(test: TestPlugin): Promise<Record<string, unknown[]>> {
  const db = test.database.db;
  const tables = await db('sqlite_master')
    .where({ type: 'table' })
    .andWhere('name', 'like', 'mm_%')
    .pluck('name');
  const rows: Record<string, unknown[]> = {};
  for (const table of tables.filter((name: string) => !BOOKKEEPING.has(name))) {
    rows[table] = await db(table).select();
  }
  return rows;
}

function csrfToken(html: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (!token) throw new Error('no CSRF token on the page');
  return token;
}

describe('CSRF on sqlite', () => {
  let test: TestPlugin;
  let routes: StateChangingRoute[];

  beforeAll(async () => {
    test = await startTestPlugin('sqlite');
    const app = test.plugin as unknown as { router?: { stack: RouteLayer[] } };
    routes = stateChangingRoutes(app.router?.stack ?? []).filter(
      (route) => route.path !== manifest.sso.assertionConsumerPath,
    );
  });

  afterAll(async () => {
    await test?.close();
  });

  it('finds the state-changing routes in the router stack', () => {
    const paths = routes.map((route) => route.path);
    expect(paths).toContain('/auth/sign-out');
    expect(paths).toContain('/profile/edit');
    process.stdout.write(`csrf: ${routes.length} state-changing routes found\n`);
  });

  it("refuses every state-changing route without its token or with another's", async () => {
    const admin = request.agent(test.server);
    expect((await signIn(admin, test, ADMINISTRATOR)).status).toBe(303);
    const other = request.agent(test.server);
    await signIn(other, test, NEW_GRADUATE);
    const othersToken = csrfToken((await other.get(at(test, '/'))).text);
    const before = await snapshot(test);
    const failures: string[] = [];

    for (const route of routes) {
      for (const body of [{}, { _csrf: othersToken }, { _csrf: '' }]) {
        const logsBefore = test.logs.length;
        const res = await admin[route.method as 'post'](at(test, concretePath(route.path)))
          .type('form')
          .send({ ...body, note: 'x', reason: 'x' });
        const refusal = test.logs.slice(logsBefore).find((l) => l.event === 'request_refused');
        if (res.status !== 403 || refusal?.reason !== 'EBADCSRFTOKEN') {
          failures.push(`${route.method} ${route.path} ${JSON.stringify(body)}: ${res.status}`);
        }
      }
    }

    expect(failures).toEqual([]);
    expect(await snapshot(test)).toEqual(before);
    expect((await admin.get(at(test, '/'))).text).toContain(ADMINISTRATOR.surname);
    process.stdout.write(`csrf: ${routes.length * 3} forged posts refused, nothing changed\n`);
  });
});
