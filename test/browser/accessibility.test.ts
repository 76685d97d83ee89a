import type { Browser, BrowserContext, Page } from 'playwright-core';
import path from 'node:path';
import type { Locale } from '../../src/i18n/catalogue';
import { createEmailRenderer } from '../../src/mail/email-templates';
import { manifest } from '../../src/manifest';
import { packageRoot } from '../../src/package-root';
import { EMAIL_EXAMPLES, EMAIL_PROGRAM } from '../i18n/email-examples';
import { expectNoAxeViolations } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';

/**
 * axe-core with the WCAG 2.0/2.1 A and AA rules on every page of the plugin in each of its
 * states, in English and in French, against the stand-alone host that `npm start` runs.
 * The steps build on one another (a profile, then suggestions, then a partnership), so the
 * tests run in order on one host. Amira's host asks for English, Élodie's for French.
 */
jest.setTimeout(120_000);

interface FocusState {
  id: string;
  tag: string;
  type: string;
  className: string;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  background: string;
}

/** Relative luminance of a CSS `rgb(...)` colour, as WCAG defines it. */
function luminance(css: string): number {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  const linear = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Whether the focused element shows a focus ring that stands out from the page. */
function focusRing(state: FocusState) {
  return {
    shown: state.focusVisible && state.outlineStyle !== 'none' && state.outlineWidth >= 2,
    contrastAtLeast3: contrast(state.outlineColor, state.background) >= 3,
  };
}

describe('accessibility of every page, in English and French', () => {
  const AMIRA = /Amira Haddad/;
  const ELODIE = /Élodie Tremblay/;
  const SIOBHAN = /Siobhan O'Connor/;
  const DANIEL = /Daniel Whitebird/;

  let running: RunningHost;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let amira: Page;
  let elodie: Page;
  /** Every violation found in the current test, so that one run reports them all. */
  let found: string[];

  function plugin(path: string): string {
    return `${running.host.origin}/mentormatch${path}`;
  }

  /** A browser of its own, speaking `locale` (what signed-out pages follow). */
  async function newPage(locale: 'en-CA' | 'fr-CA'): Promise<Page> {
    const context = await browser.newContext({ locale });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    return page;
  }

  async function audit(page: Page, label: string): Promise<void> {
    try {
      await expectNoAxeViolations(page, label);
    } catch (err) {
      found.push((err as Error).message);
    }
    // axe finds an empty title, not one that names only the product (WCAG 2.4.2).
    if (/^\s*·/.test(await page.title())) found.push(`${label}: the page has no title of its own`);
    await reflowsAt320(page, label);
  }

  /** WCAG 1.4.10: at 320 CSS pixels wide nothing but a data table may need sideways scrolling. */
  async function reflowsAt320(page: Page, label: string): Promise<void> {
    const size = page.viewportSize() ?? { width: 1280, height: 720 };
    await page.setViewportSize({ width: 320, height: 640 });
    const wide = (await page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('table') && el.getBoundingClientRect().right > 321)
      .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''))`)) as string[];
    await page.setViewportSize(size);
    if (wide.length > 0) found.push(`${label}: wider than 320px: ${wide.slice(0, 8).join(', ')}`);
  }

  async function signIn(page: Page, who: RegExp, path = '/'): Promise<void> {
    await page.goto(plugin(path));
    await page.getByRole('button', { name: who }).click();
    await page.waitForURL(plugin(path));
  }

  interface ProfileInput {
    roles: string[];
    years: string;
    place: string;
  }

  async function fillProfile(page: Page, profile: ProfileInput): Promise<void> {
    // Years first: the form's script offers the mentor role only from three years up.
    await page.locator('#field-years_experience').fill(profile.years);
    for (const role of profile.roles) await page.locator(`#field-roles-${role}`).check();
    await page.locator('#field-focus').selectOption('public');
    await page.locator('#field-place_query').fill(profile.place);
    await page.locator('#field-place_query').press('Escape');
  }

  async function save(page: Page): Promise<void> {
    await page.locator('form.profile-form button[type="submit"]').click();
    await page.waitForLoadState();
  }

  /** Matching runs as a background job after approval; the list fills once it has. */
  async function suggestionsShown(page: Page): Promise<void> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      await page.goto(plugin('/suggestions'));
      if ((await page.locator('.suggestion').count()) > 0) return;
      await page.waitForTimeout(200);
    }
    throw new Error('no suggestion appeared');
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

  beforeEach(() => {
    found = [];
  });

  afterEach(() => {
    expect(found.join('\n\n')).toBe('');
  });

  it('names each broken rule, how bad it is, where it is and how to fix it', async () => {
    const page = await newPage('en-CA');
    await page.setContent(
      '<!DOCTYPE html><html><head><title>Broken</title></head><body><main><h1>Broken</h1>' +
        '<img src="data:,"><p style="color:#bbbbbb">Faint text</p></main></body></html>',
    );

    const message = await expectNoAxeViolations(page, 'a broken page').then(
      () => 'no violation found',
      (err: Error) => err.message,
    );

    expect(message).toMatch(/^a broken page: \d+ accessibility rule\(s\) violated/);
    expect(message).toContain('image-alt (critical): Images must have alternative text');
    expect(message).toMatch(/color-contrast \(serious\).*\n\s+p\n/);
    expect(message).toContain('html-has-lang (serious)');
    expect(message).toContain('see https://dequeuniversity.com/rules/axe/');
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
      await page.goto(plugin('/suggestions'));
      await audit(page, `suggestions without a profile (${lang})`);
      await page.goto(plugin('/profile/edit'));
      await audit(page, `empty profile form (${lang})`);

      await page.locator('#field-years_experience').fill('ten');
      await page.locator('#field-contact_email').fill('not an address');
      await save(page);
      await expect(page.locator('.error-summary').count()).resolves.toBe(1);
      await audit(page, `profile form with errors (${lang})`);
    }
  });

  it('shows the saved profile and the suggestions, empty and filled', async () => {
    await amira.goto(plugin('/profile/edit'));
    await fillProfile(amira, { roles: ['mentor'], years: '10', place: 'Toronto' });
    await save(amira);
    await amira.waitForURL(/\/profile\?saved=1$/);
    await audit(amira, 'saved profile (en)');
    await amira.goto(plugin('/suggestions'));
    await audit(amira, 'no suggestions yet (en)');

    await elodie.goto(plugin('/profile/edit'));
    await fillProfile(elodie, { roles: ['mentee'], years: '1', place: 'Guelph' });
    await save(elodie);
    await elodie.waitForURL(/\/profile\?saved=1$/);
    await audit(elodie, 'saved profile (fr)');

    // A newcomer's list is ready at once; the mentor's waits for the next whole-cohort run,
    // so the English list is Élodie's, read after she switches language in the footer.
    await suggestionsShown(elodie);
    await auditSuggestions(elodie, 'fr');
    await chooseLanguage(elodie, 'en');
    await auditSuggestions(elodie, 'en');
    await chooseLanguage(elodie, 'fr');
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

  async function chooseLanguage(page: Page, lang: 'en' | 'fr'): Promise<void> {
    await page.locator(`footer button[lang="${lang}"]`).click();
    await page.waitForLoadState();
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
  }

  it('shows the partnership pages from the request to the signed agreement', async () => {
    await elodie.goto(plugin('/suggestions'));
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
    await elodie.waitForURL(/\/partnerships\/requests\/\d+$/);
    await audit(elodie, 'partnership request, sent (fr)');

    await amira.goto(plugin('/partnerships'));
    await audit(amira, 'my partnerships with a request (en)');
    await amira.locator('main table a').first().click();
    await amira.waitForLoadState();
    await audit(amira, 'partnership request, received (en)');
    await amira.locator('form[action$="/accept"] button').click();
    await amira.waitForURL(/\/partnerships\/\d+$/);
    await audit(amira, 'partnership waiting for signatures (en)');

    await amira.locator('#fullName').fill('Someone Else');
    await amira.locator('form[action$="/sign"] button[type="submit"]').click();
    await amira.waitForLoadState();
    await expect(amira.locator('.error-summary').count()).resolves.toBe(1);
    await audit(amira, 'agreement signature with errors (en)');
    await signAgreement(amira, 'Amira Haddad');
    const partnership = amira.url().replace(/#.*$/, '');
    await elodie.goto(partnership);
    await audit(elodie, 'partnership waiting for a signature (fr)');
    await signAgreement(elodie, 'Élodie Tremblay');

    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(partnership);
      await audit(page, `active partnership (${lang})`);
      await page.goto(`${partnership}/agreement`);
      await audit(page, `mentoring agreement (${lang})`);
      await page.goto(plugin('/partnerships'));
      await audit(page, `my partnerships (${lang})`);
    }
  });

  async function signAgreement(page: Page, name: string): Promise<void> {
    await page.locator('#fullName').fill(name);
    await page.locator('#confirm').check();
    await page.locator('form[action$="/sign"] button[type="submit"]').click();
    await page.waitForLoadState();
  }

  it('fills and sends the profile form by keyboard alone, the focus always visible', async () => {
    const daniel = await newPage('en-CA');
    await signIn(daniel, DANIEL, '/profile/edit');

    await daniel.keyboard.press('Tab');
    await expect(focused(daniel)).resolves.toMatchObject({ className: 'skip-link' });
    await daniel.keyboard.press('Enter');
    await expect(focused(daniel)).resolves.toMatchObject({ id: 'main' });

    const visited = await tabThroughProfileForm(daniel);

    expect(visited).toEqual(expect.arrayContaining([
      'field-roles-mentor', 'field-roles-mentee', 'field-focus', 'field-years_experience',
      'field-place_query', 'field-institution', 'field-other_information',
      'field-contact_email', 'field-contact_phone',
    ]));
    await daniel.waitForURL(/\/profile\?saved=1$/);
    await expect(daniel.locator('.role-list').textContent()).resolves.toMatch(/Mentee:\s*approved/);
  });

  /** What has the focus, and how its focus ring looks against the page. */
  async function focused(page: Page) {
    return page.evaluate(`(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      return {
        id: el.id, tag: el.tagName, type: el.type || '', className: el.className,
        focusVisible: el.matches(':focus-visible'), outlineStyle: style.outlineStyle,
        outlineWidth: parseFloat(style.outlineWidth), outlineColor: style.outlineColor,
        background: getComputedStyle(document.documentElement).backgroundColor,
      };
    })()`) as Promise<FocusState>;
  }

  /**
   * Tabs from the top of the form to its button, answering each field as a member would with
   * keys only, and checks at every stop that the focus ring shows and stands out (3:1, WCAG
   * 1.4.11). Enter on the button sends the form. Returns the ids of the fields visited.
   */
  async function tabThroughProfileForm(page: Page): Promise<string[]> {
    const visited: string[] = [];
    for (let stop = 0; stop < 80; stop += 1) {
      await page.keyboard.press('Tab');
      const state = await focused(page);
      expect({ at: state.id || state.tag, ...focusRing(state) }).toEqual({
        at: state.id || state.tag, shown: true, contrastAtLeast3: true,
      });
      visited.push(state.id);
      if (state.tag === 'BUTTON' && state.type === 'submit' && visited.includes('field-focus')) {
        await page.keyboard.press('Enter');
        return visited;
      }
      await answerByKeyboard(page, state.id);
    }
    throw new Error(`never reached the form's button; visited ${visited.join(', ')}`);
  }

  async function answerByKeyboard(page: Page, id: string): Promise<void> {
    if (id === 'field-roles-mentee') await page.keyboard.press('Space');
    if (id === 'field-focus') await page.keyboard.type('Pu');
    if (id === 'field-years_experience') await page.keyboard.type('15');
    if (id === 'field-place_query') {
      await page.keyboard.type('Toronto');
      await page.locator('#place-options [role="option"]').first().waitFor();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
    }
  }

  it('shows the approval queue to an administrator, empty and with a waiting role', async () => {
    const daniel = await newPage('en-CA');
    await signIn(daniel, DANIEL, '/admin/approvals');
    await audit(daniel, 'approval queue, empty (en)');

    await waitingRoleOfUnknownMembership();
    await daniel.reload();
    await expect(daniel.locator('section.approval').count()).resolves.toBe(1);
    await audit(daniel, 'approval queue with a waiting role (en)');
    await daniel.locator('form[action$="/decline"] button').click();
    await daniel.waitForLoadState();
    await expect(daniel.locator('.field-error').count()).resolves.toBe(1);
    await audit(daniel, 'approval queue, declined without a reason (en)');

    await daniel.goto(plugin('/admin/approvals'));
    await chooseLanguage(daniel, 'fr');
    expect(daniel.url()).toBe(plugin('/admin/approvals'));
    await audit(daniel, 'approval queue with a waiting role (fr)');
  });

  /**
   * The stand-in host reports every sample member's membership, so nobody lands in the queue
   * on their own: Siobhan's role is put where a host that sends no status would leave it.
   */
  async function waitingRoleOfUnknownMembership(): Promise<void> {
    const siobhan = await newPage('en-CA');
    await signIn(siobhan, SIOBHAN, '/profile/edit');
    await fillProfile(siobhan, { roles: ['mentee'], years: '6', place: 'Sudbury' });
    await save(siobhan);
    const db = running.host.plugin.mentormatch.database;
    const member = await db('mm_members').where({ surname: "O'Connor" }).first();
    const profile = await db('mm_profiles').where({ member_id: member.id }).first();
    await db('mm_profile_roles')
      .where({ profile_id: profile.id })
      .update({ status: 'pending', status_reason: 'membership_unknown' });
    await db('mm_members').where({ id: member.id }).update({ membership_status: null });
  }

  it('shows the deletion page, and its error when the box is left unticked', async () => {
    for (const [page, lang] of [[amira, 'en'], [elodie, 'fr']] as const) {
      await page.goto(plugin('/profile/delete'));
      await audit(page, `delete my data (${lang})`);
      await page.locator('form[action$="/profile/delete"] button[type="submit"]').click();
      await page.waitForLoadState();
      await expect(page.locator('.error-summary').count()).resolves.toBe(1);
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
