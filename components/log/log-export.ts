import { meetingToIcs } from '../../lib/model/export-ics';
import { agendaMarkdown, exportFileName, minutesMarkdown } from '../../lib/model/export-markdown';
import type { LogEntry } from '../../lib/model/log-entry';
import { downloadTextFile } from '../common/download-file';
import type { ToastMessage } from '../common/Toast';
import type { LogData } from './types';

export type EntryExport = 'copy-agenda' | 'copy-minutes' | 'agenda' | 'minutes' | 'ics';

const TEXT = {
  agendaCopied: 'Agenda copied as Markdown.',
  minutesCopied: 'Minutes copied as Markdown.',
  noClipboard: 'The clipboard is not available here; use Download instead.',
};

/** The names an entry's exports print: its partners, people and linked goals. */
export function entryNames(
  entry: LogEntry,
  data: Pick<LogData, 'partnerName' | 'personName' | 'goalTitles'>,
) {
  const known = (name: string | undefined): name is string => Boolean(name);
  return {
    partners: entry.partnerIds.map(data.partnerName).filter(known),
    people: entry.personIds.map(data.personName).filter(known),
    goals: data.goalTitles(entry.goalIds),
  };
}

/** Copies or downloads an entry's agenda, minutes or calendar invitation. */
export function exportEntry(
  entry: LogEntry,
  what: EntryExport,
  data: Pick<LogData, 'partnerName' | 'personName' | 'goalTitles' | 'followupsOf'>,
  notify: (toast: Omit<ToastMessage, 'id'>) => void,
) {
  const names = entryNames(entry, data);
  if (what === 'ics') {
    const ics = meetingToIcs(entry, {
      attendees: [...names.people, ...(entry.meeting?.attendeeNames ?? [])],
      description: entry.notes,
    });
    downloadTextFile(exportFileName(entry, '', 'ics'), ics, 'text/calendar');
    return;
  }
  const markdown = what.endsWith('agenda')
    ? agendaMarkdown(entry, names)
    : minutesMarkdown(entry, names, data.followupsOf(entry.id));
  if (!what.startsWith('copy-')) {
    downloadTextFile(exportFileName(entry, what, 'md'), markdown, 'text/markdown');
    return;
  }
  navigator.clipboard.writeText(markdown).then(
    () => notify({ text: what === 'copy-agenda' ? TEXT.agendaCopied : TEXT.minutesCopied }),
    () => notify({ text: TEXT.noClipboard }),
  );
}
