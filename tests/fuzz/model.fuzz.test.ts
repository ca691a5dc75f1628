import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { encodeAsUnguardedPeer } from '../../lib/model/yjs-depth-guards';
import { checkinSchema, addCheckin } from '../../lib/model/checkin';
import { collection, COLLECTIONS, type CollectionName } from '../../lib/model/doc';
import { isRecordId, LIMITS } from '../../lib/model/fields';
import { addFollowup, followupSchema } from '../../lib/model/followup';
import { addGoal, columnSchema, goalSchema } from '../../lib/model/goal';
import { addLogEntry, logEntrySchema } from '../../lib/model/log-entry';
import { addPartner, partnerSchema } from '../../lib/model/partner';
import { addPerson, personSchema } from '../../lib/model/person';
import { listQuarantined } from '../../lib/model/quarantine';
import { readAll, readOne } from '../../lib/model/records';
import { applyRemoteUpdate } from '../../lib/model/remote-update';
import { GoalsBoard } from '../../lib/state/goals-board';
import { LogView } from '../../lib/state/log-view';
import { QuarantineView } from '../../lib/state/quarantine-view';
import { WorkspaceSession } from '../../lib/state/workspace-session';
import { fuzzParams } from './fuzz-params';

/**
 * Peers' updates into a panel with every view model open: random bytes, valid updates cut short
 * or with bits flipped, and valid updates carrying hostile records. Applying never throws out of
 * our code, every value a view model hands out is the validated read of what is stored now, and
 * the quarantine list kept from events equals a full scan.
 */

const REMOTE = 'fuzz:remote';

/** What each hostile input did, printed once for the report. */
const tally = new Map<string, number>();
const count = (what: string) => tally.set(what, (tally.get(what) ?? 0) + 1);
afterAll(() => {
  if (process.env.FUZZ_TALLY === '1')
    console.log([...tally].map(([what, n]) => `${what}: ${n}`).join('\n'));
});

function nested(depth: number, leaf: unknown = 'x'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

/** A base workspace: a few valid records in every collection a view reads. */
function baseDoc(): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const partnerId = addPartner(doc, {
    name: 'Riverside Library',
    website: 'https://library.example',
  });
  addPerson(doc, { name: 'Ada', partnerId });
  const goalId = addGoal(doc, {
    title: 'Reading',
    description: 'Read more',
    partnerIds: [partnerId],
  });
  addCheckin(doc, { goalId, date: '2026-01-05', value: 3 });
  const { id: logId } = addLogEntry(doc, {
    kind: 'meeting',
    date: '2026-01-06T10:00',
    title: 'Kick-off',
    partnerIds: [partnerId],
    agenda: [{ text: 'Plans' }],
  });
  addFollowup(doc, { text: 'Send notes', logEntryId: logId, partnerId, due: '2026-01-10' });
  return doc;
}
const BASE = Y.encodeStateAsUpdate(baseDoc());

const hostileLeaf = fc.oneof(
  fc.constant('javascript:alert(1)'),
  fc.constant('JaVaScRiPt:alert(1)'),
  fc.constant(' javascript:alert(1)'),
  fc.constant('data:text/html,<script>alert(1)</script>'),
  fc.constant('vbscript:msgbox(1)'),
  fc.constant('https://ok.example/\u202Egnp.exe'),
  fc.constant('<img src=x onerror=alert(1)>'),
  fc.constant(NaN),
  fc.constant(Infinity),
  fc.constant(-Infinity),
  fc.constant(-0),
  fc.constant(Number.MAX_SAFE_INTEGER * 4),
  fc.constant(null),
  fc.constant(true),
  fc.constant('x'.repeat(300_000)),
  fc.constant(new Uint8Array([1, 2, 3])),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}, "name": "proto"}') as unknown),
  // Yjs's own encoder refuses an object whose `constructor` is not Object at the top of a value,
  // but its decoder builds one from a peer's bytes; nested, the encoder writes it as a peer could.
  fc.constant({ nested: { constructor: { prototype: { polluted: true } } } } as unknown),
  fc.constant([{ constructor: 'String', toString: 'x', valueOf: 1 }] as unknown),
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.jsonValue({ maxDepth: 4 }),
);

type Hostile = { label: string; value: unknown } | { label: string; build: () => unknown };

const hostileValue: fc.Arbitrary<Hostile> = fc.oneof(
  hostileLeaf.map((value) => ({ label: 'odd value', value })),
  fc.integer({ min: 17, max: 64 }).map((depth) => ({ label: 'deep JSON', value: nested(depth) })),
  fc
    .integer({ min: 65, max: 3000 })
    .map((depth) => ({ label: 'JSON deeper than an update may carry', value: nested(depth) })),
  fc
    .integer({ min: 20_001, max: 60_000 })
    .map((length) => ({ label: 'huge array', value: new Array<number>(length).fill(0) })),
  fc.integer({ min: 2, max: 40 }).map((depth) => ({
    label: 'nested Y.Maps',
    build: () => {
      const top = new Y.Map<unknown>();
      let current = top;
      for (let i = 0; i < depth; i++) {
        const next = new Y.Map<unknown>();
        current.set('m', next);
        current = next;
      }
      return top;
    },
  })),
  fc.constant({ label: 'Y.Text', build: () => new Y.Text('t'.repeat(30_000)) }),
  fc.constant({ label: 'Y.Array', build: () => Y.Array.from([1, 'two', { three: 3 }]) }),
  fc.constant({ label: 'Y.XmlFragment', build: () => new Y.XmlFragment() }),
);

