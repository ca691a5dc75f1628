import * as Y from 'yjs';
import { metaMap } from './doc';

/**
 * Numbered, additive migrations. Each must be idempotent: two peers may run
 * the same migration concurrently and their results merge.
 */
export interface Migration {
  version: number;
  description: string;
  up: (doc: Y.Doc) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'Record when the workspace was created.',
    up: (doc) => {
      const meta = metaMap(doc);
      if (typeof meta.get('createdAt') !== 'number') meta.set('createdAt', Date.now());
    },
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Origin of migration transactions: not the user's, so Undo skips them. */
export const MIGRATION_ORIGIN = 'bridgework:migration';

/** `meta.migrations`: one entry per applied migration, keyed by its version (`"1"` → `{ at }`). */
const APPLIED_KEY = 'migrations';

export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/** Versions recorded as applied in this doc, by any peer. */
export function appliedMigrations(doc: Y.Doc): Set<number> {
  const applied = metaMap(doc).get(APPLIED_KEY);
  const versions = new Set<number>();
  if (!(applied instanceof Y.Map)) return versions;
  for (const key of applied.keys()) {
    const version = Number(key);
    if (Number.isInteger(version) && version > 0 && String(version) === key) versions.add(version);
  }
  return versions;
}

/** Migrations this build knows that the doc has not recorded, in version order. */
export function pendingMigrations(
  doc: Y.Doc,
  migrations: readonly Migration[] = MIGRATIONS,
): Migration[] {
  const applied = appliedMigrations(doc);
  return migrations.filter((m) => !applied.has(m.version)).sort((a, b) => a.version - b.version);
}

/**
 * Runs every migration this build knows that the doc has not recorded, in version order, and
 * records each one on its own. A single highest number (`schemaVersion`) would let one peer's
 * bogus value (say 1e9) switch off every future migration for everyone; a record per migration
 * can only skip the ones it names. `schemaVersion` is still written (never lowered) for builds
 * that predate the records; they run their own migrations, which are idempotent.
 */
export function migrate(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const pending = pendingMigrations(doc, migrations);
  if (pending.length === 0) {
    // Concurrent runs can leave the records of one peer beside the version number of another.
    const known = Math.max(0, ...migrations.map((m) => m.version));
    if (schemaVersionOf(doc) < known)
      doc.transact(() => metaMap(doc).set('schemaVersion', known), MIGRATION_ORIGIN);
    return [];
  }
  const done: number[] = [];
  doc.transact(() => {
    const meta = metaMap(doc);
    let records = meta.get(APPLIED_KEY);
    // A peer may have written anything under the key; the records it held are lost either way.
    if (!(records instanceof Y.Map)) {
      records = new Y.Map<unknown>();
      meta.set(APPLIED_KEY, records);
    }
    for (const migration of pending) {
      migration.up(doc);
      (records as Y.Map<unknown>).set(String(migration.version), { at: Date.now() });
      done.push(migration.version);
      if (migration.version > schemaVersionOf(doc)) meta.set('schemaVersion', migration.version);
    }
  }, MIGRATION_ORIGIN);
  return done;
}
