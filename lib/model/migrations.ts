import type * as Y from 'yjs';
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

export function schemaVersionOf(doc: Y.Doc): number {
  const version = metaMap(doc).get('schemaVersion');
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : 0;
}

/**
 * Brings the doc up to the newest version this build knows. A doc written by
 * a newer build keeps its version: old clients ignore unknown fields.
 */
export function migrate(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const from = schemaVersionOf(doc);
  const pending = migrations.filter((m) => m.version > from).sort((a, b) => a.version - b.version);
  if (pending.length === 0) return [];
  doc.transact(() => {
    for (const migration of pending) migration.up(doc);
    metaMap(doc).set('schemaVersion', pending[pending.length - 1]!.version);
  }, MIGRATION_ORIGIN);
  return pending.map((m) => m.version);
}
