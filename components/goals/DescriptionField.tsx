import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { DESCRIPTION_LIMIT, textDiff } from '../../lib/model/goal';
import type { PeerCaret } from './types';

interface Props {
  id: string;
  label: string;
  value: string;
  onEdit: (next: string) => void;
  /** Other people's carets, drawn over the text at their character index. */
  carets?: readonly PeerCaret[];
  /** Your caret/selection while the field has focus; null when it loses focus. */
  onCaret?: (selection: { anchor: number; head: number } | null) => void;
  /** Most characters it takes; the model's cap unless told. */
  maxLength?: number;
}

/** The counter shows once this share of the limit is used. */
const COUNTER_FROM = 0.9;

/** What the counter says, or null while the text is well under the limit. */
export function charactersLeft(length: number, max: number): string | null {
  if (length < max * COUNTER_FROM) return null;
  const left = Math.max(0, max - length);
  return t('goals.detail.charactersLeft', { count: left });
}

/** Where a caret at `caret` lands after `before` became `after` by someone else's edit. */
export function shiftCaret(caret: number, before: string, after: string): number {
  const { index, remove, insert } = textDiff(before, after);
  if (caret <= index) return caret;
  if (caret >= index + remove) return caret - remove + insert.length;
  return index + insert.length;
}

/** The text cut at each caret, in order: [text, carets after it]… (for the overlay). */
export function caretSegments(
  text: string,
  carets: readonly PeerCaret[],
): { text: string; carets: PeerCaret[] }[] {
  const sorted = [...carets]
    .map((caret) => ({ ...caret, head: Math.min(Math.max(caret.head, 0), text.length) }))
    .sort((a, b) => a.head - b.head || a.clientId - b.clientId);
  const segments: { text: string; carets: PeerCaret[] }[] = [];
  let from = 0;
  for (const caret of sorted) {
    const last = segments.at(-1);
    if (last && caret.head === from) last.carets.push(caret);
    else segments.push({ text: text.slice(from, caret.head), carets: [caret] });
    from = caret.head;
  }
  segments.push({ text: text.slice(from), carets: [] });
  return segments;
}

/**
 * A textarea over a shared description. Each input is handed on as the new
 * value (the binding turns it into a minimal Y.Text edit); when a peer's edit
 * arrives the text updates under the caret without moving it. Other people's
 * carets are drawn by an overlay that mirrors the text with the same metrics.
 */
export function DescriptionField({
  id,
  label,
  value,
  onEdit,
  carets,
  onCaret,
  maxLength = DESCRIPTION_LIMIT,
}: Props) {
  const [length, setLength] = useState(value.length);
  const area = useRef<HTMLTextAreaElement>(null);
  const overlay = useRef<HTMLDivElement>(null);
  const shown = useRef(value);
  const lastCaret = useRef('');
  // Only the first value goes through defaultValue: changing it later would reset the text and
  // the caret of a textarea the user has clicked into but not typed in yet. The layout effect
  // below applies later values and keeps the caret in place.
  const initialValue = useRef(value);

  const report = () => {
    const element = area.current;
    if (!element || !onCaret || document.activeElement !== element) return;
    const backward = element.selectionDirection === 'backward';
    const anchor = backward ? element.selectionEnd : element.selectionStart;
    const head = backward ? element.selectionStart : element.selectionEnd;
    const key = `${anchor}:${head}:${element.value.length}`;
    if (key === lastCaret.current) return;
    lastCaret.current = key;
    onCaret({ anchor, head });
  };

  useLayoutEffect(() => {
    const element = area.current;
    setLength(value.length);
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

  // Caret moves by keys or mouse fire selectionchange on the document in Chromium.
  useEffect(() => {
    if (!onCaret) return;
    const onSelection = () => report();
    document.addEventListener('selectionchange', onSelection);
    return () => document.removeEventListener('selectionchange', onSelection);
  });

  const syncScroll = () => {
    if (overlay.current && area.current) overlay.current.scrollTop = area.current.scrollTop;
  };
  useLayoutEffect(syncScroll);

  const segments = carets && carets.length > 0 ? caretSegments(value, carets) : null;
  const counter = charactersLeft(length, maxLength);
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="description-wrap">
        <textarea
          ref={area}
          id={id}
          rows={4}
          class="goal-description"
          maxLength={maxLength}
          aria-describedby={counter ? `${id}-counter` : undefined}
          defaultValue={initialValue.current}
          placeholder={t('goals.detail.descriptionPlaceholder')}
          onInput={(event) => {
            const next = (event.currentTarget as HTMLTextAreaElement).value;
            shown.current = next;
            setLength(next.length);
            onEdit(next);
            report();
          }}
          onFocus={() => {
            lastCaret.current = '';
            report();
          }}
          onKeyUp={report}
          onMouseUp={report}
          onSelect={report}
          onBlur={() => {
            lastCaret.current = '';
            onCaret?.(null);
          }}
          onScroll={syncScroll}
        />
        {segments && (
          <div ref={overlay} class="description-overlay" aria-hidden="true">
            {segments.map((segment, index) => (
              <span key={index}>
                {segment.text}
                {segment.carets.map((caret) => (
                  <span
                    key={caret.clientId}
                    class="peer-caret"
                    data-index={caret.head}
                    style={{ '--peer': caret.colour }}
                  >
                    <span class="peer-caret-name">{caret.name}</span>
                  </span>
                ))}
              </span>
            ))}
            {'\u200b'}
          </div>
        )}
      </div>
      {counter && (
        <p id={`${id}-counter`} class="muted char-counter" aria-live="polite">
          {counter}
        </p>
      )}
    </div>
  );
}
