import type { RecordSection } from '../../lib/model/timeline';

/**
 * Where each kind of record is drawn on the partner page: the element that names the record,
 * then its section's heading when the record is not on screen (an earlier agreement version
 * folded away, a pulse beyond the list's first few). The ids are the ones the agreements,
 * concerns, feedback and value screens already give their rows.
 */
const PLACES: Record<RecordSection, (id: string) => string[]> = {
  agreement: (id) => [`agreement-version-${id}`, 'agreement-title'],
  commitment: (id) => [`cm-title-${id}`, 'commitments-title'],
  concern: (id) => [`concern-${id}-title`, 'concerns-title'],
  feedback: (id) => [`pulse-${id}`, 'feedback-title'],
  contribution: (id) => [`contribution-${id}`, 'contributions-title'],
  story: (id) => [`value-story-${id}`, 'partner-stories', 'partner-value-title'],
  lesson: (id) => [`value-lesson-${id}`, `lesson-title-${id}`, 'partner-lessons', 'concerns-title'],
};

const TRIES = 20;
const WAIT_MS = 50;

/**
 * Scrolls to a record on the page and focuses it (its list item, made focusable), so a timeline
 * row or a search hit lands on the record itself. When the page is still being drawn (another
 * tab asked for it), it tries again for about a second.
 */
export function revealRecord(section: RecordSection, recordId: string, tries = TRIES): void {
  const found = PLACES[section](recordId)
    .map((id) => document.getElementById(id))
    .find((element): element is HTMLElement => element !== null);
  if (!found) {
    if (tries > 1) setTimeout(() => revealRecord(section, recordId, tries - 1), WAIT_MS);
    return;
  }
  const target = found.closest<HTMLElement>('li') ?? found;
  if (!target.hasAttribute('tabindex') && !isFocusable(target)) target.tabIndex = -1;
  target.classList.add('timeline-target');
  target.addEventListener('blur', () => target.classList.remove('timeline-target'), {
    once: true,
  });
  target.focus({ preventScroll: true });
  target.scrollIntoView?.({ block: 'center' });
}

function isFocusable(element: HTMLElement) {
  return element.matches('a[href], button, input, select, textarea, [tabindex]');
}
