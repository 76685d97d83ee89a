/**
 * The whole journey as two people walk it in Chromium, on the stand-alone host: a mentor in
 * English and a mentee in French (her portal says so), from sign-in to the end of their
 * partnership. Labels come from the message catalogues, so the test reads what people read.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { translate, type Locale } from '../../src/i18n/catalogue';
import { manifest } from '../../src/manifest';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import { expectNoAxeViolations } from '../support/accessibility';

jest.setTimeout(180_000);

const PROGRAM = 'Ontario Library Association Mentoring Program';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

interface Person {
  page: Page;
  context: BrowserContext;
  locale: Locale;
  t: (key: string, params?: Record<string, string | number>) => string;
}

describe('a mentor and a mentee through the whole journey in Chromium', () => {
  let running: RunningHost;
  let browser: Browser;
  let amira: Person;
  let elodie: Person;
  const url = (path: string) => `${running.host.origin}/mentormatch${path}`;

  async function person(locale: Locale): Promise<Person> {
    const context = await browser.newContext({ acceptDownloads: true });
    const t = (key: string, params?: Record<string, string | number>) =>
      translate(locale, key, params);
    return { page: await context.newPage(), context, locale, t };
  }

  async function signIn(who: Person, name: RegExp) {
    await who.page.goto(`${running.host.origin}/`);
    await who.page.getByRole('link', { name: 'MentorMatch', exact: true }).click();
    await who.page.getByRole('button', { name }).click();
    await who.page.waitForURL(url('/'));
  }

  async function fillProfile(who: Person, fields: { role: string; years: string; place: string }) {
    const { page } = who;
    await page.goto(url('/profile/edit'));
    await page.locator(`input[name="roles"][value="${fields.role}"]`).check();
    await page.locator('#field-focus').selectOption('public');
    await page.locator('#field-years_experience').fill(fields.years);
    await page.locator('#field-place_query').pressSequentially(fields.place);
    await page.getByRole('option', { name: new RegExp(`^${fields.place}`) }).first().click();
    await page.getByRole('button', { name: who.t('profile.edit.save') }).click();
    await page.waitForURL(/\/profile\?saved=1$/);
  }

  /** Matching runs as a background job: reload until the suggestion shows. */
  async function waitForSuggestion(who: Person, name: string) {
    for (let attempt = 0; attempt < 60; attempt++) {
      await who.page.goto(url('/suggestions'));
      if ((await who.page.getByRole('link', { name: new RegExp(name) }).count()) > 0) return;
      await who.page.waitForTimeout(250);
    }
    throw new Error(`${name} never appeared among the suggestions`);
  }

  async function sign(who: Person, fullName: string) {
    const { page, t } = who;
    await page.getByLabel(t('partnerships.sign.name_label')).fill(fullName);
    await page.locator('input[name="confirm"]').check();
    await page.getByRole('button', { name: t('partnerships.sign.submit') }).click();
    await page.waitForLoadState();
  }

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
    amira = await person('en');
    elodie = await person('fr');
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('signs in, fills profiles and reads the approval emails in the mailbox', async () => {
    await signIn(amira, /Amira Haddad/);
    await fillProfile(amira, { role: 'mentor', years: '10', place: 'Toronto' });
    await signIn(elodie, /Élodie Tremblay/);
    await expect(elodie.page.locator('html').getAttribute('lang')).resolves.toBe('fr');
    await fillProfile(elodie, { role: 'mentee', years: '1', place: 'Guelph' });

    // The outbox worker sends shortly after each save; the mailbox shows what arrived.
    const program = PROGRAM;
    const subjects = [
      translate('en', 'email.role_approved.subject.mentor', { program }),
      translate('fr', 'email.role_approved.subject.mentee', { program }),
    ];
    const mailbox = amira.page;
    const arrived = async () => {
      await mailbox.goto(`${running.host.origin}/mailbox`);
      const counts = await Promise.all(subjects.map((s) => mailbox.getByText(s).count()));
      return counts.every((count) => count > 0);
    };
    let both = false;
    for (let attempt = 0; attempt < 60 && !both; attempt++) {
      both = await arrived();
      if (!both) await mailbox.waitForTimeout(250);
    }
    expect(both).toBe(true);

    await readApproval(mailbox, {
      subject: subjects[0],
      locale: 'en',
      role: 'mentor',
      name: 'Amira',
      address: 'amira.haddad@torontopubliclibrary.example',
    });
    await readApproval(mailbox, {
      subject: subjects[1],
      locale: 'fr',
      role: 'mentee',
      name: 'Élodie',
      address: 'elodie.tremblay@uoguelph.example',
    });
  });

  interface Approval {
    subject: string;
    locale: Locale;
    role: 'mentor' | 'mentee';
    name: string;
    address: string;
  }

  /** Opens the approval email in the mailbox and reads it as its recipient would. */
  async function readApproval(mailbox: Page, approval: Approval) {
    const { subject, locale, role, name, address } = approval;
    await mailbox.goto(`${running.host.origin}/mailbox`);
    await mailbox.getByRole('link', { name: subject, exact: true }).click();
    await mailbox.waitForURL(/\/mailbox\/messages\//);

    await expect(mailbox.locator('dd').filter({ hasText: address }).count()).resolves.toBe(1);
    const text = (await mailbox.locator('pre').textContent()) ?? '';
    expect(text).toContain(translate(locale, 'email.greeting', { name }));
    const body = translate(locale, `email.role_approved.body.${role}`, { program: PROGRAM });
    expect(text).toContain(body);
    // Both versions link back to the member's profile, through sign-in if need be.
    const profile = url(`${manifest.sso.loginPath}?RelayState=%2Fprofile`);
    const link = mailbox.frameLocator('iframe').getByRole('link', {
      name: translate(locale, 'email.role_approved.link'),
    });
    await expect(link.getAttribute('href')).resolves.toBe(profile);
    await expect(mailbox.locator('pre a').first().getAttribute('href')).resolves.toBe(profile);
  }

  it('shows each to the other among the suggestions, with reasons', async () => {
    await waitForSuggestion(elodie, 'Amira Haddad');
    await expectNoAxeViolations(elodie.page, 'suggestions in French');
    await expect(elodie.page.getByText(translate('fr', 'reason.same_focus', {
      focus: translate('fr', 'focus.public'),
    })).count()).resolves.toBeGreaterThan(0);
    await waitForSuggestion(amira, 'Élodie Tremblay');
  });

  it('requests and accepts a partnership, and both sign the agreement', async () => {
    const { page, t } = elodie;
    await page.goto(url('/suggestions'));
    await page.getByRole('link', { name: new RegExp(t('suggestions.request')) }).first().click();
    await page.getByLabel(t('partnerships.new_request.message')).fill('Bonjour Amira !');
    await page.getByRole('button', { name: t('partnerships.new_request.submit') }).click();
    await page.waitForURL(/\/partnerships\/requests\/\d+\?notice=requested$/);
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      t('partnerships.notice.requested'),
    );
    const requestUrl = page.url().replace(/\?.*$/, '');

    await amira.page.goto(requestUrl);
    await expect(amira.page.getByText('Bonjour Amira !').count()).resolves.toBe(1);
    await amira.page.getByRole('button', { name: amira.t('partnerships.request.accept') }).click();
    await amira.page.waitForURL(/\/partnerships\/\d+\?notice=accepted$/);
    const partnershipUrl = amira.page.url().replace(/\?.*$/, '');

    await sign(amira, 'Amira Haddad');
    await elodie.page.goto(partnershipUrl);
    await sign(elodie, 'Élodie Tremblay');
    await expectNoAxeViolations(elodie.page, 'active partnership in French');
  });

  it("shows each partner the other's contact details once both have signed", async () => {
    await expect(elodie.page.getByText('amira.haddad@torontopubliclibrary.example').count())
      .resolves.toBeGreaterThan(0);
    await amira.page.reload();
    await expect(amira.page.getByText(/elodie\.tremblay@/).count()).resolves.toBeGreaterThan(0);
  });

  it('shares a document that the other partner downloads', async () => {
    const { page, t } = amira;
    await page.getByLabel(t('partnerships.documents.upload_label')).setInputFiles({
      name: 'cv-to-critique.pdf',
      mimeType: 'application/pdf',
      buffer: PDF,
    });
    await page.getByRole('button', { name: t('partnerships.documents.upload') }).click();
    await page.waitForLoadState();

    await elodie.page.reload();
    const download = elodie.page.waitForEvent('download');
    await elodie.page.getByRole('link', { name: 'cv-to-critique.pdf' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('cv-to-critique.pdf');
  });

  it('ends the partnership early with a reason', async () => {
    const { page, t } = elodie;
    await page.getByRole('link', { name: t('partnerships.end.start') }).click();
    await page.waitForLoadState();
    await expectNoAxeViolations(page, 'confirmation before ending in French');
    await page.getByLabel(t('partnerships.end.reason_label')).fill('Je change de poste.');
    await page.getByRole('button', { name: t('partnerships.end_confirm.submit') }).click();
    await page.waitForURL(/\?notice=ended$/);
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      t('partnerships.notice.ended'),
    );

    await amira.page.reload();
    await expect(amira.page.getByText('elodie.tremblay@').count()).resolves.toBe(0);
  });
});
