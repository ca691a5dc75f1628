import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection } from '../../../lib/model/doc';
import { migrate } from '../../../lib/model/migrations';
import { addPartner } from '../../../lib/model/partner';
import { renameWorkspace } from '../../../lib/model/workspace';
import { exportFileName, exportWorkspaceJson } from '../../../lib/model/workspace-export';

/** Nests level by level inside the doc: a prelim value this deep overflows Yjs's own insert. */
function nestDeeply(parent: Y.Map<unknown>, depth: number) {
  let current = parent;
  for (let i = 0; i < depth; i++) {
    const next = new Y.Map<unknown>();
    current.set('child', next);
    current = next;
  }
}

describe('exportWorkspaceJson', () => {
  test('holds every record, the workspace name, schema version and export date', () => {
    const doc = new Y.Doc();
    migrate(doc);
    renameWorkspace(doc, 'School A');
    const id = addPartner(doc, { name: 'Riverside Library', tags: ['literacy'] });
    const parsed = JSON.parse(exportWorkspaceJson(doc, 'School A', { now: Date.UTC(2026, 0, 2) }));
    expect(parsed).toMatchObject({
      format: 'bridgework-workspace-export',
      workspace: 'School A',
      schemaVersion: expect.any(Number),
      exportedAt: '2026-01-02T00:00:00.000Z',
    });
    expect(parsed.schemaVersion).toBeGreaterThan(0);
    expect(parsed.collections.partners).toEqual([
      { id, value: expect.objectContaining({ name: 'Riverside Library', tags: ['literacy'] }) },
    ]);
    expect(Object.keys(parsed.collections)).toContain('followups');
  });

  test('a record too deep to read is listed with its problem; the rest is still exported', () => {
    const doc = new Y.Doc();
    addPartner(doc, { name: 'Fine' });
    const hostile = new Y.Map<unknown>();
    collection(doc, 'partners').set('hostile', hostile as never);
    nestDeeply(hostile, 3000);
    collection(doc, 'people').set('not-a-map', 'just a string' as never);
    const parsed = JSON.parse(exportWorkspaceJson(doc, 'W'));
    const exported = parsed.collections.partners.find((r: { id: string }) => r.id === 'hostile');
    expect(exported.problem).toMatch(/nested more than/);
    expect(
      parsed.collections.partners.some(
        (r: { value?: { name?: string } }) => r.value?.name === 'Fine',
      ),
    ).toBe(true);
    expect(parsed.collections.people).toEqual([{ id: 'not-a-map', value: 'just a string' }]);
  });

  test('a __proto__ id or field stays plain data', () => {
    const doc = new Y.Doc();
    const record = new Y.Map<unknown>();
    collection(doc, 'partners').set('__proto__', record as never);
    record.set('__proto__', 'x');
    const parsed = JSON.parse(exportWorkspaceJson(doc, 'W'));
    expect(parsed.collections.partners[0].id).toBe('__proto__');
    expect(Object.getPrototypeOf(parsed.collections.partners[0].value)).toBe(Object.prototype);
  });

  test('rows set aside are exported as base64', () => {
    const doc = new Y.Doc();
    const parsed = JSON.parse(
      exportWorkspaceJson(doc, 'W', {
        setAside: [{ key: '7', reason: 'damaged', at: 0, bytes: new Uint8Array([1, 2, 255]) }],
      }),
    );
    expect(parsed.unreadableRows).toEqual([
      { key: '7', reason: 'damaged', at: '1970-01-01T00:00:00.000Z', base64: 'AQL/' },
    ]);
  });

  test('the file name keeps only safe characters', () => {
    expect(exportFileName('../Riverside: A/B', new Date(2026, 4, 6, 23, 30).getTime())).toBe(
      'bridgework-Riverside-A-B-2026-05-06.json',
    );
  });
});
