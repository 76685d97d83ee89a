import { auditEntryView } from '../../src/admin/audit-log-view';
import {
  AUDIT_ACTIONS,
  AuditLogStore,
  type AuditAction,
  type AuditSubject,
  type AuditSubjectKind,
  type AuditValues,
} from '../../src/admin/audit-log-store';
import { MissingMessageError } from '../../src/i18n/catalogue';
import { CRITERIA } from '../../src/matching/engine';
import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { accept, requestPartnership, type Person } from '../partnerships/partnership-helpers';
import { englishIn } from '../i18n/catalogue-files';
import { databaseKinds } from '../support/databases';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR } from '../support/saml';
import { mentorAndMentee } from './admin-helpers';

/** What an entry was done to, one real row of each kind, and the members a value can name. */
interface Things {
  subjects: Record<AuditSubjectKind, AuditSubject>;
  mentor: Person;
  mentee: Person;
}

type Values = { before: AuditValues | null; after: AuditValues };

const weights = (value: number) =>
  Object.fromEntries(CRITERIA.map((criterion) => [`weights.${criterion}`, value]));

/** Values like those each action's code writes (see where it calls `record`). */
const VALUES: Record<AuditAction, (things: Things) => Values> = {
  'settings.general': () => ({
    before: {
      name: 'Mentoring',
      programContactEmail: 'old@ola.example',
      adminRole: null,
      supportContactEmail: 'help@ola.example',
      partnershipTermMonths: 6,
      requestExpiryDays: 14,
      maxMentorCapacity: 2,
      documentRetentionDays: 30,
    },
    after: {
      name: 'OLA Mentoring',
      programContactEmail: 'committee@ola.example',
      adminRole: 'ola-admin',
      supportContactEmail: 'support@ola.example',
      partnershipTermMonths: 9,
      requestExpiryDays: 21,
      maxMentorCapacity: 3,
      documentRetentionDays: 1500,
    },
  }),
  'settings.matching': () => ({
    before: { ...weights(20), minExperienceGap: 2 },
    after: { ...weights(40), minExperienceGap: 3 },
  }),
  'settings.agreement': () => ({
    before: { version: null, title: 'OLA 2026', language: 'en' },
    after: { version: 2, title: 'OLA 2027', language: 'fr' },
  }),
  'settings.emails': () => ({
    before: { 'role-approved.en': 'Welcome.' },
    after: { 'role-approved.en': 'Welcome aboard.', 'role-approved.fr': 'Bienvenue à bord.' },
  }),
  'program.created': () => ({
    before: null,
    after: {
      slug: 'ola-students',
      name: 'OLA Students',
      programContactEmail: 'students@ola.example',
      supportContactEmail: 'help@ola.example',
      adminRole: null,
    },
  }),
  'export.participants': () => ({ before: null, after: { contactDetails: true, rows: 1234 } }),
  'export.partnerships': () => ({ before: null, after: { contactDetails: false, rows: 0 } }),
  'session.created': () => ({
    before: null,
    after: {
      name: 'Spring 2027',
      registrationOpens: '2027-02-01',
      registrationCloses: '2027-02-21',
      starts: '2027-03-01',
      termMonths: 6,
    },
  }),
  'session.updated': () => ({ before: { termMonths: 6 }, after: { termMonths: 8 } }),
  'email.retried': () => ({
    before: { status: 'failed', lastError: '550 mailbox unavailable', attempts: 5 },
    after: { status: 'pending', lastError: '550 mailbox unavailable', attempts: 0 },
  }),
  'institution.merged': () => ({
    before: { institution: 'Wawa PL', mergedInto: null, members: 1 },
    after: { institution: 'Wawa PL', mergedInto: 'Wawa Public Library', members: 0 },
  }),
  'role.approve': () => ({ before: null, after: { note: '' } }),
  'role.decline': () => ({ before: null, after: { note: 'Add your years as a supervisor.' } }),
  'role.suspend': () => ({ before: null, after: { note: 'Membership lapsed.' } }),
  'role.reinstate': () => ({ before: null, after: { note: '' } }),
  'partnership.end': () => ({ before: null, after: { reason: 'The mentee moved away.' } }),
  'matching.pair': ({ mentor, mentee }) => ({
    before: null,
    after: { mentorId: mentor.id, menteeId: mentee.id },
  }),
  'matching.draft_drop': ({ mentor, mentee }) => ({
    before: null,
    after: { mentorId: mentor.id, menteeId: mentee.id },
  }),
  'matching.draft_swap': ({ mentor, mentee }) => ({
    before: null,
    after: { menteeId: mentee.id, from: mentor.id, to: 999_999 },
  }),
  'matching.publish': ({ subjects }) => ({
    before: null,
    after: { sessionId: Number(subjects.session.split(':')[1]), published: 3, refused: 1 },
  }),
};

