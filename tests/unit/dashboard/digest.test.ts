// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { digestHtml, digestMarkdown } from '../../../components/dashboard/digest-text';
import { setLocale } from '../../../lib/i18n';
import { addCheckin } from '../../../lib/model/checkin';
import { addContribution } from '../../../lib/model/contribution';
import { lastMonth } from '../../../lib/model/digest';
import { addGoal } from '../../../lib/model/goal';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { addLogEntry } from '../../../lib/model/log-entry';
import { addPartner } from '../../../lib/model/partner';
import { addStory } from '../../../lib/model/story';
import { digestOf } from '../../../lib/state/dashboard-view';
import { logViewOf } from '../../../lib/state/log-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { YearHistory } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from '../log/year-storage';

afterEach(() => setLocale('en'));

function entry(
  doc: Y.Doc,
  title: string,
  date: string,
  kind: 'call' | 'meeting',
  partnerIds: string[],
) {
  addLogEntry(doc, {
    kind,
    title,
    date,
    partnerIds,
    personIds: [],
    goalIds: [],
    decisions: [],
    agenda: [],
  });
}

/** A workspace with one of everything in November 2026, and some outside it. */
async function workspace() {
  const doc = new Y.Doc();
  const library = addPartner(doc, { name: 'Riverside Library' });
  const bakery = addPartner(doc, { name: 'Main Street Bakery' });
  const goal = addGoal(doc, {
    title: 'Summer readers',
    metric: { unit: 'books', baseline: 0, target: 100 },
  });
  addGoal(doc, { title: 'Quiet goal' });
  addCheckin(doc, { goalId: goal, date: '2026-10-20', value: 20 });
  addCheckin(doc, { goalId: goal, date: '2026-11-10', value: 40 });
  addCheckin(doc, { goalId: goal, date: '2026-11-20', value: 50 });
  addStory(doc, {
    title: 'Record book fair',
    body: 'Families bought 300 books.\nThe library ran the stall.',
    date: '2026-11-12',
    partnerIds: [library],
    thanks: ['Ana Ortiz'],
  });
  addStory(doc, { title: 'Old story', date: '2026-09-01', partnerIds: [bakery] });
  const history = singleDocHistory(doc);
  addContribution(history, {
    partnerId: bakery,
    direction: 'from-partner',
    kind: 'grant',
    amount: 500,
    currency: 'USD',
    date: '2026-11-05',
  });
  addContribution(history, {
    partnerId: bakery,
    direction: 'from-partner',
    kind: 'grant',
    amount: 200,
    currency: 'EUR',
    date: '2026-11-06',
  });
  addContribution(history, {
    partnerId: library,
    direction: 'from-partner',
    kind: 'volunteer-hours',
    hours: 12,
    date: '2026-11-07',
  });
  addContribution(history, {
    partnerId: library,
    direction: 'to-partner',
    kind: 'recognition',
    hours: 1,
    date: '2026-11-08',
  });
  addContribution(history, {
    partnerId: library,
    direction: 'from-partner',
    kind: 'grant',
    amount: 999,
    currency: 'USD',
    date: '2026-10-01',
  });
  entry(doc, 'Called the bakery', '2026-11-03T10:00', 'call', [bakery]);
  entry(doc, 'Planning meeting', '2026-11-15', 'meeting', [library]);
  entry(doc, 'Termly review', '2026-12-10T15:00', 'meeting', [library]);
  entry(doc, 'Far meeting', '2027-02-01', 'meeting', [library]);
  const session = new WorkspaceSession(doc);
  await vi.waitFor(() => expect(logViewOf(session).ready.value).toBe(true));
  return session;
}

