// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test } from 'vitest';
import { Sparkline } from '../../../components/goals/Sparkline';
import { setLocale } from '../../../lib/i18n';
import type { Checkin } from '../../../lib/model/checkin';

const CHECKINS = [
  { id: 'a', goalId: 'g', date: '2026-09-15', value: 24 },
  { id: 'b', goalId: 'g', date: '2026-10-20', value: 18 },
] as unknown as Checkin[];

function chartText(): string {
  const { container } = render(<Sparkline checkins={CHECKINS} target={10} unit="%" />);
  return [...container.querySelectorAll('text')].map((node) => node.textContent).join(' | ');
}

describe('check-in chart', () => {
  afterEach(() => {
    cleanup();
    setLocale('en');
  });

  test('labels its first and last day like the rest of the panel, never as "2026-09-15"', () => {
    const text = chartText();
    expect(text).toContain('Sep 15, 2026');
    expect(text).toContain('Oct 20, 2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('labels its days in Spanish when the panel is in Spanish', () => {
    setLocale('es');
    const text = chartText();
    expect(text).toMatch(/15 sept?\.? 2026/);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });
});
