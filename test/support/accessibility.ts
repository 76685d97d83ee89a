/**
 * Accessibility checks with axe-core in the page under test: the WCAG 2.0 and 2.1 rules of
 * levels A and AA, which is what Ontario's AODA asks of the association's web content.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

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

/** The violations axe finds on the page as it is now (every state needs its own run). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
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
