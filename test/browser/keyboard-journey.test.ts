import type { Browser, Locator, Page } from 'playwright-core';
import { translate } from '../../src/i18n/catalogue';
import {
  expectVisibleFocus,
  focusState,
  pressOn,
  tabTo,
  typeInto as typeIntoField,
} from '../support/accessibility';
import { launchBrowser, startHostForBrowser, type RunningHost } from '../support/browser';
import { joinProgram, pluginUrl, signAgreement, signIn } from './steps';

/**
 * The mentee's whole journey by keyboard alone, in French: Élodie never clicks. She moves
 * with Tab and Shift+Tab, acts with Enter and Space, and types; at every stop of the focus
 * the test checks that the focus ring shows and stands out from the page (WCAG 2.1.1, 2.4.7
 * and 1.4.11). Her mentor, Amira, uses the mouse. The steps build on one another, so the
 * tests run in order on one host.
 */
jest.setTimeout(120_000);

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

describe('a mentee through the whole journey by keyboard alone, the focus always visible', () => {
  let running: RunningHost;
  let browser: Browser;
  let elodie: Page;
  let amira: Page;
  let requestUrl: string;
  const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
  const plugin = (path: string) => pluginUrl(running, path);
  const db = () => running.host.plugin.mentormatch.database;

  const press = (target: Locator, key?: string, backwards?: boolean) =>
    pressOn(elodie, target, key, backwards);
  const typeInto = (target: Locator, text: string) => typeIntoField(elodie, target, text);

  /** Follows a link of the site's menu, as every page starts with it. */
  async function menu(key: string): Promise<void> {
    const nav = elodie.getByRole('navigation', { name: t('layout.nav_label'), exact: true });
    await press(nav.getByRole('link', { name: t(key), exact: true }));
    await elodie.waitForLoadState();
  }

  const button = (key: string, params?: Record<string, string>) =>
    elodie.getByRole('button', { name: t(key, params), exact: true });

  beforeAll(async () => {
    running = await startHostForBrowser();
    browser = await launchBrowser();
    const context = await browser.newContext({ locale: 'fr-CA', acceptDownloads: true });
    elodie = await context.newPage();
    elodie.setDefaultTimeout(10_000);
    amira = await (await browser.newContext({ locale: 'en-CA' })).newPage();
    await signIn(running, amira, /Amira Haddad/, '/profile/edit');
    await joinProgram(running, amira, { roles: ['mentor'], years: '10', place: 'Toronto' });
  });

  afterAll(async () => {
    await browser?.close();
    await running?.close();
  });

  it('notices a stop where the focus does not show, and a control Tab never reaches', async () => {
    const page = await (await browser.newContext()).newPage();
    const content = (buttons: string) =>
      page.setContent(
        '<!DOCTYPE html><html lang="en"><head><title>Focus</title><style>' +
          ':focus-visible { outline: 3px solid #000 } #hidden:focus-visible { outline: none }' +
          `</style></head><body><main><h1>Focus</h1>${buttons}</main></body></html>`,
      );

    await content('<button>Shown</button><button tabindex="-1" id="skipped">Skipped</button>');
    const skipped = await tabTo(page, page.locator('#skipped'), { maxPresses: 4 }).catch(
      (err: Error) => err.message,
    );
    await content('<button>Shown</button><button id="hidden">Hidden</button>');
    await tabTo(page, page.getByRole('button', { name: 'Shown' }));
    const hidden = await tabTo(page, page.getByRole('button', { name: 'Hidden' })).catch(
      (err: Error) => err.message,
    );

    expect(skipped).toMatch(/^4 presses of Tab never reached .*#skipped.*went through button/);
    expect(hidden).toMatch(/^the focus on button#hidden “Hidden” .* is not visible enough/);
    await page.context().close();
  });

  it('signs in from the portal', async () => {
    await elodie.goto(`${running.host.origin}/`);

    const portalMenu = elodie.getByRole('navigation', { name: 'Portal menu' });
    await press(portalMenu.getByRole('link', { name: 'MentorMatch' }));
    await press(elodie.getByRole('button', { name: /Élodie Tremblay/ }));

    await elodie.waitForURL(plugin('/'));
    await expect(elodie.locator('html').getAttribute('lang')).resolves.toBe('fr');
  });

  it('fills the profile, visiting every field of the form in order', async () => {
    await menu('layout.nav.profile');
    await press(elodie.getByRole('link', { name: t('profile.show.create') }));
    await elodie.waitForURL(plugin('/profile/edit'));

    await elodie.keyboard.press('Tab');
    await expect(expectVisibleFocus(elodie)).resolves.toMatchObject({ className: 'skip-link' });
    await elodie.keyboard.press('Enter');
    await expect(focusState(elodie)).resolves.toMatchObject({ id: 'main' });
    const visited = await tabThroughProfileForm();

    expect(visited).toEqual(
      expect.arrayContaining([
        'field-roles-mentor',
        'field-roles-mentee',
        'field-focus',
        'field-years_experience',
        'field-place_query',
        'field-institution',
        'field-other_information',
        'field-contact_email',
        'field-contact_phone',
      ]),
    );
    await elodie.waitForURL(/\/profile\?saved=1$/);
    const roles = elodie.locator('.role-list').textContent();
    await expect(roles).resolves.toContain(t('profile.status.approved'));
  });

  /**
   * Tabs from the top of the form to its button, answering each field as a member would with
   * keys only, the focus visible at every stop. Enter on the button sends the form. Returns
   * the ids of the fields visited.
   */
  async function tabThroughProfileForm(): Promise<string[]> {
    const visited: string[] = [];
    for (let stop = 0; stop < 80; stop += 1) {
      await elodie.keyboard.press('Tab');
      const state = await expectVisibleFocus(elodie);
      visited.push(state.id);
      if (state.tag === 'BUTTON' && state.type === 'submit' && visited.includes('field-focus')) {
        await elodie.keyboard.press('Enter');
        return visited;
      }
      await answerByKeyboard(state.id);
    }
    throw new Error(`never reached the form's button; visited ${visited.join(', ')}`);
  }

  async function answerByKeyboard(id: string): Promise<void> {
    const keyboard = elodie.keyboard;
    if (id === 'field-roles-mentee') await keyboard.press('Space');
    if (id === 'field-focus') await keyboard.type(t('profile.focus.public'));
    if (id === 'field-years_experience') await keyboard.type('1');
    if (id === 'field-place_query') {
      await keyboard.type('Guelph');
      await elodie.locator('#place-options [role="option"]').first().waitFor();
      await keyboard.press('ArrowDown');
      await keyboard.press('Enter');
    }
  }

  it('finds Amira among the suggestions and asks her, with a message', async () => {
    await suggestionsComputed();
    await menu('layout.nav.suggestions');

    // The link's name ends with the member's name, hidden from sight but read out.
    const ask = new RegExp(`^${t('suggestions.request')}.*Amira Haddad$`);
    await press(elodie.getByRole('link', { name: ask }));
    await elodie.waitForURL(/\/partnerships\/requests\/new\?/);
    await typeInto(elodie.getByLabel(t('partnerships.new_request.message')), 'Bonjour Amira !');
    await press(button('partnerships.new_request.submit'));

    await elodie.waitForURL(/\/partnerships\/requests\/\d+\?notice=requested$/);
    requestUrl = elodie.url().replace(/\?.*$/, '');
    const request = await db()('mm_partnership_requests').first();
    expect({ status: request.status, message: request.message }).toEqual({
      status: 'pending',
      message: 'Bonjour Amira !',
    });
  });

  /** Matching runs as a background job; the list is opened once it has run. */
  async function suggestionsComputed(): Promise<void> {
    for (let attempt = 0; attempt < 75; attempt += 1) {
      const row = await db()('mm_suggestions').count({ n: '*' }).first();
      if (Number(row?.n ?? 0) > 0) return;
      await elodie.waitForTimeout(200);
    }
    throw new Error('the matching job never suggested anybody');
  }

  it('signs the agreement once Amira has accepted and signed it', async () => {
    await amira.goto(requestUrl);
    await amira.locator('form[action$="/accept"] button').click();
    await amira.waitForURL(/\/partnerships\/\d+\?notice=accepted$/);
    await signAgreement(amira, 'Amira Haddad');

    await menu('layout.nav.partnerships');
    const toSign = elodie.getByRole('region', { name: t('partnerships.index.agreements') });
    await press(toSign.getByRole('link', { name: 'Amira Haddad', exact: true }));
    await elodie.waitForURL(/\/partnerships\/\d+$/);
    await typeInto(elodie.getByLabel(t('partnerships.sign.name_label')), 'Élodie Tremblay');
    await press(elodie.locator('#confirm'), 'Space');
    await press(button('partnerships.sign.submit'));

    await elodie.waitForURL(/#agreement$/);
    await expect(
      elodie.getByText('amira.haddad@torontopubliclibrary.example').count(),
    ).resolves.toBeGreaterThan(0);
  });

  it('records how they will meet', async () => {
    // The meeting section comes before the agreement, where the page came back to.
    const video = elodie.getByLabel(t('partnerships.meeting.mode.video'), { exact: true });
    await press(video, 'Space', true);
    await tabTo(elodie, elodie.getByLabel(t('partnerships.meeting.frequency_label')));
    await elodie.keyboard.type(t('partnerships.meeting.frequency.monthly'));
    await press(button('partnerships.meeting.save'));

    await elodie.waitForURL(/#meetings$/);
    const partnership = await db()('mm_partnerships').first();
    expect([partnership.meeting_modes, partnership.meeting_frequency]).toEqual([
      'video',
      'monthly',
    ]);
  });

  it('shares a document chosen by keyboard, then downloads it', async () => {
    const chooser = elodie.waitForEvent('filechooser');
    await press(elodie.getByLabel(t('partnerships.documents.upload_label')), 'Space');
    await (await chooser).setFiles({ name: 'plan.pdf', mimeType: 'application/pdf', buffer: PDF });
    await press(button('partnerships.documents.upload'));
    await elodie.waitForURL(/#documents$/);

    const download = elodie.waitForEvent('download');
    await press(elodie.getByRole('link', { name: 'plan.pdf', exact: true }));
    const file = await download;
    expect(file.suggestedFilename()).toBe('plan.pdf');
  });

  it('deletes the document once she has confirmed it', async () => {
    const name = t('partnerships.documents.delete', { name: 'plan.pdf' });
    await press(elodie.getByRole('link', { name, exact: true }));
    await elodie.waitForURL(/\/documents\/\d+\/delete$/);
    await press(button('partnerships.delete_confirm.submit'));

    await elodie.waitForURL(/\?notice=document_deleted#documents$/);
    await expect(elodie.getByRole('status').textContent()).resolves.toBe(
      t('partnerships.notice.document_deleted'),
    );
    await expect(elodie.getByRole('link', { name: 'plan.pdf' }).count()).resolves.toBe(0);
  });

  it('ends the partnership with a reason, once she has confirmed it', async () => {
    // The page comes back to the documents; the way to end comes after them.
    await press(elodie.getByRole('link', { name: t('partnerships.end.start'), exact: true }));
    await elodie.waitForURL(/\/partnerships\/\d+\/end$/);
    await typeInto(elodie.getByLabel(t('partnerships.end.reason_label')), 'Je change de poste.');
    await press(button('partnerships.end_confirm.submit'));

    await elodie.waitForURL(/\/partnerships\/\d+\?notice=ended$/);
    await expect(elodie.getByRole('status').textContent()).resolves.toBe(
      t('partnerships.notice.ended'),
    );
    const partnership = await db()('mm_partnerships').first();
    expect(partnership.status).toBe('ended');
    await expect(
      elodie.getByText('amira.haddad@torontopubliclibrary.example').count(),
    ).resolves.toBe(0);
  });
});