const FIELDS = [
  'name',
  'website',
  'email',
  'phone',
  'description',
  'title',
  'date',
  'kind',
  'notes',
  'partnerId',
  'partnerIds',
  'goalId',
  'logEntryId',
  'value',
  'column',
  'order',
  'tags',
  'owners',
  'meeting',
  'agenda',
  'done',
  'due',
  'createdAt',
  'deletedAt',
  'archived',
  'address',
  '__proto__',
  'constructor',
  'prototype',
  '',
] as const;

const weirdId = fc.oneof(
  fc.constant('ok-id_1'),
  fc.uuid(),
  fc.constant(''),
  fc.constant('a\nb'),
  fc.constant('x\r\nATTENDEE:mailto:evil@example.com'),
  fc.constant('__proto__'),
  fc.constant('constructor'),
  fc.constant('x'.repeat(200)),
  fc.constant('../../etc'),
  fc.constant('<script>'),
  fc.constant('\u202Eevil'),
  fc.string({ maxLength: 12 }),
);

type Op =
  | { kind: 'record'; collection: CollectionName; id: string; fields: [string, Hostile][] }
  | { kind: 'replace'; collection: CollectionName; id: string; value: Hostile }
  | { kind: 'field'; collection: CollectionName; field: string; value: Hostile }
  | { kind: 'delete'; collection: CollectionName }
  | { kind: 'meta'; field: string; value: Hostile };

const collectionName = fc.constantFrom(...COLLECTIONS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    collection: collectionName,
    id: weirdId,
    fields: fc.array(fc.tuple(fc.constantFrom(...FIELDS), hostileValue), { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('replace' as const),
    collection: collectionName,
    id: weirdId,
    value: hostileValue,
  }),
  fc.record({
    kind: fc.constant('field' as const),
    collection: collectionName,
    field: fc.constantFrom(...FIELDS),
    value: hostileValue,
  }),
  fc.record({ kind: fc.constant('delete' as const), collection: collectionName }),
  fc.record({
    kind: fc.constant('meta' as const),
    field: fc.constantFrom('schemaVersion', 'migrations', 'name', 'createdAt'),
    value: hostileValue,
  }),
);

const realise = (hostile: Hostile) => ('build' in hostile ? hostile.build() : hostile.value);

/** A peer that knows the base state writes `ops`; returns its update. */
function hostileUpdate(ops: readonly Op[]): Uint8Array {
  const peer = new Y.Doc();
  peer.clientID = 666;
  Y.applyUpdate(peer, BASE);
  const before = Y.encodeStateVector(peer);
  for (const o of ops) {
    peer.transact(() => {
      if (o.kind === 'meta') {
        count(`meta.${o.field} ← ${o.value.label}`);
        peer.getMap('meta').set(o.field, realise(o.value));
        return;
      }
      const map = collection(peer, o.collection) as Y.Map<unknown>;
      if (o.kind === 'record') {
        const record = new Y.Map<unknown>();
        map.set(o.id, record);
        for (const [field, value] of o.fields) {
          count(`record field ${field === '' ? '(empty key)' : field} ← ${value.label}`);
          record.set(field, realise(value));
        }
        count(`record under ${isRecordId(o.id) ? 'a valid id' : 'an invalid id'}`);
      } else if (o.kind === 'replace') {
        count(`non-record value under a key ← ${o.value.label}`);
        map.set(o.id, realise(o.value));
      } else if (o.kind === 'field') {
        const first = [...map.values()][0];
        if (first instanceof Y.Map) {
          count(`existing record's ${o.field} ← ${o.value.label}`);
          first.set(o.field, realise(o.value));
        }
      } else {
        count('delete every record of a collection');
        for (const key of [...map.keys()]) map.delete(key);
      }
    });
  }
  // The hostile peer runs a build without this one's encoding guard.
  const update = encodeAsUnguardedPeer(() => Y.encodeStateAsUpdate(peer, before));
  peer.destroy();
  return update;
}

const update: fc.Arbitrary<{ label: string; bytes: Uint8Array }> = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ label: 'random bytes', bytes })),
  fc
    .tuple(fc.array(op, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([ops, cut]) => {
      const bytes = hostileUpdate(ops);
      return { label: 'truncated update', bytes: bytes.slice(0, Math.floor(bytes.length * cut)) };
    }),
  fc
    .tuple(
      fc.array(op, { minLength: 1, maxLength: 4 }),
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 7 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([ops, flips]) => {
      const bytes = hostileUpdate(ops);
      for (const [at, bit] of flips) bytes[at % bytes.length]! ^= 1 << bit;
      return { label: 'bit-flipped update', bytes };
    }),
  fc
    .array(op, { minLength: 1, maxLength: 6 })
    .map((ops) => ({ label: 'valid update, hostile records', bytes: hostileUpdate(ops) })),
);

