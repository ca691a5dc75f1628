import { describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { addPartner } from '../../../lib/model/partner';
import { addPerson } from '../../../lib/model/person';
import * as resortedModule from '../../../lib/state/resorted';
import { WorkspaceSession } from '../../../lib/state/workspace-session';

// A session made with `fill: 'later'` sorts its partners and groups its people while it fills,
// each in a task of its own, so the list's first render (which also lays the list out) reads
// them ready rather than doing a district's sort and grouping in the same task.

vi.mock('../../../lib/state/resorted', async (actual) => {
  const real = await actual<typeof resortedModule>();
  return { resorted: vi.fn(real.resorted) };
});

function workspace() {
  const doc = new Y.Doc();
  const names = ['Oak Library', 'Cedar Museum', 'Birch Food Bank', 'Alder Rotary Club'];
  const ids = names.map((name) => addPartner(doc, { name }));
  addPerson(doc, { name: 'Zoe', partnerId: ids[0]! });
  addPerson(doc, { name: 'Ada', partnerId: ids[0]! });
  return { doc, ids };
}

describe('filling a session', () => {
  test('leaves the partners sorted and the people grouped, so reading them computes nothing', async () => {
    const { doc, ids } = workspace();
    const session = new WorkspaceSession(doc, { fill: 'later' });
    const resorted = vi.mocked(resortedModule.resorted);
    resorted.mockClear();

    await session.fill();
    expect(resorted).toHaveBeenCalledTimes(1);

    expect(session.sortedPartners.value.map((p) => p.name)).toEqual([
      'Alder Rotary Club',
      'Birch Food Bank',
      'Cedar Museum',
      'Oak Library',
    ]);
    expect(session.peopleByPartner.value.get(ids[0]!)?.map((p) => p.name)).toEqual(['Ada', 'Zoe']);
    expect(resorted).toHaveBeenCalledTimes(1);
    session.dispose();
  });
});
