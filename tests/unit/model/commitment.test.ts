import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  addCommitment,
  changeCommitmentStatus,
  checkTransition,
  COMMITMENT_STATUSES,
  commitmentSchema,
  getCommitment,
  isCommitmentOverdue,
  listCommitments,
  summariseCommitments,
  updateCommitment,
  type CommitmentStatus,
} from '../../../lib/model/commitment';
import { dayNumber, dayOfInstant } from '../../../lib/model/days';
import { collection } from '../../../lib/model/doc';
import { addPartner, deletePartner, restorePartner } from '../../../lib/model/partner';
import { RECORD_SCHEMAS } from '../../../lib/model/quarantine';
import { parseRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';

const day = (text: string) => dayNumber(text)!;

describe('checkTransition', () => {
  test('forward moves need no note, skipping steps included', () => {
    expect(checkTransition('pledged', 'in-progress', undefined)).toEqual({
      ok: true,
      backwards: false,
    });
    expect(checkTransition('pledged', 'delivered', '')).toEqual({ ok: true, backwards: false });
    expect(checkTransition('in-progress', 'not-delivered', undefined).ok).toBe(true);
  });

  test('going back or switching outcome needs a note', () => {
    const back: [CommitmentStatus, CommitmentStatus][] = [
      ['delivered', 'in-progress'],
      ['delivered', 'pledged'],
      ['in-progress', 'pledged'],
      ['not-delivered', 'in-progress'],
      ['delivered', 'not-delivered'],
      ['not-delivered', 'delivered'],
    ];
    for (const [from, to] of back) {
      expect(checkTransition(from, to, undefined)).toEqual({ ok: false, reason: 'noteRequired' });
      expect(checkTransition(from, to, '   ')).toEqual({ ok: false, reason: 'noteRequired' });
      expect(checkTransition(from, to, 'The books came back damaged')).toEqual({
        ok: true,
        backwards: true,
      });
    }
  });

  test('a status cannot change to itself', () => {
    for (const status of COMMITMENT_STATUSES)
      expect(checkTransition(status, status, 'note')).toEqual({ ok: false, reason: 'unchanged' });
  });
});

describe('commitments in the doc', () => {
  test('status follows the history; going back without a note is refused and writes nothing', () => {
    const doc = new Y.Doc();
    const id = addCommitment(doc, { partnerId: 'p1', side: 'partner', text: 'Lend 30 books' });
    expect(getCommitment(doc, id)?.status).toBe('pledged');
    expect(changeCommitmentStatus(doc, id, { to: 'delivered', by: 'Ana' }, 5)).toEqual({
      ok: true,
    });
    expect(getCommitment(doc, id)?.status).toBe('delivered');
    expect(changeCommitmentStatus(doc, id, { to: 'in-progress' })).toEqual({
      ok: false,
      reason: 'noteRequired',
    });
    expect(getCommitment(doc, id)?.history).toHaveLength(1);
    changeCommitmentStatus(doc, id, { to: 'in-progress', note: 'Only 20 arrived' }, 9);
    const commitment = getCommitment(doc, id)!;
    expect(commitment.status).toBe('in-progress');
    expect(commitment.history).toEqual([
      { at: 5, by: 'Ana', from: 'pledged', to: 'delivered' },
      { at: 9, from: 'delivered', to: 'in-progress', note: 'Only 20 arrived' },
    ]);
  });

  test('each change is one undo step', () => {
    const doc = new Y.Doc();
    const undo = createUndoManager(doc);
    const id = addCommitment(doc, { partnerId: 'p1', side: 'school', text: 'Host the fair' });
    undo.stopCapturing();
    changeCommitmentStatus(doc, id, { to: 'in-progress' });
    undo.stopCapturing();
    updateCommitment(doc, id, { due: '2026-12-01' });
    undo.undo();
    expect(getCommitment(doc, id)?.due).toBeUndefined();
    expect(getCommitment(doc, id)?.status).toBe('in-progress');
    undo.undo();
    expect(getCommitment(doc, id)?.status).toBe('pledged');
  });

  test('two peers changing the status at once both keep their step, and agree on the status', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addCommitment(a, { partnerId: 'p1', side: 'partner', text: 'Send volunteers' });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    changeCommitmentStatus(a, id, { to: 'delivered', by: 'School' }, 10);
    changeCommitmentStatus(b, id, { to: 'not-delivered', by: 'Partner' }, 11);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const fromA = getCommitment(a, id)!;
    const fromB = getCommitment(b, id)!;
    expect(fromA.history).toHaveLength(2);
    expect(fromA.status).toBe(fromB.status);
    expect(fromA.history).toEqual(fromB.history);
  });

  test('a peer’s bad history entries are skipped; a bad status reads as pledged', () => {
    const doc = new Y.Doc();
    const id = addCommitment(doc, { partnerId: 'p1', side: 'school', text: 'Print flyers' });
    const history = collection(doc, 'commitments').get(id)!.get('history') as Y.Array<unknown>;
    history.push([{ at: 1, to: 'exploded' }, 'nonsense', { at: 2, to: 'in-progress' }]);
    expect(getCommitment(doc, id)?.status).toBe('in-progress');
    collection(doc, 'commitments').get(id)!.set('history', 'not a list');
    expect(getCommitment(doc, id)?.status).toBe('pledged');
    expect(changeCommitmentStatus(doc, id, { to: 'delivered' }).ok).toBe(true);
    expect(getCommitment(doc, id)?.status).toBe('delivered');
  });

  test('a record without text or partner is quarantined by the registered schema', () => {
    const doc = new Y.Doc();
    const raw = new Y.Map<unknown>();
    raw.set('side', 'partner');
    collection(doc, 'commitments').set('x1', raw);
    expect(parseRecord(RECORD_SCHEMAS.commitments, 'x1', raw)).toBeNull();
    expect(parseRecord(commitmentSchema, 'x1', raw)).toBeNull();
  });

  test('deleting a partner takes its commitments along, restoring brings them back', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Library' });
    const other = addPartner(doc, { name: 'Museum' });
    addCommitment(doc, { partnerId, side: 'school', text: 'Visit monthly' });
    addCommitment(doc, { partnerId: other, side: 'school', text: 'Visit yearly' });
    deletePartner(doc, partnerId, 'Sam');
    expect(listCommitments(doc).items.map((c) => c.text)).toEqual(['Visit yearly']);
    restorePartner(doc, partnerId);
    expect(listCommitments(doc).items).toHaveLength(2);
  });
});

