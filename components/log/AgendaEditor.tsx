import { useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { AgendaSuggestion } from '../../lib/model/agenda';
import { emptyAgendaDraft, LOG_FIELD_CAPS, type AgendaDraft } from './log-form-values';

interface Props {
  items: AgendaDraft[];
  onChange: (items: AgendaDraft[]) => void;
  /** Open follow-ups and linked goals not yet on the agenda. */
  suggestions: AgendaSuggestion[];
}

/** The editor's words, read in render so they follow the interface language. */
const TEXT = {
  heading: () => t('log.agenda.heading'),
  empty: () => t('log.agenda.empty'),
  add: () => t('log.agenda.add'),
  minutes: () => t('log.agenda.minutes'),
  suggested: () => t('log.agenda.suggested'),
  suggestionList: () => t('log.agenda.suggestionList'),
  item: (n: number) => t('log.agenda.item', { n }),
  remove: (n: number) => t('log.agenda.remove', { n }),
  notes: (n: number) => t('log.agenda.notes', { n }),
  decisions: (n: number) => t('log.agenda.decisions', { n }),
  addSuggestion: (text: string) => t('log.agenda.addSuggestion', { text }),
};

/** A meeting's agenda: numbered items with their minutes, plus suggestions to add. */
export function AgendaEditor({ items, onChange, suggestions }: Props) {
  const listRef = useRef<HTMLOListElement>(null);
  const patch = (key: string, change: Partial<AgendaDraft>) =>
    onChange(items.map((item) => (item.key === key ? { ...item, ...change } : item)));
  const add = (draft = emptyAgendaDraft()) => {
    onChange([...items, draft]);
    // A new empty item is for typing into: focus it once it is on screen.
    if (!draft.text)
      requestAnimationFrame(() => {
        const inputs = listRef.current?.querySelectorAll<HTMLInputElement>('input.agenda-text');
        inputs?.[inputs.length - 1]?.focus();
      });
  };
  const valueOf = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  return (
    <div class="agenda-editor">
      <h3 id="agenda-title">{TEXT.heading()}</h3>
      {items.length === 0 && <p class="muted small">{TEXT.empty()}</p>}
      <ol class="agenda-list" ref={listRef} aria-labelledby="agenda-title">
        {items.map((item, index) => (
          <li key={item.key} class="agenda-item">
            <div class="agenda-head">
              <span class="agenda-number" aria-hidden="true">
                {index + 1}
              </span>
              <input
                class="agenda-text"
                aria-label={TEXT.item(index + 1)}
                maxLength={LOG_FIELD_CAPS.agendaText}
                value={item.text}
                onInput={(e) => patch(item.key, { text: valueOf(e) })}
                onKeyDown={(e) => {
                  if (e.key === 'Enter') {
                    e.preventDefault();
                    add();
                  }
                }}
              />
              <button
                type="button"
                class="icon-button"
                aria-label={TEXT.remove(index + 1)}
                onClick={() => onChange(items.filter((x) => x.key !== item.key))}
              >
                ×
              </button>
            </div>
            <details class="minutes" open={Boolean(item.notes || item.decisions)}>
              <summary>{TEXT.minutes()}</summary>
              <label class="small" for={`${item.key}-notes`}>
                {TEXT.notes(index + 1)}
              </label>
              <textarea
                id={`${item.key}-notes`}
                rows={2}
                value={item.notes}
                onInput={(e) => patch(item.key, { notes: valueOf(e) })}
              />
              <label class="small" for={`${item.key}-decisions`}>
                {TEXT.decisions(index + 1)}
              </label>
              <textarea
                id={`${item.key}-decisions`}
                rows={2}
                value={item.decisions}
                onInput={(e) => patch(item.key, { decisions: valueOf(e) })}
              />
            </details>
          </li>
        ))}
      </ol>
      <button type="button" class="button small" onClick={() => add()}>
        {TEXT.add()}
      </button>
      {suggestions.length > 0 && (
        <div class="suggestions">
          <p class="small muted">{TEXT.suggested()}</p>
          <ul class="suggestion-list" aria-label={TEXT.suggestionList()}>
            {suggestions.map((s) => (
              <li key={s.key}>
                <button
                  type="button"
                  class="chip suggestion"
                  aria-label={TEXT.addSuggestion(s.text)}
                  onClick={() => add(emptyAgendaDraft(s.text, s.source))}
                >
                  + {s.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
