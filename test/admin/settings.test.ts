import { databaseKinds } from '../support/databases';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp';
import { at, startTestPlugin, type TestPlugin } from '../support/plugin';
import { ADMINISTRATOR, ACTIVE_MENTOR } from '../support/saml';
import { forgetSignInAttempts, signedIn, type Agent } from '../members/profile-helpers';
import { activePartnership } from '../partnerships/partnership-helpers';
import {
  activeMember,
  apply,
  auditRows,
  expectRefused,
  firstRow,
  mentorAndMentee,
  monthsBetween,
  post,
  smtpSettings,
} from './admin-helpers';

const GENERAL = {
  name: 'OLA Mentoring',
  program_contact_email: 'committee@ola.example',
  support_contact_email: 'help@ola.example',
  partnership_term_months: '4',
  request_expiry_days: '21',
  max_mentor_capacity: '5',
  document_retention_days: '60',
};

const DAY_MS = 86_400_000;

describe.each(databaseKinds())('program settings on %s', (kind) => {
  let test: TestPlugin;
  let admin: Agent;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    test = await startTestPlugin(kind, smtpSettings(smtp.port));
    admin = await signedIn(test, ADMINISTRATOR);
  });

  afterAll(async () => {
    await test?.close();
    await smtp?.close();
  });

  afterEach(async () => {
    await forgetSignInAttempts(test);
  });

  it('refuses every settings page and form to a member who is not an administrator', async () => {
    const member = await signedIn(test, ACTIVE_MENTOR);
    const pages = [
      '/admin/settings',
      '/admin/settings/matching',
      '/admin/settings/agreement',
      '/admin/settings/emails',
    ];

    const get = [...pages, '/admin', '/admin/audit-log'];
    await expectRefused(test, member, { get, post: pages });
    expect(await auditRows(test)).toEqual([]);
  });

  it('shows each mistake beside its field, keeps what was typed and saves nothing', async () => {
    const typed = { ...GENERAL, name: '  ', request_expiry_days: '2', max_mentor_capacity: 'many' };

    const res = await post(admin, test, '/admin/settings', typed);

    expect(res.status).toBe(422);
    expect(res.text).toContain('<p class="field-error" id="field-name-error">Enter the program’s');
    expect(res.text).toContain('-request_expiry_days-error">Enter a whole number from 4 to 90');
    expect(res.text).toMatch(/id="field-max_mentor_capacity"[^>]*value="many"[^>]*aria-invalid/);
    expect(res.text).toContain('value="committee@ola.example"');
    expect(res.text).toContain('<a href="#field-name">');
    const program = await test.database.db('mm_programs').where({ slug: 'ola' }).first();
    expect(program.name).toMatch(/Ontario Library Association/);
    expect(await test.database.db('mm_program_settings')).toEqual([]);
    expect(await auditRows(test)).toEqual([]);
  });

  it('saves valid general settings and records who changed what, and when', async () => {
    const res = await post(admin, test, '/admin/settings', GENERAL);

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/mentormatch/admin/settings?notice=saved');
    const program = await test.database.db('mm_programs').where({ slug: 'ola' }).first();
    expect(program.program_contact_email).toBe('committee@ola.example');
    const [entry] = await auditRows(test, 'settings.general');
    expect(entry.actor_name).toBe('Daniel Whitebird');
    expect(Number(entry.created_at)).toBe(test.clock.now);
    expect(entry.before).toMatchObject({ partnershipTermMonths: 6, requestExpiryDays: 14 });
    expect(entry.after).toMatchObject({
      name: 'OLA Mentoring',
      partnershipTermMonths: 4,
      requestExpiryDays: 21,
      maxMentorCapacity: 5,
      documentRetentionDays: 60,
    });
    const page = await admin.get(at(test, '/admin/audit-log'));
    expect(page.text).toContain('Changed the general settings');
    expect(page.text).toContain('Request expiry, in days: 14 → 21');
    expect(page.text).toContain('Daniel Whitebird');
  });

  it('records nothing when the form changes nothing', async () => {
    const before = (await auditRows(test)).length;

    const res = await post(admin, test, '/admin/settings', GENERAL);

    expect(res.headers.location).toContain('notice=unchanged');
    expect(await auditRows(test)).toHaveLength(before);
  });

  it('lets mentors offer up to the program’s capacity, and no more', async () => {
    const roomy = await apply(test, activeMember('roomy'), { mentor_capacity: '5' });
    expect(await profileCapacity(test, roomy.id)).toBe(5);

    await post(admin, test, '/admin/settings', { ...GENERAL, max_mentor_capacity: '2' });
    const res = await post(roomy.agent, test, '/profile/edit', {
      roles: ['mentor'], focus: 'public', years_experience: '10', place_query: 'Toronto',
      institution: 'Library of roomy', mentor_capacity: '3', contact_email: 'roomy@example.org',
    });

    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="field-mentor_capacity-error">[^<]*2/);
    expect(await profileCapacity(test, roomy.id)).toBe(5);
  });

  it('gives requests and partnerships the program’s expiry and term', async () => {
    await post(admin, test, '/admin/settings', GENERAL);
    const { mentor, mentee } = await mentorAndMentee(test, 'term');

    const partnershipId = await activePartnership(test, mentor, mentee);

    const byMentee = { mentee_member_id: mentee.id };
    const request = await firstRow(test, 'mm_partnership_requests', byMentee);
    expect(Number(request.expires_at) - Number(request.created_at)).toBe(21 * DAY_MS);
    const partnership = await firstRow(test, 'mm_partnerships', { id: partnershipId });
    const months = monthsBetween(Number(partnership.starts_at), Number(partnership.ends_at));
    expect(months).toBe(4);
  });

  it('makes a new agreement version on a change; partnerships keep the one they had', async () => {
    const { mentor, mentee } = await mentorAndMentee(test, 'agreement');
    const first = await activePartnership(test, mentor, mentee);
    const signed = await test.database.db('mm_partnerships').where({ id: first }).first();
    const body = 'We meet.\n\nWe respect each other.';
    const text = {
      agreement_language: 'en',
      agreement_title: 'Our agreement',
      agreement_body: body,
    };

    const res = await post(admin, test, '/admin/settings/agreement', text);
    const again = await post(admin, test, '/admin/settings/agreement', text);
    const blank = { ...text, agreement_body: ' ' };
    const empty = await post(admin, test, '/admin/settings/agreement', blank);

    expect(res.headers.location).toContain('notice=saved');
    expect(again.headers.location).toContain('notice=unchanged');
    expect(empty.status).toBe(422);
    expect(empty.text).toContain('Enter the agreement’s text');
    const versions = await test.database.db('mm_agreement_versions').orderBy('version');
    expect(versions.map((v) => [v.version, v.title])).toEqual([
      [1, versions[0].title],
      [2, 'Our agreement'],
    ]);
    const after = await test.database.db('mm_partnerships').where({ id: first }).first();
    expect(after.agreement_version_id).toBe(signed.agreement_version_id);
    const [entry] = await auditRows(test, 'settings.agreement');
    expect([entry.before.version, entry.after.version]).toEqual([1, 2]);
    const page = await admin.get(at(test, '/admin/settings/agreement'));
    expect(page.text).toContain('Current version: 2');
  });

  it('keeps the language an agreement is written in, and marks it on pages in the other', async () => {
    const { mentor, mentee } = await mentorAndMentee(test, 'agreement-fr');
    const french = {
      agreement_language: 'fr',
      agreement_title: 'Entente de mentorat 2027',
      agreement_body: 'Nous nous rencontrons.\n\nNous nous respectons.',
    };

    const unknown = await post(admin, test, '/admin/settings/agreement', {
      ...french, agreement_language: 'de',
    });
    const saved = await post(admin, test, '/admin/settings/agreement', french);

    expect(unknown.status).toBe(422);
    expect(unknown.text).toContain('Choose the language the agreement is written in');
    // What was typed stays, in the language it was typed in.
    expect(unknown.text).toMatch(/<textarea name="agreement_body"[^>]*>Nous nous rencontrons\./);
    expect(saved.headers.location).toContain('notice=saved');
    const versions = test.database.db('mm_agreement_versions');
    const version = await versions.orderBy('version', 'desc').first();
    expect([version.title, version.language]).toEqual([french.agreement_title, 'fr']);
    const entry = (await auditRows(test, 'settings.agreement')).pop();
    expect([entry?.before.language, entry?.after.language]).toEqual(['en', 'fr']);

    const form = await admin.get(at(test, '/admin/settings/agreement'));
    expect(form.text).toMatch(/<option value="fr" lang="fr" selected>Français<\/option>/);
    expect(form.text).toMatch(/<input type="text" name="agreement_title"[^>]*>/);
    expect(form.text).toMatch(/<textarea name="agreement_body"[^>]* lang="fr"/);

    // An English page shows the French agreement marked as French, title and text.
    const id = await activePartnership(test, mentor, mentee);
    const page = await mentee.agent.get(at(test, `/partnerships/${id}`));
    expect(page.text).toContain('Read the <span lang="fr">Entente de mentorat 2027</span>');
    const agreement = await mentee.agent.get(at(test, `/partnerships/${id}/agreement`));
    expect(agreement.text).toContain('<h1 lang="fr">Entente de mentorat 2027</h1>');
    // The document title cannot mark a language: it is in the page's.
    expect(agreement.text).toContain(`<title>Mentoring Agreement, version ${version.version} · `);
    expect(agreement.text).toMatch(/<div lang="fr">\s*<p>Nous nous rencontrons\.<\/p>/);
  });

  it('shows each email’s introduction in English and in French, in its language', async () => {
    const page = await admin.get(at(test, '/admin/settings/emails'));

    expect(page.text).toContain(
      '<label for="field-intro_en_role-approved">Role approved: introduction in English</label>',
    );
    expect(page.text).toContain(
      '<label for="field-intro_fr_role-approved">Role approved: introduction in French</label>',
    );
    expect(page.text).toMatch(/<textarea name="intro_fr_role-approved"[^>]* lang="fr"/);
    expect(page.text).toMatch(/<textarea name="intro_en_role-approved"[^>]* lang="en"/);
  });

  it('sends each member the introduction written in their language', async () => {
    const tooLong = { 'intro_fr_role-approved': 'x'.repeat(1001) };
    const refused = await post(admin, test, '/admin/settings/emails', tooLong);
    expect(refused.status).toBe(422);
    expect(refused.text).toContain(
      '<p class="field-error" id="field-intro_fr_role-approved-error">' +
        'Shorten this to 1,000 characters or fewer</p>',
    );
    expect(await auditRows(test, 'settings.emails')).toEqual([]);

    const english = 'Welcome to the spring session & thank you for joining.';
    const french = 'Bienvenue à la session du printemps & merci de votre inscription.';
    const intros = { 'intro_en_role-approved': english, 'intro_fr_role-approved': french };
    expect((await post(admin, test, '/admin/settings/emails', intros)).status).toBe(303);
    const anglophone = activeMember('intro-en');
    const francophone = { ...activeMember('intro-fr'), preferredLanguage: 'fr' as const };
    await apply(test, anglophone, { roles: ['mentee'], years_experience: '1' });
    await apply(test, francophone, { roles: ['mentee'], years_experience: '1' });
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    const inEnglish = smtp.messages.find((m) => m.envelopeTo.includes(anglophone.email));
    const inFrench = smtp.messages.find((m) => m.envelopeTo.includes(francophone.email));
    expect(inEnglish?.parsed.text?.split('\n\n')[1]).toBe(english);
    expect(inEnglish?.parsed.html).toContain('Welcome to the spring session &amp; thank you');
    expect(inFrench?.parsed.text?.split('\n\n')[1]).toBe(french);
    expect(inFrench?.parsed.html).toContain('Bienvenue à la session du printemps &amp; merci');
    expect(inFrench?.parsed.text).not.toContain(english);
    const [entry] = await auditRows(test, 'settings.emails');
    expect(entry.after).toEqual({ 'role-approved.en': english, 'role-approved.fr': french });
  });

  it('gives French readers no introduction where only the English one is written', async () => {
    const english = 'Our spring session starts in March.';
    const intros = { 'intro_en_role-approved': english, 'intro_fr_role-approved': '' };
    await post(admin, test, '/admin/settings/emails', intros);
    const francophone = { ...activeMember('intro-none'), preferredLanguage: 'fr' as const };
    await apply(test, francophone, { roles: ['mentee'], years_experience: '1' });
    await test.plugin.mentormatch.mailDelivery.deliverDueOnce();

    const inFrench = smtp.messages.find((m) => m.envelopeTo.includes(francophone.email));
    const [, firstParagraph] = inFrench?.parsed.text?.split('\n\n') ?? [];
    expect(firstParagraph).toMatch(/^Bonjour /);
    expect(inFrench?.parsed.text).not.toContain(english);
  });

  it('shows an introduction written before languages in both boxes, as it was sent', async () => {
    const row = await firstRow(test, 'mm_program_settings', { program_id: 1 });
    const legacy = { 'role-declined': 'Hi.' };
    const document = { ...JSON.parse(row.settings), emailIntroductions: legacy };
    await test.database
      .db('mm_program_settings')
      .where({ program_id: 1 })
      .update({ settings: JSON.stringify(document) });

    const page = await admin.get(at(test, '/admin/settings/emails'));

    expect(page.text).toMatch(/<textarea name="intro_en_role-declined"[^>]*>Hi\.<\/textarea>/);
    expect(page.text).toMatch(/<textarea name="intro_fr_role-declined"[^>]*>Hi\.<\/textarea>/);
  });
});

async function profileCapacity(test: TestPlugin, memberId: number): Promise<number> {
  const row = await test.database.db('mm_profiles').where({ member_id: memberId }).first();
  return Number(row.mentor_capacity);
}
