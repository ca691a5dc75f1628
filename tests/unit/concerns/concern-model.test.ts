import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  CONCERN_STATUSES,
  ConcernMoveError,
  concernSchema,
  getConcern,
  isStepBack,
  moveConcern,
  raiseConcern,
  transitionProblem,
  type ConcernStatus,
} from '../../../lib/model/concern';
import { collection } from '../../../lib/model/doc';
import { addPartner, deletePartner, restorePartner } from '../../../lib/model/partner';
import { getLesson } from '../../../lib/model/lesson';
import { inspectStored } from '../../../lib/model/quarantine';
import { parseRecord } from '../../../lib/model/records';
import { createUndoManager } from '../../../lib/model/undo';

function setup() {
  const doc = new Y.Doc();
  const partnerId = addPartner(doc, { name: 'Riverside Library' });
  const id = raiseConcern(doc, {
    partnerId,
    text: 'Volunteers arrive without background checks',
    raisedBy: 'Ana',
    side: 'school',
    date: '2026-10-01',
  });
  return { doc, partnerId, id };
}

const analysis = {
  rootCause: 'No shared checklist',
  whatWeChange: 'Checks before the first visit',
};

describe('concern transitions', () => {
  test('a concern starts raised and moves Raised → In dialogue → Resolved', () => {
    const { doc, id } = setup();
    expect(getConcern(doc, id)?.status).toBe('raised');
    moveConcern(doc, id, {
      to: 'in-dialogue',
      date: '2026-10-02',
      note: 'Met',
      people: ['Ana', 'Bo'],
    });
    expect(getConcern(doc, id)?.status).toBe('in-dialogue');
    moveConcern(doc, id, { to: 'resolved', date: '2026-10-09' }, analysis);
    const concern = getConcern(doc, id)!;
    expect(concern.status).toBe('resolved');
    expect(concern.steps.map((s) => [s.from, s.to])).toEqual([
      ['raised', 'in-dialogue'],
      ['in-dialogue', 'resolved'],
    ]);
    expect(concern.steps[0]).toMatchObject({
      date: '2026-10-02',
      note: 'Met',
      people: ['Ana', 'Bo'],
    });
  });

  test('going back (mediated → in dialogue, reopening) needs a note; forward moves do not', () => {
    for (const from of CONCERN_STATUSES) {
      for (const to of CONCERN_STATUSES) {
        const problem = transitionProblem(from, to, '', analysis);
        const withNote = transitionProblem(from, to, 'why', analysis);
        if (from === to) expect(problem).toBe('sameStatus');
        else if (withNote === 'notAllowed') expect(problem).toBe('notAllowed');
        else if (isStepBack(from, to)) {
          expect(problem).toBe('noteRequired');
          expect(withNote).toBeNull();
        } else expect(problem).toBeNull();
      }
    }
    expect(isStepBack('mediated', 'in-dialogue')).toBe(true);
    expect(isStepBack('resolved', 'in-dialogue')).toBe(true);
    expect(isStepBack('raised', 'mediated')).toBe(false);
  });

  test('nothing goes back to Raised, and a closed concern only reopens into dialogue', () => {
    const from: ConcernStatus[] = ['in-dialogue', 'mediated', 'resolved', 'withdrawn'];
    for (const status of from)
      expect(transitionProblem(status, 'raised', 'why')).toBe('notAllowed');
    expect(transitionProblem('resolved', 'withdrawn', 'why')).toBe('notAllowed');
    expect(transitionProblem('withdrawn', 'mediated', 'why')).toBe('notAllowed');
  });

  test('moveConcern refuses a step back without a note and leaves the concern as it was', () => {
    const { doc, id } = setup();
    moveConcern(doc, id, { to: 'mediated', date: '2026-10-02' });
    expect(() =>
      moveConcern(doc, id, { to: 'in-dialogue', date: '2026-10-03', note: ' ' }),
    ).toThrow(ConcernMoveError);
    expect(getConcern(doc, id)?.status).toBe('mediated');
    moveConcern(doc, id, { to: 'in-dialogue', date: '2026-10-03', note: 'Mediator stepped back' });
    expect(getConcern(doc, id)?.status).toBe('in-dialogue');
  });

  test('resolving without both parts of the post-analysis is refused', () => {
    const { doc, id } = setup();
    expect(() =>
      moveConcern(
        doc,
        id,
        { to: 'resolved', date: '2026-10-02' },
        { rootCause: 'x', whatWeChange: '' },
      ),
    ).toThrow(/root cause/);
    expect(getConcern(doc, id)?.status).toBe('raised');
    expect(collection(doc, 'lessons').size).toBe(0);
  });
});

