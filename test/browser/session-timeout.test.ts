/**
 * The warning before the session ends (WCAG 2.2.1), in Chromium with the page's clock moved:
 * it comes two minutes before the idle end, one key press keeps the session going without
 * losing what was typed, activity in another tab counts, a session that is already gone is
 * said to be gone, and the absolute limit is announced though it cannot be extended.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';

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
      const signInAgain = page.getByRole('link', { name: 'Sign in again' });
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

    afterAll(async () => {
      await context?.close();
      await running?.close();
    });

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
  });
});
