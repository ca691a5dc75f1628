import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  backupFileName,
  backupText,
  createBackup,
  fromBase64,
  parseBackup,
  toBase64,
} from '../../../lib/model/backup';
import { collection } from '../../../lib/model/doc';
import { addGoal } from '../../../lib/model/goal';
import { addPartner, getPartner, listPartners } from '../../../lib/model/partner';
import { restoreSnapshot } from '../../../lib/model/snapshot-restore';
import { renameWorkspace } from '../../../lib/model/workspace';

const NOW = Date.UTC(2026, 10, 27, 12);

function sampleDoc() {
  const doc = new Y.Doc();
  renameWorkspace(doc, 'Riverside School');
  addPartner(doc, { name: 'Library', website: 'https://library.example/' });
  addGoal(doc, { title: 'Reading', description: 'More books' });
  return doc;
}

describe('backup files', () => {
  test('a backup read back restores every record into an empty workspace', () => {
    const doc = sampleDoc();
    const parsed = parseBackup(backupText(createBackup(doc, 'Fallback', NOW)));
    expect(parsed).toMatchObject({
      ok: true,
      backup: { workspaceName: 'Riverside School', createdAt: NOW },
    });
    if (!parsed.ok) return;
    const target = new Y.Doc();
    restoreSnapshot(target, parsed.backup.update, NOW);
    expect(listPartners(target).items.map((p) => p.name)).toEqual(['Library']);
  });

  test('the readable copy holds every record with its text fields as strings', () => {
    const doc = sampleDoc();
    const backup = createBackup(doc, 'Fallback', NOW);
    const [partnerId] = [...collection(doc, 'partners').keys()];
    expect(backup.records.partners?.[partnerId!]).toMatchObject({ name: 'Library' });
    expect(Object.values(backup.records.goals ?? {})[0]).toMatchObject({
      description: 'More books',
    });
    expect(getPartner(doc, partnerId!)?.name).toBe('Library');
  });

  test('base64 round-trips every byte value and large updates', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7) % 256);
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(fromBase64('not base64 !!')).toBeNull();
  });

  test('the file name is safe for any disk and carries the date', () => {
    expect(backupFileName('École / "Nord": 2026', new Date(2026, 0, 5))).toBe(
      'bridgework-ecole-nord-2026-2026-01-05.bridgework.json',
    );
    expect(backupFileName('///', new Date(2026, 0, 5))).toBe(
      'bridgework-workspace-2026-01-05.bridgework.json',
    );
  });

  describe('refuses, with a clear message, a file that', () => {
    const valid = () => createBackup(sampleDoc(), 'Fallback', NOW);
    const cases: [string, () => string, RegExp][] = [
      ['is not JSON', () => '{"format": "bridgework-backup",', /not valid JSON/],
      ['is JSON of another kind', () => JSON.stringify({ hello: 'world' }), /not a Bridgework/],
      ['is a JSON array', () => '[1,2,3]', /not a Bridgework/],
      [
        'comes from another format version',
        () => JSON.stringify({ ...valid(), version: 99 }),
        /another version/,
      ],
      [
        'misses its workspace data',
        () => JSON.stringify({ ...valid(), update: undefined }),
        /missing/,
      ],
      [
        'holds workspace data that is not base64',
        () => JSON.stringify({ ...valid(), update: '%%%' }),
        /cannot be read/,
      ],
      [
        'holds bytes that are not a Yjs update',
        () => JSON.stringify({ ...valid(), update: toBase64(new Uint8Array([1, 200, 3, 4, 5])) }),
        /cannot be read/,
      ],
      ['is nested too deep for JSON.parse', () => '['.repeat(1_000_000), /not valid JSON/],
    ];
    for (const [what, text, message] of cases) {
      test(what, () => {
        const parsed = parseBackup(text());
        expect(parsed).toEqual({
          ok: false,
          error: expect.stringMatching(message),
          reason: { code: expect.any(String) },
        });
      });
    }

    test('is larger than the limit', () => {
      const text = backupText(valid());
      expect(parseBackup(text, text.length - 1)).toEqual({
        ok: false,
        error: expect.stringMatching(/too large/),
        reason: expect.objectContaining({ code: 'tooLarge' }),
      });
    });
  });
});
