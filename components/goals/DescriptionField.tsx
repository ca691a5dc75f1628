import { useLayoutEffect, useRef } from 'preact/hooks';
import { textDiff } from '../../lib/model/goal';

interface Props {
  id: string;
  label: string;
  value: string;
  onEdit: (next: string) => void;
}

/** Where a caret at `caret` lands after `before` became `after` by someone else's edit. */
export function shiftCaret(caret: number, before: string, after: string): number {
  const { index, remove, insert } = textDiff(before, after);
  if (caret <= index) return caret;
  if (caret >= index + remove) return caret - remove + insert.length;
  return index + insert.length;
}

/**
 * A textarea over a shared description. Each input is handed on as the new
 * value (the binding turns it into a minimal Y.Text edit); when a peer's edit
 * arrives the text updates under the caret without moving it.
 */
export function DescriptionField({ id, label, value, onEdit }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const shown = useRef(value);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element || element.value === value) {
      shown.current = value;
      return;
    }
    const focused = document.activeElement === element;
    const start = shiftCaret(element.selectionStart, element.value, value);
    const end = shiftCaret(element.selectionEnd, element.value, value);
    element.value = value;
    shown.current = value;
    if (focused) element.setSelectionRange(start, end);
  }, [value]);

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <textarea
        ref={area}
        id={id}
        rows={4}
        class="goal-description"
        defaultValue={value}
        placeholder="What this goal is about, and how you will get there. Everyone can edit this together."
        onInput={(event) => {
          const next = (event.currentTarget as HTMLTextAreaElement).value;
          shown.current = next;
          onEdit(next);
        }}
      />
    </div>
  );
}
