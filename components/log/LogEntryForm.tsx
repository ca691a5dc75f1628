import { useMemo, useRef, useState } from 'preact/hooks';
import type { AgendaSuggestion } from '../../lib/model/agenda';
import {
  isDateOnly,
  isValidLocalDate,
  LOG_KINDS,
  LOG_KIND_LABELS,
  MEETING_FORMATS,
  MEETING_FORMAT_LABELS,
  type AgendaItemInput,
  type LogEntry,
  type LogEntryInput,
  type LogKind,
  type MeetingFormat,
} from '../../lib/model/log-entry';
import { Field } from '../common/Field';
import { lines, nowLocalInput } from './format';

export interface NamedRef {
  id: string;
  name: string;
}

interface AgendaDraft {
  key: string;
  id?: string | undefined;
  text: string;
  notes: string;
  decisions: string;
  source?: AgendaItemInput['source'];
}

export interface LogEntryFormProps {
  initial?: LogEntry | undefined;
  prefill?: Partial<LogEntryInput> | undefined;
  searchPartners: (query: string) => NamedRef[];
  partnerName: (id: string) => string | undefined;
  peopleOf: (partnerIds: readonly string[]) => NamedRef[];
  goals: { id: string; title: string }[];
  suggest: (state: {
    partnerIds: string[];
    goalIds: string[];
    agenda: Pick<AgendaItemInput, 'source'>[];
  }) => AgendaSuggestion[];
  onSave: (input: LogEntryInput) => void;
  onCancel: () => void;
}

let draftKeys = 0;
const draftKey = () => `d${++draftKeys}`;

