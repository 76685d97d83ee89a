import { csvField, toCsv } from '../../src/admin/report-csv';
import { percentile, supplyAgainstDemand, waitFigures } from '../../src/admin/report-figures';
import { createPlaceDirectory } from '../../src/members/places';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import {
  activePartnership,
  join,
  type Agent,
  type Person,
} from '../partnerships/partnership-helpers';
import { administrator, csvRecords, parseCsv, postFrom, runMatching } from './oversight-helpers';

describe('report arithmetic', () => {
  it('takes nearest-rank percentiles, always one of the values', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
    expect(percentile([], 0.5)).toBeNull();
    expect(waitFigures([30, 10, 20])).toEqual({ count: 3, median: 20, p90: 30 });
  });

  it('puts the largest shortfall first and lists every key', () => {
    const lines = supplyAgainstDemand(
      [{ focus: 'public', placeId: null, openSlots: 3 }],
      [{ focus: 'school', placeId: null }, { focus: 'public', placeId: null }],
      ['public', 'school', 'other'],
      (row) => row.focus,
    );

    expect(lines).toEqual([
      { key: 'school', openSlots: 0, waiting: 1, shortfall: 1 },
      { key: 'public', openSlots: 3, waiting: 1, shortfall: 0 },
      { key: 'other', openSlots: 0, waiting: 0, shortfall: 0 },
    ]);
  });

  it('writes CSV a spreadsheet reads back as it was, and never as a formula', () => {
    const csv = toCsv(['a', 'b'], [['O"Neil, Jr.', 'line\nbreak'], ['=1+1', null]]);

    expect(parseCsv(csv)).toEqual([['a', 'b'], ['O"Neil, Jr.', 'line\nbreak'], ["'=1+1", '']]);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});

describe.each(databaseKinds())('reports on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let amira: Person;
  let bruno: Person;
  let tom: Person;
  let elodie: Person;
  let zoe: Person;

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    amira = await join(test, {
      key: 'r-amira', givenName: 'Amira', surname: 'Haddad', years: 12, roles: ['mentor'],
      institution: 'Toronto Public Library', capacity: 2,
    });
    bruno = await join(test, {
      key: 'r-bruno', givenName: 'Bruno', surname: 'Côté', years: 20, roles: ['mentor'],
    });
    tom = await join(test, {
      key: 'r-tom', givenName: 'Tom', surname: 'Lee', years: 1, roles: ['mentee'],
    });
    elodie = await join(test, {
      key: 'r-elodie', givenName: 'Élodie', surname: 'Tremblay', years: 2, roles: ['mentee'],
    });
    zoe = await join(test, {
      key: 'r-zoe', givenName: 'Zoé', surname: 'Martin', years: 2, roles: ['mentee'],
    });
    const sudbury = createPlaceDirectory().search('Sudbury')[0];
    await test.database.db('mm_profiles').whereIn('member_id', [bruno.id, elodie.id, zoe.id])
      .update({ focus: 'university', place_id: sudbury.id });
    await runMatching(test);
    await activePartnership(test, bruno, elodie);
    admin = await administrator(test);
  });

  afterAll(async () => {
    await test?.close();
  });

  it('counts roles, partnerships and requests by state', async () => {
    const page = await admin.get(at(test, '/admin/reports'));

    expect(page.status).toBe(200);
    expect(page.text).toMatch(/Mentor roles approved<\/th><td>2</);
    expect(page.text).toMatch(/Mentee roles approved<\/th><td>3</);
    expect(page.text).toMatch(/Partnerships: Active<\/th><td>1</);
    expect(page.text).toMatch(/Requests: Accepted<\/th><td>1</);
  });

  it('shows where mentees wait for lack of mentors, by focus and by region', async () => {
    const page = await admin.get(at(test, '/admin/reports'));
    const cells = '<td>(\\d+)</td><td>(\\d+)</td><td>(?:<strong>)?(\\d+)';
    const row = (label: string) =>
      new RegExp(`<th scope="row">${label}</th>${cells}`).exec(page.text)?.slice(1).map(Number);

    expect(row('University')).toEqual([0, 1, 1]);
    expect(row('Public')).toEqual([2, 1, 0]);
    expect(row('Northern Ontario')).toEqual([0, 1, 1]);
    expect(row('Toronto')).toEqual([2, 1, 0]);
  });

  it('measures waits from approval to first suggestion and from request to agreement', async () => {
    const page = await admin.get(at(test, '/admin/reports'));

    const measured = (what: string) =>
      Number(new RegExp(`${what}</th><td>(\\d+)</td>`).exec(page.text)?.[1]);
    expect(measured('From approval of a role to its first suggestion')).toBeGreaterThanOrEqual(4);
    expect(measured('From partnership request to signed agreement')).toBe(1);
    expect(page.text).toMatch(/signed agreement<\/th><td>1<\/td><td>0 hours/);
  });

  it('exports the participants as they are, without contact details unless asked', async () => {
    const plain = await postFrom(admin, test, '/admin/reports', '/admin/reports/participants.csv');
    const withContact = await postFrom(
      admin, test, '/admin/reports', '/admin/reports/participants.csv', { contact: 'yes' },
    );

    expect(plain.headers['content-type']).toMatch(/^text\/csv/);
    expect(plain.headers['content-disposition']).toContain('mentormatch-participants.csv');
    const records = csvRecords(plain.text);
    expect(records).toHaveLength(5);
    expect(plain.text).not.toContain(amira.contactEmail);
    expect(plain.text).not.toContain(amira.member.email);
    const profiles = await test.database.db('mm_profiles as p')
      .join('mm_members as m', 'm.id', 'p.member_id')
      .select('m.id', 'm.given_name', 'm.surname', 'p.focus', 'p.years_experience');
    for (const profile of profiles) {
      const record = records.find((r) => r.member_id === String(profile.id));
      expect(record).toMatchObject({
        given_name: profile.given_name,
        surname: profile.surname,
        focus: profile.focus,
        years_experience: String(profile.years_experience),
      });
    }
    expect(records.find((r) => r.given_name === 'Amira')).toMatchObject({
      mentor_status: 'approved', mentee_status: '', place: 'Toronto', region: 'toronto',
      institution: 'Toronto Public Library',
    });
    const amiraWithContact = csvRecords(withContact.text).find((r) => r.given_name === 'Amira');
    expect(amiraWithContact).toMatchObject({
      contact_email: amira.contactEmail, contact_phone: amira.contactPhone,
      portal_email: amira.member.email,
    });
  });

  it('exports the partnerships as they are, with contact details only when asked', async () => {
    const plain = await postFrom(admin, test, '/admin/reports', '/admin/reports/partnerships.csv');
    const withContact = await postFrom(
      admin, test, '/admin/reports', '/admin/reports/partnerships.csv', { contact: 'yes' },
    );

    const [record] = csvRecords(plain.text);
    const row = await test.database.db('mm_partnerships').first();
    expect(csvRecords(plain.text)).toHaveLength(1);
    expect(record).toMatchObject({
      partnership_id: String(row.id), status: 'active', mentor_name: 'Bruno Côté',
      mentee_name: 'Élodie Tremblay', made_by_program: 'false',
      starts_at: new Date(Number(row.starts_at)).toISOString(),
    });
    expect(Object.keys(record)).not.toContain('mentor_email');
    expect(csvRecords(withContact.text)[0]).toMatchObject({
      mentor_email: bruno.contactEmail, mentee_email: elodie.contactEmail,
      mentee_phone: elodie.contactPhone,
    });
  });

  it('records every export in the audit log with who, when and what', async () => {
    const entries = await test.database
      .db('mm_audit_log')
      .where('action', 'like', 'export.%')
      .orderBy('id');

    expect(entries.map((e) => [e.action, JSON.parse(e.after_json)])).toEqual([
      ['export.participants', { contactDetails: false, rows: 5 }],
      ['export.participants', { contactDetails: true, rows: 5 }],
      ['export.partnerships', { contactDetails: false, rows: 1 }],
      ['export.partnerships', { contactDetails: true, rows: 1 }],
    ]);
    expect(entries.every((e) => e.actor_name === 'Daniel Whitebird' && Number(e.created_at) > 0))
      .toBe(true);
    const log = await admin.get(at(test, '/admin/audit-log'));
    expect(log.text).toContain('Exported the participants');
  });
});
