import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  agreementHistory,
  agreementVersionsOf,
  confirmAgreement,
  isReviewDueOn,
  isReviewOverdue,
  saveAgreement,
  sidesAgreed,
} from '../../../lib/model/agreement';
import { dayNumber, dayOfInstant } from '../../../lib/model/days';
import { collection } from '../../../lib/model/doc';
import { addPartner, deletePartner, getPartner, restorePartner } from '../../../lib/model/partner';
import { RECORD_SCHEMAS } from '../../../lib/model/quarantine';
import { parseRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';

const day = (text: string) => dayNumber(text)!;

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

const historyOf = (doc: Y.Doc, partnerId: string) =>
  agreementHistory(agreementVersionsOf(doc, partnerId));

describe('saving an agreement', () => {
  test('a save that changes text keeps the previous version readable; an unchanged save adds none', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Library' });
    const first = saveAgreement(doc, partnerId, { purpose: 'Reading together' }, { now: 1 });
    expect(first).not.toBeNull();
    expect(saveAgreement(doc, partnerId, { purpose: '  Reading together ' }, { now: 2 })).toBe(
      null,
    );
    const second = saveAgreement(
      doc,
      partnerId,
      { purpose: 'Reading and writing together', reviewDate: '2027-06-30' },
      { now: 3, by: 'Ana' },
    );
    const history = historyOf(doc, partnerId);
    expect(history.current?.id).toBe(second);
    expect(history.current?.savedBy).toBe('Ana');
    expect(history.current?.previousIds).toEqual([first]);
    expect(history.earlier.map((v) => v.purpose)).toEqual(['Reading together']);
    expect(history.concurrent).toEqual([]);
  });

  test('how often you communicate sets the partner’s contact cadence, undone in the same step', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Library', cadenceDays: 30 });
    const undo = createUndoManager(doc);
    saveAgreement(doc, partnerId, { purpose: 'Reading', cadenceDays: 14 });
    expect(getPartner(doc, partnerId)?.cadenceDays).toBe(14);
    undo.undo();
    expect(getPartner(doc, partnerId)?.cadenceDays).toBe(30);
    expect(historyOf(doc, partnerId).current).toBeNull();
  });

  test('bad dates and cadences are refused with a message', () => {
    const doc = new Y.Doc();
    expect(() => saveAgreement(doc, 'p1', { reviewDate: '2026-02-30' })).toThrow(/valid date/);
    expect(() => saveAgreement(doc, 'p1', { cadenceDays: 0 })).toThrow(/how often/);
  });
});

describe('versions under concurrent edits', () => {
  test('two peers saving at once both keep their text; every peer picks the same current', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const partnerId = addPartner(a, { name: 'Library' });
    const base = saveAgreement(a, partnerId, { purpose: 'Base' }, { now: 1 })!;
    sync(a, b);
    const fromA = saveAgreement(a, partnerId, { purpose: 'School wording' }, { now: 10 })!;
    const fromB = saveAgreement(b, partnerId, { purpose: 'Partner wording' }, { now: 10 })!;
    sync(a, b);
    const onA = historyOf(a, partnerId);
    const onB = historyOf(b, partnerId);
    expect(onA.current?.id).toBe(onB.current?.id);
    expect([fromA, fromB]).toContain(onA.current?.id);
    expect(onA.concurrent).toHaveLength(1);
    expect(onA.heads.sort()).toEqual([fromA, fromB].sort());
    expect(onA.earlier.map((v) => v.id).sort()).toEqual(
      [base, fromA, fromB].filter((id) => id !== onA.current?.id).sort(),
    );

    // The next save names both heads, so the branches join again.
    const merged = saveAgreement(b, partnerId, { purpose: 'Agreed wording' }, { now: 20 })!;
    sync(a, b);
    const after = historyOf(a, partnerId);
    expect(after.current?.id).toBe(merged);
    expect(after.concurrent).toEqual([]);
    expect(after.current?.previousIds.sort()).toEqual([fromA, fromB].sort());
  });

  test('a version someone built on is never current, even when its clock ran ahead', () => {
    const a = new Y.Doc();
    const partnerId = addPartner(a, { name: 'Library' });
    saveAgreement(a, partnerId, { purpose: 'From a fast clock' }, { now: 9_999_999 });
    const later = saveAgreement(a, partnerId, { purpose: 'Edited after it' }, { now: 5 });
    expect(historyOf(a, partnerId).current?.id).toBe(later);
  });

  test('confirmations from both sides at once are both kept, and belong to their version', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const partnerId = addPartner(a, { name: 'Library' });
    const v1 = saveAgreement(a, partnerId, { purpose: 'Reading' })!;
    sync(a, b);
    confirmAgreement(a, v1, { name: 'Ana (principal)', side: 'school', date: '2026-11-20' });
    confirmAgreement(b, v1, { name: 'Lee (librarian)', side: 'partner', date: '2026-11-21' });
    sync(a, b);
    const current = historyOf(b, partnerId).current!;
    expect(current.agreedBy.map((c) => c.name).sort()).toEqual([
      'Ana (principal)',
      'Lee (librarian)',
    ]);
    expect([...sidesAgreed(current)].sort()).toEqual(['partner', 'school']);

    saveAgreement(a, partnerId, { purpose: 'Reading, changed' });
    const next = historyOf(a, partnerId);
    expect(next.current?.agreedBy).toEqual([]);
    expect(next.earlier[0]?.agreedBy).toHaveLength(2);
  });
});

