/**
 * Attacks on the documents partners share, beyond what test/partnerships/documents.test.ts
 * covers: sizes at and far past the limit, types spoofed by a name and polyglots, file names
 * that try paths, header injection, bidirectional tricks and length, compression bombs inside
 * office documents and in the request's own Content-Encoding, and malformed multipart posts
 * (extra files and fields, prototype keys, missing or foreign CSRF tokens).
 *
 * Asserted: the answer's status and message; that nothing is stored when a post is refused;
 * that an oversize or compressed body is answered quickly without being read or inflated whole
 * (how many bytes the client got to send before the answer, and the process's resident memory,
 * compared loosely); and for each stored file the exact name it is stored and offered under,
 * with the download's Content-Type, Content-Disposition, X-Content-Type-Options and
 * Content-Security-Policy headers, so that no upload is ever rendered by a browser.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import type { CookieAccessInfo } from 'cookiejar';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  activePartnership,
  csrfToken,
  join,
  partnershipRow,
  type Agent,
  type Person,
} from '../partnerships/partnership-helpers';
import {
  deflated,
  docxFile,
  odtFile,
  pdfFile,
  stored,
  zipOf,
} from '../partnerships/sample-files';
import { shownAsTyped } from './markup-reader';

const MB = 1024 * 1024;
const MAX_BYTES = 5 * MB;

const MESSAGES = {
  tooLarge: 'The file is too large.',
  missing: 'Choose a file to upload.',
  typeNotAllowed: 'This kind of file cannot be shared.',
  mismatch: 'content does not match its name',
};

/** How a download must be served, whatever was uploaded: never rendered, never sniffed. */
function servedSafely(type: string, disposition: string) {
  return {
    'content-type': type,
    'content-disposition': disposition,
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
    'cache-control': 'private, no-store',
  };
}

// A multipart body written by hand, so that names and headers are exactly what an attacker
// sends rather than what a well-behaved client library would make of them.

interface Part {
  /** What follows `form-data; ` in the part's Content-Disposition. */
  disposition: string;
  type?: string;
  content: Buffer | string;
}

const field = (name: string, value: string): Part => ({
  disposition: `name="${name}"`,
  content: value,
});

/** A file part as a browser writes it: quotes, CR and LF in the name escaped as %22, %0D, %0A. */
function filePart(content: Buffer, name: string, fieldName = 'file'): Part {
  const escaped = name.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const disposition = `name="${fieldName}"; filename="${escaped}"`;
  return { disposition, type: 'application/octet-stream', content };
}

const BOUNDARY = '----MentorMatchBoundary7MA4YWxkTrZu0gW';
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;

