/**
 * A small XML element tree and its serializer, so that SAML messages are built from values
 * rather than glued together as strings. Every attribute value and text node is escaped on the
 * way out, and a value holding a character XML 1.0 cannot carry is refused with an
 * `XmlValueError` instead of producing a document no parser will read back.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

export class XmlValueError extends Error {
  constructor(readonly value: string) {
    super('The value holds a character that XML 1.0 cannot carry.');
    this.name = 'XmlValueError';
  }
}

const QUALIFIED_NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

// Everything outside the XML 1.0 Char production: C0 controls other than tab, line feed and
// carriage return, lone surrogates, and the two non-characters U+FFFE and U+FFFF.
const NOT_XML_CHAR = new RegExp(
  [
    '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]',
    '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])',
    '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]',
  ].join('|'),
);

/** Builds an element; attributes whose value is undefined are left out when serialized. */
export function element(
  name: string,
  attributes: Record<string, string | undefined> = {},
  children: XmlNode[] = [],
): XmlElement {
  return { name, attributes, children };
}

/** Serializes a tree without an XML declaration and without added whitespace. */
export function serializeXml(node: XmlNode): string {
  if (typeof node === 'string') {
    return escapeText(node);
  }

  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${checkedName(name)}="${escapeAttribute(value)}"`)
    .join('');
  const name = checkedName(node.name);
  if (node.children.length === 0) {
    return `<${name}${attributes}/>`;
  }

  return `<${name}${attributes}>${node.children.map(serializeXml).join('')}</${name}>`;
}

export function escapeText(value: string): string {
  // A carriage return is written as a reference because a parser would turn a literal one
  // into a line feed, and the value read back would differ from the value signed.
  return checkedValue(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeAttribute(value: string): string {
  // Tabs and line breaks are written as references because attribute-value normalization
  // would otherwise turn them into spaces.
  return checkedValue(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function checkedValue(value: string): string {
  if (NOT_XML_CHAR.test(value)) {
    throw new XmlValueError(value);
  }
  return value;
}

function checkedName(name: string): string {
  // Names come from this package's own constants; a bad one is a programming error.
  if (!QUALIFIED_NAME.test(name)) {
    throw new Error(`Not an XML qualified name: ${JSON.stringify(name)}`);
  }
  return name;
}