describe('overdue commitments', () => {
  const open = { status: 'pledged' as const, due: '2026-11-23' };

  test('due day is not overdue; the day after is; delivered or undated never is', () => {
    expect(isCommitmentOverdue(open, day('2026-11-23'))).toBe(false);
    expect(isCommitmentOverdue(open, day('2026-11-24'))).toBe(true);
    expect(isCommitmentOverdue({ ...open, status: 'in-progress' }, day('2026-11-24'))).toBe(true);
    expect(isCommitmentOverdue({ ...open, status: 'delivered' }, day('2026-12-24'))).toBe(false);
    expect(isCommitmentOverdue({ ...open, status: 'not-delivered' }, day('2026-12-24'))).toBe(
      false,
    );
    expect(isCommitmentOverdue({ status: 'pledged', due: undefined }, day('2030-01-01'))).toBe(
      false,
    );
  });

  test('the same instant is a different day in Auckland and in Honolulu', () => {
    // 2026-11-24 12:30 UTC: 01:30 on the 25th in Auckland, 02:30 on the 24th in Honolulu.
    const at = Date.UTC(2026, 10, 24, 12, 30);
    const due = { status: 'pledged' as const, due: '2026-11-24' };
    expect(isCommitmentOverdue(due, dayOfInstant(at, 'Pacific/Auckland'))).toBe(true);
    expect(isCommitmentOverdue(due, dayOfInstant(at, 'Pacific/Honolulu'))).toBe(false);
  });
});

describe('summariseCommitments', () => {
  test('counts pledged against delivered per side, leaving deleted ones out', () => {
    const today = day('2026-11-24');
    const summary = summariseCommitments(
      [
        { side: 'school', status: 'delivered', due: undefined, deletedAt: undefined },
        { side: 'school', status: 'pledged', due: '2026-11-01', deletedAt: undefined },
        { side: 'school', status: 'in-progress', due: '2026-12-01', deletedAt: undefined },
        { side: 'partner', status: 'not-delivered', due: '2026-11-01', deletedAt: undefined },
        { side: 'partner', status: 'delivered', due: undefined, deletedAt: 5 },
      ],
      today,
    );
    expect(summary).toEqual({
      school: { pledged: 3, delivered: 1, notDelivered: 0, open: 2, overdue: 1 },
      partner: { pledged: 1, delivered: 0, notDelivered: 1, open: 0, overdue: 0 },
    });
  });
});