/** Log a contact, or plan a meeting with its agenda and (afterwards) its minutes. */
export function LogEntryForm(props: LogEntryFormProps) {
  const base = props.initial ?? props.prefill ?? {};
  const [kind, setKind] = useState<LogKind>(base.kind ?? 'meeting');
  const [title, setTitle] = useState(base.title ?? '');
  const initialDate = base.date ?? nowLocalInput();
  const [allDay, setAllDay] = useState(isDateOnly(initialDate));
  const [date, setDate] = useState(initialDate);
  const [partnerIds, setPartnerIds] = useState<string[]>(base.partnerIds ?? []);
  const [personIds, setPersonIds] = useState<string[]>(base.personIds ?? []);
  const [goalIds, setGoalIds] = useState<string[]>(base.goalIds ?? []);
  const [notes, setNotes] = useState(base.notes ?? '');
  const [decisions, setDecisions] = useState((base.decisions ?? []).join('\n'));
  const meeting = base.meeting;
  const [format, setFormat] = useState<MeetingFormat>(meeting?.format ?? 'in-person');
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [duration, setDuration] = useState(String(meeting?.durationMinutes ?? 60));
  const [others, setOthers] = useState((meeting?.attendeeNames ?? []).join(', '));
  const [agenda, setAgenda] = useState<AgendaDraft[]>(
    (base.agenda ?? []).map((item) => ({
      key: draftKey(),
      id: item.id,
      text: item.text,
      notes: item.notes ?? '',
      decisions: (item.decisions ?? []).join('\n'),
      source: item.source,
    })),
  );
  const [partnerQuery, setPartnerQuery] = useState('');
  const [errors, setErrors] = useState<{ title?: string; date?: string }>({});
  const agendaRef = useRef<HTMLOListElement>(null);

  const partnerMatches = useMemo(
    () =>
      partnerQuery.trim()
        ? props
            .searchPartners(partnerQuery)
            .filter((p) => !partnerIds.includes(p.id))
            .slice(0, 6)
        : [],
    [partnerQuery, partnerIds, props.searchPartners],
  );
  const people = useMemo(() => props.peopleOf(partnerIds), [partnerIds, props.peopleOf]);
  const suggestions =
    kind === 'meeting'
      ? props.suggest({ partnerIds, goalIds, agenda: agenda.map((a) => ({ source: a.source })) })
      : [];

  const focusLastAgendaItem = () =>
    requestAnimationFrame(() => {
      const inputs = agendaRef.current?.querySelectorAll<HTMLInputElement>('input.agenda-text');
      inputs?.[inputs.length - 1]?.focus();
    });
  const addItem = (text = '', source?: AgendaItemInput['source']) => {
    setAgenda((items) => [...items, { key: draftKey(), text, notes: '', decisions: '', source }]);
    if (!text) focusLastAgendaItem();
  };
  const patchItem = (key: string, patch: Partial<AgendaDraft>) =>
    setAgenda((items) => items.map((item) => (item.key === key ? { ...item, ...patch } : item)));

  const toggleAllDay = (checked: boolean) => {
    setAllDay(checked);
    setDate((current) =>
      checked ? current.slice(0, 10) : current.length === 10 ? `${current}T09:00` : current,
    );
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!title.trim()) next.title = 'Give the entry a title.';
    if (!isValidLocalDate(date)) next.date = allDay ? 'Enter a date.' : 'Enter a date and time.';
    setErrors(next);
    if (next.title || next.date) {
      document.getElementById(next.title ? 'log-title' : 'log-date')?.focus();
      return;
    }
    const minutes = Number.parseInt(duration, 10);
    props.onSave({
      kind,
      title: title.trim(),
      date,
      notes: notes.trim() || undefined,
      decisions: lines(decisions),
      partnerIds,
      personIds: personIds.filter((id) => people.some((p) => p.id === id)),
      goalIds,
      sourceUrl: base.sourceUrl,
      meeting:
        kind === 'meeting'
          ? {
              format,
              location: location.trim() || undefined,
              attendeeNames: others
                .split(',')
                .map((name) => name.trim())
                .filter(Boolean),
              durationMinutes:
                Number.isFinite(minutes) && minutes >= 5 ? Math.min(minutes, 1440) : 60,
            }
          : undefined,
      agenda:
        kind === 'meeting'
          ? agenda
              .filter((item) => item.text.trim())
              .map((item) => ({
                ...(item.id ? { id: item.id } : {}),
                text: item.text,
                notes: item.notes,
                decisions: lines(item.decisions),
                source: item.source,
              }))
          : [],
    });
  };

  const heading = props.initial
    ? `Edit ${props.initial.title}`
    : kind === 'meeting'
      ? 'Log or plan a meeting'
      : 'Log contact';
  return (
    <form class="form log-form" aria-labelledby="log-form-title" onSubmit={submit} noValidate>
      <h2 id="log-form-title">{heading}</h2>
      <fieldset class="fieldset kind-fieldset">
        <legend>Kind</legend>
        <div class="kind-picker">
          {LOG_KINDS.map((k) => (
            <label key={k} class={`kind-option${kind === k ? ' selected' : ''}`}>
              <input
                type="radio"
                name="log-kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
              />
              {LOG_KIND_LABELS[k]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field
        id="log-title"
        label="Title"
        value={title}
        onInput={setTitle}
        error={errors.title}
        required
        autoFocus
      />
      <div class="field-row date-row">
        <Field
          id="log-date"
          label="Date"
          type={allDay ? 'date' : 'datetime-local'}
          value={date}
          onInput={setDate}
          error={errors.date}
          required
        />
        <label class="check">
          <input
            type="checkbox"
            checked={allDay}
            onChange={(e) => toggleAllDay((e.currentTarget as HTMLInputElement).checked)}
          />
          All day
        </label>
      </div>

      <fieldset class="fieldset">
        <legend>Partners</legend>
        {partnerIds.length > 0 && (
          <ul class="chips" aria-label="Chosen partners">
            {partnerIds.map((id) => {
              const name = props.partnerName(id) ?? 'Deleted partner';
              return (
                <li key={id} class="chip-item">
                  {name}
                  <button
                    type="button"
                    class="chip-remove"
                    aria-label={`Remove ${name}`}
                    onClick={() => setPartnerIds((ids) => ids.filter((x) => x !== id))}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <input
          type="search"
          aria-label="Find a partner to add"
          placeholder="Find a partner to add"
          value={partnerQuery}
          onInput={(e) => setPartnerQuery((e.currentTarget as HTMLInputElement).value)}
        />
        {partnerMatches.length > 0 && (
          <div class="alternatives">
            {partnerMatches.map((p) => (
              <button
                key={p.id}
                type="button"
                class="chip"
                aria-label={`Add ${p.name}`}
                onClick={() => {
                  setPartnerIds((ids) => [...ids, p.id]);
                  setPartnerQuery('');
                }}
              >
                + {p.name}
              </button>
            ))}
          </div>
        )}
        {people.length > 0 && (
          <div class="checks" role="group" aria-label="People involved">
            <span class="small muted">People involved</span>
            {people.map((person) => (
              <label key={person.id} class="check">
                <input
                  type="checkbox"
                  checked={personIds.includes(person.id)}
                  onChange={(e) =>
                    setPersonIds((ids) =>
                      (e.currentTarget as HTMLInputElement).checked
                        ? [...ids, person.id]
                        : ids.filter((x) => x !== person.id),
                    )
                  }
                />
                {person.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>

      {kind === 'meeting' && (
        <fieldset class="fieldset">
          <legend>Meeting</legend>
          <div class="field-row">
            <div class="field">
              <label for="log-format">Format</label>
              <select
                id="log-format"
                value={format}
                onChange={(e) =>
                  setFormat((e.currentTarget as HTMLSelectElement).value as MeetingFormat)
                }
              >
                {MEETING_FORMATS.map((f) => (
                  <option key={f} value={f}>
                    {MEETING_FORMAT_LABELS[f]}
                  </option>
                ))}
              </select>
            </div>
            <Field
              id="log-duration"
              label="Minutes"
              type="number"
              value={duration}
              onInput={setDuration}
              inputProps={{ min: 5, max: 1440, step: 5 }}
            />
          </div>
          <Field
            id="log-location"
            label={
              format === 'in-person'
                ? 'Location'
                : format === 'virtual'
                  ? 'Meeting link'
                  : 'Location or link'
            }
            value={location}
            onInput={setLocation}
          />
          <Field
            id="log-others"
            label="Other attendees"
            hint="Names, separated by commas"
            value={others}
            onInput={setOthers}
          />
          <div class="agenda-editor">
            <h3 id="agenda-title">Agenda</h3>
            {agenda.length === 0 && (
              <p class="muted small">No items yet. Add one, or pick a suggestion below.</p>
            )}
            <ol class="agenda-list" ref={agendaRef} aria-labelledby="agenda-title">
              {agenda.map((item, index) => (
                <li key={item.key} class="agenda-item">
                  <div class="agenda-head">
                    <span class="agenda-number" aria-hidden="true">
                      {index + 1}
                    </span>
                    <input
                      class="agenda-text"
                      aria-label={`Agenda item ${index + 1}`}
                      value={item.text}
                      onInput={(e) =>
                        patchItem(item.key, { text: (e.currentTarget as HTMLInputElement).value })
                      }
                      onKeyDown={(e) => {
                        if (e.key === 'Enter') {
                          e.preventDefault();
                          addItem();
                        }
                      }}
                    />
                    <button
                      type="button"
                      class="icon-button"
                      aria-label={`Remove agenda item ${index + 1}`}
                      onClick={() => setAgenda((items) => items.filter((x) => x.key !== item.key))}
                    >
                      ×
                    </button>
                  </div>
                  <details class="minutes" open={Boolean(item.notes || item.decisions)}>
                    <summary>Notes and decisions</summary>
                    <label class="small" for={`${item.key}-notes`}>
                      Notes on item {index + 1}
                    </label>
                    <textarea
                      id={`${item.key}-notes`}
                      rows={2}
                      value={item.notes}
                      onInput={(e) =>
                        patchItem(item.key, {
                          notes: (e.currentTarget as HTMLTextAreaElement).value,
                        })
                      }
                    />
                    <label class="small" for={`${item.key}-decisions`}>
                      Decisions on item {index + 1} (one per line)
                    </label>
                    <textarea
                      id={`${item.key}-decisions`}
                      rows={2}
                      value={item.decisions}
                      onInput={(e) =>
                        patchItem(item.key, {
                          decisions: (e.currentTarget as HTMLTextAreaElement).value,
                        })
                      }
                    />
                  </details>
                </li>
              ))}
            </ol>
            <button type="button" class="button small" onClick={() => addItem()}>
              Add agenda item
            </button>
            {suggestions.length > 0 && (
              <div class="suggestions">
                <p class="small muted">Suggested from open follow-ups and linked goals</p>
                <ul class="suggestion-list" aria-label="Suggested agenda items">
                  {suggestions.map((s) => (
                    <li key={s.key}>
                      <button
                        type="button"
                        class="chip suggestion"
                        aria-label={`Add to agenda: ${s.text}`}
                        onClick={() => addItem(s.text, s.source)}
                      >
                        + {s.text}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </fieldset>
      )}

      <Field id="log-notes" label="Notes" value={notes} onInput={setNotes} multiline />
      <div class="field">
        <label for="log-decisions">Decisions</label>
        <p class="hint" id="log-decisions-hint">
          One per line
        </p>
        <textarea
          id="log-decisions"
          rows={2}
          aria-describedby="log-decisions-hint"
          value={decisions}
          onInput={(e) => setDecisions((e.currentTarget as HTMLTextAreaElement).value)}
        />
      </div>
      {props.goals.length > 0 && (
        <fieldset class="fieldset">
          <legend>Linked goals</legend>
          <div class="checks goal-checks">
            {props.goals.map((goal) => (
              <label key={goal.id} class="check">
                <input
                  type="checkbox"
                  checked={goalIds.includes(goal.id)}
                  onChange={(e) =>
                    setGoalIds((ids) =>
                      (e.currentTarget as HTMLInputElement).checked
                        ? [...ids, goal.id]
                        : ids.filter((x) => x !== goal.id),
                    )
                  }
                />
                {goal.title}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      <div class="actions sticky">
        <button type="button" class="button" onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" class="button primary">
          Save entry
        </button>
      </div>
    </form>
  );
}
