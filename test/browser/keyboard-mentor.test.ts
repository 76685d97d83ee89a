import type { Browser, Locator, Page } from 'playwright-core';
import { translate } from '../../src/i18n/catalogue';
import { pressOn, typeInto as typeIntoField } from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import { joinProgram, pluginUrl, signAgreement, signIn, waitForSuggestions } from './steps';

/**
 * The mentor's side by keyboard alone, in English: Daniel answers two requests (declines
 * Amira's with a reason, after its confirmation; accepts Élodie's), signs the agreement and
 * confirms the first contact, with Tab, Shift+Tab, Enter, Space and typing only. `tabTo`
 * checks at every stop that the focus ring shows and stands out (WCAG 2.1.1, 2.4.7, 1.4.11).
 * The two mentees use the mouse. The steps build on one another, so the tests run in order.
 */
jest.setTimeout(120_000);

describe('a mentor answering, signing and making first contact by keyboard alone', () => {
  let running: RunningHost;
  let browser: Browser;
  let daniel: Page;
  let elodie: Page;
  let amira: Page;
  const t = (key: string, params?: Record<string, string | number>) => translate('en', key, params);
  const plugin = (path: string) => pluginUrl(running, path);
  const db = () => running.host.plugin.mentormatch.database;

  const press = (target: Locator, key?: string) => pressOn(daniel, target, key);
  const typeInto = (target: Locator, text: string) => typeIntoField(daniel, target, text);

  const button = (key: string) => daniel.getByRole('button', { name: t(key), exact: true });

  /** Opens a request Daniel received from the partnerships page, by its sender's name. */
  async function openReceivedRequest(from: string): Promise<void> {
    const nav = daniel.getByRole('navigation', { name: t('layout.nav_label'), exact: true });
    await press(nav.getByRole('link', { name: t('layout.nav.partnerships'), exact: true }));
    await daniel.waitForURL(plugin('/partnerships'));
    const received = daniel.getByRole('region', { name: t('partnerships.index.received') });
    await press(received.getByRole('link', { name: from, exact: true }));
    await daniel.waitForURL(/\/partnerships\/requests\/\d+$/);
  }

  /** A mentee (with the mouse) asks the one mentor suggested, Daniel. */
  async function askDaniel(page: Page, message: string): Promise<void> {
    await waitForSuggestions(running, page);
    await page.locator('.suggestion .actions a.button').first().click();
    await page.waitForLoadState();
    await page.locator('#message').fill(message);
    await page.locator('form[action$="/partnerships/requests"] button[type="submit"]').click();
    await page.waitForURL(/\/partnerships\/requests\/\d+\?notice=requested$/);
  }

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
    const newPage = async (locale: string) => (await browser.newContext({ locale })).newPage();
    daniel = await newPage('en-CA');
    daniel.setDefaultTimeout(10_000);
    elodie = await newPage('fr-CA');
    amira = await newPage('en-CA');

    await signIn(running, daniel, /Daniel Whitebird/, '/profile/edit');
    await joinProgram(running, daniel, { roles: ['mentor'], years: '15', place: 'Ottawa' });
    // Amira, ten years in, asks for a mentor of her own.
    for (const [page, who, years, place] of [
      [elodie, /Élodie Tremblay/, '1', 'Guelph'],
      [amira, /Amira Haddad/, '10', 'Toronto'],
    ] as const) {
      await signIn(running, page, who, '/profile/edit');
      await joinProgram(running, page, { roles: ['mentee'], years, place });
      await askDaniel(page, 'Hello Daniel!');
    }
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('declines a request with a reason, on the confirmation page', async () => {
    await openReceivedRequest('Amira Haddad');

    await press(daniel.getByRole('link', { name: t('partnerships.request.decline') }));
    await daniel.waitForURL(/\/decline$/);
    await typeInto(daniel.getByLabel(t('partnerships.request.reason')), 'My place is taken.');
    await press(button('partnerships.decline_confirm.submit'));

    await daniel.waitForURL(/\?notice=declined$/);
    await expect(daniel.getByRole('status').textContent()).resolves.toBe(
      t('partnerships.notice.declined'),
    );
    const declined = await db()('mm_partnership_requests').where({ status: 'declined' });
    expect(declined.map((row) => row.decline_reason)).toEqual(['My place is taken.']);
  });

  it('accepts the other request and signs the agreement', async () => {
    await openReceivedRequest('Élodie Tremblay');

    await press(button('partnerships.request.accept'));
    await daniel.waitForURL(/\/partnerships\/\d+\?notice=accepted$/);
    await typeInto(daniel.getByLabel(t('partnerships.sign.name_label')), 'Daniel Whitebird');
    await press(daniel.locator('#confirm'), 'Space');
    await press(button('partnerships.sign.submit'));

    await daniel.waitForURL(/#agreement$/);
    const signatures = await db()('mm_agreement_signatures');
    expect(signatures.map((row) => row.typed_name)).toEqual(['Daniel Whitebird']);
  });

  it('confirms the first contact once both have signed', async () => {
    const partnership = await db()('mm_partnerships').first();
    await elodie.goto(plugin(`/partnerships/${partnership.id}`));
    await signAgreement(elodie, 'Élodie Tremblay');
    await daniel.goto(plugin(`/partnerships/${partnership.id}`));

    await press(button('partnerships.first_contact.confirm'));

    await daniel.waitForURL(/notice=first_contact/);
    await expect(daniel.getByRole('status').textContent()).resolves.toBe(
      t('partnerships.notice.first_contact'),
    );
    const after = await db()('mm_partnerships').where({ id: partnership.id }).first();
    expect(after.first_contact_at).not.toBeNull();
  });
});
