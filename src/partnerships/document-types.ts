/**
 * The kinds of document partners may share, recognised from the file's bytes: a name says what
 * a file claims to be, the content what it is, and both must agree. Also the safe file name a
 * download is offered under.
 */
import { firstStoredEntry, zipEntries, type ZipEntry } from './zip-entries';

export const DOCUMENT_KINDS = ['pdf', 'docx', 'odt', 'text', 'png', 'jpeg'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The content type each kind is served with, whatever the uploader's browser said. */
export const CONTENT_TYPES: Record<DocumentKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  text: 'text/plain; charset=utf-8',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

const EXTENSIONS: Record<string, DocumentKind> = {
  pdf: 'pdf',
  docx: 'docx',
  odt: 'odt',
  txt: 'text',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
};

/** The extensions an upload may have, for the form's hint and its `accept` attribute. */
export const ALLOWED_EXTENSIONS = Object.keys(EXTENSIONS);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';

/** The kind a file name claims, from its extension; null for any other name. */
export function kindFromName(fileName: string): DocumentKind | null {
  const match = /\.([A-Za-z0-9]{1,5})$/.exec(fileName);
  return match ? (EXTENSIONS[match[1].toLowerCase()] ?? null) : null;
}

/** The kind the bytes are, or null when they are none of the allowed kinds. */
export function kindFromContent(bytes: Buffer): DocumentKind | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) {
    return 'jpeg';
  }
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\x03\x04') return officeKind(bytes);
  return isPlainText(bytes) ? 'text' : null;
}

function officeKind(bytes: Buffer): DocumentKind | null {
  const entries = zipEntries(bytes);
  if (entries === null || !safeToUnpack(entries)) return null;

  const names = entries.map((entry) => entry.name);
  if (names.includes('[Content_Types].xml') && names.includes('word/document.xml')) return 'docx';
  const first = firstStoredEntry(bytes);
  const isOdt = first?.name === 'mimetype' && first.content.toString('latin1') === ODT_MIMETYPE;
  return isOdt && names.includes('content.xml') ? 'odt' : null;
}

/** Far more than any document a partner shares unpacks to (text compresses about tenfold). */
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * Whether the partner's office program can unpack the archive without harm: by its own
 * directory it unpacks to a bounded size, and it holds no other ZIP archive (where a bomb
 * would nest). Sizes are read, never tried by decompressing.
 */
function safeToUnpack(entries: ZipEntry[]): boolean {
  const unpacked = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const nested = entries.some((entry) => /\.zip$/i.test(entry.name));
  return unpacked <= MAX_UNPACKED_BYTES && !nested;
}

// UTF-8 without control characters other than tab, line feed, form feed and carriage return.
function isPlainText(bytes: Buffer): boolean {
  if (bytes.length === 0) return false;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\x00-\x08\x0b\x0e-\x1f\x7f]/.test(text);
}

const MAX_NAME_LENGTH = 100;

/**
 * The name a document is stored and offered under: the last part of what the browser sent,
 * letters, digits and a few marks only, at most 100 characters with the extension kept.
 */
export function safeFileName(original: string, kind: DocumentKind): string {
  const base = (original.split(/[\\/]/).pop() ?? '').normalize('NFC');
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._()-]+/gu, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /\.[A-Za-z0-9]{1,5}$/.exec(cleaned);
  const extension = match ? match[0] : `.${kind === 'text' ? 'txt' : kind}`;
  const stem = (match ? cleaned.slice(0, match.index) : cleaned).replace(/^[ .]+/, '');
  const shortStem = stem.slice(0, MAX_NAME_LENGTH - extension.length).trim() || 'document';
  return `${shortStem}${extension}`;
}