describe('resolving creates a lesson learned', () => {
  test('the lesson carries the post-analysis and links back; the concern links to it', () => {
    const { doc, id, partnerId } = setup();
    const lessonId = moveConcern(
      doc,
      id,
      { to: 'resolved', date: '2026-10-09', by: 'Ana' },
      analysis,
    );
    const concern = getConcern(doc, id)!;
    expect(concern.lessonId).toBe(lessonId);
    expect(concern.rootCause).toBe(analysis.rootCause);
    const lesson = getLesson(doc, lessonId!)!;
    expect(lesson).toMatchObject({
      concernId: id,
      partnerIds: [partnerId],
      learned: analysis.rootCause,
      change: analysis.whatWeChange,
      date: '2026-10-09',
      title: 'Volunteers arrive without background checks',
    });
  });

  test('one Undo takes back the resolution and its lesson together', () => {
    const { doc, id } = setup();
    const undo = createUndoManager(doc);
    moveConcern(doc, id, { to: 'resolved', date: '2026-10-09' }, analysis);
    undo.stopCapturing();
    undo.undo();
    expect(getConcern(doc, id)?.status).toBe('raised');
    expect(getConcern(doc, id)?.lessonId).toBeUndefined();
    expect(collection(doc, 'lessons').size).toBe(0);
  });
});

describe('concerns in a shared doc', () => {
  test('two peers moving the same concern at once both keep their step and agree on the status', () => {
    const { doc: a, id } = setup();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveConcern(a, id, { to: 'in-dialogue', date: '2026-10-02', note: 'Call' });
    moveConcern(b, id, { to: 'withdrawn', date: '2026-10-02', note: 'Sorted itself out' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [ca, cb] = [getConcern(a, id)!, getConcern(b, id)!];
    expect(ca.steps).toHaveLength(2);
    expect(ca.status).toBe(cb.status);
    expect(ca.steps).toEqual(cb.steps);
  });

  test('a step a peer wrote wrong is skipped, not the whole concern', () => {
    const { doc, id } = setup();
    moveConcern(doc, id, { to: 'in-dialogue', date: '2026-10-02' });
    const steps = collection(doc, 'concerns').get(id)!.get('steps') as Y.Array<unknown>;
    steps.push([{ to: 'nonsense', date: 'yesterday' }, 42]);
    const concern = getConcern(doc, id)!;
    expect(concern.steps).toHaveLength(1);
    expect(concern.status).toBe('in-dialogue');
  });

  test('a concern without text is quarantined with the field named', () => {
    const { doc, id } = setup();
    collection(doc, 'concerns').get(id)!.set('text', '   ');
    expect(inspectStored(doc, 'concerns', id)?.reason).toEqual({
      code: 'invalidField',
      values: { field: 'text' },
    });
  });

  test('the only visibility is the whole workspace, whatever a peer writes', () => {
    const { doc, id } = setup();
    collection(doc, 'concerns').get(id)!.set('visibility', 'private');
    const raw = collection(doc, 'concerns').get(id);
    expect(parseRecord(concernSchema, id, raw)?.visibility).toBe('workspace');
  });

  test('deleting a partner takes its concerns along, and restoring brings them back', () => {
    const { doc, id, partnerId } = setup();
    deletePartner(doc, partnerId, 'Ana');
    expect(getConcern(doc, id)).toBeNull();
    restorePartner(doc, partnerId);
    expect(getConcern(doc, id)?.text).toMatch(/Volunteers/);
  });
});
