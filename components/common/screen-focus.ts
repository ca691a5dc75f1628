import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Focus and scroll on every navigation between screens, in one place.
 *
 * The panel swaps whole screens (list → page → form) inside one scrolling `<main>`, so without
 * help the new screen opens wherever the old one was scrolled to and focus falls to the body.
 * A screen calls `useScreenFocus` with the element to land on; whoever navigates *back* calls
 * `returnFocusTo(key)` first, and the element marked with that key (`focusKey(key)`: the row or
 * button that opened the form) gets focus instead, once it is on the page again.
 */

const KEY_ATTRIBUTE = 'data-focus-key';

/** Marks an element as a place focus may return to, e.g. `<button {...focusKey('add-partner')}>`. */
export function focusKey(key: string) {
  return { [KEY_ATTRIBUTE]: key };
}

let pendingKey: string | undefined;
let pendingTimer: ReturnType<typeof setTimeout> | undefined;

/**
 * Before leaving a screen: the next screen to render focuses the element marked with `key`, or
 * its own heading when that element is gone (a deleted row). A request no screen claims within a
 * moment (a tab switch) is dropped so it cannot surprise a later, unrelated screen.
 */
export function returnFocusTo(key: string) {
  pendingKey = key;
  clearTimeout(pendingTimer);
  pendingTimer = setTimeout(() => (pendingKey = undefined), 300);
}

function takePendingKey() {
  const key = pendingKey;
  pendingKey = undefined;
  return key;
}

export interface ScreenFocusOptions {
  /**
   * What the screen focuses when it opens: `heading` (the ref itself, which needs tabIndex -1),
   * `first-field` (the first control inside the ref), or `returning` (nothing on a plain open,
   * the ref when focus comes back to a screen whose opener is gone: a list's heading).
   */
  focus: 'heading' | 'first-field' | 'returning';
  /** A different key (another record) counts as opening the screen again. */
  key?: unknown;
  /** `top` brings the screen's top to the top of the panel; `nearest` (a small form inside a page) only brings the target into view. */
  scroll?: 'top' | 'nearest';
  /** Escape anywhere in the screen, unless an open popup or dialog inside it handles Escape itself. */
  onEscape?: () => void;
}

const NOT_SHOWN = {};

export function useScreenFocus(ref: RefObject<HTMLElement>, options: ScreenFocusOptions) {
  const shown = useRef<unknown>(NOT_SHOWN);
  // Runs after every render: a returning navigation may only re-render this screen (a form
  // inside the page closes), and the opener it returns to exists only after that render.
  useLayoutEffect(() => {
    const screen = ref.current;
    if (!screen) return;
    const opening = shown.current !== options.key;
    shown.current = options.key;
    const key = takePendingKey();
    if (key !== undefined) {
      const opener = document.querySelector<HTMLElement>(`[${KEY_ATTRIBUTE}="${CSS.escape(key)}"]`);
      if (opener) return reveal(opener, 'nearest');
      return land(screen, options.focus === 'first-field' ? 'first-field' : 'heading', 'top');
    }
    if (opening && options.focus !== 'returning')
      land(screen, options.focus, options.scroll ?? 'top');
  });

  const onEscape = useRef(options.onEscape);
  onEscape.current = options.onEscape;
  useEffect(() => {
    const screen = ref.current;
    if (!screen) return;
    const listener = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !onEscape.current) return;
      if (handledInside(event.target, screen)) return;
      event.preventDefault();
      onEscape.current();
    };
    screen.addEventListener('keydown', listener);
    return () => screen.removeEventListener('keydown', listener);
  }, []);
}

function land(screen: HTMLElement, focus: 'heading' | 'first-field', scroll: 'top' | 'nearest') {
  const target = focus === 'first-field' ? (firstField(screen) ?? screen) : screen;
  target.focus({ preventScroll: true });
  // The screen's top at the top of the panel: Back and the heading in view, whether the screen
  // fills the panel or opens inside a page (an entry on a partner's page).
  if (scroll === 'top')
    (screen.closest('article, form') ?? screen).scrollIntoView?.({ block: 'start' });
  else target.scrollIntoView?.({ block: 'center' });
}

function reveal(element: HTMLElement, block: ScrollLogicalPosition) {
  element.focus({ preventScroll: true });
  // `center` keeps a field clear of a sticky Save bar. Test DOMs may lack scrollIntoView.
  element.scrollIntoView?.({ block });
}

const FIELDS =
  'input:not([type="hidden"]):not([disabled]), select:not([disabled]), textarea:not([disabled])';

/** The field a form marks with autoFocus (the title after a preset kind), else its first field. */
function firstField(screen: HTMLElement) {
  return (
    screen.querySelector<HTMLElement>('[autofocus]') ??
    screen.querySelector<HTMLElement>(FIELDS) ??
    undefined
  );
}

/** An expanded combobox or a dialog opened from this screen closes itself on Escape. */
function handledInside(target: EventTarget | null, screen: HTMLElement) {
  if (!(target instanceof Element)) return false;
  if (target.closest('[role="combobox"][aria-expanded="true"]')) return true;
  const dialog = target.closest('dialog');
  return dialog !== null && dialog !== screen.closest('dialog');
}
