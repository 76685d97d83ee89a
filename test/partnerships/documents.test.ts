import { administrator, postFrom } from '../admin/oversight-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  activePartnership,
  csrfToken,
  DAY_MS,
  formTokenFor,
  join,
  partnershipRow,
  postForm,
  resetClock,
  type Person,
} from './partnership-helpers';
import { docxFile, jpegFile, odtFile, pdfFile, pngFile, textFile } from './sample-files';

describe.each(databaseKinds())('shared documents on %s', (kind) => {
  let test: TestPlugin;
  let serial = 0;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
  });

  afterAll(async () => {
    await test?.close();
  });

  afterEach(() => resetClock(test));

  async function partners(): Promise<[Person, Person, number]> {
    serial += 1;
    const mentor = await join(test, {
      key: `dmentor${serial}`,
      givenName: 'Dora',
      surname: `Docs${serial}`,
      years: 9,
      roles: ['mentor'],
    });
    const mentee = await join(test, {
      key: `dmentee${serial}`,
      givenName: 'Ed',
      surname: `Files${serial}`,
      years: 0,
      roles: ['mentee'],
    });
    return [mentor, mentee, await activePartnership(test, mentor, mentee)];
  }

  async function upload(person: Person, partnershipId: number, content: Buffer, name: string) {
    const token = await csrfToken(person.agent, test);
    return person.agent
      .post(at(test, `/partnerships/${partnershipId}/documents`))
      .field('_csrf', token)
      .attach('file', content, name);
  }

  async function documentIds(partnershipId: number): Promise<number[]> {
    const rows = await test.database
      .db('mm_partnership_documents')
      .where({ partnership_id: partnershipId })
      .orderBy('id');
    return rows.map((row) => row.id as number);
  }

  it('shares a CV: one uploads, the other downloads an attachment of fixed type', async () => {
    const [mentor, mentee, id] = await partners();

    const sent = await upload(mentee, id, pdfFile(), 'CV Ed "final".pdf');
    const [documentId] = await documentIds(id);
    const listed = await mentor.agent.get(at(test, `/partnerships/${id}`));
    const download = await mentor.agent
      .get(at(test, `/partnerships/${id}/documents/${documentId}`))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });

    expect(sent.status).toBe(303);
    expect(listed.text).toContain('CV Ed _final_.pdf');
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      'attachment; filename="CV Ed _final_.pdf"',
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(download.body as Buffer, pdfFile())).toBe(0);
  });

  it('accepts each allowed kind, recognised from its content', async () => {
    const [mentor, , id] = await partners();
    const files: Array<[Buffer, string, string]> = [
      [
        docxFile(),
        'cv.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [odtFile(), 'plan.odt', 'application/vnd.oasis.opendocument.text'],
      [textFile(), 'notes.txt', 'text/plain; charset=utf-8'],
      [pngFile(), 'chart.png', 'image/png'],
      [jpegFile(), 'photo.JPG', 'image/jpeg'],
    ];

    for (const [content, name, type] of files) {
      expect((await upload(mentor, id, content, name)).status).toBe(303);
      const documentId = (await documentIds(id)).pop();
      const res = await mentor.agent.get(at(test, `/partnerships/${id}/documents/${documentId}`));
      expect([name, res.headers['content-type']]).toEqual([name, type]);
    }
  });

  it('refuses a file whose content does not match its name, and one of another kind', async () => {
    const [mentor, , id] = await partners();

    const disguised = await upload(mentor, id, pngFile(), 'cv.pdf');
    const html = await upload(mentor, id, Buffer.from('<script>alert(1)</script>'), 'page.html');
    const binary = await upload(mentor, id, Buffer.from([0x4d, 0x5a, 0x00, 0x01, 0xff]), 'cv.txt');

    expect(disguised.status).toBe(422);
    expect(disguised.text).toContain('content does not match its name');
    expect(disguised.text).toContain('aria-invalid="true"');
    expect(html.status).toBe(422);
    expect(html.text).toContain('This kind of file cannot be shared.');
    expect(binary.status).toBe(422);
    expect(await documentIds(id)).toEqual([]);
  });

  it('refuses a file over the size limit, and an empty upload', async () => {
    const [mentor, , id] = await partners();
    const big = Buffer.concat([pdfFile(), Buffer.alloc(5 * 1024 * 1024)]);

    const tooBig = await upload(mentor, id, big, 'big.pdf');
    const token = await csrfToken(mentor.agent, test);
    const none = await mentor.agent
      .post(at(test, `/partnerships/${id}/documents`))
      .field('_csrf', token);

    expect(tooBig.status).toBe(422);
    expect(tooBig.text).toContain('The file is too large.');
    expect(none.status).toBe(422);
    expect(none.text).toContain('Choose a file to upload.');
    expect(await documentIds(id)).toEqual([]);
  });

  it("lets each partner delete their own uploads, not the other's", async () => {
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'mine.txt');
    const [documentId] = await documentIds(id);

    const confirmPath = `/partnerships/${id}/documents/${documentId}/delete`;

    const byOther = await postForm(mentor.agent, test, confirmPath);
    const otherAsks = await mentor.agent.get(at(test, confirmPath));
    const page = await mentee.agent.get(at(test, `/partnerships/${id}`));
    const asked = await mentee.agent.get(at(test, confirmPath));
    const keptWhileAsked = await documentIds(id);
    const byOwner = await mentee.agent
      .post(at(test, confirmPath))
      .type('form')
      .send({ _csrf: formTokenFor(asked.text, at(test, confirmPath)) });
    const after = await mentee.agent.get(byOwner.headers.location);

    expect(byOther.status).toBe(403);
    expect(otherAsks.status).toBe(404);
    expect(page.text).toContain(`href="${at(test, confirmPath)}"`);
    expect(page.text).not.toContain(`action="${at(test, confirmPath)}"`);
    expect(asked.status).toBe(200);
    expect(asked.text).toContain('Delete mine.txt?');
    expect(asked.text).toContain('Yes, delete this document');
    expect(asked.text).toContain(`href="${at(test, `/partnerships/${id}#documents`)}">Cancel</a>`);
    expect(keptWhileAsked).toEqual([documentId]);
    expect(byOwner.status).toBe(303);
    expect(byOwner.headers.location).toMatch(/\?notice=document_deleted#documents$/);
    expect(await documentIds(id)).toEqual([]);
    expect(after.text).toMatch(/<p class="notice" role="status">Your document is deleted\.<\/p>/);
  });

  it('keeps documents for thirty days after the end, then deletes them', async () => {
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'kept.txt');
    await postForm(mentor.agent, test, `/partnerships/${id}/end`, { reason: 'Moving abroad.' });
    const jobs = test.plugin.mentormatch.jobs;

    test.clock.now += 29 * DAY_MS;
    await jobs.runDueOnce();
    expect(await documentIds(id)).toHaveLength(1);
    test.clock.now += 1 * DAY_MS + 60_000;
    await jobs.runDueOnce();

    expect(await documentIds(id)).toEqual([]);
    expect((await partnershipRow(test, id)).documents_purged_at).not.toBeNull();
  });

  /** The program's document retention, saved by an administrator on the settings page. */
  async function setRetention(days: number) {
    const program = await test.database.db('mm_programs').where({ id: 1 }).first();
    const admin = await administrator(test);
    const res = await postFrom(admin, test, '/admin/settings', '/admin/settings', {
      name: program.name,
      program_contact_email: program.program_contact_email,
      support_contact_email: program.support_contact_email,
      partnership_term_months: '6',
      request_expiry_days: '14',
      max_mentor_capacity: '3',
      document_retention_days: String(days),
    });
    if (res.status !== 303) throw new Error(`retention not saved: ${res.status}`);
  }

  it('keeps documents for the days the program sets, then deletes them', async () => {
    await setRetention(5);
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'kept.txt');
    await postForm(mentor.agent, test, `/partnerships/${id}/end`, { reason: 'Moving abroad.' });
    const jobs = test.plugin.mentormatch.jobs;

    test.clock.now += 5 * DAY_MS - 60_000;
    await jobs.runDueOnce();
    expect(await documentIds(id)).toHaveLength(1);
    test.clock.now += 2 * 60_000;
    await jobs.runDueOnce();

    expect(await documentIds(id)).toEqual([]);
    expect((await partnershipRow(test, id)).documents_purged_at).not.toBeNull();
    resetClock(test);
    await setRetention(30);
  });

  it('waits for a retention lengthened after the end, then deletes them', async () => {
    await setRetention(2);
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'kept.txt');
    await postForm(mentor.agent, test, `/partnerships/${id}/end`, { reason: 'Moving abroad.' });
    await setRetention(10);
    const jobs = test.plugin.mentormatch.jobs;

    test.clock.now += 2 * DAY_MS + 60_000;
    await jobs.runDueOnce();
    expect(await documentIds(id)).toHaveLength(1);
    test.clock.now += 8 * DAY_MS;
    await jobs.runDueOnce();

    expect(await documentIds(id)).toEqual([]);
    resetClock(test);
    await setRetention(30);
  });

  it('deletes them on the earlier date of a retention shortened after the end', async () => {
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'kept.txt');
    await postForm(mentor.agent, test, `/partnerships/${id}/end`, { reason: 'Moving abroad.' });
    const endedAt = Number((await partnershipRow(test, id)).ended_at);
    await setRetention(5);
    const jobs = test.plugin.mentormatch.jobs;

    test.clock.now = endedAt + 5 * DAY_MS - 60_000;
    await jobs.runDueOnce();
    expect(await documentIds(id)).toHaveLength(1);
    test.clock.now = endedAt + 5 * DAY_MS + 60_000;
    await jobs.runDueOnce();

    expect(await documentIds(id)).toEqual([]);
    expect(Number((await partnershipRow(test, id)).documents_purged_at)).toBe(test.clock.now);
    test.clock.now = endedAt + 30 * DAY_MS + 60_000;
    await jobs.runDueOnce();
    const failed = await test.database.db('mm_jobs').where({ status: 'failed' });
    expect(failed).toEqual([]);
    resetClock(test);
    await setRetention(30);
  });

  it('refuses uploads once the partnership has ended', async () => {
    const [mentor, , id] = await partners();
    await postForm(mentor.agent, test, `/partnerships/${id}/end`, { reason: 'Done.' });

    const res = await upload(mentor, id, textFile(), 'late.txt');

    expect(res.status).toBe(409);
  });

  it('answers "not found" to another member on every partnership and document route', async () => {
    const [mentor, mentee, id] = await partners();
    await upload(mentee, id, textFile(), 'private.txt');
    const [documentId] = await documentIds(id);
    const [otherMentor, , otherId] = await partners();
    await upload(otherMentor, otherId, textFile(), 'theirs.txt');
    const [otherDocumentId] = await documentIds(otherId);
    const outsider = await join(test, {
      key: `outsider${serial}`,
      givenName: 'Olive',
      surname: 'Outsider',
      years: 5,
      roles: ['mentee'],
    });
    const requestId = (await test.database.db('mm_partnerships').where({ id }).first()).request_id;

    const gets = [
      `/partnerships/${id}`,
      `/partnerships/${id}/agreement`,
      `/partnerships/${id}/documents/${documentId}`,
      `/partnerships/requests/${requestId}`,
      `/partnerships/${otherId}/documents/${documentId}`,
      `/partnerships/${id}/documents/${otherDocumentId}`,
      `/partnerships/${id}/documents/${documentId}/delete`,
      `/partnerships/${id}/end`,
      `/partnerships/requests/${requestId}/withdraw`,
    ];
    const posts = [
      'sign',
      'first-contact',
      'meeting-plan',
      'extension',
      'extension/accept',
      'extension/drop',
      'end',
      `documents/${documentId}/delete`,
    ].map((p) => `/partnerships/${id}/${p}`);
    const requestPosts = ['accept', 'decline', 'withdraw'].map(
      (p) => `/partnerships/requests/${requestId}/${p}`,
    );
    const body = {
      fullName: 'Olive Outsider',
      confirm: 'yes',
      modes: 'phone',
      frequency: 'weekly',
      months: '3',
      reason: 'x',
    };

    for (const path of gets) {
      const res = await outsider.agent.get(at(test, path));
      expect([path, res.status]).toEqual([path, 404]);
    }
    for (const path of [...posts, ...requestPosts]) {
      const res = await postForm(outsider.agent, test, path, body);
      expect([path, res.status]).toEqual([path, 404]);
    }
    const upload404 = await upload(outsider, id, textFile(), 'intruder.txt');
    expect(upload404.status).toBe(404);
    const crossed = await mentor.agent.get(
      at(test, `/partnerships/${id}/documents/${otherDocumentId}`),
    );
    expect(crossed.status).toBe(404);
    expect(await documentIds(id)).toEqual([documentId]);
    expect((await partnershipRow(test, id)).status).toBe('active');
    for (const guess of ['0', '-1', 'abc', '99999999999', '1e3']) {
      const res = await outsider.agent.get(at(test, `/partnerships/${guess}`));
      expect([guess, res.status]).toEqual([guess, 404]);
    }
  });
});
