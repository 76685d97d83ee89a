import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import { translate as t, type Locale } from '../../src/i18n/catalogue';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { manifest } from '../../src/manifest';
import { packageRoot } from '../../src/package-root';
import { EMAIL_EXAMPLES, EMAIL_PROGRAM } from '../i18n/email-examples';
import { expectNoAxeViolations, PageAuditor } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import {
  addProgram,
  chooseLanguage,
  confirm,
  expireRequest,
  fillProfile,
  holdRolesForApproval,
  joinProgram,
  memberId,
  noticeText,
  openConfirmation,
  pluginUrl,
  saveProfile,
  signAgreement,
  signIn,
  submit,
  waitForSuggestions,
} from './steps';

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on every member page of the plugin in each of
 * its states, in English and in French, against the stand-alone host that `npm start` runs.
 * The steps build on one another (a profile, then suggestions, then a partnership, its end),
 * so the tests run in order on one host. Amira's host asks for English, Élodie's for French;
 * Daniel, the host's administrator, joins as a second mentor.
 * The administration pages have their own suite, `admin-accessibility.test.ts`.
 */
jest.setTimeout(120_000);

describe('accessibility of every member page, in English and French', () => {
  const AMIRA = /Amira Haddad/;
  const ELODIE = /Élodie Tremblay/;
  const SIOBHAN = /Siobhan O'Connor/;
  const DANIEL = /Daniel Whitebird/;

  let running: RunningHost;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let amira: Page;
  let elodie: Page;
  let daniel: Page;
  /** The partnership page Amira and Élodie share once she has accepted. */
  let partnership: string;
  const auditor = new PageAuditor();
  const audit = (page: Page, label: string) => auditor.audit(page, label);
  const plugin = (path: string) => pluginUrl(running, path);

  /** A browser of its own, speaking `locale` (what signed-out pages follow). */
  async function newPage(locale: 'en-CA' | 'fr-CA'): Promise<Page> {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  /** The summary above a refused form, which takes the focus so it is read first. */
  async function expectErrorSummary(page: Page): Promise<void> {
    await expect(page.locator('.error-summary').count()).resolves.toBe(1);
    const focused = page.evaluate(() => document.activeElement?.matches('.error-summary'));
    await expect(focused).resolves.toBe(true);
  }

  /** The page's address without the notice a redirect added to it. */
  const withoutQuery = (url: string) => url.replace(/\?[^#]*/, '');

  /** Sends the request form the page shows, with a message; resolves the request's address. */
  async function sendRequest(page: Page, message: string): Promise<string> {
    await page.locator('#message').fill(message);
    await page.locator('form[action$="/partnerships/requests"] button[type="submit"]').click();
    await page.waitForURL(/\/partnerships\/requests\/\d+\?notice=requested$/);
    return withoutQuery(page.url());
  }

  /** Élodie asks her first suggestion, Amira once Daniel is out of her list. */
  async function askFirstSuggestion(message: string): Promise<string> {
    await waitForSuggestions(running, elodie);
    await elodie.locator('.suggestion .actions a.button').first().click();
    await elodie.waitForLoadState();
    return sendRequest(elodie, message);
  }

  /** Sends a form the state no longer allows: the answer is a page saying why (409). */
  async function expectRefused(page: Page, button: string): Promise<void> {
    expect({ button, status: await submit(page, button) }).toEqual({ button, status: 409 });
  }

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
    amira = await newPage('en-CA');
    elodie = await newPage('fr-CA');
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
  });

  afterEach(() => {
    expect(auditor.takeFindings().join('\n\n')).toBe('');
  });

  it('names each broken rule, how bad it is, where it is and how to fix it', async () => {
    const page = await newPage('en-CA');
    await page.setContent(
      '<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1>' +
        '<img src="data:,"><p style="color:#bbbbbb">Faint text</p>' +
        '<button aria-label="Continue">Save the profile</button></main></body></html>',
    );

    const message = await expectNoAxeViolations(page, 'a broken page').then(
      () => 'no violation found',
      (err: Error) => err.message,
    );

    expect(message).toMatch(/^a broken page: \d+ accessibility rule\(s\) violated/);
    expect(message).toContain('image-alt (critical): Images must have alternative text');
    expect(message).toMatch(/color-contrast \(serious\).*\n\s+p\n/);
    expect(message).toContain('html-has-lang (serious)');
    // The experimental rule for WCAG 2.5.3, switched on for every audit.
    expect(message).toMatch(/label-content-name-mismatch \(serious\).*\n\s+button\n/);
    expect(message).toContain('see https://dequeuniversity.com/rules/axe/');
  });

  it('also names a page titled by the product alone, too wide, or cut by text spacing', async () => {
    const page = await newPage('en-CA');
    const checker = new PageAuditor();
    await page.setContent(
      '<!DOCTYPE html><html lang="en"><head><title> · MentorMatch</title></head><body><main>' +
        '<h1>Wide</h1><p id="wide" style="width:600px">A paragraph too wide</p>' +
        '<div id="box" style="height:1.2em;overflow:hidden;width:200px">Two lines of text ' +
        'that only fit while the lines are close together</div>' +
        '</main></body></html>',
    );

    await checker.audit(page, 'a wide page');

    expect(checker.takeFindings()).toEqual([
      'a wide page: the page has no title of its own',
      'a wide page: wider than 320px: p#wide',
      'a wide page: text cut off by wider spacing: div#box',
    ]);
    expect(checker.takeFindings()).toEqual([]);
  });

  it('leads from the portal link to the MentorMatch home', async () => {
    for (const [page, who] of [[amira, AMIRA], [elodie, ELODIE]] as const) {
      await page.goto(`${running.host.origin}/`);
      await page.getByRole('navigation', { name: 'Portal menu' })
        .getByRole('link', { name: 'MentorMatch' }).click();
      await page.getByRole('button', { name: who }).click();
      await page.waitForURL(plugin('/'));
      await audit(page, `home (${await page.locator('html').getAttribute('lang')})`);
      await page.goto(`${running.host.origin}/`);
      await audit(page, 'portal of the stand-in host');
      await page.goto(plugin('/'));
    }
    await expect(elodie.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('shows the empty profile, the empty form and the form with its errors', async () => {
    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(plugin('/profile'));
      await audit(page, `empty profile (${lang})`);
      await page.goto(plugin('/partnerships'));
      await audit(page, `my partnerships, none yet (${lang})`);
      await page.goto(plugin('/suggestions'));
      await audit(page, `suggestions without a profile (${lang})`);
      await page.goto(plugin('/profile/edit'));
      await audit(page, `empty profile form (${lang})`);

      await page.locator('#field-years_experience').fill('ten');
      await page.locator('#field-contact_email').fill('not an address');
      await saveProfile(page);
      await expectErrorSummary(page);
      await audit(page, `profile form with errors (${lang})`);
    }
  });

  it('shows the saved profile and the suggestions, empty and filled', async () => {
    await joinProgram(running, amira, { roles: ['mentor'], years: '10', place: 'Toronto' });
    await audit(amira, 'saved profile (en)');
    await amira.goto(plugin('/profile'));
    await expect(amira.locator('.role-list').textContent()).resolves.toMatch(/approved/);
    await audit(amira, 'profile with an approved role (en)');
    await amira.goto(plugin('/suggestions'));
    await audit(amira, 'no suggestions yet (en)');

    // A second mentor before Élodie joins, so that the list made for her at once names both.
    daniel = await newPage('en-CA');
    await signIn(running, daniel, DANIEL);
    await joinProgram(running, daniel, { roles: ['mentor'], years: '15', place: 'Ottawa' });
    await joinProgram(running, elodie, { roles: ['mentee'], years: '1', place: 'Guelph' });
    await audit(elodie, 'saved profile (fr)');

    // A newcomer's list is ready at once; the mentor's waits for the next whole-cohort run,
    // so the English list is Élodie's, read after she switches language in the footer.
    await waitForSuggestions(running, elodie);
    await auditSuggestions(elodie, 'fr');
    await chooseLanguage(elodie, 'en');
    await auditSuggestions(elodie, 'en');
    await chooseLanguage(elodie, 'fr');
  });

  it('shows the suggestions once Élodie is not interested in one of them', async () => {
    await elodie.goto(plugin('/suggestions'));
    await expect(elodie.locator('.suggestion').count()).resolves.toBe(2);
    const card = elodie.locator('.suggestion', { hasText: 'Daniel Whitebird' });
    await card.locator('a[href$="/dismiss"]').click();
    await elodie.locator('main form[action$="/dismiss"] button[type="submit"]').click();
    await elodie.waitForURL(/\/suggestions\?dismissed=1$/);

    for (const lang of ['fr', 'en'] as const) {
      if (lang === 'en') await chooseLanguage(elodie, 'en');
      await expect(elodie.locator('main .notice').count()).resolves.toBe(1);
      await expect(elodie.locator('.suggestion').count()).resolves.toBe(1);
      await audit(elodie, `suggestions after "Not interested" (${lang})`);
    }
    await chooseLanguage(elodie, 'fr');
  });

  it('shows requests declined, withdrawn and expired, to both members', async () => {
    // Daniel asks Élodie all the same (his own list waits for the next whole-cohort run, so he
    // opens the request form's address for her); she declines, once with a reason too long.
    const elodieId = await memberId(running, 'Tremblay');
    await daniel.goto(plugin(`/partnerships/requests/new?memberId=${elodieId}&role=mentor`));
    const declined = await sendRequest(daniel, 'I would be glad to help you find your way.');
    await elodie.goto(plugin('/partnerships'));
    await elodie.locator('main table a').first().click();
    await elodie.waitForURL(declined);
    await audit(elodie, 'partnership request, received, with the answer form (fr)');
    await elodie.locator('a[href$="/decline"]').click();
    await elodie.waitForURL(`${declined}/decline`);
    await audit(elodie, 'declining a request, the confirmation (fr)');
    await elodie.locator('#reason').fill('x'.repeat(2100));
    expect(await submit(elodie, 'form[action$="/decline"] button')).toBe(422);
    await expectErrorSummary(elodie);
    await audit(elodie, 'declining a request with a reason too long (fr)');
    await elodie.locator('#reason').fill('Je cherche une mentore plus près de Guelph.');
    expect(await submit(elodie, 'form[action$="/decline"] button')).toBe(303);
    await expect(noticeText(elodie)).resolves.toBe(t('fr', 'partnerships.notice.declined'));
    await audit(elodie, 'partnership request, declined (fr)');
    await daniel.goto(declined);
    await audit(daniel, 'partnership request, declined (en)');

    // Élodie asks Amira, then takes it back while Amira has it open.
    const withdrawn = await askFirstSuggestion('Bonjour! J’aimerais apprendre de vous.');
    await amira.goto(withdrawn);
    await openConfirmation(elodie, '/withdraw');
    await audit(elodie, 'withdrawing a request, to confirm (fr)');
    expect(await confirm(elodie)).toBe(303);
    await expect(noticeText(elodie)).resolves.toBe(t('fr', 'partnerships.notice.withdrawn'));
    await audit(elodie, 'partnership request, withdrawn (fr)');
    await expectRefused(amira, 'form[action$="/accept"] button');
    await audit(amira, 'accepting a request withdrawn meanwhile (en)');
    await amira.goto(withdrawn);
    await audit(amira, 'partnership request, withdrawn (en)');

    // She asks again, and nobody answers in time.
    const expired = await askFirstSuggestion('Bonjour de nouveau!');
    await expireRequest(running, Number(expired.split('/').pop()));
    for (const [page, lang] of [[elodie, 'fr'], [amira, 'en']] as const) {
      await page.goto(expired);
      await audit(page, `partnership request, expired (${lang})`);
    }
    await elodie.goto(plugin('/partnerships'));
    await audit(elodie, 'my partnerships with past requests (fr)');
  });

  async function auditSuggestions(page: Page, lang: string): Promise<void> {
    await page.goto(plugin('/suggestions'));
    await audit(page, `suggestions (${lang})`);
    await page.locator('.suggestion h3 a').first().click();
    await page.waitForLoadState();
    await audit(page, `suggested profile (${lang})`);
    await page.goto(`${page.url()}/dismiss`);
    await audit(page, `dismiss a suggestion (${lang})`);
  }

  it('shows a profile whose role waits for approval, then paused, then deleted', async () => {
    const siobhan = await newPage('en-CA');
    await signIn(running, siobhan, SIOBHAN, '/profile/edit');
    await fillProfile(siobhan, { roles: ['mentee'], years: '6', place: 'Sudbury' });
    await saveProfile(siobhan);
    await holdRolesForApproval(running, "O'Connor");

    await siobhan.goto(plugin('/profile'));
    const roles = siobhan.locator('.role-list').textContent();
    await expect(roles).resolves.toMatch(/waiting for a program administrator/);
    await audit(siobhan, 'profile with a role waiting for approval (en)');
    await siobhan.locator('main form[action$="/profile/pause"] button').click();
    await siobhan.waitForLoadState();
    await expect(siobhan.locator('main form[action$="/profile/resume"]').count()).resolves.toBe(1);
    await audit(siobhan, 'paused profile (en)');

    await siobhan.goto(plugin('/profile/delete'));
    await siobhan.locator('#field-confirm').check();
    await siobhan.locator('form[action$="/profile/delete"] button[type="submit"]').click();
    await siobhan.waitForURL(plugin('/profile/deleted'));
    await audit(siobhan, 'data deleted, signed out (en)');
  });

  it('shows the partnership pages from the request to the signed agreement', async () => {
    await waitForSuggestions(running, elodie);
    await elodie.locator('.suggestion .actions a.button').first().click();
    await elodie.waitForLoadState();
    await audit(elodie, 'new partnership request (fr)');
    await elodie.locator('#message').fill('x'.repeat(2100));
    await elodie.locator('form[action$="/partnerships/requests"] button[type="submit"]').click();
    await elodie.waitForLoadState();
    await expect(elodie.locator('.error-summary').count()).resolves.toBe(1);
    await audit(elodie, 'partnership request with an error (fr)');
    await elodie.locator('#message').fill('Bonjour! J’aimerais apprendre de vous.');
    await elodie.locator('form[action$="/partnerships/requests"] button[type="submit"]').click();
    await elodie.waitForURL(/\/partnerships\/requests\/\d+\?notice=requested$/);
    await expect(noticeText(elodie)).resolves.toBe(t('fr', 'partnerships.notice.requested'));
    await audit(elodie, 'partnership request, sent (fr)');

    await amira.goto(plugin('/partnerships'));
    await audit(amira, 'my partnerships with a request (en)');
    await amira.locator('main table a').first().click();
    await amira.waitForLoadState();
    await audit(amira, 'partnership request, received (en)');
    await amira.locator('form[action$="/accept"] button').click();
    await amira.waitForURL(/\/partnerships\/\d+\?notice=accepted$/);
    await expect(noticeText(amira)).resolves.toBe(t('en', 'partnerships.notice.accepted'));
    await audit(amira, 'partnership waiting for signatures (en)');
    partnership = withoutQuery(amira.url());
    await elodie.goto(plugin('/partnerships'));
    await audit(elodie, 'my partnerships with an agreement to sign (fr)');
    await amira.goto(partnership);

    await amira.locator('#fullName').fill('Someone Else');
    await amira.locator('form[action$="/sign"] button[type="submit"]').click();
    await amira.waitForLoadState();
    await expectErrorSummary(amira);
    await audit(amira, 'agreement signature with errors (en)');
    await signAgreement(amira, 'Amira Haddad');
    await expect(noticeText(amira)).resolves.toBe(t('en', 'partnerships.notice.signed'));
    await audit(amira, 'agreement signed (en)');
    await elodie.goto(partnership);
    await audit(elodie, 'partnership waiting for a signature (fr)');
    await signAgreement(elodie, 'Élodie Tremblay');

    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(partnership);
      await audit(page, `active partnership (${lang})`);
      await page.goto(`${partnership}/agreement`);
      await audit(page, `mentoring agreement (${lang})`);
      // The default agreement is in English: French pages say so of its title and text.
      const marked = await page.locator('main h1[lang="en"] + p + div[lang="en"] p').count();
      expect({ lang, marked: marked > 0 }).toEqual({ lang, marked: true });
      await page.goto(plugin('/partnerships'));
      await audit(page, `my partnerships with an active one (${lang})`);
    }
  });

  it('shows the first contact and the extension of the term, with what they refuse', async () => {
    // Amira, the mentor, confirms the first contact; a tab she opened before tries again.
    const earlier = await amira.context().newPage();
    await earlier.goto(partnership);
    await amira.goto(partnership);
    await submit(amira, 'form[action$="/first-contact"] button');
    await expect(noticeText(amira)).resolves.toBe(t('en', 'partnerships.notice.first_contact'));
    await audit(amira, 'first contact confirmed (en)');
    await expectRefused(earlier, 'form[action$="/first-contact"] button');
    await audit(earlier, 'first contact confirmed twice (en)');
    await earlier.close();
    await elodie.goto(partnership);
    await audit(elodie, 'first contact confirmed (fr)');

    // A length the list does not offer, as a page older than the program's settings would send.
    await elodie.evaluate(`document.querySelector('#months option').value = '5'`);
    expect(await submit(elodie, 'form[action$="/extension"] button')).toBe(422);
    await expectErrorSummary(elodie);
    await audit(elodie, 'extension of the term with an error (fr)');

    // Amira proposes three months while Élodie's page still offers to propose six.
    await amira.goto(partnership);
    await amira.locator('#months').selectOption('3');
    await submit(amira, 'form[action$="/extension"] button');
    const proposed = t('en', 'partnerships.notice.extension_proposed');
    await expect(noticeText(amira)).resolves.toBe(proposed);
    await audit(amira, 'extension proposed, waiting for an answer (en)');
    await elodie.locator('#months').selectOption('6');
    await expectRefused(elodie, 'form[action$="/extension"] button');
    await audit(elodie, 'extension proposed while one waits (fr)');
    await elodie.goto(partnership);
    await audit(elodie, 'extension to answer (fr)');
    await submit(elodie, 'form[action$="/extension/drop"] button');

    // Élodie proposes, and takes it back while Amira's page still offers to accept.
    await elodie.locator('#months').selectOption('6');
    await submit(elodie, 'form[action$="/extension"] button');
    await audit(elodie, 'extension proposed, waiting for an answer (fr)');
    await amira.goto(partnership);
    await audit(amira, 'extension to answer (en)');
    await submit(elodie, 'form[action$="/extension/drop"] button');
    await expectRefused(amira, 'form[action$="/extension/accept"] button');
    await audit(amira, 'accepting an extension withdrawn meanwhile (en)');
  });

  it('shows the meeting plan, documents and end of a partnership, with their errors', async () => {
    await amira.goto(partnership);
    await amira.locator('form[action$="/meeting-plan"] button').click();
    await amira.waitForLoadState();
    await expectErrorSummary(amira);
    await audit(amira, 'meeting plan with errors (en)');

    await elodie.goto(partnership);
    await elodie.locator('form[action$="/documents"] button').click();
    await elodie.waitForLoadState();
    await expectErrorSummary(elodie);
    await audit(elodie, 'document upload with an error (fr)');
    await elodie.locator('#file').setInputFiles({
      name: 'plan-de-carriere.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
    });
    await elodie.locator('form[action$="/documents"] button').click();
    await elodie.waitForURL(/#documents$/);
    await expect(noticeText(elodie)).resolves.toBe(t('fr', 'partnerships.notice.uploaded'));
    await audit(elodie, 'partnership with a document (fr)');
    await amira.goto(partnership);
    await audit(amira, 'partnership with a document (en)');
    await openConfirmation(elodie, '/delete');
    await audit(elodie, 'deleting a document, to confirm (fr)');
    expect(await confirm(elodie)).toBe(303);
    const deleted = t('fr', 'partnerships.notice.document_deleted');
    await expect(noticeText(elodie)).resolves.toBe(deleted);
    await audit(elodie, 'document deleted (fr)');

    await openConfirmation(amira, '/end');
    await audit(amira, 'ending a partnership, to confirm (en)');
    expect(await confirm(amira)).toBe(422);
    await expectErrorSummary(amira);
    await audit(amira, 'ending a partnership without a reason (en)');
    await amira.locator('#reason').fill('My branch is reorganizing.');
    expect(await confirm(amira)).toBe(303);
    await expect(noticeText(amira)).resolves.toBe(t('en', 'partnerships.notice.ended'));
    await audit(amira, 'partnership ended early, with its notice (en)');

    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(partnership);
      await expect(page.locator('main a[href$="/end"]').count()).resolves.toBe(0);
      await audit(page, `partnership ended (${lang})`);
      await page.goto(plugin('/partnerships'));
      await audit(page, `my partnerships with a past one (${lang})`);
    }
  });

  it('shows the home with two programs to choose from', async () => {
    await addProgram(running, daniel, { slug: 'leaders', name: 'Library Leaders Mentoring' });

    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(plugin('/'));
      await expect(page.locator('main form[action$="/programs/choose"]').count()).resolves.toBe(1);
      await audit(page, `home with two programs (${lang})`);
    }
  });

  it('shows the deletion page, and its error when the box is left unticked', async () => {
    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(plugin('/profile/delete'));
      await audit(page, `delete my data (${lang})`);
      await page.locator('form[action$="/profile/delete"] button[type="submit"]').click();
      await page.waitForLoadState();
      await expectErrorSummary(page);
      await expect(page.locator('#field-confirm').getAttribute('aria-invalid')).resolves.toBe(
        'true',
      );
      await audit(page, `delete my data, not confirmed (${lang})`);
    }
  });

  it('shows the signed-out, sign-in failure and missing pages', async () => {
    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(plugin('/no-such-page'));
      await audit(page, `page not found, signed in (${lang})`);
      await page.locator('header form button[type="submit"]').click();
      await page.waitForURL(plugin('/auth/signed-out'));
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await audit(page, `signed out (${lang})`);
      await page.goto(plugin('/no-such-page'));
      await audit(page, `page not found, signed out (${lang})`);

      await postEmptySignInAnswer(page);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await audit(page, `sign-in failure (${lang})`);
    }
  });

  it('sends every email as HTML that meets the same rules', async () => {
    const page = await newPage('en-CA');
    const renderer = createEmailRenderer(
      path.join(packageRoot(), 'views', 'emails'),
      running.host.plugin.mentormatch.settings,
    );
    // Each template once, in French (the longer words); the shared layout once in English.
    const examples = new Map(EMAIL_EXAMPLES);
    const runs: Array<{ template: string; data: Record<string, unknown>; locale: Locale }> = [
      ...[...examples].map(([template, data]) => ({ template, data, locale: 'fr' as const })),
    ];
    runs.push({ template: 'role-approved', data: examples.get('role-approved')!, locale: 'en' });

    for (const { template, data, locale } of runs) {
      const email = renderer.render({ template, locale, program: EMAIL_PROGRAM, data });
      await page.setContent(email.html);
      await audit(page, `email ${template} (${locale})`);
    }
  });

  /** What a broken identity provider might send: a post to the assertion consumer, empty. */
  async function postEmptySignInAnswer(page: Page): Promise<void> {
    const acs = manifest.sso.assertionConsumerPath;
    const answered = page.waitForResponse((res) => res.url().endsWith(acs));
    // Run as page script text: the test's own TypeScript has no DOM types.
    await page.evaluate(`(() => {
      const form = document.createElement('form');
      form.method = 'post';
      form.action = ${JSON.stringify(plugin(acs))};
      document.body.append(form);
      form.submit();
    })()`);
    expect((await answered).status()).toBe(401);
    await page.waitForLoadState();
  }
});
