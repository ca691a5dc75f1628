import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { collection, metaMap } from '../../../lib/model/doc';
import {
  appliedMigrations,
  migrate,
  MIGRATION_ORIGIN,
  MIGRATIONS,
  schemaVersionOf,
  SCHEMA_VERSION,
  type Migration,
} from '../../../lib/model/migrations';
import { addPartner, getPartner, updatePartner } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { recordUpdates, REMOTE_ORIGIN, syncAll } from '../../helpers/yjs';

describe('migrate', () => {
  test('the shipped migrations are numbered 1, 2, 3… and SCHEMA_VERSION is the last', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  test('a fresh doc is brought to SCHEMA_VERSION in one migration transaction', () => {
    const doc = new Y.Doc();
    expect(schemaVersionOf(doc)).toBe(0);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    const applied = migrate(doc);
    expect(applied).toEqual(MIGRATIONS.map((m) => m.version));
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    expect(metaMap(doc).get('schemaVersion')).toBe(SCHEMA_VERSION);
    expect(typeof metaMap(doc).get('createdAt')).toBe('number');
    expect(origins).toEqual([MIGRATION_ORIGIN]);
  });

  test('is idempotent: a second run applies nothing and writes nothing', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const createdAt = metaMap(doc).get('createdAt');
    const { updates, stop } = recordUpdates(doc);
    expect(migrate(doc)).toEqual([]);
    expect(migrate(doc)).toEqual([]);
    stop();
    expect(updates).toHaveLength(0);
    expect(metaMap(doc).get('createdAt')).toBe(createdAt);
  });

  test('keeps a createdAt that is already there', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('createdAt', 1234);
    migrate(doc);
    expect(metaMap(doc).get('createdAt')).toBe(1234);
  });

  test('a schemaVersion far ahead (a peer’s bogus 1e9) no longer switches migrations off', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', 1e9);
    expect(migrate(doc)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(typeof metaMap(doc).get('createdAt')).toBe('number');
    // The version is never lowered: a newer build may have written it.
    expect(schemaVersionOf(doc)).toBe(1e9);
  });

  test('after a peer writes schemaVersion 1e9, the next migration of a newer build still runs', () => {
    const doc = new Y.Doc();
    migrate(doc);
    const peer = new Y.Doc();
    syncAll(doc, peer);
    metaMap(peer).set('schemaVersion', 1e9);
    syncAll(doc, peer);
    const next: Migration = {
      version: SCHEMA_VERSION + 1,
      description: 'next',
      up: (d) => metaMap(d).set('next', true),
    };
    expect(migrate(doc, [...MIGRATIONS, next])).toEqual([SCHEMA_VERSION + 1]);
    expect(metaMap(doc).get('next')).toBe(true);
  });

  test('each applied migration is recorded on its own, with when it ran', () => {
    const doc = new Y.Doc();
    const before = Date.now();
    migrate(doc);
    expect(appliedMigrations(doc)).toEqual(new Set(MIGRATIONS.map((m) => m.version)));
    const records = metaMap(doc).get('migrations') as Y.Map<{ at: number }>;
    for (const m of MIGRATIONS)
      expect(records.get(String(m.version))!.at).toBeGreaterThanOrEqual(before);
  });

  test('a doc migrated by an older build (schemaVersion only) reruns its migrations idempotently', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', SCHEMA_VERSION);
    metaMap(doc).set('createdAt', 1234);
    expect(migrate(doc)).toEqual(MIGRATIONS.map((m) => m.version));
    expect(metaMap(doc).get('createdAt')).toBe(1234);
    expect(migrate(doc)).toEqual([]);
  });

  test.each([['a string'], [42], [{ 1: { at: 1 } }]])(
    'a peer’s %j under meta.migrations is replaced and every migration runs',
    (stored) => {
      const doc = new Y.Doc();
      metaMap(doc).set('migrations', stored);
      expect(migrate(doc)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(appliedMigrations(doc)).toEqual(new Set(MIGRATIONS.map((m) => m.version)));
    },
  );

  test('record keys that are not versions are ignored', () => {
    const doc = new Y.Doc();
    const records = new Y.Map<unknown>();
    metaMap(doc).set('migrations', records);
    for (const key of ['01', '1.0', '-1', 'one', '1e0', ' 1']) records.set(key, { at: 1 });
    expect(appliedMigrations(doc)).toEqual(new Set());
    expect(migrate(doc)).toEqual(MIGRATIONS.map((m) => m.version));
  });

  test.each([['1'], [-1], [1.5], [NaN], [null], [{ v: 1 }]])(
    'a stored version of %j reads as 0 and every migration runs',
    (stored) => {
      const doc = new Y.Doc();
      metaMap(doc).set('schemaVersion', stored);
      expect(schemaVersionOf(doc)).toBe(0);
      expect(migrate(doc)).toEqual(MIGRATIONS.map((m) => m.version));
      expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION);
    },
  );

  test('a custom list runs in version order, skipping the recorded versions', () => {
    const doc = new Y.Doc();
    const ran: number[] = [];
    const step = (version: number): Migration => ({
      version,
      description: `step ${version}`,
      up: (d) => {
        ran.push(version);
        // Each step sees the previous one's result.
        const log = metaMap(d).get('log');
        metaMap(d).set('log', `${typeof log === 'string' ? log : ''}${version}`);
      },
    });
    expect(migrate(doc, [step(2), step(1)])).toEqual([1, 2]);
    const applied = migrate(doc, [step(4), step(1), step(5), step(3), step(2)]);
    expect(applied).toEqual([3, 4, 5]);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
    expect(metaMap(doc).get('log')).toBe('12345');
    expect(schemaVersionOf(doc)).toBe(5);
    expect(migrate(doc, [step(4), step(5)])).toEqual([]);
    expect(ran).toEqual([1, 2, 3, 4, 5]);
  });

  test('a migration that throws is not recorded (the ones before it are) and runs next time', () => {
    const doc = new Y.Doc();
    const failing: Migration[] = [
      { version: 1, description: 'ok', up: (d) => metaMap(d).set('one', true) },
      {
        version: 2,
        description: 'broken',
        up: () => {
          throw new Error('broken migration');
        },
      },
    ];
    expect(() => migrate(doc, failing)).toThrow('broken migration');
    expect(appliedMigrations(doc)).toEqual(new Set([1]));
    expect(schemaVersionOf(doc)).toBe(1);
    const fixed = [failing[0]!, { ...failing[1]!, up: (d: Y.Doc) => metaMap(d).set('two', true) }];
    expect(migrate(doc, fixed)).toEqual([2]);
    expect(appliedMigrations(doc)).toEqual(new Set([1, 2]));
  });
});

