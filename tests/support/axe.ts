import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './fixtures';

/**
 * axe-core in a page of the e2e tier (tests/e2e/accessibility.test.ts and
 * the features' own e2e tests): injected through `page.evaluate`, run with
 * its experimental rules, its violations as lines a failure can list.
 */

const AXE_SOURCE = readFileSync(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

/** Runs axe on the page as it is now; injects axe first if this document has none yet. */
export async function runAxe(page: Page): Promise<Violation[]> {
  // A string is evaluated as a script by the debugger, outside the page's CSP (which refuses eval and script tags).
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const experimental = Object.fromEntries(axe.getRules(['experimental']).map((rule) => [rule.ruleId, { enabled: true }]));
    const results = await axe.run(document, { resultTypes: ['violations'], rules: experimental });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({
        target: node.target.map(String).join(' > '),
        summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
      })),
    }));
  });
}

/** One line per element: rule, impact, target and what axe says to fix. */
export const describeViolations = (violations: readonly Violation[]) =>
  violations.flatMap((v) => v.nodes.map((node) => `  ${v.id} (${v.impact}) at ${node.target}: ${v.help}. ${node.summary}`)).join('\n');

export const BLOCKING = new Set(['serious', 'critical']);

