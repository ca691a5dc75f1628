/** A form's validation result: a message per field key, missing or empty when the field is fine. */
export type FieldErrors = Readonly<Partial<Record<string, string | undefined>>>;

/**
 * Where the fields are, in the order a reader meets them: either the form itself (its controls'
 * document order is the order) or the field keys listed in that order. A key's element id is
 * `idPrefix + key` (`partner-` + `name` → `partner-name`), the convention every form here uses.
 */
export type FieldOrder = HTMLFormElement | readonly string[];

/**
 * After a failed submit, move focus to the first field that has an error and scroll it into view,
 * so keyboard and screen-reader users land on what to fix. "First" means first on screen, not first
 * in the errors object: validators add errors in whatever order they check. Returns the key of the
 * focused field, or undefined when no error names a field on the page.
 */
export function focusFirstError(
  errors: FieldErrors,
  order: FieldOrder,
  idPrefix = '',
): string | undefined {
  const failing = Object.keys(errors).filter((key) => errors[key]);
  if (failing.length === 0) return undefined;
  const key = isForm(order) ? firstInForm(order, failing, idPrefix) : firstListed(order, failing);
  if (key === undefined) return undefined;
  const element = document.getElementById(idPrefix + key);
  if (!element) return undefined;
  reveal(element);
  return key;
}

function isForm(order: FieldOrder): order is HTMLFormElement {
  return !Array.isArray(order);
}

function firstInForm(form: HTMLFormElement, failing: string[], idPrefix: string) {
  const byId = new Map(failing.map((key) => [idPrefix + key, key]));
  for (const control of Array.from(form.elements)) {
    const key = byId.get(control.id);
    if (key !== undefined) return key;
  }
  return undefined;
}

/** Listed keys first, in the list's order; an error the list forgot still gets focus after them. */
function firstListed(order: readonly string[], failing: string[]) {
  return order.find((key) => failing.includes(key)) ?? failing[0];
}

function reveal(element: HTMLElement) {
  // `block: 'center'` keeps the field clear of the sticky Save bar that `focus()`'s own scroll
  // would leave it under. Test DOMs may lack scrollIntoView; focusing still scrolls there.
  if (typeof element.scrollIntoView === 'function') {
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  } else element.focus();
}
