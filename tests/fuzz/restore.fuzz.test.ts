import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { backupText, createBackup, parseBackup, toBase64 } from '../../lib/model/backup';
import { collection, COLLECTIONS } from '../../lib/model/doc';
import { addPartner, listPartners } from '../../lib/model/partner';
import { restoreSnapshot } from '../../lib/model/snapshot-restore';
import { fuzzParams } from './fuzz-params';

/**
 * Snapshots and backup files hold whatever peers wrote, and a backup file can come from anywhere.
 * Restoring random bytes, damaged updates and updates full of hostile records, and reading random
 * or damaged backup files, never throws; a refused input changes nothing; an accepted one only
 * adds or sets records (never deletes one) and copies only records within bounds.
 */

const tally = new Map<string, number>();
const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);
afterAll(() => {
  if (process.env.FUZZ_TALLY === '1')
    console.log([...tally].map(([what, n]) => `${what}: ${n}`).join('\n'));
});

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** Stands for a Y.Text field; each record gets its own (a Y.Text is integrated once only). */
class TextValue {
  constructor(readonly text: string) {}
}

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.integer({ min: 10, max: 3000 }).map(nested),
  fc.constantFrom('javascript:alert(1)', '\n', '__proto__', 1e308, -0, null),
  fc.string({ maxLength: 50 }).map((text) => new TextValue(text)),
);

const hostileRecord = fc.record({
  collection: fc.constantFrom(...COLLECTIONS),
  id: fc.oneof(fc.uuid(), fc.string({ maxLength: 120 }), fc.constantFrom('__proto__', 'a\nb')),
  fields: fc.dictionary(
    fc.oneof(
      fc.constantFrom('name', 'title', 'description', 'deletedAt', 'deletedBy', 'updatedAt'),
      fc.string({ maxLength: 10 }),
    ),
    hostileValue,
    { maxKeys: 6 },
  ),
  asMap: fc.boolean(),
});

/** A doc a peer filled with hostile records, as a snapshot of it would hold them. */
function hostileSnapshot(records: fc.Arbitrary<unknown>[] | unknown[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const raw of records as {
      collection: (typeof COLLECTIONS)[number];
      id: string;
      fields: Record<string, unknown>;
      asMap: boolean;
    }[]) {
      if (!raw.asMap) {
        // Not a record: a plain value where a record map belongs.
        const value = raw.fields.name;
        (doc.getMap(raw.collection) as Y.Map<unknown>).set(
          raw.id,
          typeof value === 'string' || typeof value === 'number' ? value : 'junk',
        );
        continue;
      }
      const record = new Y.Map<unknown>();
      doc.getMap(raw.collection).set(raw.id, record);
      for (const [key, value] of Object.entries(raw.fields)) {
        try {
          record.set(key, value instanceof TextValue ? new Y.Text(value.text) : value);
        } catch {
          // Yjs refuses some plain values (a prototype-free object): a peer could not send them.
        }
      }
    }
  });
  return Y.encodeStateAsUpdate(doc);
}

function liveDoc(): { doc: Y.Doc; ids: string[] } {
  const doc = new Y.Doc();
  const ids = ['Library', 'Museum'].map((name) => addPartner(doc, { name }));
  return { doc, ids };
}

function keysOf(doc: Y.Doc): string[] {
  return COLLECTIONS.flatMap((name) =>
    [...collection(doc, name).keys()].map((id) => `${name}/${id}`),
  );
}

describe('restoring hostile snapshots', () => {
  test('random and damaged bytes are refused without a change', () => {
    const valid = Y.encodeStateAsUpdate(liveDoc().doc);
    const damaged = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.nat(valid.length - 1).map((cut) => valid.slice(0, cut)),
      fc
        .tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 }))
        .map(([at, bits]) => valid.map((byte, i) => (i === at ? byte ^ bits : byte))),
    );
    fc.assert(
      fc.property(damaged, (bytes) => {
        const { doc } = liveDoc();
        const before = Y.encodeStateAsUpdate(doc);
        const result = restoreSnapshot(doc, bytes);
        count(result.ok ? 'damaged update: decoded, merged' : 'damaged update: refused');
        if (!result.ok) expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
        // Whatever came in (a flipped bit can make other records), nothing here is gone.
        expect(listPartners(doc).items.map((p) => p.name)).toEqual(
          expect.arrayContaining(['Library', 'Museum']),
        );
      }),
      fuzzParams(150),
    );
  });

  test('hostile records are skipped or copied within bounds; nothing here is deleted', () => {
    fc.assert(
      fc.property(fc.array(hostileRecord, { maxLength: 12 }), (records) => {
        const { doc, ids } = liveDoc();
        const before = new Set(keysOf(doc));
        const result = restoreSnapshot(doc, hostileSnapshot(records));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        count(`hostile records skipped: ${result.summary.skipped > 0 ? 'some' : 'none'}`);
        for (const key of before) expect(keysOf(doc)).toContain(key);
        for (const id of ids) expect(collection(doc, 'partners').get(id)).toBeInstanceOf(Y.Map);
        for (const key of keysOf(doc)) {
          expect(before.has(key) || /^[^/]+\/[A-Za-z0-9_-]{1,100}$/.test(key)).toBe(true);
        }
        // The result can itself be snapshotted and backed up.
        expect(parseBackup(backupText(createBackup(doc, 'x'))).ok).toBe(true);
      }),
      fuzzParams(150),
    );
  });
});

describe('reading hostile backup files', () => {
  test('random text, JSON and damaged backups never throw; a refusal says why', () => {
    const valid = createBackup(liveDoc().doc, 'Mine');
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.json({ maxDepth: 5 }),
      fc.integer({ min: 100, max: 20_000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
      fc
        .record({
          format: fc.constantFrom('bridgework-backup', 'other', 1),
          version: fc.constantFrom(1, 2, '1'),
          workspaceName: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(null)),
          schemaVersion: fc.constantFrom(1, -1, 1e9, 'x'),
          createdAt: fc.constantFrom(0, Date.now(), -5, Number.NaN),
          update: fc.oneof(
            fc.constant(valid.update),
            fc.uint8Array({ maxLength: 100 }).map(toBase64),
            fc.string({ maxLength: 40 }),
          ),
        })
        .map((backup) => JSON.stringify(backup)),
    );
    fc.assert(
      fc.property(text, (input) => {
        const parsed = parseBackup(input);
        count(parsed.ok ? 'backup file: accepted' : `backup file: ${parsed.error.split(':')[0]}`);
        if (!parsed.ok) expect(parsed.error.length).toBeGreaterThan(10);
        else expect(restoreSnapshot(new Y.Doc(), parsed.backup.update).ok).toBe(true);
      }),
      fuzzParams(300),
    );
  });
});
