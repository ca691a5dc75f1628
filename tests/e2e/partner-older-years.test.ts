import * as Y from 'yjs';
import { afterAll, describe, expect, test } from 'vitest';
import { addContribution } from '../../lib/model/contribution';
import { localDay } from '../../lib/model/days';
import { addFeedback, feedbackSchema } from '../../lib/model/feedback';
import { noteRecentPulses } from '../../lib/model/feedback-summary';
import { markYearLayout, noteHistoryYear } from '../../lib/model/history-years';
import { addPartner } from '../../lib/model/partner';
import { readAll } from '../../lib/model/records';
import { schoolYearOf } from '../../lib/model/school-year';
import { launchExtension, newProfileDir, removeProfileDir, screenshotTo } from './harness';
import { schoolYearLabel, storeSplitWorkspace } from './split-workspace';

const DAY_MS = 86_400_000;

/**
 * A partner whose feedback and contributions are spread over school years, in a workspace whose
 * history is split per year (lib/model/history-years.ts): a pulse 120 days ago (last school year
 * for most of the year), one 10 days ago, and a grant two school years ago. The panel loads this
 * year only.
 */
function splitWorkspace() {
  const main = new Y.Doc();
  const years = new Map<number, Y.Doc>();
  const history = {
    main,
    docFor: (day: string) => {
      const year = schoolYearOf(day)!;
      if (!years.has(year)) years.set(year, new Y.Doc());
      return years.get(year)!;
    },
    all: () => [main],
  };
  const now = Date.now();
  const current = schoolYearOf(localDay(now))!;
  const partnerId = addPartner(main, { name: 'Harbor Rotary' });
  addFeedback(history, {
    partnerId,
    date: localDay(now - 120 * DAY_MS),
    score: 2,
    channel: 'survey',
    comment: 'Too few volunteers this spring',
  });
  addFeedback(history, {
    partnerId,
    date: localDay(now - 10 * DAY_MS),
    score: 5,
    channel: 'meeting',
  });
  addContribution(history, {
    partnerId,
    direction: 'from-partner',
    kind: 'grant',
    amount: 300,
    currency: 'USD',
    date: `${current - 2}-11-02`,
  });
  main.transact(() => {
    markYearLayout(main);
    noteHistoryYear(main, current);
    for (const [year, doc] of years) {
      noteHistoryYear(main, year);
      // What a panel writing these pulses noted in the workspace doc.
      noteRecentPulses(main, readAll(doc, 'feedback', feedbackSchema).items, now);
    }
  });
  return { main, years, current };
}

describe('a partner’s feedback and contributions kept in older school years', () => {
  const profileDir = newProfileDir();
  afterAll(() => removeProfileDir(profileDir));

  test('the trend counts last year’s pulse before it loads; the page loads older years on request', async () => {
    const browser = await launchExtension(profileDir);
    try {
      const { main, years, current } = splitWorkspace();
      await storeSplitWorkspace(browser, main, years);

      const panel = await browser.openPanel();
      await panel
        .getByRole('button', { name: /^Harbor Rotary/ })
        .first()
        .click();
      await panel.getByRole('heading', { name: 'Harbor Rotary' }).waitFor({ timeout: 30_000 });
      const feedback = panel.getByRole('region', { name: 'Feedback' });
      // The pulse of 120 days ago counts in the trend, loaded or not.
      await feedback.getByText('Trend: getting better').waitFor({ timeout: 30_000 });

      const contributions = panel.getByRole('region', { name: 'Contributions' });
      await contributions
        .getByText(/Contributions from 2 earlier school years are not loaded yet/)
        .waitFor({ timeout: 30_000 });
      expect(await contributions.getByText('$300.00').count()).toBe(0);
      await contributions.scrollIntoViewIfNeeded();
      await screenshotTo(panel, { path: 'docs/screenshots/partner-older-years.png' });

      await contributions
        .getByRole('button', { name: `Show contributions from ${schoolYearLabel(current - 1)}` })
        .click();
      await contributions
        .getByRole('button', { name: `Show contributions from ${schoolYearLabel(current - 2)}` })
        .click();
      await contributions
        .getByText(/\$300\.00/)
        .first()
        .waitFor({ timeout: 30_000 });
      // Every year is loaded now: neither list offers more, and the older pulse is listed.
      await expect
        .poll(() =>
          panel.getByRole('button', { name: /^Show (feedback|contributions) from/ }).count(),
        )
        .toBe(0);
      await expect
        .poll(() => panel.getByRole('img', { name: /^Scores over time: 2 pulses/ }).count())
        .toBe(1);
    } finally {
      await browser.close();
    }
  }, 180_000);
});
