/**
 * Accessibility checks with axe-core in the page under test: the WCAG 2.0 and 2.1 rules of
 * levels A and AA, which is what Ontario's AODA asks of the association's web content.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';

export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

/** One readable paragraph per violated rule: what, how bad, where, and how to fix it. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const targets = violation.nodes.map((node) => `    ${node.target.map(String).join(' ')}`);
      return [
        `  ${violation.id} (${violation.impact ?? 'unknown impact'}): ${violation.help}`,
        ...targets,
        `    see ${violation.helpUrl}`,
      ].join('\n');
    })
    .join('\n');
}

/**
 * Rules axe keeps off by default as experimental, switched on for what they check: a control
 * whose accessible name leaves out its visible words (WCAG 2.5.3), which a voice-control user
 * would say and not be understood.
 */
const EXPERIMENTAL_RULES = { 'label-content-name-mismatch': { enabled: true } };

/** The violations axe finds on the page as it is now (every state needs its own run). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // options() replaces what withTags() set, so it comes first.
  const results = await new AxeBuilder({ page })
    .options({ rules: EXPERIMENTAL_RULES })
    .withTags(WCAG_AA_TAGS)
    .analyze();
  return results.violations;
}

/** Fails with the list of violations, named by `label`, if axe finds any on the page. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const violations = await axeViolations(page);
  if (violations.length > 0) {
    throw new Error(
      `${label}: ${violations.length} accessibility rule(s) violated at ${page.url()}\n` +
        describeViolations(violations),
    );
  }
}

/**
 * Checks pages one after another and keeps every finding, so that one test reports all the
 * pages at fault at once: axe's violations, a title that names only the product (WCAG 2.4.2,
 * which axe misses) and anything but a data table reaching past 320 CSS pixels (WCAG 1.4.10).
 */
export class PageAuditor {
  private findings: string[] = [];

  /** Every finding since the last `takeFindings`, one paragraph each. */
  takeFindings(): string[] {
    const taken = this.findings;
    this.findings = [];
    return taken;
  }

  async audit(page: Page, label: string): Promise<void> {
    try {
      await expectNoAxeViolations(page, label);
    } catch (err) {
      this.findings.push((err as Error).message);
    }
    if (/^\s*·/.test(await page.title())) {
      this.findings.push(`${label}: the page has no title of its own`);
    }
    const wide = await elementsWiderThan320(page);
    if (wide.length > 0) {
      this.findings.push(`${label}: wider than 320px: ${wide.slice(0, 8).join(', ')}`);
    }
    const cut = await textCutBySpacing(page);
    if (cut.length > 0) {
      this.findings.push(`${label}: text cut off by wider spacing: ${cut.slice(0, 8).join(', ')}`);
    }
  }
}

/** The elements, outside data tables, that reach past the right edge of a 320px screen. */
async function elementsWiderThan320(page: Page): Promise<string[]> {
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  await page.setViewportSize({ width: 320, height: 640 });
  // Page script as text: the test's own TypeScript has no DOM types.
  const wide = (await page.evaluate(`[...document.querySelectorAll('body *')]
    .filter((el) => !el.closest('table') && el.getBoundingClientRect().right > 321)
    .map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : ''))`)) as string[];
  await page.setViewportSize(size);
  return wide;
}

/**
 * The elements whose text no longer fits their box once WCAG 1.4.12's spacing is applied
 * (line height 1.5, paragraphs 2 em apart, letters 0.12 em and words 0.16 em apart): content
 * clipped, or spilling below a box that kept its height, over what follows. Scrolling boxes
 * are left out, since their text can still be reached, and so is text hidden on purpose for
 * screen readers.
 */
async function textCutBySpacing(page: Page): Promise<string[]> {
  return (await page.evaluate(`(() => {
    const spacing = document.createElement('style');
    spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;' +
      ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
    document.head.appendChild(spacing);
    const cut = [...document.querySelectorAll('body *')].filter((el) => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.display === 'inline') return false;
      if (!el.textContent.trim() || el.closest('.visually-hidden, [hidden]')) return false;
      if (/auto|scroll/.test(style.overflowX + ' ' + style.overflowY)) return false;
      const taller = el.scrollHeight > el.clientHeight + 1;
      // Wider text that stays visible only runs into the margin (a wide table, say).
      const clipsWidth = /hidden|clip/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1;
      return taller || clipsWidth;
    }).map((el) => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''));
    spacing.remove();
    return cut;
  })()`)) as string[];
}

