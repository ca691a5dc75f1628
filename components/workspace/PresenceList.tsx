import { t } from '../../lib/i18n';
import { personInitials } from '../common/initials';
export interface PresenceItem {
  clientId: number;
  name: string;
  colour: string;
  self: boolean;
  /** e.g. "editing Reading buddies" */
  activity?: string;
}

/** Who is in this workspace now: coloured initials, names in the accessible label. */
export function PresenceList({ people }: { people: PresenceItem[] }) {
  if (people.length === 0) return null;
  return (
    <ul class="presence" aria-label={t('workspace.presence.label')}>
      {people.map((person) => {
        const who = person.self ? t('workspace.presence.you', { name: person.name }) : person.name;
        const label = person.activity
          ? t('workspace.presence.activity', { person: who, activity: person.activity })
          : who;
        return (
          <li
            key={person.clientId}
            class="presence-person"
            aria-label={label}
            title={label}
            style={{ '--presence': person.colour }}
          >
            <span aria-hidden="true">{personInitials(person.name)}</span>
          </li>
        );
      })}
    </ul>
  );
}
