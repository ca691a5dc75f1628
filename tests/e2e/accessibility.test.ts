import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchExtension, removeProfileDir, type ExtensionBrowser } from './harness';
import {
  FORM_STOPS,
  OTHER_STOPS,
  VIEW_STOPS,
  closeDialogs,
  needsAttentionStop,
  seedWorkspace,
} from './panel-tour';

/**
 * axe-core over the five views, the partner, goal and log forms and every other stop of the tour
 * (pages, inline forms, Settings dialogs) at 360 px, on a workspace with a few partners, a goal
 * and a log entry. Any violation of any impact fails, listed with the
 * elements it was found on.
 */

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Violations we accept, by axe rule id, each with the reason. Keep it empty unless a rule is wrong
 * for a side panel; a real problem gets fixed, not listed.
 */
const ACCEPTED: Record<string, string> = {};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

async function audit(panel: Page): Promise<{ violations: Violation[]; passed: string[] }> {
  // evaluate, not addScriptTag: the extension page's policy refuses inline scripts.
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(AXE_SOURCE);
  const found = await panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const result = (await axe.run(document, { resultTypes: ['violations', 'passes'] })) as {
      passes: { id: string }[];
      violations: {
        id: string;
        impact: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    };
    const violations = result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) =>
        `${node.target.join(' ')} — ${node.failureSummary ?? ''}`.slice(0, 300),
      ),
    }));
    return { violations, passed: result.passes.map((rule) => rule.id) };
  });
  return {
    violations: found.violations.filter((violation) => !(violation.id in ACCEPTED)),
    passed: found.passed,
  };
}

describe('no axe violations at 360 px', () => {
  let browser: ExtensionBrowser;
  let panel: Page;

  beforeAll(async () => {
    browser = await launchExtension();
    panel = await browser.openPanel();
    await panel.setViewportSize({ width: 360, height: 720 });
    await seedWorkspace(panel);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    if (browser) removeProfileDir(browser.profileDir);
  });

  test.each(
    [...VIEW_STOPS, ...FORM_STOPS, ...OTHER_STOPS, needsAttentionStop].map(
      (stop) => [stop.name, stop] as const,
    ),
  )(
    '%s',
    async (_name, stop) => {
      await stop.open(panel);
      const { violations, passed } = await audit(panel);
      expect(violations).toEqual([]);
      // The audit really ran: readable contrast, and (outside a modal dialog, which makes the
      // rest of the page inert) the panel's one main landmark.
      const modal = (await panel.locator('dialog[open]').count()) > 0;
      expect(passed).toContain('color-contrast');
      if (!modal) expect(passed).toContain('landmark-one-main');
      await closeDialogs(panel);
    },
    60_000,
  );
});
