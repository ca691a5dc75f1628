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
    <ul class="presence" aria-label="Online now">
      {people.map((person) => {
        const label = `${person.name}${person.self ? ' (you)' : ''}${person.activity ? `, ${person.activity}` : ''}`;
        return (
          <li
            key={person.clientId}
            class="presence-person"
            aria-label={label}
            title={label}
            style={{ '--presence': person.colour }}
          >
            <span aria-hidden="true">{initials(person.name)}</span>
          </li>
        );
      })}
    </ul>
  );
}

function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts.at(-1)?.[0] ?? '') : '')
  ).toUpperCase();
}
