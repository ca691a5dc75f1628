// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { focusFirstError } from '../../../components/common/focus-first-error';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A form with the given field keys as inputs, in this order, ids `f-<key>`. */
function form(keys: string[]): HTMLFormElement {
  const element = document.createElement('form');
  for (const key of keys) {
    const input = document.createElement('input');
    input.id = `f-${key}`;
    element.append(input);
  }
  document.body.append(element);
  return element;
}

describe('focusFirstError', () => {
  test('with a form, focuses the first invalid field on screen, not the first key in the errors', () => {
    const element = form(['name', 'website', 'emails']);
    const focused = focusFirstError(
      { emails: 'Bad email.', website: 'Bad address.' },
      element,
      'f-',
    );
    expect(focused).toBe('website');
    expect(document.activeElement?.id).toBe('f-website');
  });

  test('with an ordered key list, focuses the first listed key that has an error', () => {
    form(['title', 'date']);
    expect(
      focusFirstError({ date: 'Pick a date.', title: 'Add a title.' }, ['title', 'date'], 'f-'),
    ).toBe('title');
    expect(document.activeElement?.id).toBe('f-title');
  });

  test('an error for a key the list forgot still gets focus', () => {
    form(['notes']);
    expect(focusFirstError({ notes: 'Too long.' }, ['title'], 'f-')).toBe('notes');
    expect(document.activeElement?.id).toBe('f-notes');
  });

  test('empty messages are not errors, and no error means nothing moves', () => {
    const element = form(['name', 'website']);
    const before = document.activeElement;
    expect(focusFirstError({ name: '', website: undefined }, element, 'f-')).toBeUndefined();
    expect(document.activeElement).toBe(before);
  });

  test('scrolls the field into view clear of a sticky footer, then focuses without a second scroll', () => {
    form(['name']);
    const input = document.getElementById('f-name') as HTMLInputElement;
    const scroll = vi.fn();
    const focus = vi.spyOn(input, 'focus');
    input.scrollIntoView = scroll;
    focusFirstError({ name: 'Enter a name.' }, ['name'], 'f-');
    expect(scroll).toHaveBeenCalledWith({ block: 'center' });
    expect(focus).toHaveBeenCalledWith({ preventScroll: true });
  });

  test('an error naming no field on the page focuses nothing', () => {
    const element = form(['name']);
    expect(focusFirstError({ logo: 'Bad logo.' }, element, 'f-')).toBeUndefined();
    expect(focusFirstError({ logo: 'Bad logo.' }, ['logo'], 'f-')).toBeUndefined();
  });
});