function partHead(part: Part): Buffer {
  const type = part.type ? `\r\nContent-Type: ${part.type}` : '';
  const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; ${part.disposition}${type}`;
  return Buffer.from(`${head}\r\n\r\n`, 'utf8');
}

function multipart(parts: Part[]): Buffer {
  const pieces = parts.flatMap((p) => [partHead(p), Buffer.from(p.content), Buffer.from('\r\n')]);
  return Buffer.concat([...pieces, Buffer.from(`--${BOUNDARY}--\r\n`)]);
}

const DOCX_PARTS = [
  stored('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
  stored('_rels/.rels', '<?xml version="1.0"?><Relationships/>'),
];

/** A docx whose document entry is a few bytes that claim to unpack to 4 GB. */
function docxClaimingGigabytes(): Buffer {
  return zipOf([...DOCX_PARTS, deflated('word/document.xml', '<w:document/>', 4e9)]);
}

function odtClaimingGigabytes(): Buffer {
  return zipOf([
    stored('mimetype', 'application/vnd.oasis.opendocument.text'),
    deflated('content.xml', '<office:document-content/>', 4e9),
    stored('META-INF/manifest.xml', '<?xml version="1.0"?><manifest:manifest/>'),
  ]);
}

/** A docx that holds a ZIP archive, itself a bomb: the nesting 42.zip made famous. */
function docxHoldingAnArchive(): Buffer {
  const inner = zipOf([deflated('zeros.bin', '\0'.repeat(1024), 4e9)]);
  return zipOf([
    ...DOCX_PARTS,
    stored('word/document.xml', '<w:document/>'),
    stored('word/media/archive.zip', inner),
  ]);
}

/**
 * A docx that honestly unpacks to 300 MB of zeros (about 300 kB packed), deflated a megabyte
 * at a time so that the zeros never sit in memory.
 */
async function docxUnpackingToHundredsOfMegabytes(): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const packed: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => packed.push(chunk));
  const megabyte = Buffer.alloc(MB);
  let crc = 0;
  for (let written = 0; written < 300; written++) {
    crc = zlib.crc32(megabyte, crc);
    if (!deflate.write(megabyte)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  await new Promise((resolve) => deflate.end(resolve));

  const data = Buffer.concat(packed);
  const declaredSize = 300 * MB;
  return zipOf([...DOCX_PARTS, { name: 'word/document.xml', data, method: 8, crc, declaredSize }]);
}

/**
 * A gzip stream that inflates to `members` times 64 MB: one member compressed once and
 * repeated, since gunzip reads concatenated members as one stream.
 */
function gzipBomb(prefix: Buffer, members: number): Buffer {
  gzippedMember ??= zlib.gzipSync(Buffer.alloc(64 * MB, 'a'));
  return Buffer.concat([zlib.gzipSync(prefix), ...Array<Buffer>(members).fill(gzippedMember)]);
}

let gzippedMember: Buffer | undefined;

/** The session cookie of a supertest agent, for requests written by hand. */
function cookieOf(agent: Agent): string {
  const everywhere = { domain: '127.0.0.1', path: '/', secure: false, script: false };
  const cookies = agent.jar.getCookies(everywhere as CookieAccessInfo);
  return cookies.map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}

interface RawOutcome {
  /** The status, or null when the server ended the connection without one. */
  status: number | null;
  /** Body bytes written before the answer came or the connection ended. */
  sent: number;
  ms: number;
  /** How much the process's resident memory grew meanwhile. */
  rssGrowth: number;
}

/**
 * Posts a body written chunk by chunk, at the pace the socket takes it, and stops writing as
 * soon as the server answers or closes. `chunks` may be far longer than anything sent.
 */
function postRaw(
  url: string,
  headers: http.OutgoingHttpHeaders,
  chunks: Iterable<Buffer>,
): Promise<RawOutcome> {
  const started = Date.now();
  const rssBefore = process.memoryUsage().rss;
  const source = chunks[Symbol.iterator]();
  let sent = 0;
  let settled = false;

  return new Promise((resolve) => {
    const finish = (status: number | null) => {
      if (settled) return;
      settled = true;
      const rssGrowth = process.memoryUsage().rss - rssBefore;
      resolve({ status, sent, ms: Date.now() - started, rssGrowth });
      req.destroy();
    };
    const req = http.request(url, { method: 'POST', headers });
    req.on('response', (res) => {
      res.resume();
      finish(res.statusCode ?? null);
    });
    req.on('error', () => finish(null));
    req.on('close', () => finish(null));

    const pump = () => {
      while (!settled) {
        const next = source.next();
        if (next.done) return void req.end();
        sent += next.value.length;
        if (!req.write(next.value)) return void req.once('drain', pump);
      }
    };
    pump();
  });
}

/** `head`, then `size` bytes of spaces in 64 kB chunks, all made as they are sent. */
function* streamed(head: Buffer, size: number): Generator<Buffer> {
  yield head;
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  for (let sent = 0; sent < size; sent += chunk.length) yield chunk;
}

function* pieces(buffer: Buffer, size = 64 * 1024): Generator<Buffer> {
  for (let i = 0; i < buffer.length; i += size) yield buffer.subarray(i, i + size);
}

let honestBomb: Buffer;

beforeAll(async () => {
  honestBomb = await docxUnpackingToHundredsOfMegabytes();
});

describe.each(databaseKinds())('attacks on shared documents on %s', (kind) => {
  let test: TestPlugin;
  let mentor: Person;
  let mentee: Person;
  let partnershipId: number;
  let token: string;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    mentor = await join(test, {
      key: 'umentor',
      givenName: 'Una',
      surname: 'Uploader',
      years: 9,
      roles: ['mentor'],
    });
    mentee = await join(test, {
      key: 'umentee',
      givenName: 'Vic',
      surname: 'Viewer',
      years: 0,
      roles: ['mentee'],
    });
    partnershipId = await activePartnership(test, mentor, mentee);
    token = await csrfToken(mentor.agent, test);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(async () => {
    await test.database.db('mm_partnership_documents').delete();
  });

  const uploadPath = () => at(test, `/partnerships/${partnershipId}/documents`);
  const uploadUrl = () => `${test.origin}${uploadPath()}`;

  /** A form up to where its file's bytes begin: the token's part, then the file part's head. */
  function formUpToFile(name: string): Buffer {
    const tokenPart = [partHead(field('_csrf', token)), Buffer.from(`${token}\r\n`)];
    return Buffer.concat([...tokenPart, partHead(filePart(Buffer.alloc(0), name))]);
  }

  /** Posts the parts with the session's CSRF token first, as the page's form does. */
  async function upload(parts: Part[], withToken: Part[] = [field('_csrf', token)]) {
    return mentor.agent
      .post(uploadPath())
      .set('Content-Type', MULTIPART)
      .send(multipart([...withToken, ...parts]));
  }

  async function storedNames(): Promise<string[]> {
    const rows = await test.database
      .db('mm_partnership_documents')
      .where({ partnership_id: partnershipId })
      .orderBy('id');
    return rows.map((row) => row.file_name as string);
  }

  async function download(agent: Agent) {
    const [row] = await test.database.db('mm_partnership_documents').orderBy('id', 'desc');
    return agent
      .get(at(test, `/partnerships/${partnershipId}/documents/${row.id}`))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
  }

  /** The first record of `event` logged since `from`, waiting a moment for it. */
  async function logged(from: number, event: string) {
    for (let waited = 0; waited < 2000; waited += 50) {
      const found = test.logs.slice(from).find((record) => record.event === event);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return undefined;
  }

  function headersOf(res: { headers: Record<string, string> }, names: string[]) {
    return Object.fromEntries(names.map((name) => [name, res.headers[name]]));
  }

  /** Downloads the latest document as the partner and checks how it is served. */
  async function expectServedAs(type: string, disposition: string, content: Buffer) {
    const res = await download(mentee.agent);
    const expected = servedSafely(type, disposition);

    expect(res.status).toBe(200);
    expect(headersOf(res, Object.keys(expected))).toEqual(expected);
    expect(Buffer.compare(res.body as Buffer, content)).toBe(0);
    return res;
  }

  it('accepts a file of exactly the size limit and refuses one byte more', async () => {
    const atLimit = Buffer.concat([pdfFile(), Buffer.alloc(MAX_BYTES - pdfFile().length, 0x20)]);
    const overLimit = Buffer.concat([atLimit, Buffer.from(' ')]);

    const accepted = await upload([filePart(atLimit, 'at-limit.pdf')]);
    const refused = await upload([filePart(overLimit, 'over-limit.pdf')]);

    expect(accepted.status).toBe(303);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(MESSAGES.tooLarge);
    const sizes = await test.database.db('mm_partnership_documents').pluck('size_bytes');
    expect(sizes.map(Number)).toEqual([MAX_BYTES]);
  });

  it('answers a body declaring far more than the limit at once, reading none of it', async () => {
    const head = formUpToFile('huge.pdf');
    const size = 1024 * MB;
    const headers = {
      cookie: cookieOf(mentor.agent),
      'content-type': MULTIPART,
      'content-length': head.length + size,
    };

    const outcome = await postRaw(uploadUrl(), headers, streamed(head, size));

    expect(outcome.status).toBe(413);
    expect(outcome.sent).toBeLessThan(16 * MB);
    expect(outcome.ms).toBeLessThan(5000);
    expect(outcome.rssGrowth).toBeLessThan(64 * MB);
    expect(await storedNames()).toEqual([]);
  });

  it('cuts off a body sent without a length as soon as it passes the limit', async () => {
    const head = formUpToFile('endless.pdf');
    const headers = {
      cookie: cookieOf(mentor.agent),
      'content-type': MULTIPART,
      'transfer-encoding': 'chunked',
    };
    const logsBefore = test.logs.length;

    const outcome = await postRaw(uploadUrl(), headers, streamed(head, 1024 * MB));

    expect(outcome.sent).toBeLessThan(32 * MB);
    expect(outcome.ms).toBeLessThan(5000);
    expect(outcome.rssGrowth).toBeLessThan(64 * MB);
    const refusal = await logged(logsBefore, 'request_refused');
    expect(refusal).toMatchObject({ status: 413, reason: 'BODY_TOO_LARGE' });
    expect(await storedNames()).toEqual([]);
    expect((await mentor.agent.get(at(test, `/partnerships/${partnershipId}`))).status).toBe(200);
  });

  it.each([
    [
      'an HTML page named cv.pdf',
      '<html><script>alert(1)</script></html>',
      'cv.pdf',
      MESSAGES.mismatch,
    ],
    [
      'an SVG image with a script named logo.png',
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
      'logo.png',
      MESSAGES.mismatch,
    ],
    [
      'a Windows program named cv.pdf',
      Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00]),
      'cv.pdf',
      MESSAGES.mismatch,
    ],
    ['a PDF named setup.exe', pdfFile(), 'setup.exe', MESSAGES.typeNotAllowed],
    [
      'a PDF with a ZIP archive appended, named cv.docx',
      Buffer.concat([pdfFile(), docxFile()]),
      'cv.docx',
      MESSAGES.mismatch,
    ],
  ])('refuses %s', async (_label, content, name, message) => {
    const res = await upload([filePart(Buffer.from(content), name)]);

    expect(res.status).toBe(422);
    expect(res.text).toContain(message);
    expect(await storedNames()).toEqual([]);
  });

  it('stores a PDF that is also an HTML page only as a PDF, never rendered', async () => {
    const polyglot = Buffer.from(
      '%PDF-1.4\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n',
    );

    const res = await upload([filePart(polyglot, 'polyglot.pdf')]);

    expect(res.status).toBe(303);
    await expectServedAs('application/pdf', 'attachment; filename=polyglot.pdf', polyglot);
  });

  it('serves an HTML page uploaded as .txt as plain text, never as a page', async () => {
    const page = Buffer.from('<!DOCTYPE html><html><script>alert(document.cookie)</script>\n');

    const res = await upload([filePart(page, 'notes.txt')]);

    expect(res.status).toBe(303);
    await expectServedAs('text/plain; charset=utf-8', 'attachment; filename=notes.txt', page);
  });

  it.each([
    ['../../etc/passwd.pdf', filePart(pdfFile(), '../../etc/passwd.pdf'), 'passwd.pdf'],
    ['..\\..\\win.ini.pdf', filePart(pdfFile(), '..\\..\\win.ini.pdf'), 'win.ini.pdf'],
    ['/etc/shadow.pdf', filePart(pdfFile(), '/etc/shadow.pdf'), 'shadow.pdf'],
    ['C:\\Users\\x\\cv.pdf', filePart(pdfFile(), 'C:\\Users\\x\\cv.pdf'), 'cv.pdf'],
    ['\\\\server\\share\\cv.pdf', filePart(pdfFile(), '\\\\server\\share\\cv.pdf'), 'cv.pdf'],
    [
      '..%2F..%2Fetc%2Fpasswd.pdf in filename*',
      {
        disposition: `name="file"; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd.pdf`,
        content: pdfFile(),
      },
      'passwd.pdf',
    ],
    [
      'a name with CR LF and a Set-Cookie header',
      filePart(pdfFile(), 'cv\r\nSet-Cookie: stolen=1.pdf'),
      'cv_Set-Cookie_ stolen_1.pdf',
    ],
    [
      'a name with quotes and a second filename',
      filePart(pdfFile(), 'CV "final"; filename=evil.html.pdf'),
      'CV _final_ filename_evil.html.pdf',
    ],
    [
      'a name with CR LF and a quote in filename*',
      {
        disposition: `name="file"; filename*=UTF-8''cv%0D%0AX-Evil%3A%201%22.pdf`,
        content: pdfFile(),
      },
      'cv_X-Evil_ 1_.pdf',
    ],
    [
      'a name of 300 characters',
      filePart(pdfFile(), `${'n'.repeat(300)}.pdf`),
      `${'n'.repeat(96)}.pdf`,
    ],
    ['a name that is only dots', filePart(pdfFile(), '..pdf'), 'document.pdf'],
    [
      '%2e%2e%2f (a path encoded once too often)',
      filePart(pdfFile(), '%2e%2e%2fpasswd.pdf'),
      '_2e_2e_2fpasswd.pdf',
    ],
  ])('serves a document sent as %s under a safe name', async (_label, part, safeName) => {
    const res = await upload([part]);

    expect(res.status).toBe(303);
    expect(await storedNames()).toEqual([safeName]);
    const quoted = /[ ;"]/.test(safeName) ? `"${safeName}"` : safeName;
    const disposition = `attachment; filename=${quoted}`;
    const served = await expectServedAs('application/pdf', disposition, pdfFile());
    // The session's own cookie rolls on every answer; no other may appear.
    const cookies = ([] as string[]).concat(served.headers['set-cookie'] ?? []);
    expect(cookies.filter((cookie) => !cookie.startsWith('mentormatch.sid='))).toEqual([]);
    const page = await mentee.agent.get(at(test, `/partnerships/${partnershipId}`));
    expect(shownAsTyped(page.text, safeName)).toBe(true);
  });

  it('serves a name with a right-to-left override without it, in UTF-8 and in ASCII', async () => {
    const res = await upload([filePart(pdfFile(), 'résumé\u202Efdp.exe.pdf')]);

    expect(res.status).toBe(303);
    expect(await storedNames()).toEqual(['résumé_fdp.exe.pdf']);
    await expectServedAs(
      'application/pdf',
      `attachment; filename="r?sum?_fdp.exe.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9_fdp.exe.pdf`,
      pdfFile(),
    );
  });

  it('refuses a part whose file name holds a raw NUL or carriage return', async () => {
    for (const name of ['cv\u0000.exe.pdf', 'cv\r.pdf']) {
      const part = { disposition: `name="file"; filename="${name}"`, content: pdfFile() };

      const res = await upload([part]);

      expect([JSON.stringify(name), res.status]).toEqual([JSON.stringify(name), 422]);
      expect(res.text).toContain(MESSAGES.missing);
    }
    expect(await storedNames()).toEqual([]);
  });

  it.each([
    ['a .docx whose entries claim 4 GB unpacked', docxClaimingGigabytes, 'cv.docx'],
    ['an .odt whose entries claim 4 GB unpacked', odtClaimingGigabytes, 'plan.odt'],
    ['a .docx that unpacks to 300 MB', () => honestBomb, 'bomb.docx'],
    ['a .docx holding another ZIP archive', docxHoldingAnArchive, 'nested.docx'],
  ])('refuses %s quickly, unpacking nothing', async (_label, bytes, name) => {
    const rssBefore = process.memoryUsage().rss;
    const started = Date.now();

    const res = await upload([filePart(bytes(), name)]);

    expect(res.status).toBe(422);
    expect(res.text).toContain(MESSAGES.mismatch);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(64 * MB);
    expect(await storedNames()).toEqual([]);
  });

  it('still accepts real office documents, within their unpacked size', async () => {
    expect((await upload([filePart(docxFile(), 'cv.docx')])).status).toBe(303);
    expect((await upload([filePart(odtFile(), 'plan.odt')])).status).toBe(303);
    expect(await storedNames()).toEqual(['cv.docx', 'plan.odt']);
  });

  it('refuses a gzip-encoded upload that inflates to 1 GB, without inflating it', async () => {
    const body = gzipBomb(formUpToFile('zipped.pdf'), 16);
    const headers = {
      cookie: cookieOf(mentor.agent),
      'content-type': MULTIPART,
      'content-encoding': 'gzip',
      'content-length': body.length,
    };

    const outcome = await postRaw(uploadUrl(), headers, pieces(body));

    expect(outcome.status).toBe(415);
    expect(outcome.ms).toBeLessThan(5000);
    expect(outcome.rssGrowth).toBeLessThan(64 * MB);
    expect(await storedNames()).toEqual([]);
  });

  it('refuses a gzip-encoded form inflating to 1 GB, reading no more than its limit', async () => {
    const body = gzipBomb(Buffer.from(`_csrf=${encodeURIComponent(token)}&reason=`), 16);
    const headers = {
      cookie: cookieOf(mentor.agent),
      'content-type': 'application/x-www-form-urlencoded',
      'content-encoding': 'gzip',
      'content-length': body.length,
    };
    const url = `${test.origin}${at(test, `/partnerships/${partnershipId}/end`)}`;

    const outcome = await postRaw(url, headers, pieces(body));

    expect(outcome.status).toBe(413);
    expect(outcome.ms).toBeLessThan(5000);
    expect(outcome.rssGrowth).toBeLessThan(64 * MB);
    expect((await partnershipRow(test, partnershipId)).status).toBe('active');
  });

  it('refuses two files in one post, or a file under another name, storing neither', async () => {
    const twoFiles = await upload([filePart(pdfFile(), 'a.pdf'), filePart(pdfFile(), 'b.pdf')]);
    const otherName = await upload([filePart(pdfFile(), 'a.pdf', 'attachment')]);
    const fileAndOther = await upload([
      filePart(pdfFile(), 'a.pdf'),
      filePart(pdfFile(), 'b.pdf', 'attachment'),
    ]);

    for (const res of [twoFiles, otherName, fileAndOther]) {
      expect(res.status).toBe(422);
      expect(res.text).toContain(MESSAGES.missing);
    }
    expect(await storedNames()).toEqual([]);
  });

  it('refuses more fields than the form has, and a field longer than it allows', async () => {
    const extra = ['a', 'b', 'c', 'd'].map((name) => field(name, 'x'));
    const tooMany = await upload([...extra, filePart(pdfFile(), 'a.pdf')]);
    const tooLong = await upload([field('note', 'x'.repeat(2000)), filePart(pdfFile(), 'b.pdf')]);

    expect([tooMany.status, tooLong.status]).toEqual([422, 422]);
    expect(await storedNames()).toEqual([]);
  });

  it('keeps field names aimed at prototypes out of every prototype', async () => {
    const res = await upload([
      field('__proto__[polluted]', 'yes'),
      field('constructor[prototype][polluted]', 'yes'),
      filePart(pdfFile(), 'ordinary.pdf'),
    ]);

    expect(res.status).toBe(303);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(await storedNames()).toEqual(['ordinary.pdf']);
  });

  it("refuses an upload without its CSRF token, with another session's, or with two", async () => {
    const otherToken = await csrfToken(mentee.agent, test);
    const file = [filePart(pdfFile(), 'forged.pdf')];

    const without = await upload(file, []);
    const foreign = await upload(file, [field('_csrf', otherToken)]);
    const twice = await upload(file, [field('_csrf', token), field('_csrf', token)]);

    expect([without.status, foreign.status, twice.status]).toEqual([403, 403, 403]);
    expect(await storedNames()).toEqual([]);
  });
});
