// A partner's feedback and contributions in a school year loaded after the partner was deleted
// or restored (lib/model/partner-cascade.ts, lib/state/partner-cascade-keeper.ts).
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addContribution } from '../../../lib/model/contribution';
import { collection } from '../../../lib/model/doc';
import { addFeedback } from '../../../lib/model/feedback';
import { addPartner, deletePartner, restorePartner } from '../../../lib/model/partner';
import { alignWithPartners } from '../../../lib/model/partner-cascade';
import { ValueView } from '../../../lib/state/value-view';
import { WorkspaceSession } from '../../../lib/state/workspace-session';
import { memoryYears, YearHistory } from '../../../lib/state/year-history';
import { syncAll } from '../../helpers/yjs';
import { splitWorkspace, storage } from '../log/year-storage';

const TODAY = '2026-11-20';
const NOW = Date.parse(`${TODAY}T12:00:00Z`);
const flush = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const grant = (partnerId: string, date: string) => ({
  partnerId,
  direction: 'from-partner' as const,
  kind: 'grant' as const,
  amount: 100,
  currency: 'USD',
  date,
});
const marks = (doc: Y.Doc, name: 'feedback' | 'contributions', id: string) => {
  const record = collection(doc, name).get(id)!;
  return [record.get('deletedAt'), record.get('deletedBy'), record.get('deletedWith')];
};

describe('a year’s records follow their partner’s deletion', () => {
  test('a record of a deleted partner is marked as deleted with it; one created after stays; restoring brings it back', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const history = { main, docFor: () => year, all: () => [main, year] };
    const partnerId = addPartner(main, { name: 'Riverside Library' });
    const before = addContribution(history, grant(partnerId, '2024-10-01'), NOW - 10);
    const pulse = addFeedback(
      history,
      { partnerId, date: '2024-10-02', score: 3, channel: 'survey' },
      NOW - 10,
    );
    deletePartner(main, partnerId, 'Ana', NOW); // the year was not loaded: not cascaded
    const after = addContribution(history, grant(partnerId, '2024-10-03'), NOW + 10);
    expect(marks(year, 'contributions', before)).toEqual([undefined, undefined, undefined]);

    expect(alignWithPartners(main, year)).toBe(2);
    expect(marks(year, 'contributions', before)).toEqual([NOW, 'Ana', partnerId]);
    expect(marks(year, 'feedback', pulse)).toEqual([NOW, 'Ana', partnerId]);
    expect(marks(year, 'contributions', after)).toEqual([undefined, undefined, undefined]);
    expect(alignWithPartners(main, year)).toBe(0);

    restorePartner(main, partnerId); // again with the year not loaded
    expect(alignWithPartners(main, year)).toBe(2);
    expect(marks(year, 'contributions', before)).toEqual([undefined, undefined, undefined]);
    expect(marks(year, 'feedback', pulse)).toEqual([undefined, undefined, undefined]);
  });

  test('a record deleted on its own is left deleted when its partner is live', () => {
    const main = new Y.Doc();
    const year = new Y.Doc();
    const history = { main, docFor: () => year, all: () => [main, year] };
    const partnerId = addPartner(main, { name: 'Harbor Rotary' });
    const id = addContribution(history, grant(partnerId, '2024-10-01'), NOW);
    collection(year, 'contributions').get(id)!.set('deletedAt', NOW);
    expect(alignWithPartners(main, year)).toBe(0);
    expect(collection(year, 'contributions').get(id)!.get('deletedAt')).toBe(NOW);
  });

  test('the session aligns a year when it loads, and loaded years when a peer deletes a partner', async () => {
    const disk = storage();
    const writer = new YearHistory(splitWorkspace(), memoryYears, () => TODAY);
    const partnerId = addPartner(writer.main, { name: 'Oak Foundation' });
    addContribution(writer, grant(partnerId, '2024-10-05'), NOW - 10);
    disk.keep(2024, (doc) =>
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(writer.docFor('2024-10-05'))),
    );
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(writer.main));
    const main = new Y.Doc();
    Y.applyUpdate(main, Y.encodeStateAsUpdate(writer.main));

    const history = new YearHistory(main, disk.open, () => TODAY);
    const session = new WorkspaceSession(main, { history });
    await session.cascadeStarted;
    const value = new ValueView(main, history);
    const current = addContribution(history, grant(partnerId, '2026-10-05'), NOW - 5);
    await history.load(history.currentYear);
    await flush();
    expect(value.contributionsOf(partnerId).map((c) => c.id)).toEqual([current]);

    // A peer deletes the partner, with none of these years loaded there.
    deletePartner(peer, partnerId, 'Ben', NOW);
    syncAll(peer, main);
    await flush();
    expect(value.contributionsOf(partnerId)).toEqual([]);

    // An older year loaded afterwards comes in with the partner's records deleted too.
    await history.load(2024);
    await flush();
    expect(value.contributionTotals().bySchoolYear).toEqual([]);

    // The peer restores it: every loaded year's records come back.
    restorePartner(peer, partnerId);
    syncAll(peer, main);
    await flush();
    expect(value.contributionsOf(partnerId)).toHaveLength(2);
    value.dispose();
    session.dispose();
  });
});
