/**
 * Server-rendered pages with an isolated Handlebars instance: a layout, partials and one
 * template per page, all under views/. Strings come from the message catalogue through the `t`
 * helper, numbers through `number` and dates through `date`, in the reader's language; links go
 * through `url` (or `signInUrl`) so that they follow the mount path.
 */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import {
  formatDate,
  formatNumber,
  translate,
  type Locale,
  type MessageParams,
} from '../i18n/catalogue';
import { manifest } from '../manifest';

export interface RenderData {
  locale: Locale;
  baseUrl: string;
}

export interface ViewRenderer {
  render(view: string, context: object, data: RenderData): string;
  has(view: string): boolean;
}

type HelperOptions = Handlebars.HelperOptions & { data: { root: unknown } & RenderData };

function registerHelpers(hbs: typeof Handlebars): void {
  hbs.registerHelper('t', function (key: string, options: HelperOptions) {
    return translate(options.data.locale, key, options.hash as MessageParams);
  });
  // A message with one parameter written in another language (an agreement's title on a page
  // in the other language): that parameter is marked with `lang` (WCAG 3.1.2).
  hbs.registerHelper(
    'tMarked',
    function (key: string, param: string, lang: string, options: HelperOptions) {
      return new hbs.SafeString(
        markedMessage(options.data.locale, key, options.hash as MessageParams, { param, lang }),
      );
    },
  );
  hbs.registerHelper('url', function (target: string, options: HelperOptions) {
    const suffix = target === '/' ? '/' : target;
    return `${options.data.baseUrl}${suffix}`;
  });
  // The sign-in link, from the manifest like every other SSO path.
  hbs.registerHelper('signInUrl', function (options: HelperOptions) {
    return `${options.data.baseUrl}${manifest.sso.loginPath}`;
  });
  hbs.registerHelper('date', function (ms: number, options: HelperOptions) {
    return typeof ms === 'number' ? formatDate(options.data.locale, ms) : '';
  });
  // Counts and figures as the reader writes them: 12,345.6 in English, 12 345,6 in French.
  // A figure read from the database as text ('1234' from a MariaDB count) counts as a number.
  hbs.registerHelper('number', function (value: unknown, options: HelperOptions) {
    if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value)) value = Number(value);
    return typeof value === 'number' ? formatNumber(options.data.locale, value) : (value ?? '');
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('includes', (list: unknown, item: unknown) =>
    Array.isArray(list) && list.includes(item),
  );
  hbs.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
}

/**
 * The message as HTML, every part escaped, with `marked.param` wrapped in an element saying
 * its language when that is not the page's. Strings go in as placeholders so that the
 * message's own words are escaped once, with the values, and numbers are formatted as usual.
 */
export function markedMessage(
  locale: Locale,
  key: string,
  params: MessageParams,
  marked: { param: string; lang: string },
): string {
  const strings = Object.entries(params).filter(([, value]) => typeof value === 'string');
  const placeholders: MessageParams = { ...params };
  strings.forEach(([name], i) => (placeholders[name] = `\u0000${i}\u0000`));

  const html = Handlebars.escapeExpression(translate(locale, key, placeholders));
  return html.replace(/\u0000(\d+)\u0000/g, (_whole, index: string) => {
    const [name, value] = strings[Number(index)];
    const escaped = Handlebars.escapeExpression(String(value));
    if (name !== marked.param || marked.lang === locale) return escaped;
    return `<span lang="${Handlebars.escapeExpression(marked.lang)}">${escaped}</span>`;
  });
}

function templatesIn(dir: string, prefix = ''): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    // Emails have their own renderer and layout (src/mail).
    if (entry.isDirectory() && entry.name === 'emails' && prefix === '') continue;
    if (entry.isDirectory()) found.push(...templatesIn(full, `${prefix}${entry.name}/`));
    else if (entry.name.endsWith('.hbs')) found.push([`${prefix}${entry.name.slice(0, -4)}`, full]);
  }
  return found;
}

/** Compiles every template under `viewsDir` once; pages render inside layouts/main. */
export function createViewRenderer(viewsDir: string): ViewRenderer {
  const hbs = Handlebars.create();
  registerHelpers(hbs);

  const compiled = new Map<string, Handlebars.TemplateDelegate>();
  for (const [name, file] of templatesIn(viewsDir)) {
    const source = fs.readFileSync(file, 'utf8');
    if (name.startsWith('partials/')) hbs.registerPartial(name.slice('partials/'.length), source);
    else compiled.set(name, hbs.compile(source, { strict: false }));
  }

  const layout = compiled.get('layouts/main');
  if (!layout) throw new Error(`views/layouts/main.hbs is missing in ${viewsDir}`);

  return {
    has: (view) => compiled.has(view),
    render(view, context, data) {
      const page = compiled.get(view);
      if (!page) throw new Error(`view "${view}" does not exist`);

      const body = page(context, { data });
      return layout({ ...context, body }, { data });
    },
  };
}