describe('review date', () => {
  test('overdue from the day after the review date, due on the day itself', () => {
    const version = { reviewDate: '2027-01-31' };
    expect(isReviewOverdue(version, day('2027-01-31'))).toBe(false);
    expect(isReviewDueOn(version, day('2027-01-31'))).toBe(true);
    expect(isReviewOverdue(version, day('2027-02-01'))).toBe(true);
    expect(isReviewOverdue({ reviewDate: undefined }, day('2090-01-01'))).toBe(false);
  });

  test('is read as a day in the user’s time zone, not as a UTC instant', () => {
    // 2027-02-01 04:00 UTC is 23:00 on 31 January in New York, 05:00 on 1 February in Berlin.
    const at = Date.UTC(2027, 1, 1, 4, 0);
    const version = { reviewDate: '2027-01-31' };
    expect(isReviewOverdue(version, dayOfInstant(at, 'America/New_York'))).toBe(false);
    expect(isReviewOverdue(version, dayOfInstant(at, 'Europe/Berlin'))).toBe(true);
  });
});

describe('validation and deletion', () => {
  test('a peer’s malformed fields read as absent; a record without a partner is quarantined', () => {
    const doc = new Y.Doc();
    const raw = new Y.Map<unknown>();
    collection(doc, 'agreements').set('v1', raw);
    raw.set('partnerId', 'p1');
    raw.set('purpose', 42);
    raw.set('reviewDate', 'soon');
    raw.set('agreedBy', [{ name: 'x', side: 'martian', date: '2026-01-01' }, 'junk']);
    const read = parseRecord(RECORD_SCHEMAS.agreements, 'v1', raw) as Record<string, unknown>;
    expect(read.purpose).toBeUndefined();
    expect(read.reviewDate).toBeUndefined();
    expect(read.agreedBy).toEqual([]);
    raw.delete('partnerId');
    expect(parseRecord(RECORD_SCHEMAS.agreements, 'v1', raw)).toBeNull();
  });

  test('deleting a partner takes every version along; restoring brings them back', () => {
    const doc = new Y.Doc();
    const partnerId = addPartner(doc, { name: 'Library' });
    saveAgreement(doc, partnerId, { purpose: 'One' }, { now: 1 });
    saveAgreement(doc, partnerId, { purpose: 'Two' }, { now: 2 });
    deletePartner(doc, partnerId, 'Sam');
    expect(historyOf(doc, partnerId).current).toBeNull();
    restorePartner(doc, partnerId);
    expect(historyOf(doc, partnerId).current?.purpose).toBe('Two');
    expect(historyOf(doc, partnerId).earlier).toHaveLength(1);
  });
});
