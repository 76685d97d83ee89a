/**
 * What the fuzz test needs to know about the plugin's forms: the routes read from the router
 * stack (as the CSRF test does), the fields and values of each form as the pages render them,
 * and a write counter kept by database triggers, so that any row inserted, updated or deleted
 * by a refused post is caught, not only a change in row counts.
 */
import type { Database } from '../../src/db/database';
import { isMySql } from '../../src/db/database';

interface RouteLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: RouteLayer[]; router?: { stack?: RouteLayer[] } };
  rawPath?: string | string[];
  slash?: boolean;
}

export interface Route {
  method: string;
  /** The pattern as registered, e.g. /partnerships/:partnershipId/end. */
  path: string;
}

/** What a rendered form posts when submitted as it stands, and what else its fields offer. */
export interface FormShape {
  fields: Array<[string, string]>;
  /** The values each field offers (options, checkboxes), for payloads that are nearly valid. */
  choices: Record<string, string[]>;
}

/** Every route of the app, nested routers included, with mount paths joined. */
export function routesOf(app: unknown): Route[] {
  const stack = (app as { router?: { stack: RouteLayer[] } }).router?.stack ?? [];
  return walk(stack, '');
}

function walk(stack: RouteLayer[], prefix: string): Route[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = ([] as string[]).concat(layer.route.path).map((p) => `${prefix}${p}`);
      const methods = Object.keys(layer.route.methods).map((m) => (m === '_all' ? 'post' : m));
      return paths.flatMap((path) => methods.map((method) => ({ method, path })));
    }
    const nested = layer.handle?.stack ?? layer.handle?.router?.stack;
    const mount = layer.slash || layer.rawPath === undefined ? '' : String(layer.rawPath);
    return nested ? walk(nested, prefix + mount) : [];
  });
}

/** The route pattern with each parameter replaced by the id that `ids` gives for its name. */
export function fillPath(pattern: string, ids: Record<string, string>): string {
  return pattern.replace(/:(\w+)\??/g, (_match, name: string) => ids[name] ?? '1');
}

/** A regular expression that matches the concrete paths of a route pattern. */
export function patternRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/:\w+\\\?|:\w+/g, '[^/]+')}$`);
}

/** The post forms of a page, by action path relative to the plugin's base URL. */
export function formsIn(html: string, baseUrl: string): Map<string, FormShape> {
  const forms = new Map<string, FormShape>();
  const formPattern = /<form\b([^>]*)>([\s\S]*?)<\/form>/g;
  for (const [, attributes, body] of html.matchAll(formPattern)) {
    if (!/method="post"/i.test(attributes)) continue;
    const action = decodeEntities(/action="([^"]*)"/.exec(attributes)?.[1] ?? '');
    const path = action.startsWith(baseUrl) ? action.slice(baseUrl.length) : action;
    forms.set(path.split('?')[0], shapeOf(body));
  }
  return forms;
}

function shapeOf(body: string): FormShape {
  const fields: Array<[string, string]> = [];
  const choices: Record<string, string[]> = {};
  const offer = (name: string, value: string) => (choices[name] ??= []).push(value);

  for (const [tag] of body.matchAll(/<input\b[^>]*>/g)) {
    const name = attribute(tag, 'name');
    if (!name || name === '_csrf') continue;
    const value = attribute(tag, 'value') ?? '';
    const type = attribute(tag, 'type') ?? 'text';
    if (type === 'checkbox' || type === 'radio') offer(name, value);
    if ((type !== 'checkbox' && type !== 'radio') || /\schecked\b/.test(tag)) {
      fields.push([name, value]);
    }
  }
  for (const [, attributes, options] of body.matchAll(/<select\b([^>]*)>([\s\S]*?)<\/select>/g)) {
    const name = attribute(attributes, 'name');
    if (!name) continue;
    const values = [...options.matchAll(/<option\b[^>]*>/g)].map(([tag]) => tag);
    for (const tag of values) offer(name, attribute(tag, 'value') ?? '');
    const selected = values.find((tag) => /\sselected\b/.test(tag)) ?? values[0];
    fields.push([name, selected ? (attribute(selected, 'value') ?? '') : '']);
  }
  for (const [, attributes, text] of body.matchAll(/<textarea\b([^>]*)>([\s\S]*?)<\/textarea>/g)) {
    const name = attribute(attributes, 'name');
    if (name) fields.push([name, decodeEntities(text)]);
  }
  return { fields, choices };
}

function attribute(tag: string, name: string): string | undefined {
  const value = new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
  return value === undefined ? undefined : decodeEntities(value);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Tables that change on every request (rolling sessions, sign-in counters), not through a form.
export const BOOKKEEPING_TABLES = new Set([
  'mm_sessions',
  'mm_rate_limits',
  'mm_migrations',
  'mm_migrations_lock',
]);

const COUNTER_TABLE = 'fuzz_writes';

/** The plugin's tables, bookkeeping left out. */
export async function pluginTables(db: Database): Promise<string[]> {
  const names: string[] = isMySql(db)
    ? (await db.raw('show tables'))[0].map((row: Record<string, string>) => Object.values(row)[0])
    : await db('sqlite_master').where({ type: 'table' }).pluck('name');
  return names.filter((name) => name.startsWith('mm_') && !BOOKKEEPING_TABLES.has(name)).sort();
}

/**
 * Counts every row written to the plugin's tables from now on, by any connection: one trigger
 * per table and operation adds to a counter row. The counter table lives only in the test's
 * throw-away database.
 */
export async function installWriteCounter(db: Database): Promise<() => Promise<number>> {
  await db.schema.createTable(COUNTER_TABLE, (t) => t.integer('n').notNullable());
  await db(COUNTER_TABLE).insert({ n: 0 });
  const bump = `update ${COUNTER_TABLE} set n = n + 1`;

  for (const table of await pluginTables(db)) {
    for (const operation of ['insert', 'update', 'delete']) {
      const name = `fuzz_${operation}_${table}`;
      await db.raw(
        isMySql(db)
          ? `create trigger ${name} after ${operation} on ${table} for each row ${bump}`
          : `create trigger ${name} after ${operation} on ${table} begin ${bump}; end`,
      );
    }
  }
  return async () => Number((await db(COUNTER_TABLE).first('n')).n);
}

/** Rows per plugin table, for a before-and-after comparison. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await pluginTables(db)) {
    counts[table] = Number((await db(table).count({ n: '*' }).first())?.n ?? 0);
  }
  return counts;
}
