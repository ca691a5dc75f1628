import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { confirmAgreement, saveAgreement } from '../../../lib/model/agreement';
import {
  addCommitment,
  changeCommitmentStatus,
  deleteCommitment,
} from '../../../lib/model/commitment';
import { deleteConcern, moveConcern, raiseConcern } from '../../../lib/model/concern';
import { addContribution } from '../../../lib/model/contribution';
import { collection } from '../../../lib/model/doc';
import { addFeedback } from '../../../lib/model/feedback';
import { singleDocHistory } from '../../../lib/model/history-docs';
import { addPartner } from '../../../lib/model/partner';
import { addStory, deleteStory } from '../../../lib/model/story';
import { AgreementsView } from '../../../lib/state/agreements-view';
import { ConcernsView } from '../../../lib/state/concerns-view';
import { FeedbackView } from '../../../lib/state/feedback-view';
import { PartnerTimeline } from '../../../lib/state/partner-timeline';
import { ValueView } from '../../../lib/state/value-view';

const NOW = new Date(2026, 10, 24, 12).getTime();

function setup() {
  const doc = new Y.Doc();
  const history = singleDocHistory(doc);
  const timeline = new PartnerTimeline({
    agreements: new AgreementsView(doc, { clock: () => NOW }),
    concerns: new ConcernsView(doc),
    feedback: new FeedbackView(history),
    value: new ValueView(doc, history),
  });
  const library = addPartner(doc, { name: 'Library' });
  const museum = addPartner(doc, { name: 'Museum' });
  return { doc, history, timeline, library, museum };
}

const types = (events: { type: string }[]) => events.map((event) => event.type);

describe('PartnerTimeline.eventsOf', () => {
  test('lists every kind of record event of the partner, newest first', () => {
    const { doc, history, timeline, library, museum } = setup();
    const version = saveAgreement(doc, library, { purpose: 'Reading' }, { now: NOW - 9e8 })!;
    confirmAgreement(doc, version, { name: 'Ana', side: 'school', date: '2026-11-15' });
    const commitment = addCommitment(
      doc,
      { partnerId: library, side: 'partner', text: 'Lend books' },
      NOW - 5e8,
    );
    changeCommitmentStatus(doc, commitment, { to: 'delivered', note: 'All 40' }, NOW - 1e8);
    const concern = raiseConcern(
      doc,
      { partnerId: library, text: 'Late buses', side: 'partner', date: '2026-11-10' },
      NOW - 4e8,
    );
    moveConcern(doc, concern, { to: 'in-dialogue', date: '2026-11-12', note: 'Called' });
    addFeedback(history, {
      partnerId: library,
      date: '2026-11-20',
      score: 4,
      channel: 'survey',
    });
    addContribution(history, {
      partnerId: library,
      direction: 'from-partner',
      kind: 'grant',
      amount: 500,
      currency: 'USD',
      date: '2026-09-01',
    });
    addStory(doc, { title: 'Reading week', date: '2026-10-01', partnerIds: [library, museum] });
    addStory(doc, { title: 'Museum night', date: '2026-10-02', partnerIds: [museum] });

    const events = timeline.eventsOf(library);
    // The clock is Nov 24, 12:00: the pledge is Nov 18 ~17:00, the status change Nov 23 ~08:00,
    // the agreement saved Nov 14 ~02:00 (timestamps read as the local day and minute).
    expect(types(events)).toEqual([
      'commitment-status',
      'feedback',
      'commitment-pledged',
      'agreement-confirmed',
      'agreement-saved',
      'concern-step',
      'concern-raised',
      'story',
      'contribution',
    ]);
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(events.find((event) => event.type === 'story')?.text).toBe('Reading week');
    expect(timeline.eventsOf(museum).map((event) => event.text)).toEqual([
      'Museum night',
      'Reading week',
    ]);
  });

  test('leaves soft-deleted records out, and puts them back when restored', () => {
    const { doc, timeline, library } = setup();
    const kept = addCommitment(doc, { partnerId: library, side: 'school', text: 'Host' });
    const gone = addCommitment(doc, { partnerId: library, side: 'school', text: 'Paint' });
    const concern = raiseConcern(doc, {
      partnerId: library,
      text: 'Noise',
      side: 'school',
      date: '2026-11-01',
    });
    const story = addStory(doc, { title: 'Old story', partnerIds: [library] });
    deleteCommitment(doc, gone, 'Ana');
    deleteConcern(doc, concern, 'Ana');
    deleteStory(doc, story, 'Ana');
    expect(timeline.eventsOf(library).map((event) => event.recordId)).toEqual([kept]);
  });

  test('a record moved to another partner leaves the first timeline and joins the second', () => {
    const { doc, timeline, library, museum } = setup();
    const id = addCommitment(doc, { partnerId: library, side: 'school', text: 'Host visits' });
    expect(timeline.eventsOf(library)).toHaveLength(1);
    (collection(doc, 'commitments').get(id) as Y.Map<unknown>).set('partnerId', museum);
    expect(timeline.eventsOf(library)).toEqual([]);
    expect(timeline.eventsOf(museum).map((event) => event.recordId)).toEqual([id]);
  });

  test('hands back the same events until one of the partner’s records changes', () => {
    const { doc, timeline, library } = setup();
    addCommitment(doc, { partnerId: library, side: 'school', text: 'Host' });
    const first = timeline.eventsOf(library);
    expect(timeline.eventsOf(library)).toBe(first);
    addCommitment(doc, { partnerId: library, side: 'school', text: 'Paint' });
    expect(timeline.eventsOf(library)).not.toBe(first);
    expect(timeline.eventsOf(library)).toHaveLength(2);
  });
});

