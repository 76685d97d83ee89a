import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoAxeViolations } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import { joinProgram, pluginUrl, signIn } from './steps';

/**
 * A program administrator's round in Chromium, on the stand-alone host `npm start` runs: two
 * members fill in their profiles, then Daniel Whitebird (the host's sample administrator)
 * changes a matching weight, prepares the whole-cohort proposal, reviews it and publishes it.
 * The steps build on one another, so the tests run in order on one host.
 */
jest.setTimeout(120_000);

describe('an administrator in Chromium', () => {
  let running: RunningHost;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let daniel: Page;

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await running?.close();
  });

  const plugin = (path: string) => pluginUrl(running, path);

  async function signedIn(who: RegExp, path: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-CA' });
    contexts.push(context);
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signIn(running, page, who, path);
    return page;
  }

  it('has a mentor and a mentee in the pool', async () => {
    const amira = await signedIn(/Amira Haddad/, '/profile/edit');
    await joinProgram(running, amira, { roles: ['mentor'], years: '10', place: 'Toronto' });
    const elodie = await signedIn(/Élodie Tremblay/, '/profile/edit');
    await joinProgram(running, elodie, { roles: ['mentee'], years: '1', place: 'Guelph' });

    const roles = await running.host.plugin.mentormatch.database('mm_profile_roles');
    expect(roles.map((role) => role.status)).toEqual(['approved', 'approved']);
  });

  it('changes a matching weight in the program settings', async () => {
    daniel = await signedIn(/Daniel Whitebird/, '/admin');
    await daniel.getByRole('link', { name: 'Program settings' }).click();
    await daniel.getByRole('link', { name: 'Matching settings' }).click();

    await daniel.getByLabel('Weight of location').fill('40');
    await daniel.getByRole('button', { name: 'Save' }).click();

    await expect(daniel.getByRole('status').textContent()).resolves.toBe(
      'Your changes are saved and recorded in the audit log.',
    );
    await expect(daniel.getByLabel('Weight of location').inputValue()).resolves.toBe('40');
    const audit = await running.host.plugin.mentormatch.database('mm_audit_log');
    expect(audit.map((entry) => entry.action)).toContain('settings.matching');
  });

  it('finds the mentee among the participants and sees why nobody is excluded', async () => {
    await daniel.goto(plugin('/admin'));
    await daniel.getByRole('link', { name: 'Participants' }).click();
    await daniel.getByLabel('Name or email').fill('tremblay');
    await daniel.getByRole('button', { name: 'Search' }).click();
    await daniel.getByRole('link', { name: 'Élodie Tremblay' }).click();

    await expect(daniel.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Élodie Tremblay',
    );
    await expectNoAxeViolations(daniel, 'a participant’s record');
    await daniel.getByRole('link', { name: 'Why candidates are excluded' }).click();
    await expect(daniel.getByText('Candidates: 1. Allowed: 1.').count()).resolves.toBe(1);
  });

  it('reviews the whole-cohort proposal and publishes it', async () => {
    await daniel.goto(plugin('/admin'));
    await daniel.getByRole('link', { name: 'Matching proposal' }).click();
    await daniel.getByRole('button', { name: 'Prepare a new proposal' }).click();

    const pair = daniel.getByRole('heading', { name: 'Amira Haddad mentoring Élodie Tremblay' });
    await expect(pair.count()).resolves.toBe(1);
    await expect(daniel.getByRole('table', { name: /How the scores/ }).count()).resolves.toBe(1);
    await expectNoAxeViolations(daniel, 'the proposal under review');

    await daniel.getByRole('link', { name: /^Publish 1 pairs/ }).focus();
    await daniel.keyboard.press('Enter');
    await daniel.waitForURL(/\/publish$/);
    const facts = await daniel.locator('main dl').textContent();
    await expectNoAxeViolations(daniel, 'the publication to confirm');
    await daniel.getByRole('button', { name: 'Yes, publish' }).focus();
    await daniel.keyboard.press('Enter');

    await daniel.waitForURL(/notice=published/);
    expect(facts).toMatch(/Partnership requests to send\s*1\s*Members who will be emailed\s*2/);
    await expect(daniel.getByRole('status').textContent()).resolves.toBe(
      'Published: 1 partnership requests sent; 0 pairs left out.',
    );
    const db = running.host.plugin.mentormatch.database;
    const requests = await db('mm_partnership_requests');
    expect(requests).toHaveLength(1);
    expect(requests[0].status).toBe('pending');
    expect(requests[0].proposed_by_member_id).not.toBeNull();
  });

  it('sees the reports of the program', async () => {
    await daniel.goto(plugin('/admin'));
    await daniel.getByRole('link', { name: 'Reports' }).click();

    const heading = daniel.getByRole('heading', { name: 'Reports', level: 1 });
    await expect(heading.count()).resolves.toBe(1);
    await expectNoAxeViolations(daniel, 'the reports');
  });
});
