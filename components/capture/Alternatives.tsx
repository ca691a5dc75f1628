interface Props {
  /** The group's accessible name, e.g. "Other names on the page". */
  label: string;
  items: readonly string[];
  /** Each button's accessible name, e.g. "Use name …" or "Add …". */
  itemLabel: (item: string) => string;
  /** Shown before each item, e.g. "+ " when picking adds rather than replaces. */
  prefix?: string;
  onPick: (item: string) => void;
}

/** Other values the page offered for a field, one button each; nothing when there are none. */
export function Alternatives({ label, items, itemLabel, prefix = '', onPick }: Props) {
  if (items.length === 0) return null;
  return (
    <div class="alternatives" role="group" aria-label={label}>
      {items.map((item) => (
        <button
          key={item}
          type="button"
          class="chip"
          onClick={() => onPick(item)}
          aria-label={itemLabel(item)}
        >
          {prefix}
          {item}
        </button>
      ))}
    </div>
  );
}