describe('PartnerTimeline.search', () => {
  function seeded() {
    const context = setup();
    const { doc, history, library, museum } = context;
    const commitment = addCommitment(doc, {
      partnerId: library,
      side: 'partner',
      text: 'Lend the atlas',
    });
    changeCommitmentStatus(doc, commitment, { to: 'in-progress', note: 'Camión reservado' });
    raiseConcern(doc, {
      partnerId: museum,
      text: 'Visitas canceladas por la lluvia',
      side: 'partner',
      date: '2026-11-01',
    });
    addFeedback(history, {
      partnerId: library,
      date: '2026-11-05',
      score: 2,
      comment: 'Need more Café hours',
      channel: 'conversation',
    });
    addContribution(history, {
      partnerId: museum,
      direction: 'to-partner',
      kind: 'recognition',
      hours: 3,
      date: '2026-10-05',
      note: 'Certificado de gratitud',
    });
    addStory(doc, {
      title: 'Noche del museo',
      body: 'Families came',
      date: '2026-10-10',
      partnerIds: [museum],
    });
    return { ...context, commitment };
  }

  test('finds each kind by a word of its text, ignoring case and accents', () => {
    const { timeline, library, museum, commitment } = seeded();
    expect(timeline.search('CAMION')).toMatchObject([
      { type: 'commitment-pledged', recordId: commitment, partnerId: library },
    ]);
    expect(timeline.search('lluvia visitas')).toMatchObject([
      { type: 'concern-raised', partnerId: museum },
    ]);
    expect(timeline.search('cafe')).toMatchObject([{ type: 'feedback', partnerId: library }]);
    expect(timeline.search('gratitud')).toMatchObject([
      { type: 'contribution', partnerId: museum },
    ]);
    expect(timeline.search('families')).toMatchObject([{ type: 'story', partnerId: museum }]);
  });

  test('needs every word, and an empty query finds nothing', () => {
    const { timeline } = seeded();
    expect(timeline.search('lluvia atlas')).toEqual([]);
    expect(timeline.search('   ')).toEqual([]);
  });

  test('narrows to one partner and a date range, newest first', () => {
    const { timeline, museum } = seeded();
    expect(types(timeline.search('a'))).toContain('commitment-pledged');
    const museumOnly = timeline.search('a', { partnerId: museum });
    expect(museumOnly.every((match) => match.partnerId === museum)).toBe(true);
    expect(types(museumOnly)).toEqual(['concern-raised', 'story', 'contribution']);
    expect(types(timeline.search('a', { partnerId: museum, from: '2026-10-06' }))).toEqual([
      'concern-raised',
      'story',
    ]);
    expect(types(timeline.search('a', { partnerId: museum, to: '2026-10-06' }))).toEqual([
      'contribution',
    ]);
  });

  test('a record edited after a search is found by its new text', () => {
    const { doc, timeline, commitment } = seeded();
    expect(timeline.search('globe')).toEqual([]);
    (collection(doc, 'commitments').get(commitment) as Y.Map<unknown>).set('text', 'Lend a globe');
    expect(timeline.search('globe')).toHaveLength(1);
  });
});