describe('concurrent migration', () => {
  test('two peers migrating the same doc at once converge', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    addPartner(a, { name: 'Shared' });
    syncAll(a, b);

    // A later, idempotent migration that fills a field on every record.
    const fillKind: Migration = {
      version: SCHEMA_VERSION + 1,
      description: 'fill kind',
      up: (doc) => {
        for (const record of collection(doc, 'partners').values()) {
          if (!record.has('region')) record.set('region', 'unknown');
        }
      },
    };
    expect(migrate(a, [...MIGRATIONS, fillKind])).toHaveLength(SCHEMA_VERSION + 1);
    expect(migrate(b, [...MIGRATIONS, fillKind])).toHaveLength(SCHEMA_VERSION + 1);
    syncAll(a, b);

    expect(metaMap(a).toJSON()).toEqual(metaMap(b).toJSON());
    expect(collection(a, 'partners').toJSON()).toEqual(collection(b, 'partners').toJSON());
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
    expect(schemaVersionOf(a)).toBe(SCHEMA_VERSION + 1);
    expect(typeof metaMap(a).get('createdAt')).toBe('number');
    // After converging, neither peer has anything left to do.
    expect(migrate(a, [...MIGRATIONS, fillKind])).toEqual([]);
    expect(migrate(b, [...MIGRATIONS, fillKind])).toEqual([]);
  });

  test('an old peer syncing with a migrated doc keeps the newer version', () => {
    const oldPeer = new Y.Doc();
    const newPeer = new Y.Doc();
    migrate(oldPeer);
    syncAll(oldPeer, newPeer);
    const next: Migration = { version: SCHEMA_VERSION + 1, description: 'next', up: () => {} };
    expect(migrate(newPeer, [...MIGRATIONS, next])).toEqual([SCHEMA_VERSION + 1]);
    syncAll(oldPeer, newPeer);
    expect(migrate(oldPeer)).toEqual([]);
    expect(schemaVersionOf(oldPeer)).toBe(SCHEMA_VERSION + 1);
  });

  // schemaVersion is a last-writer-wins map key: when an old and a new build
  // migrate concurrently either value may win. Migrations are idempotent, so
  // the newer build simply runs its step again and the version settles.
  test.each([
    [1, 2],
    [2, 1],
  ])(
    'concurrent old (client %i) and new (client %i) builds settle on the newer version',
    (oldClient, newClient) => {
      const oldPeer = new Y.Doc();
      const newPeer = new Y.Doc();
      oldPeer.clientID = oldClient;
      newPeer.clientID = newClient;
      const next: Migration = {
        version: SCHEMA_VERSION + 1,
        description: 'next',
        up: (doc) => metaMap(doc).set('next', true),
      };
      migrate(oldPeer);
      migrate(newPeer, [...MIGRATIONS, next]);
      syncAll(oldPeer, newPeer);
      migrate(oldPeer);
      migrate(newPeer, [...MIGRATIONS, next]);
      syncAll(oldPeer, newPeer);
      expect(schemaVersionOf(oldPeer)).toBe(SCHEMA_VERSION + 1);
      expect(schemaVersionOf(newPeer)).toBe(SCHEMA_VERSION + 1);
      expect(metaMap(oldPeer).toJSON()).toEqual(metaMap(newPeer).toJSON());
    },
  );
});

describe('migrations and Undo', () => {
  test('the user’s Undo never reverts a migration', () => {
    const doc = new Y.Doc();
    const remote = new Y.Doc();
    addPartner(remote, { name: 'Old name' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), REMOTE_ORIGIN);
    const [id] = [...collection(doc, 'partners').keys()];
    const undo = createUndoManager(doc);

    updatePartner(doc, id!, { name: 'New name' });
    undo.stopCapturing();
    const touch: Migration = {
      version: SCHEMA_VERSION + 1,
      description: 'touch every record',
      up: (d) => {
        for (const record of collection(d, 'partners').values()) record.set('migrated', true);
      },
    };
    migrate(doc, [...MIGRATIONS, touch]);
    expect(undo.undoStack).toHaveLength(1);

    undo.undo();
    expect(getPartner(doc, id!)?.name).toBe('Old name');
    expect(collection(doc, 'partners').get(id!)?.get('migrated')).toBe(true);
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION + 1);
    expect(undo.canUndo()).toBe(false);
  });

  test('a migration alone leaves nothing to undo', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    migrate(doc, [
      ...MIGRATIONS,
      {
        version: SCHEMA_VERSION + 1,
        description: 'seed',
        up: (d) => collection(d, 'partners').set('seed', new Y.Map()),
      },
    ]);
    expect(undo.canUndo()).toBe(false);
    undo.undo();
    expect(schemaVersionOf(doc)).toBe(SCHEMA_VERSION + 1);
    expect(collection(doc, 'partners').has('seed')).toBe(true);
  });
});
