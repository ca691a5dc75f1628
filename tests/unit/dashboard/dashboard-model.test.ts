import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { localDay } from '../../../lib/model/days';
import { addFollowup } from '../../../lib/model/followup';
import { addGoal } from '../../../lib/model/goal';
import { addLogEntry } from '../../../lib/model/log-entry';
import { addPartner } from '../../../lib/model/partner';
import { dashboardOf } from '../../../lib/state/dashboard-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';

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
});