/** An open panel: the session, the log view, the goals board and the quarantine view. */
function openPanel() {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, BASE, REMOTE);
  const session = new WorkspaceSession(doc);
  const log = new LogView(doc, { clock: () => Date.UTC(2026, 0, 8) });
  const board = new GoalsBoard(doc);
  const quarantine = new QuarantineView(doc);
  const dispose = () => {
    quarantine.dispose();
    board.dispose();
    log.dispose();
    session.dispose();
  };
  return { doc, session, log, board, quarantine, dispose };
}

const byId = <T extends { id: string }>(items: Iterable<T>) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** Every value the view models hand out is the validated read of what is stored now. */
function checkViews(panel: ReturnType<typeof openPanel>) {
  const { doc, session, log, board, quarantine } = panel;
  const partners = byId(session.partners.values());
  expect(partners).toEqual(byId(readAll(doc, 'partners', partnerSchema).items));
  expect(byId(session.people.values())).toEqual(byId(readAll(doc, 'people', personSchema).items));
  expect(byId(board.goals.values())).toEqual(byId(readAll(doc, 'goals', goalSchema).items));
  expect(byId(board.checkins.values())).toEqual(
    byId(readAll(doc, 'checkins', checkinSchema).items),
  );
  expect(byId(log.followups.values())).toEqual(
    byId(readAll(doc, 'followups', followupSchema).items),
  );
  for (const partner of partners) {
    expect(isRecordId(partner.id)).toBe(true);
    expect(partner.name.length).toBeLessThanOrEqual(LIMITS.name);
    if (partner.website !== undefined) expect(partner.website).toMatch(/^https?:\/\//);
  }
  for (const partner of session.sortedPartners.value)
    expect(session.partners.get(partner.id)).toBe(partner);
  const columnIds = new Set(readAll(doc, 'boardColumns', columnSchema).items.map((c) => c.id));
  for (const [column, cards] of board.byColumn.value) {
    if (columnIds.size) expect(columnIds.has(column)).toBe(true);
    for (const card of cards) {
      expect(board.goals.get(card.goal.id)).toBe(card.goal);
      expect(card.goal.description.length).toBeLessThanOrEqual(LIMITS.longText);
      if (card.progress.fraction !== null)
        expect(Number.isFinite(card.progress.fraction)).toBe(true);
    }
  }
  for (const item of log.timeline()) {
    expect(log.entry(item.id)).toEqual(readOne(doc, 'log', logEntrySchema, item.id) ?? undefined);
  }
  const key = (r: { collection: string; id: string }) => `${r.collection}:${r.id}`;
  expect(quarantine.items.value.map(key).sort()).toEqual(listQuarantined(doc).map(key).sort());
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

describe('peers’ updates into an open panel', () => {
  test('never throw out of our code, hand out only validated values, and finish', () => {
    fc.assert(
      fc.property(fc.array(update, { minLength: 1, maxLength: 3 }), (updates) => {
        const panel = openPanel();
        try {
          for (const { label, bytes } of updates) {
            // The same bytes into a doc with nothing of ours observing it: what Yjs alone does.
            const bare = new Y.Doc();
            Y.applyUpdate(bare, Y.encodeStateAsUpdate(panel.doc));
            const yjsAlone = applyRemoteUpdate(bare, bytes, REMOTE);
            bare.destroy();
            const result = applyRemoteUpdate(panel.doc, bytes, REMOTE);
            // It fails only where Yjs alone fails: never because an observer of ours threw.
            expect(result).toEqual(yjsAlone);
            count(`${label}: ${result.ok ? 'applied' : `rejected (${result.problem})`}`);
          }
          checkViews(panel);
        } finally {
          panel.dispose();
        }
      }),
      fuzzParams(300),
    );
  }, 60_000);

  test('reopening the panel on the result gives the same views as the live one', () => {
    fc.assert(
      fc.property(fc.array(op, { minLength: 1, maxLength: 5 }), (ops) => {
        const live = openPanel();
        applyRemoteUpdate(live.doc, hostileUpdate(ops), REMOTE);
        const reopened = new Y.Doc();
        Y.applyUpdate(reopened, Y.encodeStateAsUpdate(live.doc));
        const quarantine = new QuarantineView(reopened);
        try {
          const key = (r: { collection: string; id: string }) => `${r.collection}:${r.id}`;
          expect(quarantine.items.value.map(key).sort()).toEqual(
            live.quarantine.items.value.map(key).sort(),
          );
        } finally {
          quarantine.dispose();
          live.dispose();
        }
      }),
      fuzzParams(80),
    );
  }, 60_000);
});
