import { formatCurrency, t, type MessageKey } from '../../lib/i18n';
import { sectionOf, type RecordEvent, type RecordSection } from '../../lib/model/timeline';
import { sideLabel, statusLabel } from '../agreements/labels';
import { statusLabel as concernStatusLabel } from '../concerns/labels';
import { contributionKindLabel, hoursText } from '../contributions/labels';

/** The model keeps sections as codes; their words live in the catalogue. */
const KIND_KEYS: Record<RecordSection, MessageKey> = {
  agreement: 'timeline.kind.agreement',
  commitment: 'timeline.kind.commitment',
  concern: 'timeline.kind.concern',
  feedback: 'timeline.kind.feedback',
  contribution: 'timeline.kind.contribution',
  story: 'timeline.kind.story',
  lesson: 'timeline.kind.lesson',
};

/** Short marks for the kind badge (plain letters, like the log's). */
const BADGE_KEYS: Record<RecordSection, MessageKey> = {
  agreement: 'timeline.badge.agreement',
  commitment: 'timeline.badge.commitment',
  concern: 'timeline.badge.concern',
  feedback: 'timeline.badge.feedback',
  contribution: 'timeline.badge.contribution',
  story: 'timeline.badge.story',
  lesson: 'timeline.badge.lesson',
};

export const recordKindLabel = (event: RecordEvent) => t(KIND_KEYS[sectionOf(event)]);
export const recordBadge = (event: RecordEvent) => t(BADGE_KEYS[sectionOf(event)]);

const yes = (text: string) => (text ? 'yes' : 'no');

/** What happened, in one line: the row's title. */
export function recordTitle(event: RecordEvent): string {
  switch (event.type) {
    case 'agreement-saved':
      return t('timeline.agreementSaved', { hasText: yes(event.text), text: event.text });
    case 'agreement-confirmed':
      return t('timeline.agreementConfirmed', { name: event.text, side: sideLabel(event.side) });
    case 'commitment-pledged':
      return t('timeline.commitmentPledged', { side: sideLabel(event.side), text: event.text });
    case 'commitment-status':
      return t('timeline.statusChange', {
        status: statusLabel(event.status),
        text: event.text,
        hasNote: yes(event.note),
        note: event.note,
      });
    case 'concern-raised':
      return t('timeline.concernRaised', { text: event.text });
    case 'concern-step':
      return t('timeline.statusChange', {
        status: concernStatusLabel(event.status),
        text: event.text,
        hasNote: yes(event.note),
        note: event.note,
      });
    case 'feedback':
      return t('timeline.feedback', {
        score: event.score,
        hasText: yes(event.text),
        text: event.text,
      });
    case 'contribution': {
      const value = [
        event.amount !== undefined && event.currency
          ? formatCurrency(event.amount, event.currency)
          : '',
        event.hours !== undefined ? hoursText(event.hours) : '',
      ]
        .filter(Boolean)
        .join(', ');
      return t(
        event.direction === 'from-partner'
          ? 'timeline.contributionGiven'
          : 'timeline.contributionReceived',
        {
          kind: contributionKindLabel(event.kind),
          value,
          hasText: yes(event.text),
          text: event.text,
        },
      );
    }
    case 'story':
    case 'lesson':
      return event.text;
  }
}
