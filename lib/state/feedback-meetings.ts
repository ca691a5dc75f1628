import { formatDay } from '../i18n';
import type { LogView } from './log-view';

/** How many of a partner's meetings the feedback form offers: recent ones are what gets tied. */
const MAX_MEETINGS = 20;

/**
 * The partner's most recent meetings, for tying a feedback pulse to one: from the log's
 * per-partner index, so it reads a few entries, never the log.
 */
export function partnerMeetings(
  log: Pick<LogView, 'timelineOf' | 'entry'>,
  partnerId: string,
): { id: string; label: string }[] {
  const meetings: { id: string; label: string }[] = [];
  for (const item of log.timelineOf(partnerId)) {
    if (item.kind !== 'meeting') continue;
    const entry = log.entry(item.id);
    if (!entry) continue;
    meetings.push({ id: item.id, label: `${formatDay(item.date.slice(0, 10))} · ${entry.title}` });
    if (meetings.length >= MAX_MEETINGS) break;
  }
  return meetings;
}
