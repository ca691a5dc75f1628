import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { localDay } from '../../../lib/model/days';
import { addFollowup } from '../../../lib/model/followup';
import { addGoal } from '../../../lib/model/goal';
import { addLogEntry } from '../../../lib/model/log-entry';
import { addPartner } from '../../../lib/model/partner';
import { dashboardOf } from '../../../lib/state/dashboard-view';
import { noteHistoryYear } from '../../../lib/model/history-years';
import { schoolYearOf } from '../../../lib/model/school-year';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { YearHistory } from '../../../lib/state/year-history';
import { splitWorkspace, storage } from '../log/year-storage';

const daysAgo = (n: number) => localDay(Date.now() - n * 86_400_000);

function logContact(doc: Y.Doc, partnerId: string, date: string) {
  addLogEntry(doc, {
    kind: 'call',
    title: 'Called',
    date,
    partnerIds: [partnerId],
    personIds: [],
    goalIds: [],
    decisions: [],
    agenda: [],
  });
}

describe('the dashboard figures of a workspace', () => {
  test('come from the view models and follow every change', async () => {
    const doc = new Y.Doc();
    const family = addPartner(doc, { name: 'Parents Association', stakeholderGroup: 'families' });
    const shop = addPartner(doc, { name: 'Corner Shop', stakeholderGroup: 'businesses' });
    addGoal(doc, { title: 'Volunteers', metric: { target: 10 } });
    logContact(doc, family, `${daysAgo(10)}T10:00`);
    // Engagement counts the last 90 days only.
    logContact(doc, shop, daysAgo(120));
    addFollowup(doc, { text: 'Send the MOU', due: daysAgo(3) });

    const session = new WorkspaceSession(doc);
    const figures = dashboardOf(session);
    await vi.waitFor(() => expect(figures.value.ready).toBe(true));

    const f = figures.value;
    expect(f.goals.total).toBe(1);
    expect(f.activity).toHaveLength(12);
    expect(f.activity.reduce((sum, m) => sum + m.count, 0)).toBe(
      // the 120-day-old call falls inside the last 12 months too
      2,
    );
    expect(f.overdueFollowups).toBe(1);
    expect(f.inclusion.find((g) => g.group === 'families')).toEqual({
      group: 'families',
      partners: 1,
      engaged: 1,
    });
    expect(f.inclusion.find((g) => g.group === 'businesses')).toEqual({
      group: 'businesses',
      partners: 1,
      engaged: 0,
    });
    expect(f.inclusion.find((g) => g.group === 'libraries-culture')?.partners).toBe(0);

    logContact(doc, shop, daysAgo(1));
    await vi.waitFor(() =>
      expect(figures.value.inclusion.find((g) => g.group === 'businesses')?.engaged).toBe(1),
    );
    expect(figures.value.activity.reduce((sum, m) => sum + m.count, 0)).toBe(3);
    session.dispose();
  });

  test('in a split workspace, contact activity loads last school year, not older ones', async () => {
    const today = localDay(Date.now());
    const current = schoolYearOf(today)!;
    const lastYearDay = `${current}-08-20`; // before this school year's September start
    const disk = storage();
    const main = splitWorkspace();
    const partner = addPartner(main, { name: 'Parents Association' });
    main.transact(() =>
      [current - 3, current - 1, current].forEach((y) => noteHistoryYear(main, y)),
    );
    disk.keep(current, (doc) => logContact(doc, partner, daysAgo(1)));
    disk.keep(current - 1, (doc) => logContact(doc, partner, lastYearDay));
    disk.keep(current - 3, (doc) => logContact(doc, partner, `${current - 3}-10-01`));
    const history = new YearHistory(main, disk.open);
    await history.load(current);
    const session = new WorkspaceSession(main, { history });
    const figures = dashboardOf(session);
    const inWindow = (day: string) =>
      figures.value.activity.some((m) => m.month === day.slice(0, 7));
    await vi.waitFor(() => expect(figures.value.ready).toBe(true));
    await vi.waitFor(() => expect(history.isLoaded(current - 1)).toBe(true));
    const counted = () => figures.value.activity.reduce((sum, m) => sum + m.count, 0);
    await vi.waitFor(() => expect(counted()).toBe(inWindow(lastYearDay) ? 2 : 1));
    expect(history.isLoaded(current - 3)).toBe(false);
    session.dispose();
  });
});
