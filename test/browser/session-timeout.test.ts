/**
 * The warning before the session ends (WCAG 2.2.1), in Chromium with the page's clock moved:
 * it comes two minutes before the idle end, one key press keeps the session going without
 * losing what was typed, activity in another tab counts, a session that is already gone is
 * said to be gone, and the absolute limit is announced though it cannot be extended.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import { fillProfile } from './steps';

const MINUTE = 60_000;

describe('the session time-out warning in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function signedInContext(running: RunningHost, path: string) {
    const context = await browser.newContext();
    await context.clock.install();
    const page = await context.newPage();
    await page.goto(`${running.host.origin}/mentormatch${path}`);
    await page.getByRole('button', { name: /Amira Haddad/ }).click();
    await page.waitForURL(`${running.host.origin}/mentormatch${path}`);
    return { context, page };
  }

  const warning = (page: Page) => page.getByRole('alertdialog');

  describe('with the default limits (60 idle minutes, 12 hours)', () => {
    let running: RunningHost;
    let context: BrowserContext;

    beforeAll(async () => {
      running = await startHostForBrowser();
    });

    afterAll(async () => {
      await running?.close();
    });

    afterEach(async () => {
      await context?.close();
    });

    it('warns two minutes before the idle end and keeps the session on one key press', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile/edit'));
      await page.getByLabel('Years of work experience').fill('7');

      // The page promises a minute less than the 60: the warning is due at 57 minutes.
      await page.clock.fastForward(56 * MINUTE);
      await expect(warning(page).isVisible()).resolves.toBe(false);
      await page.clock.fastForward(1 * MINUTE + 1_000);

      await warning(page).waitFor();
      await expect(warning(page).getAttribute('aria-labelledby')).resolves.toBeTruthy();
      await expect(
        page.getByRole('heading', { name: 'Are you still there?' }).count(),
      ).resolves.toBe(1);
      await expect(warning(page).textContent()).resolves.toMatch(/signed out at \d{1,2}:\d{2}/);
      const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
      expect(focused).toBe('Stay signed in');
      await expectNoAxeViolations(page, 'idle warning');

      const kept = page.waitForResponse((res) => res.url().endsWith('/session/keep-alive'));
      await page.keyboard.press('Enter');
      expect((await kept).status()).toBe(204);
      await warning(page).waitFor({ state: 'hidden' });
      await expect(page.getByLabel('Years of work experience').inputValue()).resolves.toBe('7');
      // Focus goes back where the member was typing (WCAG 2.4.3).
      const returned = await page.evaluate(() => document.activeElement?.id);
      expect(returned).toBe('field-years_experience');

      // The count starts again from the press: no warning until 57 minutes after it.
      await page.clock.fastForward(50 * MINUTE);
      await expect(warning(page).isVisible()).resolves.toBe(false);
      await page.clock.fastForward(8 * MINUTE);
      await warning(page).waitFor();
    });

    it('says so when the connection fails, and tries again on the next press', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile'));
      await page.clock.fastForward(57 * MINUTE + 1_000);
      await warning(page).waitFor();
      const failed = page.getByText('MentorMatch could not be reached to keep you signed in.', {
        exact: false,
      });

      await context.setOffline(true);
      await page.getByRole('button', { name: 'Stay signed in' }).click();
      await failed.waitFor();
      await expect(page.getByRole('alert').count()).resolves.toBe(1);
      await context.setOffline(false);
      await page.getByRole('button', { name: 'Stay signed in' }).click();

      await warning(page).waitFor({ state: 'hidden' });
    });

    it('counts a page opened in another tab as activity', async () => {
      let first: Page;
      ({ context, page: first } = await signedInContext(running, '/profile'));
      await first.clock.fastForward(40 * MINUTE);

      const second = await context.newPage();
      await second.goto(`${running.host.origin}/mentormatch/suggestions`);
      await first.clock.fastForward(20 * MINUTE);

      await expect(warning(first).isVisible()).resolves.toBe(false);
      await first.clock.fastForward(38 * MINUTE);
      await warning(first).waitFor();
    });

    it('says the session has ended when it is already gone, and lets the member copy first', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile/edit'));
      await page.getByLabel('Years of work experience').fill('12');
      // Signed out elsewhere (another tab, or the server's own idle clean-up).
      await context.clearCookies();
      await page.clock.fastForward(57 * MINUTE + 1_000);
      await warning(page).waitFor();

      await page.getByRole('button', { name: 'Stay signed in' }).click();

      await page.getByRole('heading', { name: 'Your session has ended' }).waitFor();
      const focused = await page.evaluate(() => document.activeElement?.id);
      expect(focused).toBe('session-timeout-title');
      const signInAgain = page.getByRole('link', { name: 'Sign in again here' });
      await expect(signInAgain.getAttribute('href')).resolves.toBe('/mentormatch/profile/edit');
      await expectNoAxeViolations(page, 'session ended');

      await page.keyboard.press('Escape');
      await warning(page).waitFor({ state: 'hidden' });
      await expect(page.getByLabel('Years of work experience').inputValue()).resolves.toBe('12');
      await page.clock.fastForward(10 * MINUTE);
      await expect(warning(page).isVisible()).resolves.toBe(false);
    });

    it('speaks French on a French page', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/'));
      await page.getByRole('button', { name: 'Français' }).click();
      await page.waitForURL(/\/mentormatch\/$/);
      await page.clock.fastForward(57 * MINUTE + 1_000);

      await page.getByRole('heading', { name: 'Êtes-vous toujours là?' }).waitFor();
      await expect(warning(page).textContent()).resolves.toMatch(/prendra fin à \d{1,2} h \d{2}/);
      await expectNoAxeViolations(page, 'idle warning in French');
    });
  });

  describe('when the absolute limit comes before the idle one', () => {
    let running: RunningHost;
    let context: BrowserContext;

    beforeAll(async () => {
      running = await startHostForBrowser({
        session: { idleTimeoutMinutes: 120, absoluteTimeoutHours: 1 },
      });
    });

    afterEach(async () => {
      await context?.close();
    });

    afterAll(async () => {
      await running?.close();
    });

    /** Follows the warning's link to sign in again in a new tab, as `who`; resolves that tab. */
    async function signInInNewTab(page: Page, who: RegExp): Promise<Page> {
      const opened = context.waitForEvent('page');
      await page.getByRole('link', { name: 'Sign in again in a new tab' }).click();
      const tab = await opened;
      await tab.getByRole('button', { name: who }).click();
      await tab.waitForURL(`${running.host.origin}/mentormatch/session/renewed`);
      return tab;
    }

    it('says when the session ends, offers no extension, and closes on request', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile'));
      await page.clock.fastForward(58 * MINUTE + 1_000);

      await page.getByRole('heading', { name: 'Your session ends soon' }).waitFor();
      await expect(page.getByRole('button', { name: 'Stay signed in' }).count()).resolves.toBe(0);
      await expectNoAxeViolations(page, 'absolute warning');

      await page.getByRole('button', { name: 'Close' }).click();
      await warning(page).waitFor({ state: 'hidden' });
      await page.clock.fastForward(2 * MINUTE);
      await page.getByRole('heading', { name: 'Your session has ended' }).waitFor();
    });

    it('goes on after a sign-in in a new tab, and the page keeps and saves what it holds', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile/edit'));
      await fillProfile(page, { roles: ['mentor'], years: '11', place: 'Toronto' });
      const token = page.locator('form.profile-form input[name="_csrf"]');
      const before = await token.inputValue();
      await page.clock.fastForward(58 * MINUTE + 1_000);
      await warning(page).waitFor();

      const tab = await signInInNewTab(page, /Amira Haddad/);

      await expect(tab.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
        'You are signed in again',
      );
      await expectNoAxeViolations(tab, 'signed in again');
      await warning(page).waitFor({ state: 'hidden' });
      // The old session's token would be refused now: the page holds the new session's.
      await expect(token.inputValue()).resolves.not.toBe(before);
      await page.clock.fastForward(10 * MINUTE);
      await expect(warning(page).isVisible()).resolves.toBe(false);
      await page.locator('form.profile-form button[type="submit"]').click();
      await page.waitForURL(/\/profile\?saved=1$/);
    });

    it('gives the page no token of another member who signs in in the new tab', async () => {
      let page: Page;
      ({ context, page } = await signedInContext(running, '/profile/edit'));
      const token = page.locator('form.profile-form input[name="_csrf"]');
      const before = await token.inputValue();
      await page.clock.fastForward(58 * MINUTE + 1_000);
      await warning(page).waitFor();

      const tab = await signInInNewTab(page, /Élodie Tremblay/);
      // The new tab has shared its later end; give this page the time to ask and refuse.
      await tab.reload();
      await page.waitForTimeout(1_000);

      await expect(warning(page).isVisible()).resolves.toBe(true);
      await expect(token.inputValue()).resolves.toBe(before);
    });
  });
});
