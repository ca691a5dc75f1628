// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { revealRecord } from '../../../components/timeline/reveal-record';

afterEach(() => {
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('revealRecord', () => {
  test('focuses the record’s list item, made focusable, and marks it', () => {
    document.body.innerHTML = `<ul><li><strong id="cm-title-c1">Lend books</strong></li></ul>`;
    revealRecord('commitment', 'c1');
    const item = document.querySelector('li')!;
    expect(document.activeElement).toBe(item);
    expect(item.tabIndex).toBe(-1);
    expect(item.classList.contains('timeline-target')).toBe(true);
    item.blur();
    expect(item.classList.contains('timeline-target')).toBe(false);
  });

  test('falls back to the section’s heading when the record is not drawn', () => {
    document.body.innerHTML = `<section><h3 id="feedback-title">Feedback</h3></section>`;
    revealRecord('feedback', 'gone');
    expect(document.activeElement?.id).toBe('feedback-title');
  });

  test('waits for a page still being drawn, then lands on the record', () => {
    vi.useFakeTimers();
    revealRecord('story', 's1');
    expect(document.activeElement).toBe(document.body);
    document.body.innerHTML = `<ul><li><span id="value-story-s1">Reading week</span></li></ul>`;
    vi.advanceTimersByTime(100);
    expect(document.activeElement).toBe(document.querySelector('li'));
  });
});
