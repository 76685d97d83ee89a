import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasMessage, messageKeys, MissingMessageError } from '../../src/i18n/catalogue';
import { packageRoot } from '../../src/package-root';
import { createViewRenderer } from '../../src/web/views';
import { englishIn } from './catalogue-files';

const VIEWS_DIR = path.join(packageRoot(), 'views');
const AGREEMENT_TEXT = /^partnerships\.agreement\.default\./;
const DAY = Date.UTC(2026, 11, 3, 17);

function templatesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return templatesUnder(full);
    return entry.name.endsWith('.hbs') ? [full] : [];
  });
}

/** Keys written out in a template: `t "key"` (or `tMarked`), and the prefixes of built ones. */
function keysIn(source: string) {
  return {
    literal: [...source.matchAll(/[{(]t(?:Marked)?\s+"([\w.]+)"/g)].map((match) => match[1]),
    prefixes: [...source.matchAll(/\(t\s+\(concat\s+"([\w.]+\.)"/g)].map((match) => match[1]),
  };
}

const viewer = { memberId: 1, displayName: 'Élodie Tremblay', isAdmin: true };
const program = {
  id: 1,
  name: 'Programme de mentorat',
  programContactEmail: 'mentorat@example.org',
  supportContactEmail: 'soutien@example.org',
};
const facts = [{ label: 'Secteur professionnel', value: 'Public' }];
const other = { memberId: 2, name: 'Amira Haddad', facts };
const suggestion = {
  partnerId: 2, name: 'Amira Haddad', rank: 1, score: 812, fromOptimum: true, side: 'mentee',
  reasonWords: ['à 12 km l’un de l’autre'], breakdown: [{ label: 'Lieu', points: 200 }],
};
const agreement = {
  version: 1, title: 'Mentoring Agreement', language: 'en', paragraphs: ['…'],
  signatures: [{ typedName: 'Amira Haddad', role: 'mentor', signedAt: DAY }],
};
const partnership = {
  id: 4, status: 'active', startsAt: DAY, endsAt: DAY, endedAt: DAY, extensionMonths: 3,
  meetingPlanAt: DAY,
};
const everyAction = {
  proposeExtension: true, answerExtension: true, withdrawExtension: true, confirmFirstContact: true,
  recordMeetingPlan: true, sign: true, upload: true, end: true,
};
const formErrors = { message: 'partnerships.form.too_long', reason: 'partnerships.form.too_long' };
const supply = { label: 'Public', openSlots: 1500, waiting: 2750, shortfall: 1250 };
const wait = { count: 4321, median: '2 jours', p90: '5 jours' };

/** A context for each page that reaches its branches: lists filled, errors shown, notices on. */
const PAGES: Record<string, Record<string, unknown>> = {
  'admin/approvals': {
    notice: 'approved', total: 1, page: 1, pages: 2, next: 2, noteLength: 500,
    items: [{ roleId: 7, memberName: 'Élodie Tremblay', role: 'mentee', appliedAt: DAY,
      statusReason: 'membership_unknown', focus: 'public', noteError: 'Indiquez le motif' }],
  },
  'admin/email-log/index': {
    notice: 'Le courriel est de retour dans la file.', total: 1234, page: 1, pages: 50, next: 2,
    nextQuery: '?status=all&page=2', filters: [{ value: 'all', label: 'Tous', selected: true }],
    emails: [{ id: 1, name: 'Rôle approuvé', toName: 'Léa', toAddress: 'lea@example.org',
      created: '4 déc. 2026', statusText: 'En échec', attempts: 1200, lastError: '550',
      failed: true }],
  },
  'admin/reports/index': {
    counts: [{ label: 'Mentors approuvés', count: 12345 }], byFocus: [supply],
    byRegion: [supply], toSuggestion: wait, toAgreement: wait,
  },
  'admin/settings/audit-log': {
    total: 1234, page: 1, pages: 50, next: 2,
    entries: [{ when: '4 déc. 2026', who: 'Élodie Tremblay', action: 'A modifié',
      subject: 'Programme : Mentorat', changes: ['Nom : Mentorat → Mentorat OLA'] }],
  },
  'auth/sign-in-failed': {},
  'auth/signed-out': {},
  'errors/error': { title: 'Page introuvable', message: 'Il n’y a rien à cette adresse.' },
  home: { title: 'Bienvenue', membershipText: 'actif' },
  'partnerships/agreement': { agreement, partnership },
  'partnerships/index': {
    received: [{ id: 1, otherName: 'A', role: 'mentor', status: 'pending', pending: true,
      expiresAt: DAY, createdAt: DAY }],
    made: [{ id: 2, otherName: 'B', role: 'mentee', status: 'declined', createdAt: DAY }],
    agreements: [{ id: 3, otherName: 'C', role: 'mentor' }],
    active: [{ id: 4, otherName: 'D', role: 'mentee', endsAt: DAY }],
    past: [{ id: 5, otherName: 'E', role: 'mentor', status: 'completed', endedAt: DAY }],
  },
  'partnerships/new-request': {
    other, role: 'mentee', errors: formErrors, refusal: 'hard_rule.mentor_full',
    errorSummary: [{ href: '#message', message: 'Trop long' }],
  },
  'partnerships/delete-document': { partnershipId: 4, document: { id: 1, fileName: 'cv.pdf' } },
  'partnerships/end': {
    partnership, other, errors: formErrors, errorSummary: [{ href: '#reason', message: 'Motif' }],
  },
  'partnerships/withdraw-request': { request: { id: 1 }, other },
  'partnerships/partnership': {
    partnership, other, role: 'mentor', agreement, actions: everyAction, extensionMonths: [3, 6],
    contact: { email: 'amira@example.org', phone: null }, meetingSummary: 'En ligne',
    meetingModes: [{ value: 'online', label: 'En ligne', checked: true }],
    meetingFrequencies: [{ value: 'monthly', label: 'Chaque mois', selected: true }],
    documents: [{ id: 1, fileName: 'cv.pdf', uploaderName: 'A', createdAt: DAY, sizeKb: 1200,
      mine: true }],
    errors: { months: 'partnerships.form.too_long', fullName: 'partnerships.form.too_long' },
    errorSummary: [{ href: '#fullName', message: 'Nom' }], maxDocumentMb: 10, notice: 'signed',
  },
  'partnerships/refused': { title: 'Impossible', message: 'Non.' },
  'partnerships/request': {
    request: { id: 1, status: 'pending', createdAt: DAY, expiresAt: DAY, answeredAt: DAY,
      message: 'Bonjour', declineReason: 'Complet' },
    role: 'mentor', other, canAnswer: true, canWithdraw: true, partnershipId: 4,
    errors: formErrors, errorSummary: [{ href: '#reason', message: 'Motif' }], notice: 'declined',
  },
  'profile/delete': {},
  'profile/deleted': {},
  'profile/edit': {
    isNew: true, limits: { min: 3, max: 5, length: 2000 }, mentorOffered: true,
    errorSummary: [{ href: '#field-focus', message: 'Choisissez' }],
    errors: { roles: 'x', focus: 'x', place_query: 'x', contact_email: 'x' },
    roleOptions: [{ value: 'mentor', id: 'role-mentor' }, { value: 'mentee', id: 'role-mentee' }],
    focusOptions: [{ value: 'public' }], placeChoices: [{ id: 'on-1', inputId: 'p1', label: 'L' }],
    skillsShared: [{ value: 'communication', id: 's1' }],
    skillsWanted: [{ value: 'project_management', id: 's2' }],
    form: {}, institutionNames: ['Bibliothèque publique de Toronto'],
  },
  'profile/show': {
    saved: true, hasMentorRole: true, placeText: 'Toronto',
    profile: { pausedAt: DAY, focus: 'public', yearsExperience: 10, onlineOnly: true,
      supervisoryYears: 2, supervisedPeople: 3, skillsShared: ['communication'],
      skillsWanted: ['leadership_management'], contactEmail: 'a@example.org' },
    roles: [{ role: 'mentor', status: 'declined', reason: 'declined', note: 'Non' },
      { role: 'mentee', status: 'suspended', reason: 'membership_lapsed' }],
  },
  'suggestions/dismiss': { title: 'Pas intéressé', suggestion },
  'suggestions/list': { hasProfile: true, dismissed: true, asMentee: [suggestion],
    asMentor: [{ ...suggestion, side: 'mentor' }] },
  'suggestions/show': { title: 'Partenaire suggéré', profile: { facts }, suggestion },
};

describe('every page in French, from its template', () => {
  const renderer = createViewRenderer(VIEWS_DIR);
  const pages = templatesUnder(VIEWS_DIR)
    .map((file) => path.relative(VIEWS_DIR, file).replace(/\.hbs$/, ''))
    .filter((name) => !/^(layouts|partials|emails)\//.test(name));

  it('names only keys that the French catalogue has', () => {
    const missing: string[] = [];
    for (const file of templatesUnder(VIEWS_DIR)) {
      const { literal, prefixes } = keysIn(fs.readFileSync(file, 'utf8'));
      const where = path.relative(VIEWS_DIR, file);
      for (const key of literal) if (!hasMessage('fr', key)) missing.push(`${where}: ${key}`);
      for (const prefix of prefixes) {
        const built = messageKeys('fr').some((key) => key.startsWith(prefix));
        if (!built) missing.push(`${where}: ${prefix}*`);
      }
    }

    expect(missing).toEqual([]);
  });

  it('writes the figures of a report as each language writes them', () => {
    const context = { title: 'Rapports', viewer, program, ...PAGES['admin/reports/index'] };
    const baseUrl = '/mentormatch';

    const french = renderer.render('admin/reports/index', context, { locale: 'fr', baseUrl });
    const english = renderer.render('admin/reports/index', context, { locale: 'en', baseUrl });

    expect(french).toContain('<td>12\u00a0345</td>');
    expect(french).toContain('<strong>1\u00a0250</strong>');
    expect(french).toContain('<td>4\u00a0321</td>');
    expect(english).toContain('<td>12,345</td>');
    expect(english).toContain('<td>1,500</td><td>2,750</td>');
  });

  it('refuses to render a page that names a key the catalogue lacks', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mentormatch-views-'));
    fs.mkdirSync(path.join(dir, 'layouts'));
    fs.writeFileSync(path.join(dir, 'layouts', 'main.hbs'), '{{{body}}}');
    fs.writeFileSync(path.join(dir, 'page.hbs'), '<p>{{t "page.not_in_any_catalogue"}}</p>');
    const pages = createViewRenderer(dir);

    expect(() => pages.render('page', {}, { locale: 'fr', baseUrl: '' })).toThrow(
      MissingMessageError,
    );
    fs.rmSync(dir, { recursive: true });
  });

  // A page without a context of its own above is rendered with what every page has.
  it.each(pages)('renders %s in French, with no English sentence', (view) => {
    const languages = [{ code: 'en', current: false }, { code: 'fr', current: true }];
    const shared = { title: 'Titre', viewer, program, languages, csrfToken: 'jeton' };
    const context = { ...shared, ...PAGES[view] };

    const html = renderer.render(view, context, { locale: 'fr', baseUrl: '/mentormatch' });

    expect(html).toContain('<html lang="fr">');
    expect(englishIn(html, AGREEMENT_TEXT)).toEqual([]);
  });
});
