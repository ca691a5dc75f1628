// The partner timeline and the Log's search across records at district size: 10,000 partners,
// 20,000 contributions with notes, 2,000 commitments, 1,000 concerns, 5,000 feedback pulses and
// 200 stories in one doc. Times a partner's record events (first build, then from the cache), the
// merge into a partner's 5,000-row log, and a search across every kind (the first one folds each
// record's text; later ones reuse it).
import * as Y from 'yjs';
import { addCommitment } from '../../lib/model/commitment';
import { raiseConcern } from '../../lib/model/concern';
import { addContribution } from '../../lib/model/contribution';
import { transactLocal } from '../../lib/model/doc';
import { addFeedback } from '../../lib/model/feedback';
import { singleDocHistory } from '../../lib/model/history-docs';
import { addPartner } from '../../lib/model/partner';
import { addStory } from '../../lib/model/story';
import { mergeTimeline } from '../../lib/model/timeline';
import { AgreementsView } from '../../lib/state/agreements-view';
import { ConcernsView } from '../../lib/state/concerns-view';
import { FeedbackView } from '../../lib/state/feedback-view';
import { PartnerTimeline } from '../../lib/state/partner-timeline';
import { ValueView } from '../../lib/state/value-view';
import { median, table, time } from './stats';

const PARTNERS = 10_000;
const CONTRIBUTIONS = 20_000;
const COMMITMENTS = 2_000;
const CONCERNS = 1_000;
const PULSES = 5_000;
const STORIES = 200;
const LOG_ROWS = 5_000;

const day = (offset: number) =>
  new Date(Date.UTC(2024, 0, 1) + (offset % 900) * 86_400_000).toISOString().slice(0, 10);
const WORDS = ['reading', 'buses', 'library', 'volunteers', 'grant', 'fair', 'robotics', 'café'];
const words = (i: number) => `${WORDS[i % 8]} ${WORDS[(i * 7) % 8]} note ${i}`;

function seed() {
  const doc = new Y.Doc();
  const history = singleDocHistory(doc);
  const partners: string[] = [];
  transactLocal(doc, () => {
    for (let i = 0; i < PARTNERS; i++) partners.push(addPartner(doc, { name: `Partner ${i}` }));
    const partner = (i: number) => partners[i % PARTNERS]!;
    for (let i = 0; i < CONTRIBUTIONS; i++)
      addContribution(history, {
        partnerId: partner(i),
        direction: i % 3 ? 'from-partner' : 'to-partner',
        kind: 'other',
        hours: 2,
        date: day(i),
        note: words(i),
      });
    for (let i = 0; i < COMMITMENTS; i++)
      addCommitment(doc, { partnerId: partner(i), side: 'school', text: words(i) });
    for (let i = 0; i < CONCERNS; i++)
      raiseConcern(doc, { partnerId: partner(i), text: words(i), side: 'partner', date: day(i) });
    for (let i = 0; i < PULSES; i++)
      addFeedback(history, {
        partnerId: partner(i),
        date: day(i),
        score: (i % 5) + 1,
        comment: words(i),
        channel: 'survey',
      });
    for (let i = 0; i < STORIES; i++)
      addStory(doc, { title: words(i), date: day(i), partnerIds: [partner(i)] });
  });
  return { doc, history, partners };
}

export async function run(): Promise<string> {
  const { doc, history, partners } = seed();
  const timeline = new PartnerTimeline({
    agreements: new AgreementsView(doc),
    concerns: new ConcernsView(doc),
    feedback: new FeedbackView(history),
    value: new ValueView(doc, history),
  });
  const partner = partners[0]!;
  const firstEvents = time(() => timeline.eventsOf(partner));
  const cachedEvents = median(
    Array.from({ length: 20 }, () => time(() => timeline.eventsOf(partner))),
  );
  const events = timeline.eventsOf(partner);
  const log = Array.from({ length: LOG_ROWS }, (_, i) => ({
    id: `e${i}`,
    date: day(LOG_ROWS - i),
  })).sort((a, b) => (a.date < b.date ? 1 : -1));
  const merge = median(Array.from({ length: 20 }, () => time(() => mergeTimeline(log, events))));
  let found = 0;
  const firstSearch = time(() => (found = timeline.search('buses').length));
  const laterSearch = median(
    Array.from({ length: 10 }, (_, i) =>
      time(() => timeline.search(i % 2 ? 'buses café' : 'grant fair')),
    ),
  );
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return [
    '## Partner timeline and search across records',
    '',
    `${PARTNERS.toLocaleString('en')} partners, ${CONTRIBUTIONS.toLocaleString('en')} contributions, ${COMMITMENTS.toLocaleString('en')} commitments, ${CONCERNS.toLocaleString('en')} concerns, ${PULSES.toLocaleString('en')} pulses, ${STORIES} stories.`,
    '',
    table(
      ['What', 'Time'],
      [
        [`A partner's record events, first build (${events.length} events)`, ms(firstEvents)],
        ["A partner's record events, again (cached)", ms(cachedEvents)],
        [`Merge into a ${LOG_ROWS.toLocaleString('en')}-row log (median)`, ms(merge)],
        [`First search across every kind (${found} hits; folds every text)`, ms(firstSearch)],
        ['Later searches (median)', ms(laterSearch)],
      ],
    ),
    '',
  ].join('\n');
}
