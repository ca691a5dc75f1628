import { formatList, t } from '../../lib/i18n';
import { personInitials } from '../common/initials';
export interface PresenceItem {
  clientId: number;
  name: string;
  colour: string;
  self: boolean;
  /** e.g. "editing Reading buddies" */
  activity?: string;
}

/** Beyond this many faces the rest are one "+N": the row beside the workspace name stays short. */
export const MAX_FACES = 4;

/** Who is in this workspace now: coloured initials, names in the accessible label. */
export function PresenceList({ people }: { people: PresenceItem[] }) {
  if (people.length === 0) return null;
  const shown = people.length > MAX_FACES ? people.slice(0, MAX_FACES - 1) : people;
  const hidden = people.slice(shown.length);
  const label = (person: PresenceItem) => {
    const who = person.self ? t('workspace.presence.you', { name: person.name }) : person.name;
    return person.activity
      ? t('workspace.presence.activity', { person: who, activity: person.activity })
      : who;
  };
  const more = hidden.length ? t('workspace.presence.more', { count: hidden.length }) : '';
  return (
    <ul class="presence" aria-label={t('workspace.presence.label')}>
      {shown.map((person) => (
        <li
          key={person.clientId}
          class="presence-person"
          aria-label={label(person)}
          title={label(person)}
          style={{ '--presence': person.colour }}
        >
          <span aria-hidden="true">{personInitials(person.name)}</span>
        </li>
      ))}
      {hidden.length > 0 && (
        <li
          class="presence-person presence-more"
          aria-label={more}
          title={`${more}: ${formatList(hidden.map(label))}`}
        >
          <span aria-hidden="true">+{hidden.length}</span>
        </li>
      )}
    </ul>
  );
}
