import { formatNumber, t } from '../../lib/i18n';
import type { Checkin } from '../../lib/model/checkin';
import type { AgendaGoal } from '../../lib/model/meeting-checkins';
import { meetingToIcs } from '../../lib/model/export-ics';
import {
  agendaMarkdown,
  exportFileName,
  minutesMarkdown,
  type ExportLabels,
} from '../../lib/model/export-markdown';
import type { LogEntry } from '../../lib/model/log-entry';
import { downloadTextFile } from '../common/download-file';
import type { ToastMessage } from '../common/Toast';
import { formatLabel, kindLabel } from './format';
import type { LogData } from './types';

export type EntryExport = 'copy-agenda' | 'copy-minutes' | 'agenda' | 'minutes' | 'ics';

/**
 * An export's headings and labels in the interface language: the file is for the person who
 * makes it (and whoever they send it to), so it reads in their language; data stays as typed.
 */
export function exportLabels(): ExportLabels {
  return {
    agendaTitle: t('exports.markdown.agendaTitle'),
    minutesTitle: t('exports.markdown.minutesTitle'),
    agenda: t('exports.markdown.agenda'),
    noAgendaItems: t('exports.markdown.noAgendaItems'),
    agendaItems: t('exports.markdown.agendaItems'),
    decisions: t('exports.markdown.decisions'),
    followups: t('exports.markdown.followups'),
    checkins: t('exports.markdown.checkins'),
    noNotes: t('exports.markdown.noNotes'),
    notes: t('exports.markdown.notes'),
    date: t('exports.markdown.date'),
    kind: t('exports.markdown.kind'),
    format: t('exports.markdown.format'),
    where: t('exports.markdown.where'),
    partners: t('exports.markdown.partners'),
    attendees: t('exports.markdown.attendees'),
    goals: t('exports.markdown.goals'),
    due: (day) => t('exports.markdown.due', { day }),
    kinds: {
      meeting: kindLabel('meeting'),
      call: kindLabel('call'),
      email: kindLabel('email'),
      visit: kindLabel('visit'),
      event: kindLabel('event'),
      note: kindLabel('note'),
    },
    formats: {
      'in-person': formatLabel('in-person'),
      virtual: formatLabel('virtual'),
      hybrid: formatLabel('hybrid'),
    },
  };
}

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

/** "Reading at grade level: 42 % — most classes tested", in the reader's language. */
export function meetingCheckinText(
  goal: Pick<AgendaGoal, 'title' | 'unit'>,
  checkin: Pick<Checkin, 'value' | 'note'>,
): string {
  const value = goal.unit
    ? `${formatNumber(checkin.value)} ${goal.unit}`
    : formatNumber(checkin.value);
  const line = t('log.detail.checkinLine', { goal: goal.title, value });
  return checkin.note ? `${line} — ${checkin.note}` : line;
}

/** Copies or downloads an entry's agenda, minutes or calendar invitation. */
export function exportEntry(
  entry: LogEntry,
  what: EntryExport,
  data: Pick<LogData, 'partnerName' | 'personName' | 'goalTitles' | 'followupsOf' | 'agendaGoals'>,
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
  const labels = exportLabels();
  const checkins = data.agendaGoals(entry).flatMap((goal) =>
    goal.checkins.map((checkin) => ({
      agendaItemId: goal.agendaItemId,
      text: meetingCheckinText(goal, checkin),
    })),
  );
  const markdown = what.endsWith('agenda')
    ? agendaMarkdown(entry, names, labels)
    : minutesMarkdown(entry, { ...names, checkins }, data.followupsOf(entry.id), labels);
  if (!what.startsWith('copy-')) {
    downloadTextFile(exportFileName(entry, what, 'md'), markdown, 'text/markdown');
    return;
  }
  navigator.clipboard.writeText(markdown).then(
    () =>
      notify({
        text: what === 'copy-agenda' ? t('log.export.agendaCopied') : t('log.export.minutesCopied'),
      }),
    () => notify({ text: t('log.export.noClipboard') }),
  );
}
