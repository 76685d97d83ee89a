import type { Browser, Page } from 'playwright-core';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';

describe('the profile form in Chromium', () => {
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

  async function signInTo(path: string, who: RegExp) {
    await page.goto(`${running.host.origin}/mentormatch${path}`);
    await page.getByRole('button', { name: who }).click();
    await page.waitForURL(`${running.host.origin}/mentormatch${path}`);
  }

  it('fills the form, makes a mistake, corrects it and sees both roles approved', async () => {
    // Script errors and anything the content security policy refused; a 422 is the form's.
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/.test(message.text())) errors.push(message.text());
    });
    await signInTo('/profile/edit', /Amira Haddad/);

    await page.getByLabel('Mentor', { exact: true }).check();
    await page.getByLabel('Mentee', { exact: true }).check();
    await page.getByLabel('Professional focus').selectOption('public');
    await page.getByLabel('Years of work experience').fill('10');
    await page.getByLabel('Town or city in Ontario').pressSequentially('sault ste');
    await page.getByRole('option', { name: 'Sault Ste. Marie (Algoma)' }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByLabel('Email', { exact: true }).fill('amira at work');
    await page.getByRole('button', { name: 'Save my profile' }).click();

    const summary = page.getByRole('alert');
    const email = page.getByLabel('Email', { exact: true });
    const place = page.getByLabel('Town or city in Ontario');
    await expect(summary.textContent()).resolves.toContain('Enter an email address like');
    await expect(place.inputValue()).resolves.toBe('Sault Ste. Marie');
    await expect(email.getAttribute('aria-invalid')).resolves.toBe('true');

    await summary.getByRole('link').click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('amira.work@example.org');
    await page.getByRole('button', { name: 'Save my profile' }).click();

    await page.waitForURL(/\/mentormatch\/profile\?saved=1$/);
    const roles = page.locator('.role-list');
    await expect(roles.textContent()).resolves.toMatch(/Mentor:\s*approved/);
    await expect(roles.textContent()).resolves.toMatch(/Mentee:\s*approved/);
    await expect(page.getByText('Sault Ste. Marie (Algoma)').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
  });

  it('chooses a place suggestion on release, and not when the press is dragged away', async () => {
    await signInTo('/profile/edit', /Amira Haddad/);
    const place = page.getByLabel('Town or city in Ontario');
    await place.fill('');
    await place.pressSequentially('sault ste');
    const option = page.getByRole('option', { name: 'Sault Ste. Marie (Algoma)' });
    await option.scrollIntoViewIfNeeded();
    const box = await option.boundingBox();
    if (!box) throw new Error('the suggestion is not on screen');

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    const afterPress = await place.inputValue();
    await page.mouse.move(box.x + box.width + 300, box.y + box.height / 2);
    await page.mouse.up();
    const afterDragAway = await place.inputValue();
    const stillOffered = await option.isVisible();
    await option.click();

    expect(afterPress).toBe('sault ste');
    expect(afterDragAway).toBe('sault ste');
    expect(stillOffered).toBe(true);
    await expect(place.inputValue()).resolves.toBe('Sault Ste. Marie');
    await expect(page.locator('input[data-place-id]').inputValue()).resolves.not.toBe('');
    await expect(place.evaluate((input) => input === document.activeElement)).resolves.toBe(true);
  });

  it('withdraws the mentor role as soon as fewer than three years are typed', async () => {
    await signInTo('/profile/edit', /Amira Haddad/);
    const mentor = page.getByLabel('Mentor', { exact: true });
    await mentor.check();

    await page.getByLabel('Years of work experience').fill('1');

    await expect(mentor.isVisible()).resolves.toBe(false);
    await expect(mentor.isDisabled()).resolves.toBe(true);
    await expect(page.getByText('Mentoring is open to members with 3 or more years').isVisible())
      .resolves.toBe(true);
    // Shown inside a live region that was already on the page, so a screen reader reads it.
    const status = page.getByRole('status').filter({ hasText: 'Mentoring is open to members' });
    await expect(status.count()).resolves.toBe(1);
  });
});
