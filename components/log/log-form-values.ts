import {
  isDateOnly,
  isValidLocalDate,
  type AgendaItemInput,
  type LogEntry,
  type LogEntryInput,
  type LogKind,
  type MeetingFormat,
} from '../../lib/model/log-entry';
import { t } from '../../lib/i18n';
import { localDateTime } from '../../lib/model/days';
import { TEXT_CAPS } from '../../lib/model/validation';
import { LIMITS } from '../../lib/model/fields';
import { tooLongErrors } from '../common/length-errors';
import { lines } from './format';

/** One agenda item as the user is editing it. `key` tells rows apart before the item has an id. */
export interface AgendaDraft {
  key: string;
  id?: string | undefined;
  text: string;
  notes: string;
  /** One decision per line. */
  decisions: string;
  source?: AgendaItemInput['source'];
}

/** The log entry form's fields, as the user typed them. */
export interface LogFormValues {
  kind: LogKind;
  title: string;
  /** `YYYY-MM-DD` when all day, otherwise `YYYY-MM-DDTHH:mm` (local wall-clock time). */
  date: string;
  allDay: boolean;
  partnerIds: string[];
  personIds: string[];
  goalIds: string[];
  notes: string;
  /** One decision per line. */
  decisions: string;
  format: MeetingFormat;
  location: string;
  /** Minutes, as typed. */
  duration: string;
  /** Other attendees, separated by commas. */
  others: string;
  agenda: AgendaDraft[];
  /** The page the entry was logged from; kept as it is, not edited. */
  sourceUrl?: string | undefined;
}

export type LogFormErrors = Partial<Record<'title' | 'date' | 'location' | 'notes', string>>;

/** The most characters each text field takes: what the model keeps. */
export const LOG_FIELD_CAPS = {
  title: TEXT_CAPS.name,
  location: LIMITS.url,
  notes: TEXT_CAPS.longText,
  agendaText: TEXT_CAPS.shortText,
} as const;

export const DEFAULT_DURATION_MINUTES = 60;
const MIN_DURATION = 5;
const MAX_DURATION = 24 * 60;

let draftKeys = 0;
/** A key for a new agenda row, unique in this page. */
export const newDraftKey = () => `agenda-draft-${++draftKeys}`;

export function emptyAgendaDraft(text = '', source?: AgendaItemInput['source']): AgendaDraft {
  return { key: newDraftKey(), text, notes: '', decisions: '', source };
}

/** The form for an entry, or for a new one from a prefill (the date defaults to now). */
export function entryToForm(
  entry: LogEntry | Partial<LogEntryInput> = {},
  now: number = Date.now(),
): LogFormValues {
  const date = entry.date ?? localDateTime(now);
  const meeting = entry.meeting;
  return {
    kind: entry.kind ?? 'meeting',
    title: entry.title ?? '',
    date,
    allDay: isDateOnly(date),
    partnerIds: [...(entry.partnerIds ?? [])],
    personIds: [...(entry.personIds ?? [])],
    goalIds: [...(entry.goalIds ?? [])],
    notes: entry.notes ?? '',
    decisions: (entry.decisions ?? []).join('\n'),
    format: meeting?.format ?? 'in-person',
    location: meeting?.location ?? '',
    duration: String(meeting?.durationMinutes ?? DEFAULT_DURATION_MINUTES),
    others: (meeting?.attendeeNames ?? []).join(', '),
    agenda: (entry.agenda ?? []).map((item) => ({
      key: newDraftKey(),
      id: item.id,
      text: item.text,
      notes: item.notes ?? '',
      decisions: (item.decisions ?? []).join('\n'),
      source: item.source,
    })),
    sourceUrl: entry.sourceUrl,
  };
}

/** Switching "All day" keeps the day: it drops the time, or adds 09:00 when a time is needed. */
export function withAllDay(values: LogFormValues, allDay: boolean): LogFormValues {
  const date = allDay
    ? values.date.slice(0, 10)
    : values.date.length === 10
      ? `${values.date}T09:00`
      : values.date;
  return { ...values, allDay, date };
}

function durationOf(text: string): number {
  const minutes = Number.parseInt(text, 10);
  if (!Number.isFinite(minutes) || minutes < MIN_DURATION) return DEFAULT_DURATION_MINUTES;
  return Math.min(minutes, MAX_DURATION);
}

/**
 * Turns form values into an entry, or says what needs fixing. `peopleShown`, when given, are the
 * people the form offers (those of the chosen partners): a person ticked under a partner that was
 * then removed is dropped rather than saved out of sight.
 */
export function formToLogEntry(
  values: LogFormValues,
  peopleShown?: readonly string[],
): { ok: true; value: LogEntryInput } | { ok: false; errors: LogFormErrors } {
  // The location is only saved (and only shown) for a meeting.
  const errors: LogFormErrors = tooLongErrors(values, {
    title: LOG_FIELD_CAPS.title,
    notes: LOG_FIELD_CAPS.notes,
    ...(values.kind === 'meeting' ? { location: LOG_FIELD_CAPS.location } : {}),
  });
  const title = values.title.trim();
  if (!title) errors.title = t('log.form.error.title');
  if (!isValidLocalDate(values.date)) {
    errors.date = values.allDay ? t('log.form.error.date') : t('log.form.error.dateTime');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const meeting = values.kind === 'meeting';
  const shown = peopleShown ? new Set(peopleShown) : null;
  return {
    ok: true,
    value: {
      kind: values.kind,
      title,
      date: values.date,
      notes: values.notes.trim() || undefined,
      decisions: lines(values.decisions),
      partnerIds: [...values.partnerIds],
      personIds: shown ? values.personIds.filter((id) => shown.has(id)) : [...values.personIds],
      goalIds: [...values.goalIds],
      sourceUrl: values.sourceUrl,
      meeting: meeting
        ? {
            format: values.format,
            location: values.location.trim() || undefined,
            attendeeNames: values.others
              .split(',')
              .map((name) => name.trim())
              .filter(Boolean),
            durationMinutes: durationOf(values.duration),
          }
        : undefined,
      agenda: meeting
        ? values.agenda
            .filter((item) => item.text.trim())
            .map((item) => ({
              ...(item.id ? { id: item.id } : {}),
              text: item.text,
              notes: item.notes,
              decisions: lines(item.decisions),
              source: item.source,
            }))
        : [],
    },
  };
}
