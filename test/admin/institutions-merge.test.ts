/**
 * Merging duplicate institutions in the browser: two members typed one library two ways the
 * normaliser cannot join, an administrator finds both in the list, reads what a merge does,
 * confirms, and from then on matching treats the two members as colleagues.
 */
import { auditRows } from './admin-helpers';
import { administrator, postFrom, runMatching } from './oversight-helpers';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  csrfToken,
  join,
  type Agent,
  type Person,
  type PersonSpec,
} from '../partnerships/partnership-helpers';

const KEPT = 'Wawa Township Library';
const DUPLICATE = 'Bibliothèque du canton de Wawa';

/** A page's links as the browser reads them ('=' and '&' are written as entities). */
function linksIn(html: string): string {
  return html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');
}

/** The name, other names and member count of the institution's row in the list. */
function rowOf(html: string, name: string): string[] | undefined {
  const rows = [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(([, cell]) => cell.trim()),
  );
  return rows.find((cells) => cells[0] === name)?.slice(0, 3);
}

function person(key: string, years: number, role: 'mentor' | 'mentee', institution: string) {
  const spec: PersonSpec = { key, givenName: key, surname: 'Wawa', years, roles: [role] };
  return { ...spec, institution };
}

describe.each(databaseKinds())('merging institutions on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let mentor: Person;
  let mentee: Person;
  let keptId: number;
  let duplicateId: number;

  async function institutionOf(member: Person): Promise<number> {
    const row = await test.database.db('mm_profiles').where({ member_id: member.id }).first();
    return row.institution_id as number;
  }

  async function suggestedTo(member: Person): Promise<number[]> {
    const rows = await test.database.db('mm_suggestions').where({ member_id: member.id });
    return rows.map((row) => row.partner_member_id as number);
  }

  async function mergedInto(id: number): Promise<number | null> {
    const row = await test.database.db('mm_institutions').where({ id }).first();
    return row.merged_into_id as number | null;
  }

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    mentor = await join(test, person('maeve', 14, 'mentor', KEPT));
    mentee = await join(test, person('noor', 1, 'mentee', DUPLICATE));
    await runMatching(test);
    admin = await administrator(test);
    keptId = await institutionOf(mentor);
    duplicateId = await institutionOf(mentee);
  }, 60_000);

  afterAll(async () => {
    await test?.close();
  });

  it('lists both spellings as two institutions, with how many members name each', async () => {
    const res = await admin.get(at(test, '/admin/institutions?q=Wawa'));

    expect(duplicateId).not.toBe(keptId);
    expect(res.status).toBe(200);
    expect(res.text).toContain('Institutions found: 2');
    expect(res.text).toContain(KEPT);
    expect(res.text).toContain(DUPLICATE);
    expect(rowOf(res.text, KEPT)).toEqual([KEPT, 'None', '1']);
    expect(rowOf(res.text, DUPLICATE)).toEqual([DUPLICATE, 'None', '1']);
    expect(linksIn(res.text)).toContain(`/admin/institutions/merge?duplicate=${duplicateId}"`);
  });

  it('shows the institutions a page at a time, and the menu links to them', async () => {
    const first = await admin.get(at(test, '/admin/institutions'));
    const home = await admin.get(at(test, '/admin'));

    expect(first.text).toMatch(/Page 1 of \d+/);
    expect(linksIn(first.text)).toContain('/admin/institutions?page=2"');
    expect((await admin.get(at(test, '/admin/institutions?page=2'))).status).toBe(200);
    expect(home.text).toContain('/admin/institutions"');
  });

  it('says what the merge will do before anything changes', async () => {
    const path = `/admin/institutions/merge?duplicate=${duplicateId}&kept=${keptId}&review=1`;
    const res = await admin.get(at(test, path));

    expect(res.status).toBe(200);
    expect(res.text).toContain(`Merge ${DUPLICATE} into ${KEPT}?`);
    expect(res.text).toContain(`Members whose profile names ${DUPLICATE}: 1.`);
    expect(res.text).toContain('is no longer offered on the profile form');
    expect(res.text).toMatch(/name="_csrf" value="[^"]+"/);
    expect(await mergedInto(duplicateId)).toBeNull();
  });

  it('refuses to merge an institution into itself, with the reason beside the field', async () => {
    const res = await postFrom(admin, test, '/admin/institutions', '/admin/institutions/merge', {
      duplicate: String(keptId),
      kept: String(keptId),
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('<title>Error: Merge two institutions');
    expect(res.text).toContain('an institution cannot be merged into itself');
    expect(res.text).toContain('aria-describedby="kept-hint kept-error" aria-invalid="true"');
    expect(await mergedInto(keptId)).toBeNull();
    expect(await auditRows(test, 'institution.merged')).toEqual([]);
  });

  it('refuses unknown and missing institutions with a message for each field', async () => {
    const res = await postFrom(admin, test, '/admin/institutions', '/admin/institutions/merge', {
      duplicate: '999999',
      kept: 'not-an-id',
    });
    const review = await admin.get(
      at(test, `/admin/institutions/merge?duplicate=${duplicateId}&review=1`),
    );

    expect(res.status).toBe(422);
    expect(res.text).toContain('That institution is not in this program’s list');
    expect(res.text).toContain('Choose the institution to keep');
    expect(review.status).toBe(422);
    expect(review.text).toContain('Choose the institution to keep');
    expect(await mergedInto(duplicateId)).toBeNull();
    expect(await auditRows(test, 'institution.merged')).toEqual([]);
  });

  it('answers 403 to a member who is not an administrator, and merges nothing', async () => {
    const token = await csrfToken(mentor.agent, test);
    const list = await mentor.agent.get(at(test, '/admin/institutions'));
    const posted = await mentor.agent
      .post(at(test, '/admin/institutions/merge'))
      .type('form')
      .send({ duplicate: String(duplicateId), kept: String(keptId), _csrf: token });

    expect(list.status).toBe(403);
    expect(posted.status).toBe(403);
    expect(await mergedInto(duplicateId)).toBeNull();
  });

  it('merges the duplicate, after which matching treats its members as colleagues', async () => {
    expect(await suggestedTo(mentee)).toContain(mentor.id);
    const review = `/admin/institutions/merge?duplicate=${duplicateId}&kept=${keptId}&review=1`;

    const res = await postFrom(admin, test, review, '/admin/institutions/merge', {
      duplicate: String(duplicateId),
      kept: String(keptId),
    });
    await runMatching(test);

    expect(res.status).toBe(303);
    expect(res.headers.location).toContain('/admin/institutions?q=Wawa');
    expect(res.headers.location).toContain('notice=merged');
    expect(await mergedInto(duplicateId)).toBe(keptId);
    expect(await institutionOf(mentee)).toBe(keptId);
    expect(await suggestedTo(mentee)).not.toContain(mentor.id);
    expect(await suggestedTo(mentor)).not.toContain(mentee.id);
  });

  it('records the merge in the audit log, with who made it', async () => {
    const [entry] = await auditRows(test, 'institution.merged');
    const page = await admin.get(at(test, '/admin/audit-log'));

    expect(entry.subject).toBe(`institution:${duplicateId}`);
    expect(entry.actor_name).toMatch(/\S/);
    expect(entry.before).toEqual({ institution: DUPLICATE, mergedInto: null, members: 1 });
    expect(entry.after).toEqual({ institution: DUPLICATE, mergedInto: KEPT, members: 0 });
    expect(page.text).toContain('Merged a duplicate institution');
  });

  it('shows the duplicate’s name among the other names of the one kept', async () => {
    const res = await admin.get(at(test, '/admin/institutions?q=Wawa&notice=merged'));

    expect(res.text).toContain('The institutions are merged.');
    expect(res.text).toContain('Institutions found: 1');
    expect(rowOf(res.text, KEPT)).toEqual([KEPT, DUPLICATE, '2']);
  });

  it('refuses to merge the same duplicate twice', async () => {
    const res = await postFrom(admin, test, '/admin/institutions', '/admin/institutions/merge', {
      duplicate: String(duplicateId),
      kept: String(keptId),
    });

    expect(res.status).toBe(422);
    expect(res.text).toContain('That institution has already been merged into another');
    expect(await auditRows(test, 'institution.merged')).toHaveLength(1);
  });
});
