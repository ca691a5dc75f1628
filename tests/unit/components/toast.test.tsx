// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Toast } from '../../../components/common/Toast';

afterEach(() => cleanup());

const LONG = `Added ${'Riverside Community Partnership for Family Literacy '.repeat(20).trim()}.`;

/** The declarations of one rule of the side panel's stylesheet, e.g. `white-space: nowrap`. */
function cssRule(selector: string): string {
  const css = readFileSync(resolve(__dirname, '../../../entrypoints/sidepanel/style.css'), 'utf8');
  const start = css.indexOf(`\n${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

describe('Toast', () => {
  test('a long text is kept whole for assistive technology and as a tooltip', () => {
    render(<Toast toast={{ id: 1, text: LONG }} onDismiss={() => {}} />);
    const status = screen.getByRole('status');
    expect(status.textContent).toContain(LONG);
    const text = screen.getByTitle(LONG);
    expect(text.textContent).toBe(LONG);
    expect(status.contains(text)).toBe(true);
  });

  test('the text is drawn on one line, cut with an ellipsis', () => {
    render(<Toast toast={{ id: 1, text: LONG }} onDismiss={() => {}} />);
    expect(screen.getByTitle(LONG).classList.contains('toast-text')).toBe(true);
    const rule = cssRule('.toast-text');
    expect(rule).toMatch(/white-space: nowrap;/);
    expect(rule).toMatch(/text-overflow: ellipsis;/);
    expect(rule).toMatch(/overflow: hidden;/);
  });

  test('the toast region is in the flow below the content, never fixed over it', () => {
    expect(cssRule('.toast-region')).not.toMatch(/position: (fixed|absolute)/);
  });

  test('its action runs and dismisses; Dismiss closes it', () => {
    const onAction = vi.fn();
    const onDismiss = vi.fn();
    render(
      <Toast
        toast={{ id: 1, text: 'Deleted Hillside.', actionLabel: 'Undo', onAction }}
        onDismiss={onDismiss}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(2);
  });
});
