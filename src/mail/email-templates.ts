/**
 * Email templates: for each email, `NAME.html.hbs` and `NAME.text.hbs` under views/emails,
 * rendered inside the layouts in views/emails/layouts with the program's name and its two
 * contact addresses. Adding an email is one pair of templates plus its catalogue keys.
 *
 * The plain-text template names the subject with `{{#emailSubject}}...{{/emailSubject}}`. HTML is
 * rendered by an isolated Handlebars instance that escapes every double-stash value; the
 * plain text by another that does not, since text has no markup to escape. Links come from
 * `{{link "/path"}}`: an absolute URL through the sign-in route, landing on `/path` after it.
 */
import fs from 'node:fs';
import path from 'node:path';
import Handlebars from 'handlebars';
import { absoluteUrl, type MentorMatchSettings } from '../config/settings';
import { translate, type Locale, type MessageParams } from '../i18n/catalogue';
import { manifest } from '../manifest';

export interface EmailProgram {
  name: string;
  programContactEmail: string;
  supportContactEmail: string;
}

export interface RenderEmailInput {
  template: string;
  locale: Locale;
  program: EmailProgram;
  /** The template's own values, as the service gave them. */
  data: Record<string, unknown>;
  /** The program's introduction of this email in `locale`, shown at its top; none when absent. */
  introduction?: string | null;
}

/**
 * The program's short introduction of an email in the reader's language (its settings), or
 * null for none.
 */
export type IntroductionLookup = (
  programId: number,
  template: string,
  locale: Locale,
) => Promise<string | null>;

export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
}

export interface EmailRenderer {
  /** Every email the templates folder holds, by name ('role-approved', ...). */
  readonly templateNames: readonly string[];
  render(input: RenderEmailInput): RenderedEmail;
}

/** What the 'role-approved' email expects: one email per approved role. */
export interface RoleApprovedEmailData {
  role: 'mentor' | 'mentee';
  givenName: string;
}

interface RenderState {
  locale: Locale;
  capture: { subject?: string };
}

type HelperOptions = Handlebars.HelperOptions & { data: RenderState };

interface Flavour {
  hbs: typeof Handlebars;
  layout: Handlebars.TemplateDelegate;
  templates: Map<string, Handlebars.TemplateDelegate>;
}

const EMAIL_FILE = /^([a-z0-9][a-z0-9-]*)\.(html|text)\.hbs$/;

/** Compiles every email template under `templatesDir` once. */
export function createEmailRenderer(
  templatesDir: string,
  settings: MentorMatchSettings,
): EmailRenderer {
  const html = loadFlavour(templatesDir, 'html', settings);
  const text = loadFlavour(templatesDir, 'text', settings);
  const templateNames = [...html.templates.keys()].sort();
  for (const name of templateNames) {
    if (!text.templates.has(name)) throw new Error(`email "${name}" has no ${name}.text.hbs`);
  }
  for (const name of text.templates.keys()) {
    if (!html.templates.has(name)) throw new Error(`email "${name}" has no ${name}.html.hbs`);
  }

  return {
    templateNames,
    render: (input) => renderEmail(html, text, input),
  };
}

function renderEmail(html: Flavour, text: Flavour, input: RenderEmailInput): RenderedEmail {
  const context = { ...input.data, program: input.program, introduction: input.introduction };
  const state: RenderState = { locale: input.locale, capture: {} };

  const textBody = renderIn(text, input.template, context, state);
  const subject = oneLine(state.capture.subject ?? '');
  if (!subject) throw new Error(`email "${input.template}" sets no {{#emailSubject}}`);

  const htmlBody = renderIn(html, input.template, context, state);
  return {
    subject,
    text: tidyText(text.layout({ ...context, subject, body: textBody }, { data: state })),
    html: html.layout({ ...context, subject, body: htmlBody }, { data: state }),
  };
}

function renderIn(flavour: Flavour, name: string, context: object, state: RenderState): string {
  const template = flavour.templates.get(name);
  if (!template) throw new Error(`email template "${name}" does not exist`);
  return template(context, { data: state });
}

function loadFlavour(dir: string, kind: 'html' | 'text', settings: MentorMatchSettings): Flavour {
  const hbs = Handlebars.create();
  registerHelpers(hbs, kind, settings);
  const compile = (file: string) =>
    hbs.compile(fs.readFileSync(file, 'utf8'), { noEscape: kind === 'text', strict: false });

  for (const file of filesOf(path.join(dir, 'partials'), kind)) {
    hbs.registerPartial(file.name, compile(file.path));
  }
  const templates = new Map<string, Handlebars.TemplateDelegate>();
  for (const file of filesOf(dir, kind)) templates.set(file.name, compile(file.path));

  const layout = compile(path.join(dir, 'layouts', `${kind}.hbs`));
  return { hbs, layout, templates };
}

function filesOf(dir: string, kind: 'html' | 'text'): Array<{ name: string; path: string }> {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .map((file) => ({ match: EMAIL_FILE.exec(file), file }))
    .filter(({ match }) => match !== null && match[2] === kind)
    .map(({ match, file }) => ({
      name: (match as RegExpExecArray)[1],
      path: path.join(dir, file),
    }));
}

function registerHelpers(hbs: typeof Handlebars, kind: string, settings: MentorMatchSettings) {
  hbs.registerHelper('t', function (key: string, options: HelperOptions) {
    return translate(options.data.locale, key, options.hash as MessageParams);
  });
  hbs.registerHelper('link', function (target: string) {
    const url = signInLink(settings, target);
    // The URL is built from settings and an encoded path; escaping it for the attribute by
    // hand keeps it readable where Handlebars would also encode "=".
    return kind === 'html' ? new hbs.SafeString(escapeAttribute(url)) : url;
  });
  hbs.registerHelper('emailSubject', function (this: unknown, options: HelperOptions) {
    options.data.capture.subject = options.fn(this);
    return '';
  });
  hbs.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  hbs.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
}

/** An absolute link that signs the member in, then lands on `target` inside the plugin. */
export function signInLink(settings: MentorMatchSettings, target: string): string {
  if (typeof target !== 'string' || !/^\/(?![/\\])[\x21-\x7e]*$/.test(target)) {
    throw new Error(`email link target "${String(target)}" is not a path inside the plugin`);
  }
  const login = manifest.sso.loginPath;
  return absoluteUrl(settings, `${login}?RelayState=${encodeURIComponent(target)}`);
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function tidyText(value: string): string {
  const lines = value.split(/\r?\n/).map((line) => line.trimEnd());
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
