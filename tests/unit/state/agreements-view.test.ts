import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addCommitment, changeCommitmentStatus } from '../../../lib/model/commitment';
import { dayNumber } from '../../../lib/model/days';
import { collection, transactLocal } from '../../../lib/model/doc';
import { addPartner, deletePartner } from '../../../lib/model/partner';
import { createUndoManager } from '../../../lib/model/undo';
import { agreementActions } from '../../../lib/state/agreement-actions';
import { AgreementsView } from '../../../lib/state/agreements-view';
import { DeletionsView } from '../../../lib/state/deletions-view';

const NOW = new Date(2026, 10, 24, 12).getTime();

function setup() {
  const doc = new Y.Doc();
  const undo = createUndoManager(doc);
  const view = new AgreementsView(doc, { clock: () => NOW });
  const session = {
    doc,
    act: <T>(action: () => T) => {
      undo.stopCapturing();
      return action();
    },
    undo: () => undo.undo(),
  };
  return { doc, view, actions: agreementActions(session, view, 'Ana') };
}

describe('AgreementsView', () => {
  test('counts open and overdue commitments per partner, following edits and deletions', () => {
    const { doc, view, actions } = setup();
    const library = addPartner(doc, { name: 'Library' });
    const museum = addPartner(doc, { name: 'Museum' });
    const late = actions.addCommitment({
      partnerId: library,
      side: 'partner',
      text: 'Lend books',
      due: '2026-11-20',
    });
    actions.addCommitment({ partnerId: library, side: 'school', text: 'Host visits' });
    actions.addCommitment({ partnerId: museum, side: 'school', text: 'Bring classes' });
    expect(view.commitmentCounts(library)).toEqual({ open: 2, overdue: 1 });
    expect(view.overdueCommitments.value.map((c) => c.id)).toEqual([late]);

    actions.changeStatus(late, 'delivered');
    expect(view.commitmentCounts(library)).toEqual({ open: 1, overdue: 0 });
    expect(view.summaryOf(library).partner).toMatchObject({ pledged: 1, delivered: 1 });
    expect(view.overdueCommitments.value).toEqual([]);

    deletePartner(doc, library, 'Sam');
    expect(view.commitmentCounts(library)).toEqual({ open: 0, overdue: 0 });
    expect(view.commitmentCounts(museum)).toEqual({ open: 1, overdue: 0 });
  });

  test('the all-commitments list filters by side, status and overdue', () => {
    const { doc, view } = setup();
    const p = addPartner(doc, { name: 'Library' });
    const a = addCommitment(doc, { partnerId: p, side: 'school', text: 'A', due: '2026-11-01' });
    const b = addCommitment(doc, { partnerId: p, side: 'partner', text: 'B', due: '2026-12-01' });
    const c = addCommitment(doc, { partnerId: p, side: 'partner', text: 'C' });
    changeCommitmentStatus(doc, c, { to: 'not-delivered' });
    const ids = (filters: Parameters<AgreementsView['allCommitments']>[0]) =>
      view.allCommitments(filters).map((x) => x.id);
    expect(ids({})).toEqual([a, b, c]);
    expect(ids({ side: 'partner' })).toEqual([b, c]);
    expect(ids({ status: 'open' })).toEqual([a, b]);
    expect(ids({ status: 'not-delivered' })).toEqual([c]);
    expect(ids({ overdueOnly: true })).toEqual([a]);
    expect(ids({ side: 'partner', overdueOnly: true })).toEqual([]);
  });

  test('a partner’s agreement and its review date follow saves, and Undo takes a save back', () => {
    const { doc, view, actions } = setup();
    const p = addPartner(doc, { name: 'Library' });
    actions.saveAgreement(p, { purpose: 'Reading', reviewDate: '2026-11-01' });
    actions.saveAgreement(p, { purpose: 'Reading more', reviewDate: '2027-06-01' });
    expect(view.agreementOf(p).current?.purpose).toBe('Reading more');
    expect(view.reviews.value).toEqual([
      expect.objectContaining({ partnerId: p, reviewDate: '2027-06-01' }),
    ]);
    actions.undo();
    expect(view.agreementOf(p).current?.purpose).toBe('Reading');
    expect(view.reviews.value[0]?.reviewDate).toBe('2026-11-01');
  });

  test('a deleted commitment is listed in Recently deleted and comes back from there', () => {
    const { doc, view, actions } = setup();
    const p = addPartner(doc, { name: 'Library' });
    const id = actions.addCommitment({ partnerId: p, side: 'school', text: 'Print flyers' });
    const deletions = new DeletionsView(doc);
    actions.removeCommitment(id);
    expect(view.commitmentsOf(p)).toEqual([]);
    const listed = deletions.recentlyDeleted.value.find((record) => record.id === id);
    expect(listed).toMatchObject({
      collection: 'commitments',
      title: 'Print flyers',
      deletedBy: 'Ana',
    });
    deletions.restore(listed!);
    expect(view.commitmentsOf(p).map((c) => c.text)).toEqual(['Print flyers']);
    deletions.dispose();
  });

  test('an edit re-reads only the record it touched', () => {
    const { doc, view } = setup();
    const p = addPartner(doc, { name: 'Library' });
    const ids = Array.from({ length: 50 }, (_, i) =>
      addCommitment(doc, { partnerId: p, side: 'school', text: `Promise ${i}` }),
    );
    const before = view.commitments.get(ids[1]!);
    transactLocal(doc, () => collection(doc, 'commitments').get(ids[0]!)!.set('who', 'Lee'));
    expect(view.commitments.get(ids[0]!)?.who).toBe('Lee');
    // Untouched records keep their validated object: they were not parsed again.
    expect(view.commitments.get(ids[1]!)).toBe(before);
    expect(dayNumber('2026-11-24')).toBe(view.today.value);
  });
});