describe('the digest of a period', () => {
  test('gathers goals, successes, contributions, what is coming and who to thank', async () => {
    const session = await workspace();
    const digest = await digestOf(session, '2026-11-01', '2026-11-30');
    expect(digest.from).toBe('2026-11-01');
    expect(digest.contacts).toBe(2);
    expect(digest.goals[0]).toMatchObject({
      title: 'Summer readers',
      checkins: 2,
      latest: { value: 50, date: '2026-11-20' },
      unit: 'books',
      met: false,
    });
    expect(digest.goals[0]!.fraction).toBeCloseTo(0.5);
    expect(digest.goals[1]).toMatchObject({ title: 'Quiet goal', checkins: 0, fraction: null });
    expect(digest.stories.map((s) => s.title)).toEqual(['Record book fair']);
    expect(digest.stories[0]).toMatchObject({
      partners: ['Riverside Library'],
      thanks: ['Ana Ortiz'],
    });
    // Never one sum of two currencies; October's grant is outside the period.
    expect(digest.contributions.given.money).toEqual([
      { currency: 'EUR', amount: 200 },
      { currency: 'USD', amount: 500 },
    ]);
    expect(digest.contributions.given.hours).toBe(12);
    expect(digest.contributions.received.hours).toBe(1);
    expect(digest.upcoming.meetings).toEqual([
      { title: 'Termly review', date: '2026-12-10T15:00', partners: ['Riverside Library'] },
    ]);
    expect(digest.thanks).toEqual(['Main Street Bakery', 'Riverside Library']);
    session.dispose();
  });

  test('written as Markdown with every section, in the reader’s language', async () => {
    const session = await workspace();
    const digest = await digestOf(session, '2026-11-01', '2026-11-30');
    const markdown = digestMarkdown(digest, 'Eastside PTA');
    expect(markdown).toContain('# Eastside PTA: partnership digest');
    expect(markdown).toContain('_Nov 1, 2026 to Nov 30, 2026_');
    expect(markdown).toContain(
      '- **Summer readers**: 50% · 2 check-ins this period · latest 50 books on Nov 20, 2026',
    );
    expect(markdown).toContain('### Record book fair (Nov 12, 2026)');
    expect(markdown).toContain('Partners gave: €200.00, $500.00, and 12 hours.');
    // Markdown-escaped, so a title can never become a link or markup.
    expect(markdown).toContain('- Dec 10, 2026: Termly review \\(Riverside Library\\)');
    expect(markdown).toContain('Thank you to Main Street Bakery and Riverside Library');
    setLocale('es');
    expect(digestMarkdown(digest, 'Eastside PTA')).toContain('## Logros');
    session.dispose();
  });

  test('a period in a school year not loaded yet loads that year, and its contacts and check-ins count', async () => {
    const disk = storage();
    const main = splitWorkspace(); // years 2024, 2025 and 2026 have docs
    const library = addPartner(main, { name: 'Riverside Library' });
    const goal = addGoal(main, {
      title: 'Summer readers',
      metric: { unit: 'books', baseline: 0, target: 100 },
    });
    disk.keep(2025, (doc) => {
      entry(doc, 'August call', '2026-08-10T10:00', 'call', [library]);
      addCheckin(doc, { goalId: goal, date: '2026-08-12', value: 30 });
    });
    disk.keep(2026, (doc) => entry(doc, 'September call', '2026-09-03T10:00', 'call', [library]));
    const history = new YearHistory(main, disk.open, () => '2026-09-15');
    await history.load(2026);
    const session = new WorkspaceSession(main, { history });
    await vi.waitFor(() => expect(logViewOf(session).ready.value).toBe(true));

    // The last month, in September: all of it in the school year before.
    const digest = await digestOf(session, '2026-08-01', '2026-08-31');
    expect(digest.contacts).toBe(1);
    expect(digest.goals[0]).toMatchObject({ title: 'Summer readers', checkins: 1 });
    expect(history.isLoaded(2025)).toBe(true);
    expect(history.isLoaded(2024)).toBe(false);
    session.dispose();
  });

  test('an empty period says so in each section', async () => {
    const session = await workspace();
    const markdown = digestMarkdown(await digestOf(session, '2025-01-01', '2025-01-31'), 'PTA');
    expect(markdown).toContain('No contacts logged in this period.');
    expect(markdown.match(/_Nothing in this period\._/g)).toHaveLength(3);
    session.dispose();
  });

  test('the printable page escapes what people typed and has no script', async () => {
    const session = await workspace();
    const digest = await digestOf(session, '2026-11-01', '2026-11-30');
    digest.stories[0]!.title = '<img src=x onerror=alert(1)>';
    const html = digestHtml(digest, 'PTA <b>', 'en');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('PTA &lt;b&gt;: partnership digest');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('<svg class="chart" role="img" aria-label="Goal progress"');
    expect(html).toContain('@media print');
    session.dispose();
  });
});

describe('the default period', () => {
  test('is the month up to today, across years and short months', () => {
    expect(lastMonth('2026-11-27')).toEqual({ from: '2026-10-27', to: '2026-11-27' });
    expect(lastMonth('2026-01-15')).toEqual({ from: '2025-12-15', to: '2026-01-15' });
    expect(lastMonth('2026-03-31')).toEqual({ from: '2026-02-28', to: '2026-03-31' });
  });
});
