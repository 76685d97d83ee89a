/**
 * A small HTML reader for the escaping tests. It splits a page into tags, attributes and text
 * the way a browser's tokenizer does where escaping matters: script and style hold raw text,
 * textarea and title hold text up to their own end tag, and character references are decoded
 * once. A test can then ask where a typed value landed: as text the reader sees (safe), or as
 * markup a browser would build and run (an injection).
 */
import fs from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../src/package-root';

export interface Attribute {
  name: string;
  value: string;
}

export interface Tag {
  name: string;
  attributes: Attribute[];
}

export interface Page {
  tags: Tag[];
  /** Decoded text between tags, including the text of textarea and title. */
  texts: string[];
  /** The content of script and style elements, as the browser runs or applies it. */
  rawTexts: string[];
  comments: string[];
}

const RAW_TEXT = new Set(['script', 'style']);
const ESCAPABLE_RAW_TEXT = new Set(['textarea', 'title']);
/** Attributes whose value is only ever shown or submitted, never run or fetched. */
const PLAIN_VALUE_ATTRIBUTES = new Set(['value', 'aria-label', 'label', 'alt', 'title']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/** Decodes character references in one pass, so that "&amp;lt;" stays "&lt;". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') {
      const name = ref.toLowerCase();
      return Object.hasOwn(NAMED_REFERENCES, name) ? NAMED_REFERENCES[name] : whole;
    }
    const hex = ref[1] === 'x' || ref[1] === 'X';
    const code = hex ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function readPage(html: string): Page {
  const page: Page = { tags: [], texts: [], rawTexts: [], comments: [] };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    const textEnd = lt < 0 ? html.length : lt;
    if (textEnd > i) page.texts.push(decodeEntities(html.slice(i, textEnd)));
    if (lt < 0) break;
    i = readMarkup(html, lt, page);
  }
  return page;
}

/** Reads what starts at `<` and returns where reading goes on. */
function readMarkup(html: string, at: number, page: Page): number {
  if (html.startsWith('<!--', at)) {
    const end = html.indexOf('-->', at + 4);
    page.comments.push(html.slice(at + 4, end < 0 ? html.length : end));
    return end < 0 ? html.length : end + 3;
  }
  if (html[at + 1] === '!' || html[at + 1] === '?') return afterNext(html, '>', at);

  const start = /^<(\/?)([a-zA-Z][^\s/>]*)/.exec(html.slice(at, at + 200));
  if (!start) {
    page.texts.push('<');
    return at + 1;
  }
  if (start[1] === '/') return afterNext(html, '>', at);

  const name = start[2].toLowerCase();
  const { attributes, end } = readAttributes(html, at + start[0].length);
  page.tags.push({ name, attributes });
  if (!RAW_TEXT.has(name) && !ESCAPABLE_RAW_TEXT.has(name)) return end;

  const close = new RegExp(`</${name}[\\s/>]`, 'i');
  const found = close.exec(html.slice(end));
  const contentEnd = found ? end + found.index : html.length;
  const content = html.slice(end, contentEnd);
  if (RAW_TEXT.has(name)) page.rawTexts.push(content);
  else page.texts.push(decodeEntities(content));
  return contentEnd;
}

function afterNext(html: string, mark: string, from: number): number {
  const found = html.indexOf(mark, from);
  return found < 0 ? html.length : found + 1;
}

function readAttributes(html: string, from: number): { attributes: Attribute[]; end: number } {
  const attributes: Attribute[] = [];
  let i = from;
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i])) i++;
    if (i >= html.length) return { attributes, end: i };
    if (html[i] === '>') return { attributes, end: i + 1 };

    const nameMatch = /^[^\s/>][^\s/>=]*/.exec(html.slice(i));
    const name = (nameMatch as RegExpExecArray)[0].toLowerCase();
    i += name.length;
    while (/\s/.test(html[i] ?? '')) i++;
    if (html[i] !== '=') {
      attributes.push({ name, value: '' });
      continue;
    }
    i++;
    while (/\s/.test(html[i] ?? '')) i++;
    const quote = html[i] === '"' || html[i] === "'" ? html[i] : null;
    const valueEnd = quote ? html.indexOf(quote, i + 1) : html.slice(i).search(/[\s>]/) + i;
    const stop = valueEnd < i ? html.length : valueEnd;
    attributes.push({ name, value: decodeEntities(html.slice(quote ? i + 1 : i, stop)) });
    i = quote ? stop + 1 : stop;
  }
}

/** Every element name the templates under views/ write: anything else was injected. */
export function templateTagNames(): Set<string> {
  const names = new Set<string>();
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full);
      else if (entry.name.endsWith('.hbs')) {
        for (const m of fs.readFileSync(full, 'utf8').matchAll(/<([a-zA-Z][a-zA-Z0-9]*)/g)) {
          names.add(m[1].toLowerCase());
        }
      }
    }
  };
  visit(path.join(packageRoot(), 'views'));
  return names;
}

const TEMPLATE_TAGS = templateTagNames();

function isMailto(attribute: Attribute): boolean {
  return attribute.name === 'href' && /^mailto:/i.test(attribute.value);
}

/**
 * What in the page a browser would run or build from typed text: an element no template
 * writes, an event handler, a script without src, a javascript: URL, or a marker (a token
 * each hostile value carries) anywhere but text and plain attribute values.
 */
export function injectionsIn(html: string, markers: readonly string[]): string[] {
  const page = readPage(html);
  const problems: string[] = [];
  const marked = (text: string) => markers.filter((m) => text.includes(m));

  for (const tag of page.tags) {
    if (!TEMPLATE_TAGS.has(tag.name)) problems.push(`<${tag.name}> is no template's element`);
    const src = tag.attributes.find((a) => a.name === 'src');
    if (tag.name === 'script' && !src) problems.push('an inline <script>');
    for (const attribute of tag.attributes) {
      problems.push(...attributeProblems(tag, attribute, marked));
    }
  }
  for (const text of [...page.rawTexts, ...page.comments]) {
    for (const m of marked(text)) problems.push(`${m} inside a script, style or comment`);
  }
  return problems;
}

function attributeProblems(tag: Tag, attribute: Attribute, marked: (t: string) => string[]) {
  const problems: string[] = [];
  const where = `<${tag.name} ${attribute.name}>`;
  if (attribute.name.startsWith('on')) problems.push(`event handler ${where}`);
  for (const m of marked(attribute.name)) problems.push(`${m} as an attribute name in ${where}`);
  if (URL_ATTRIBUTES.has(attribute.name) && /^\s*javascript:/i.test(attribute.value)) {
    problems.push(`javascript: URL in ${where}`);
  }
  if (!PLAIN_VALUE_ATTRIBUTES.has(attribute.name) && !isMailto(attribute)) {
    for (const m of marked(attribute.value)) problems.push(`${m} in the value of ${where}`);
  }
  return problems;
}

/** The text a reader sees or a form submits: text nodes and plain attribute values. */
export function readableText(html: string): string[] {
  const page = readPage(html);
  const values = page.tags.flatMap((tag) =>
    tag.attributes
      .filter((a) => PLAIN_VALUE_ATTRIBUTES.has(a.name) || isMailto(a))
      .map((a) => (isMailto(a) ? a.value.slice('mailto:'.length) : a.value)),
  );
  return [...page.texts, ...values];
}

/** Whether `value` reaches the reader exactly as typed (escaped in the HTML, not lost). */
export function shownAsTyped(html: string, value: string): boolean {
  return readableText(html).some((text) => text.includes(value));
}
