/**
 * Steps the browser suites share, taken with the mouse as most members take them: signing in
 * through the stand-in host's identity provider, filling the profile form, waiting for the
 * matching job, switching language and signing the agreement.
 */
import type { Page } from 'playwright-core';
import type { RunningHost } from '../support/browser';

/** The address of a page of the plugin as the stand-in host mounts it. */
export function pluginUrl(running: RunningHost, path: string): string {
  return `${running.host.origin}/mentormatch${path}`;
}

/** Opens `path` signed out, picks the member on the identity provider, and lands on `path`. */
export async function signIn(
  running: RunningHost,
  page: Page,
  who: RegExp,
  path = '/',
): Promise<void> {
  await page.goto(pluginUrl(running, path));
  await page.getByRole('button', { name: who }).click();
  await page.waitForURL(pluginUrl(running, path));
}

export interface ProfileInput {
  roles: string[];
  years: string;
  place: string;
}

/** Answers the profile form (on the page already) without sending it. */
export async function fillProfile(page: Page, profile: ProfileInput): Promise<void> {
  // Years first: the form's script offers the mentor role only from three years up.
  await page.locator('#field-years_experience').fill(profile.years);
  for (const role of profile.roles) await page.locator(`#field-roles-${role}`).check();
  await page.locator('#field-focus').selectOption('public');
  await page.locator('#field-place_query').fill(profile.place);
  await page.locator('#field-place_query').press('Escape');
}

export async function saveProfile(page: Page): Promise<void> {
  await page.locator('form.profile-form button[type="submit"]').click();
  await page.waitForLoadState();
}

/** Opens the profile form, answers it and saves it, landing on the saved profile. */
export async function joinProgram(
  running: RunningHost,
  page: Page,
  profile: ProfileInput,
): Promise<void> {
  await page.goto(pluginUrl(running, '/profile/edit'));
  await fillProfile(page, profile);
  await saveProfile(page);
  await page.waitForURL(/\/profile\?saved=1$/);
}

/**
 * Matching runs as a background job after approval; the list fills once it has. The wait
 * allows for a machine busy with the rest of the suite; the failure says what the page showed
 * instead, to tell a slow job from a list that stayed empty.
 */
export async function waitForSuggestions(running: RunningHost, page: Page): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline) {
    await page.goto(pluginUrl(running, '/suggestions'));
    if ((await page.locator('.suggestion').count()) > 0) return;
    await page.waitForTimeout(200);
  }
  const shown = await page.locator('main').textContent();
  throw new Error(`no suggestion appeared; the page says: ${shown?.replace(/\s+/g, ' ').trim()}`);
}

/** Switches the member's language with the buttons in the page footer. */
export async function chooseLanguage(page: Page, lang: 'en' | 'fr'): Promise<void> {
  await page.locator(`footer button[lang="${lang}"]`).click();
  await page.waitForLoadState();
  if ((await page.locator('html').getAttribute('lang')) !== lang) {
    throw new Error(`the page at ${page.url()} is not in ${lang} after choosing it`);
  }
}

/** Signs the agreement on the partnership page, as the member named. */
export async function signAgreement(page: Page, name: string): Promise<void> {
  await page.locator('#fullName').fill(name);
  await page.locator('#confirm').check();
  await page.locator('form[action$="/sign"] button[type="submit"]').click();
  await page.waitForLoadState();
}

/**
 * The stand-in host reports every sample member's membership, so nobody's role waits for an
 * administrator on its own: the member's roles are put where a host that sends no membership
 * status would leave them.
 */
export async function holdRolesForApproval(running: RunningHost, surname: string) {
  const db = running.host.plugin.mentormatch.database;
  const member = await db('mm_members').where({ surname }).first();
  const profile = await db('mm_profiles').where({ member_id: member.id }).first();
  await db('mm_profile_roles')
    .where({ profile_id: profile.id })
    .update({ status: 'pending', status_reason: 'membership_unknown' });
  await db('mm_members').where({ id: member.id }).update({ membership_status: null });
}

/** The member's id in the plugin, for a link a page would show them (a profile, a pair). */
export async function memberId(running: RunningHost, surname: string): Promise<number> {
  const db = running.host.plugin.mentormatch.database;
  return (await db('mm_members').where({ surname }).first()).id;
}

/**
 * Clicks a form's button and waits for the page the answer leads to, through any redirect.
 * Resolves the status of the form's own answer: 303 when it was taken, 409 or 422 when not.
 */
export async function submit(page: Page, button: string): Promise<number> {
  const answered = page.waitForResponse(
    (res) => res.request().isNavigationRequest() && res.request().method() === 'POST',
  );
  const loaded = page.waitForEvent('load');
  await page.locator(button).click();
  const [response] = await Promise.all([answered, loaded]);
  return response.status();
}

/**
 * Follows the link to a step that cannot be undone (withdrawing a request, deleting a
 * document, ending a partnership early) and lands on the page that asks to confirm it.
 */
export async function openConfirmation(page: Page, link: string): Promise<void> {
  await page.locator(`main a[href$="${link}"]`).click();
  await page.waitForLoadState();
  if ((await page.locator('main form[method="post"] button.danger').count()) !== 1) {
    throw new Error(`${page.url()} does not ask to confirm "${link}"`);
  }
}

/** Answers "Yes, ..." on a confirmation page; resolves the status of the form's answer. */
export async function confirm(page: Page): Promise<number> {
  return submit(page, 'main form[method="post"] button.danger');
}

/** The message a page shows after a step was taken, read to screen readers (role=status). */
export async function noticeText(page: Page): Promise<string> {
  const notice = page.locator('main [role="status"].notice');
  if ((await notice.count()) !== 1) throw new Error(`${page.url()} shows no notice`);
  return (await notice.textContent())?.trim() ?? '';
}

/** Adds a program on the administration's programs page, as the host's administrator. */
export async function addProgram(
  running: RunningHost,
  page: Page,
  program: { slug: string; name: string },
): Promise<void> {
  await page.goto(pluginUrl(running, '/admin/programs'));
  await page.locator('#field-slug').fill(program.slug);
  await page.locator('#field-name').fill(program.name);
  await page.locator('#field-program_contact_email').fill(`${program.slug}@accessola.example`);
  await page.locator('#field-support_contact_email').fill(`${program.slug}@accessola.example`);
  await page.locator('main form[action$="/admin/programs"] button[type="submit"]').click();
  await page.waitForURL(/\/admin\/programs\?notice=created$/);
}

/**
 * The stand-in host cannot let the weeks pass before a request expires: its deadline and its
 * expiry job are moved to now, and the plugin's job queue expires it as it would have, with
 * its emails. Resolves once the job has run.
 */
export async function expireRequest(running: RunningHost, requestId: number): Promise<void> {
  const db = running.host.plugin.mentormatch.database;
  const past = Date.now() - 1000;
  await db('mm_partnership_requests').where({ id: requestId }).update({ expires_at: past });
  await db('mm_jobs')
    .where({ dedupe_key: `partnerships.request-expiry:${requestId}` })
    .update({ run_at: past });

  for (let attempt = 0; attempt < 50; attempt += 1) {
    const request = await db('mm_partnership_requests').where({ id: requestId }).first();
    if (request.status === 'expired') return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`request ${requestId} did not expire`);
}