const ACTIONS = Object.keys(AUDIT_ACTIONS) as AuditAction[];
/** Entries on the first page: every action, plus some done to things deleted since. */
const GONE: Array<[AuditAction, AuditSubject]> = [
  ['role.suspend', 'role:999999'],
  ['partnership.end', 'partnership:999999'],
  ['email.retried', 'outbox:999999'],
];
/** The count the page shows, with the filler written long before. */
const TOTAL = 1234;

function readable(html: string): string {
  return (
    html
      .replace(/<[^>]*>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&')
      .replace(/&#x27;/g, "'")
      // Not \s, which would take the no-break space French puts between thousands.
      .replace(/[ \t\r\n]+/g, ' ')
  );
}

/** The text of the page's table, as a reader sees it. */
function tableText(html: string): string {
  return readable(/<table>[\s\S]*<\/table>/.exec(html)?.[0] ?? '');
}

/** Codes a committee member cannot read: 'role:12', 'request_expiry_days', 'mentorId'. */
function codesIn(html: string, fields: string[]): string[] {
  const text = tableText(html);
  const changes = [...html.matchAll(/<li>([^<]*)<\/li>/g)].map((match) => readable(match[1]));
  const found = [
    ...(text.match(/\b[a-z]+:\d+\b/g) ?? []),
    ...(text.match(/\b[a-z]+_[a-z_]+\b/g) ?? []),
    ...(text.match(/\b[a-z]+[A-Z]\w*\b/g) ?? []),
  ];
  const actions = ACTIONS.filter((action) => text.includes(action));
  const labels = fields.filter((field) =>
    changes.some((change) => change.trim().startsWith(`${field}:`)),
  );
  return [...found, ...actions, ...labels];
}

describe('an audit entry put into words', () => {
  const names = {
    programs: new Map(),
    sessions: new Map(),
    emails: new Map(),
    institutions: new Map(),
    roles: new Map(),
    partnerships: new Map(),
    drafts: new Set<number>(),
    members: new Map(),
  };
  const entry = {
    id: 1,
    programId: 1,
    actor: { memberId: 1, name: 'A' },
    subject: 'program:1',
    before: null,
    after: { name: 'B' },
    createdAt: 0,
  };

  it('throws on an action the catalogue cannot name, rather than showing its code', () => {
    const unknown = { ...entry, action: 'settings.unheard_of' };

    expect(() => auditEntryView('fr', names, unknown)).toThrow(MissingMessageError);
  });

  it('throws on a field the catalogue cannot name, in either language', () => {
    const unknown = { ...entry, action: 'settings.general', after: { favouriteColour: 'blue' } };

    expect(() => auditEntryView('en', names, unknown)).toThrow(MissingMessageError);
    expect(() => auditEntryView('fr', names, unknown)).toThrow(MissingMessageError);
  });
});

describe.each(databaseKinds())('the audit log in words on %s', (kind) => {
  let test: TestPlugin;
  let english: Agent;
  let french: Agent;
  let things: Things;
  const fields = new Set<string>();
  let recorded = 0;

  /** Records an entry a minute after the last, all of them in the hour before now. */
  async function record(action: AuditAction, subject: AuditSubject, values: Values) {
    Object.keys({ ...values.before, ...values.after }).forEach((field) => fields.add(field));
    const entry = { programId: 1, actor: { memberId: 1, name: 'Daniel Whitebird' }, action };
    const store = new AuditLogStore(test.database.db);
    recorded += 1;
    const when = test.clock.now - 3_600_000 + recorded * 60_000;
    await store.record(test.database.db, { ...entry, subject, ...values }, when);
  }

  async function subjects(mentor: Person, mentee: Person): Promise<Things['subjects']> {
    const db = test.database.db;
    const role = await db('mm_profile_roles as r')
      .join('mm_profiles as p', 'p.id', 'r.profile_id')
      .where({ 'p.member_id': mentor.id, 'r.role': 'mentor' })
      .first('r.id');
    const partnership = await accept(
      test,
      mentor,
      await requestPartnership(test, mentee, mentor, 'mentee'),
    );
    const [session] = await db('mm_program_sessions').insert(
      {
        program_id: 1,
        name: 'Spring 2027',
        registration_opens_at: 0,
        registration_closes_at: 1,
        starts_at: 2,
        term_months: 6,
        created_at: 0,
        updated_at: 0,
      },
      ['id'],
    );
    const email = await test.plugin.mentormatch.outbox.enqueue(db, {
      programId: 1,
      template: 'role-approved',
      to: { memberId: null, address: 'pat@example.org', name: 'Pat Reader' },
      locale: 'en',
      data: { role: 'mentor', givenName: 'Pat' },
    });
    const institution = await db('mm_institutions')
      .where({ program_id: 1 })
      .orderBy('id')
      .first('id');
    const [draft] = await db('mm_matching_drafts').insert(
      {
        program_id: 1,
        pairs: '[]',
        unmatched: '[]',
        created_at: 0,
        updated_at: 0,
      },
      ['id'],
    );
    const idOf = (row: number | { id: number }) => (typeof row === 'number' ? row : row.id);
    return {
      program: 'program:1',
      session: `session:${idOf(session)}`,
      outbox: `outbox:${email.id}`,
      institution: `institution:${institution.id}`,
      role: `role:${role.id}`,
      partnership: `partnership:${partnership}`,
      draft: `draft:${idOf(draft)}`,
    };
  }

  beforeAll(async () => {
    test = await startTestPlugin(kind);
    const { mentor, mentee } = await mentorAndMentee(test, 'words');
    things = { subjects: await subjects(mentor, mentee), mentor, mentee };

    const filler = Array.from({ length: TOTAL - ACTIONS.length - GONE.length - 1 }, () => ({
      program_id: 1,
      actor_name: 'Filler',
      action: 'settings.general',
      subject: 'program:1',
      after_json: '{}',
      created_at: 1,
    }));
    await test.database.db.batchInsert('mm_audit_log', filler, 200);
    // Written before introductions had languages: one text for both.
    await record('settings.emails', 'program:1', {
      before: null,
      after: { 'role-approved': 'Hi.' },
    });
    for (const action of ACTIONS) {
      await record(action, things.subjects[AUDIT_ACTIONS[action]], VALUES[action](things));
    }
    for (const [action, subject] of GONE)
      await record(action, subject, { before: null, after: {} });

    await forgetSignInAttempts(test);
    english = await signedIn(test, { ...ADMINISTRATOR, preferredLanguage: 'en' });
    french = await signedIn(test, {
      ...ADMINISTRATOR,
      nameId: 'audit-words-fr',
      preferredLanguage: 'fr',
    });
  });

  afterAll(async () => {
    await test?.close();
  });

  it('names every action, subject and field in English, with no code left', async () => {
    const page = await english.get(at(test, '/admin/audit-log'));
    const text = tableText(page.text);

    expect(page.status).toBe(200);
    expect(codesIn(page.text, [...fields])).toEqual([]);
    expect(text).toContain('Approved a role (Role: Mentor — Mentor words)');
    expect(text).toContain('(Partnership: Mentor words and Mentee words)');
    expect(text).toContain('(Session: Spring 2027)');
    expect(text).toContain('(Email “Role approved” to Pat Reader)');
    expect(text).toMatch(/\(Matching proposal \d+\)/);
    expect(text).toMatch(/\(Institution: [^)]+\)/);
    expect(text).toContain('(A role since deleted)');
    expect(text).toContain('Mentor after: a member since deleted');
    expect(text).toContain('Mentee: Mentee words');
    expect(text).toContain(
      'Introduction of “Role approved”, in French: (none) → Bienvenue à bord.',
    );
    expect(text).toContain('Introduction of “Role approved”: Hi.');
    expect(text).toContain('Status: Failed → Waiting to be sent');
    expect(text).toContain('Contact details included: Yes');
    expect(text).toContain('Rows exported: 1,234');
    expect(text).toContain('Language: English → Français');
    expect(text).toContain('Registration opens: February 1, 2027');
    expect(page.text).toContain('<li>Session: Spring 2027</li>');
    expect(page.text).toContain('Changes recorded: 1,234');
  });

  it('names every action, subject and field in French, with no code nor English left', async () => {
    const page = await french.get(at(test, '/admin/audit-log'));
    const text = tableText(page.text);

    expect(page.status).toBe(200);
    expect(codesIn(page.text, [...fields])).toEqual([]);
    expect(englishIn(page.text)).toEqual([]);
    expect(text).toContain('A approuvé un rôle (Rôle : Mentor — Mentor words)');
    expect(text).toContain('(Partenariat : Mentor words et Mentee words)');
    expect(text).toContain('(Courriel « Rôle approuvé » à Pat Reader)');
    expect(text).toContain('(Un rôle supprimé depuis)');
    expect(text).toContain(
      'Introduction de « Rôle approuvé », en français : (aucune) → Bienvenue à bord.',
    );
    expect(text).toContain('Coordonnées incluses : Oui');
    expect(text).toContain('Lignes exportées : 1\u00a0234');
    expect(text).toContain('Langue : English → Français');
    expect(text).toContain('Ouverture des inscriptions : 1 février 2027');
    expect(page.text).toContain('<li>Session : Spring 2027</li>');
    expect(page.text).toContain('Modifications consignées : 1\u00a0234');
    expect(page.text).toContain('Page 1 sur 50');
  });
});