/** What has the focus, and how its focus ring looks against the page. */
export interface FocusState {
  id: string;
  tag: string;
  type: string;
  className: string;
  /** The element's label, aria-label or text, to name it in messages. */
  name: string;
  /** Nothing in the page has the focus: it went past the last control, to the browser. */
  outside: boolean;
  focusVisible: boolean;
  outlineStyle: string;
  outlineWidth: number;
  outlineColor: string;
  background: string;
}

export async function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(`(() => {
    // The ring is drawn around the element, over the first opaque background behind it.
    const backgroundBehind = (el) => {
      for (let node = el.parentElement; node; node = node.parentElement) {
        const colour = getComputedStyle(node).backgroundColor;
        if (!/^rgba\\(.*, 0\\)$|^transparent$/.test(colour)) return colour;
      }
      return 'rgb(255, 255, 255)';
    };
    const el = document.activeElement;
    const style = getComputedStyle(el);
    const label = el.labels && el.labels[0] ? el.labels[0].textContent : '';
    return {
      id: el.id, tag: el.tagName, type: el.type || '', className: String(el.className),
      name: (el.getAttribute('aria-label') || label || el.textContent || '').trim().slice(0, 60),
      outside: el === document.body,
      focusVisible: el.matches(':focus-visible'), outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth) || 0, outlineColor: style.outlineColor,
      background: backgroundBehind(el),
    };
  })()`) as Promise<FocusState>;
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

/**
 * Whether the focus ring shows (the element matches `:focus-visible` and has an outline at
 * least 2px wide) and stands out from the page by 3:1 (WCAG 1.4.11).
 */
export function focusRing(state: FocusState) {
  return {
    shown: state.focusVisible && state.outlineStyle !== 'none' && state.outlineWidth >= 2,
    contrastAtLeast3: contrast(state.outlineColor, state.background) >= 3,
  };
}

/** Fails, naming the element, unless the focused element shows a ring that stands out. */
export async function expectVisibleFocus(page: Page): Promise<FocusState> {
  const state = await focusState(page);
  const ring = focusRing(state);
  if (!ring.shown || !ring.contrastAtLeast3) {
    const at = `${state.tag.toLowerCase()}${state.id ? `#${state.id}` : ''} “${state.name}”`;
    throw new Error(
      `the focus on ${at} at ${page.url()} is not visible enough: :focus-visible ` +
        `${state.focusVisible}, outline ${state.outlineStyle} ${state.outlineWidth}px ` +
        `${state.outlineColor} on ${state.background}`,
    );
  }
  return state;
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user moves through
 * the page, checking at every stop that the focus is visible. Fails after `maxPresses`.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { maxPresses?: number; backwards?: boolean } = {},
): Promise<void> {
  const { maxPresses = 60, backwards = false } = options;
  await target.waitFor({ state: 'attached' });
  const visited: string[] = [];
  for (let press = 0; press < maxPresses; press += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const state = await focusState(page);
    if (state.outside) {
      visited.push('(out of the page)');
      continue;
    }
    await expectVisibleFocus(page);
    if (await target.evaluate((el) => el === el.ownerDocument.activeElement)) return;
    visited.push(state.id || `${state.tag.toLowerCase()} “${state.name}”`);
  }
  throw new Error(
    `${maxPresses} presses of ${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}; ` +
      `the focus went through ${visited.join(', ')}`,
  );
}

/** Tabs to `target` as `tabTo` does, then presses `key` on it (Enter unless told). */
export async function pressOn(
  page: Page,
  target: Locator,
  key = 'Enter',
  backwards = false,
): Promise<void> {
  await tabTo(page, target, { backwards });
  await page.keyboard.press(key);
}

/** Tabs to the field `target` as `tabTo` does, then types `text` into it. */
export async function typeInto(
  page: Page,
  target: Locator,
  text: string,
  backwards = false,
): Promise<void> {
  await tabTo(page, target, { backwards });
  await page.keyboard.type(text);
}
