import type { CapturePerson } from '../../lib/capture/types';
import { t } from '../../lib/i18n';

interface Props {
  people: readonly CapturePerson[];
  /** Whether each person (by index) is kept. */
  kept: readonly boolean[];
  onToggle: (index: number) => void;
}

/** The people the page named, with the email and phone found with each, each kept or left out;
 * nothing when it named none. */
export function CapturedPeople({ people, kept, onToggle }: Props) {
  if (people.length === 0) return null;
  return (
    <fieldset class="fieldset">
      <legend>{t('capture.people.legend')}</legend>
      {people.map((person, index) => (
        <label key={`${person.name}-${index}`} class="choice">
          <input type="checkbox" checked={kept[index]} onChange={() => onToggle(index)} />
          <span class="captured-person">
            {person.name}
            {person.role && <span class="muted"> · {person.role}</span>}
            {(person.email || person.phone) && (
              <span class="muted small captured-person-contact">
                {[person.email, person.phone].filter(Boolean).join(' · ')}
              </span>
            )}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
