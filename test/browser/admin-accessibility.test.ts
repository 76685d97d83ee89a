import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ADMIN_MENU } from '../../src/admin/admin-menu';
import { PageAuditor } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import {
  addProgram,
  chooseLanguage,
  fillProfile,
  holdRolesForApproval,
  joinProgram,
  memberId,
  pluginUrl,
  saveProfile,
  signIn,
  submit,
} from './steps';

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on every administration page, in each of its
 * states (empty lists, filters that find nobody, forms refused with their errors, previews
 * and confirmations), in English, and the key pages again in French. Daniel Whitebird is the
 * stand-in host's administrator; the steps build on one another, so the tests run in order
 * on one host, the way a program fills up: empty first, then members, a proposal, a pair.
 */
jest.setTimeout(120_000);

describe('accessibility of every administration page, in English and French', () => {
  const AMIRA = /Amira Haddad/;
  const ELODIE = /Élodie Tremblay/;
  const SIOBHAN = /Siobhan O'Connor/;
  const DANIEL = /Daniel Whitebird/;

  let running: RunningHost;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let daniel: Page;
  let amira: Page;
  let elodie: Page;
  const auditor = new PageAuditor();
  /** The pages seen in English that the last test shows again in French. */
  const keyPages: string[] = [];

  const plugin = (path: string) => pluginUrl(running, path);
  const db = () => running.host.plugin.mentormatch.database;

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-CA' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** Audits the page Daniel is on; a key page is kept to be seen again in French. */
  async function audit(label: string, options: { key?: boolean } = {}): Promise<void> {
    await auditor.audit(daniel, `${label} (en)`);
    if (options.key) keyPages.push(daniel.url());
  }

  /** Audits the page a form sent back with its errors (it has no address of its own). */
  async function auditErrors(label: string): Promise<void> {
    await expect(daniel.locator('.error-summary').count()).resolves.toBe(1);
    await auditor.audit(daniel, `${label} (en)`);
  }

  async function visit(path: string, label: string, options: { key?: boolean } = {}) {
    const response = await daniel.goto(plugin(path));
    expect({ label, status: response?.status() }).toEqual({ label, status: 200 });
    await audit(label, options);
  }

  /** Sends the first form whose action ends with `action`, with its first (or named) button. */
  async function send(action: string, button = 'button[type="submit"]'): Promise<void> {
    await daniel.locator(`main form[action$="${action}"] ${button}`).first().click();
    await daniel.waitForLoadState();
  }

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
    daniel = await newPage();
    await signIn(running, daniel, DANIEL, '/admin');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
  });

  afterEach(() => {
    expect(auditor.takeFindings().join('\n\n')).toBe('');
  });

  it('refuses a member who is not an administrator with a page of its own', async () => {
    amira = await newPage();
    await signIn(running, amira, AMIRA);
    elodie = await newPage();
    await signIn(running, elodie, ELODIE);

    for (const [page, lang] of [
      [amira, 'en'],
      [elodie, 'fr'],
    ] as const) {
      const response = await page.goto(plugin('/admin'));
      expect(response?.status()).toBe(403);
      await auditor.audit(page, `administration refused to a member (${lang})`);
    }
  });

  it('shows the home and every page of its menu while nobody has joined', async () => {
    await visit('/admin', 'administration home', { key: true });
    for (const entry of ADMIN_MENU) await visit(entry.path, `${entry.path}, empty`);

    await visit('/admin/participants?q=nobody', 'participants, a search that finds nobody');
  });

  it('shows waiting roles, one declined without a reason, then with one', async () => {
    await joinProgram(running, amira, { roles: ['mentor'], years: '10', place: 'Toronto' });
    await joinProgram(running, elodie, { roles: ['mentee'], years: '1', place: 'Guelph' });
    await waitingRolesOfUnknownMembership();

    await daniel.goto(plugin('/admin/approvals'));
    await expect(daniel.locator('section.approval').count()).resolves.toBe(2);
    await audit('approval queue with two waiting roles');
    await send('/decline');
    await expect(daniel.locator('.field-error').count()).resolves.toBe(1);
    await audit('approval queue, declined without a reason');

    // The other role waits on, to be approved once the French pages have been seen.
    await daniel.locator('main textarea').first().fill('Mentors need an active membership.');
    await send('/decline');
    await daniel.waitForURL(/notice=declined$/);
    await expect(daniel.locator('section.approval').count()).resolves.toBe(1);
    await audit('approval queue, a role declined, one waiting', { key: true });
  });

  /** Siobhan joins as both mentee and mentor, and her roles wait for an administrator. */
  async function waitingRolesOfUnknownMembership(): Promise<void> {
    const siobhan = await newPage();
    await signIn(running, siobhan, SIOBHAN, '/profile/edit');
    await fillProfile(siobhan, { roles: ['mentee', 'mentor'], years: '6', place: 'Sudbury' });
    await saveProfile(siobhan);
    await holdRolesForApproval(running, "O'Connor");
  }

  it('shows participants, a filter finding nobody, a record, decisions, exclusions', async () => {
    await visit('/admin/participants', 'participants', { key: true });
    await daniel.locator('#q').fill('nobody by that name');
    await daniel.locator('#role').selectOption('mentor');
    await send('/admin/participants');
    await expect(daniel.locator('main table').count()).resolves.toBe(0);
    await audit('participants, filters that find nobody');

    const elodieId = await memberId(running, 'Tremblay');
    await visit(`/admin/participants/${elodieId}`, 'a participant’s record', { key: true });
    await daniel.locator('main form button[value="suspend"]').first().click();
    await daniel.waitForLoadState();
    await expect(daniel.locator('[aria-invalid="true"]').count()).resolves.toBe(1);
    await audit('a participant’s record, suspended without a reason');
    await daniel.locator('main form textarea').first().fill('Her membership is being checked.');
    await daniel.locator('main form button[value="suspend"]').first().click();
    await daniel.waitForURL(/notice=suspend$/);
    await audit('a participant’s record, a role suspended');
    await daniel.locator('main form button[value="reinstate"]').first().click();
    await daniel.waitForURL(/notice=reinstate$/);
    await audit('a participant’s record, a role reinstated');
    await visit(`/admin/participants/${elodieId}/exclusions`, 'why candidates are excluded', {
      key: true,
    });
  });

  it('shows a pair’s score, the cohort proposal, a swap and a pair refused', async () => {
    await visit('/admin/matching/pair', 'manual matching, nobody chosen');
    const [elodieId, amiraId] = [
      await memberId(running, 'Tremblay'),
      await memberId(running, 'Haddad'),
    ];
    await visit(
      `/admin/matching/pair?mentee=${elodieId}&mentor=${amiraId}`,
      'manual matching, a pair with its score breakdown',
      { key: true },
    );
    await expect(daniel.locator('main table').count()).resolves.toBe(1);

    // Meanwhile, in another tab, the whole-cohort proposal is prepared and published.
    const proposals = await daniel.context().newPage();
    await proposals.goto(plugin('/admin/matching/proposals'));
    await proposals.locator('main form[action$="/admin/matching/proposals"] button').click();
    await proposals.waitForURL(/\/admin\/matching\/proposals\/\d+\?notice=prepared$/);
    await auditor.audit(proposals, 'cohort proposal, a draft (en)');
    const draft = proposals.url();
    keyPages.push(draft);
    await proposals.locator('main a[href*="/swap"]').first().click();
    await proposals.waitForLoadState();
    await auditor.audit(proposals, 'cohort proposal, no other mentor for a mentee (en)');

    // Daniel joins as a mentor after the draft was made and is offered in the swap; he pauses
    // his profile in a third tab before the swap is sent, which refuses it.
    const own = await daniel.context().newPage();
    await joinProgram(running, own, { roles: ['mentor'], years: '15', place: 'Ottawa' });
    await proposals.reload();
    await expect(proposals.locator('main input[name="mentor"]').count()).resolves.toBe(1);
    await auditor.audit(proposals, 'cohort proposal, another mentor for a mentee (en)');
    await own.locator('main form[action$="/profile/pause"] button').click();
    await own.waitForLoadState();
    await own.close();
    expect(await submit(proposals, 'main form[action$="/swap"] button[type="submit"]')).toBe(409);
    await expect(proposals.locator('.error-summary li').count()).resolves.toBeGreaterThan(0);
    await auditor.audit(proposals, 'cohort proposal, a mentor swap refused (en)');

    await proposals.goto(draft);
    await proposals.locator('main a[href$="/publish"]').click();
    await proposals.waitForURL(/\/admin\/matching\/proposals\/\d+\/publish$/);
    await auditor.audit(proposals, 'cohort proposal, confirming its publication (en)');
    await proposals.locator('main form[action$="/publish"] button').click();
    await proposals.waitForURL(/notice=published/);
    await auditor.audit(proposals, 'cohort proposal, published (en)');
    await proposals.goto(plugin('/admin/matching/proposals'));
    await auditor.audit(proposals, 'cohort proposals with one published (en)');
    await proposals.close();

    // The request the proposal sent now stands between the pair checked in the first tab.
    await daniel.locator('main form[method="post"][action$="/admin/matching/pair"] button').click();
    await daniel.waitForLoadState();
    await expect(daniel.locator('.error-summary li').count()).resolves.toBeGreaterThan(0);
    await audit('manual matching, a pair refused for the rule it breaks');
  });

  it('shows the partnerships, one of them, its end refused, then ended', async () => {
    // The proposal asked Élodie, the mentee, on the program's behalf.
    await elodie.goto(plugin('/partnerships'));
    await elodie.locator('main table a').first().click();
    await elodie.locator('form[action$="/accept"] button').click();
    await elodie.waitForURL(/\/partnerships\/\d+(\?notice=accepted)?$/);

    await visit('/admin/partnerships', 'partnerships', { key: true });
    await visit('/admin/partnerships?status=ended', 'partnerships, none ended');
    await daniel.goto(plugin('/admin/partnerships'));
    await daniel.locator('main table a').first().click();
    await daniel.waitForLoadState();
    await audit('a partnership', { key: true });
    await send('/end/confirm');
    await expect(daniel.locator('[aria-invalid="true"]').count()).resolves.toBe(1);
    await audit('a partnership, ended without a reason');
    await daniel.locator('#reason').fill('The mentee asked the program to end it.');
    await send('/end/confirm');
    await audit('a partnership, confirming its end');
    await send('/end');
    await daniel.waitForURL(/notice=ended$/);
    await audit('a partnership, ended', { key: true });
  });

  it('shows the reports with their figures and export forms', async () => {
    await visit('/admin/reports', 'reports', { key: true });
    await expect(daniel.locator('main form[action$=".csv"]').count()).resolves.toBe(2);
  });

  it('shows each settings page, its errors, a preview of new weights, and each saved', async () => {
    await visit('/admin/settings', 'general settings', { key: true });
    const name = await daniel.locator('#field-name').inputValue();
    const term = await daniel.locator('#field-partnership_term_months').inputValue();
    await daniel.locator('#field-name').fill('');
    await daniel.locator('#field-partnership_term_months').fill('a year');
    await send('/admin/settings');
    await auditErrors('general settings with errors');
    await daniel.locator('#field-name').fill(name);
    await daniel.locator('#field-partnership_term_months').fill(term);
    await daniel.locator('#field-request_expiry_days').fill('21');
    await send('/admin/settings');
    await daniel.waitForURL(/notice=saved$/);
    await audit('general settings, saved', { key: true });

    await visit('/admin/settings/matching', 'matching settings', { key: true });
    await daniel.locator('#field-min_experience_gap').fill('-3');
    await send('/admin/settings/matching');
    await auditErrors('matching settings with an error');
    await daniel.locator('#field-min_experience_gap').fill('2');
    await send('/admin/settings/matching', 'button[value="preview"]');
    await expect(daniel.locator('#preview-title').count()).resolves.toBe(1);
    await audit('matching settings, the preview of new weights');
    await send('/admin/settings/matching', 'button[value="save"]');
    await daniel.waitForURL(/notice=saved/);
    await audit('matching settings, saved');

    await visit('/admin/settings/agreement', 'agreement settings');
    await daniel.locator('#field-agreement_title').fill('');
    await send('/admin/settings/agreement');
    await auditErrors('agreement settings with an error');
    await daniel.locator('#field-agreement_title').fill('Mentoring Agreement, 2030 edition');
    await send('/admin/settings/agreement');
    await daniel.waitForURL(/notice=saved$/);
    await audit('agreement settings, saved');

    await visit('/admin/settings/emails', 'email settings');
    await daniel.locator('main form textarea').first().fill('x'.repeat(1001));
    await send('/admin/settings/emails');
    await auditErrors('email settings with an error');
    await daniel.locator('main form textarea').first().fill('Welcome to the program.');
    await send('/admin/settings/emails');
    await daniel.waitForURL(/notice=saved$/);
    await audit('email settings, saved');
  });

  it('shows the sessions, a new one refused, and one changed, first with its errors', async () => {
    await visit('/admin/sessions', 'sessions, none yet');
    await send('/admin/sessions');
    await auditErrors('a new session refused');

    await daniel.locator('#field-name').fill('Fall 2030');
    await daniel.locator('#field-registration_opens').fill('2030-08-01');
    await daniel.locator('#field-registration_closes').fill('2030-08-31');
    await daniel.locator('#field-starts').fill('2030-09-15');
    await daniel.locator('#field-term_months').fill('6');
    await send('/admin/sessions');
    await daniel.waitForURL(/notice=created/);
    await audit('sessions, one added', { key: true });

    await daniel.locator('main table a').first().click();
    await daniel.waitForLoadState();
    await audit('a session');
    const session = new URL(daniel.url()).pathname;
    await daniel.locator('#field-starts').fill('2030-08-10');
    await send(session);
    await auditErrors('a session changed with an error');
    await daniel.locator('#field-starts').fill('2030-09-20');
    await send(session);
    await daniel.waitForURL(/notice=updated$/);
    await audit('sessions, one changed');
  });

  it('shows the programs, a new one refused then added, and the switch between them', async () => {
    await visit('/admin/programs', 'programs', { key: true });
    await send('/admin/programs');
    await auditErrors('a new program refused');
    await addProgram(running, daniel, { slug: 'leaders', name: 'Library Leaders Mentoring' });
    await audit('programs, one added');

    // With two programs the administration home offers the switch (seen in French later), and
    // Daniel's own home lists both.
    await visit('/admin', 'administration home, with two programs');
    const picker = daniel.locator('main select[name="programId"]');
    const current = await picker.inputValue();
    await visit('/', 'home of an administrator of two programs', { key: true });
    await expect(daniel.locator('main form[action$="/programs/choose"]').count()).resolves.toBe(1);

    await daniel.goto(plugin('/admin'));
    await picker.selectOption({ label: 'Library Leaders Mentoring' });
    await send('/admin/programs/choose');
    await expect(picker.inputValue()).resolves.not.toBe(current);
    await audit('administration home, in the other program');
    await picker.selectOption(current);
    await send('/admin/programs/choose');
    await expect(picker.inputValue()).resolves.toBe(current);
  });

  it('shows institutions, a search finding none, a merge refused and confirmed', async () => {
    await visit('/admin/institutions', 'institutions', { key: true });
    await visit('/admin/institutions?q=nowhere+at+all', 'institutions, a search that finds none');

    await visit('/admin/institutions/merge', 'merging institutions', { key: true });
    await daniel.locator('main button[name="review"]').click();
    await daniel.waitForLoadState();
    await auditErrors('merging institutions, nothing chosen');

    const options = daniel.locator('#duplicate option:not([value=""])');
    await expect(options.count()).resolves.toBeGreaterThan(1);
    const [first, second] = await options.evaluateAll((all) =>
      all.slice(0, 2).map((option) => option.getAttribute('value') ?? ''),
    );
    await daniel.locator('#duplicate').selectOption(first);
    await daniel.locator('#kept').selectOption(second);
    await daniel.locator('main button[name="review"]').click();
    await daniel.waitForLoadState();
    await expect(
      daniel.locator('main form[action$="/admin/institutions/merge"]').count(),
    ).resolves.toBe(1);
    await audit('merging institutions, the confirmation');
    await send('/admin/institutions/merge');
    await daniel.waitForURL(/notice=merged/);
    await audit('institutions, after a merge');
  });

  it('shows the audit log and the email log with failed messages, one sent again', async () => {
    await visit('/admin/audit-log', 'audit log', { key: true });

    await db()('mm_outbox')
      .where({ template: 'role-approved' })
      .update({ status: 'failed', attempts: 5, last_error: '550 5.1.1 mailbox unavailable' });
    await visit('/admin/email-log', 'email log with a failed message', { key: true });
    await expect(daniel.locator('main form[action$="/retry"]').count()).resolves.toBeGreaterThan(1);
    await send('/retry');
    await daniel.waitForURL(/notice=retried$/);
    await audit('email log, a message sent again');
    await visit('/admin/email-log?status=pending', 'email log, filtered by status');
  });

  it('shows the key pages again in French', async () => {
    await daniel.goto(plugin('/admin'));
    await chooseLanguage(daniel, 'fr');

    for (const url of new Set(keyPages)) {
      await daniel.goto(url);
      await auditor.audit(daniel, `${new URL(url).pathname} (fr)`);
    }
    await daniel.goto(plugin('/admin/settings'));
    await daniel.locator('#field-name').fill('');
    await send('/admin/settings');
    await expect(daniel.locator('.error-summary').count()).resolves.toBe(1);
    await auditor.audit(daniel, 'general settings with errors (fr)');
  });

  it('shows the queue once the last waiting role is approved, in French and English', async () => {
    await daniel.goto(plugin('/admin/approvals'));
    await send('/approve');
    await daniel.waitForURL(/notice=approved$/);
    await expect(daniel.locator('section.approval').count()).resolves.toBe(0);
    await auditor.audit(daniel, 'approval queue, the last role approved (fr)');
    await chooseLanguage(daniel, 'en');
    await expect(daniel.locator('main .notice').count()).resolves.toBe(1);
    await audit('approval queue, the last role approved');
  });
});
