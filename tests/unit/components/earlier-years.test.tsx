// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { EarlierEntries as EarlierYears } from '../../../components/log/earlier-entries';

afterEach(() => cleanup());

describe('the end of a timeline with earlier school years not loaded', () => {
  test('says how many years are not loaded and loads the next one from its button', () => {
    const load = vi.fn(() => Promise.resolve());
    render(<EarlierYears earlier={{ next: '2024–25', count: 3, loading: false, load }} />);
    expect(
      screen.getByText('Entries from 3 earlier school years are not loaded yet.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show entries from 2024–25' }));
    expect(load).toHaveBeenCalledOnce();
  });

  test('while a year loads it says so; a year that fails to load says why and can be tried again', async () => {
    const { rerender } = render(
      <EarlierYears earlier={{ next: '2024–25', count: 1, loading: true, load: vi.fn() }} />,
    );
    expect(screen.getByRole('status').textContent).toBe('Loading entries from 2024–25…');
    const load = vi.fn(() => Promise.reject(new Error('The disk is full.')));
    rerender(<EarlierYears earlier={{ next: '2024–25', count: 1, loading: false, load }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show entries from 2024–25' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Entries from 2024–25 could not be loaded: The disk is full.',
    );
    expect(screen.getByRole('button', { name: 'Show entries from 2024–25' })).toBeTruthy();
  });

  test('nothing is drawn once every year is loaded', () => {
    const { container } = render(
      <EarlierYears earlier={{ next: null, count: 0, loading: false, load: vi.fn() }} />,
    );
    expect(container.textContent).toBe('');
  });
});
