import { useMemo, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { NamedRef } from '../common/named-ref';

interface Props {
  partnerIds: string[];
  onChange: (partnerIds: string[]) => void;
  searchPartners: (query: string) => NamedRef[];
  partnerName: (id: string) => string | undefined;
  /** The chosen partners' people, to tick who took part. */
  people: NamedRef[];
  personIds: string[];
  onPeopleChange: (personIds: string[]) => void;
}

/** The picker's words, read in render so they follow the interface language. */
const TEXT = {
  legend: () => t('log.picker.legend'),
  chosen: () => t('log.picker.chosen'),
  find: () => t('log.picker.find'),
  deleted: () => t('log.picker.deleted'),
  people: () => t('log.picker.people'),
  remove: (name: string) => t('log.picker.remove', { name }),
  add: (name: string) => t('log.picker.add', { name }),
};

/** Most matches offered at once: enough to pick from, few enough to scan. */
const MAX_MATCHES = 6;

/** The partners an entry is with, chosen by search, and the people of theirs who took part. */
export function PartnerPicker(props: Props) {
  const { partnerIds, onChange, people, personIds, onPeopleChange } = props;
  const [query, setQuery] = useState('');
  // Which match Enter adds; arrow keys move it. Reset whenever the matches change.
  const [active, setActive] = useState(0);
  const matches = useMemo(
    () =>
      query.trim()
        ? props
            .searchPartners(query)
            .filter((p) => !partnerIds.includes(p.id))
            .slice(0, MAX_MATCHES)
        : [],
    [query, partnerIds, props.searchPartners],
  );
  const highlighted = Math.min(active, Math.max(matches.length - 1, 0));
  const add = (id: string) => {
    onChange([...partnerIds, id]);
    setQuery('');
    setActive(0);
  };
  // Enter in the finder must never submit the form: it adds the highlighted match, or does nothing.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      const match = matches[highlighted];
      if (match) add(match.id);
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && matches.length > 0) {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((highlighted + step + matches.length) % matches.length);
    }
  };
  return (
    <fieldset class="fieldset">
      <legend>{TEXT.legend()}</legend>
      {partnerIds.length > 0 && (
        <ul class="chips" aria-label={TEXT.chosen()}>
          {partnerIds.map((id) => {
            const name = props.partnerName(id) ?? TEXT.deleted();
            return (
              <li key={id} class="chip-item">
                {name}
                <button
                  type="button"
                  class="chip-remove"
                  aria-label={TEXT.remove(name)}
                  onClick={() => onChange(partnerIds.filter((x) => x !== id))}
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
        aria-label={TEXT.find()}
        placeholder={TEXT.find()}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {matches.length > 0 && (
        <div class="alternatives">
          {matches.map((p, index) => (
            <button
              key={p.id}
              type="button"
              class={`chip${index === highlighted ? ' highlighted' : ''}`}
              aria-label={TEXT.add(p.name)}
              onClick={() => add(p.id)}
            >
              + {p.name}
            </button>
          ))}
        </div>
      )}
      {people.length > 0 && (
        <div class="checks" role="group" aria-label={TEXT.people()}>
          <span class="small muted">{TEXT.people()}</span>
          {people.map((person) => (
            <label key={person.id} class="check">
              <input
                type="checkbox"
                checked={personIds.includes(person.id)}
                onChange={(e) =>
                  onPeopleChange(
                    (e.currentTarget as HTMLInputElement).checked
                      ? [...personIds, person.id]
                      : personIds.filter((x) => x !== person.id),
                  )
                }
              />
              {person.name}
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
