import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';

describe('a newcomer in Chromium', () => {
  let running: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  beforeEach(async () => {
    page = await (await browser.newContext()).newPage();
  });

  it('goes from the portal through single sign-on to the MentorMatch home', async () => {
    await page.goto(`${running.host.origin}/`);
    await page.getByRole('navigation', { name: 'Portal menu' }).getByRole('link', { name: 'MentorMatch' }).click();

    await page.getByRole('button', { name: /Amira Haddad/ }).click();

    await page.waitForURL(`${running.host.origin}/mentormatch/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Welcome, Amira Haddad');
    await expect(page.getByText('Membership status: active').count()).resolves.toBe(1);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
  });

  it('shows a lapsed member their membership status', async () => {
    await page.goto(`${running.host.origin}/mentormatch/`);
    await page.getByRole('button', { name: /Siobhan O'Connor/ }).click();

    await page.waitForURL(`${running.host.origin}/mentormatch/`);
    await expect(page.getByText('Membership status: not active (lapsed)').count()).resolves.toBe(1);
  });

  it('signs out by keyboard alone', async () => {
    await page.goto(`${running.host.origin}/mentormatch/`);
    await page.getByRole('button', { name: /Amira Haddad/ }).click();
    await page.waitForURL(`${running.host.origin}/mentormatch/`);

    await page.getByRole('button', { name: 'Sign out' }).focus();
    await page.keyboard.press('Enter');

    await page.waitForURL(/\/mentormatch\/auth\/signed-out$/);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('You are signed out');
  });
});
