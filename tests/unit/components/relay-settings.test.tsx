// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { RelaySettingsView } from '../../../components/settings/RelaySettingsView';
import { setLocale } from '../../../lib/i18n';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const typeInto = (element: HTMLElement, value: string) =>
  fireEvent.input(element, { target: { value } });

const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');

test('Relay servers says what the relay operator can read, and saves a checked list', async () => {
  const onSave = vi.fn().mockResolvedValue(null);
  render(<RelaySettingsView relays="" statuses={[]} onSave={onSave} />);
  const field = screen.getByRole('textbox', { name: 'Relay servers' });
  // The disclosure is part of the field's description, so a screen reader hears it too.
  expect(describedText(field)).toContain('can see everything in it');
  expect(describedText(field)).toContain('never sees the invite code');
  typeInto(field, 'wss://relay.district.example\n\nwss://relay.district.example');
  fireEvent.click(screen.getByRole('button', { name: 'Save relay servers' }));
  await waitFor(() => expect(screen.getByText('Relay servers applied.')).toBeTruthy());
  expect(onSave).toHaveBeenCalledWith(['wss://relay.district.example']);
});

test('a bad address is named under the field and nothing is saved', () => {
  const onSave = vi.fn();
  render(<RelaySettingsView relays="" statuses={[]} onSave={onSave} />);
  const field = screen.getByRole('textbox', { name: 'Relay servers' });
  typeInto(field, 'https://relay.example');
  fireEvent.click(screen.getByRole('button', { name: 'Save relay servers' }));
  expect(onSave).not.toHaveBeenCalled();
  expect(field.getAttribute('aria-invalid')).toBe('true');
  expect(describedText(field)).toContain('Not a ws:// or wss:// address: “https://relay.example”');
  expect(document.activeElement).toBe(field);
});

test('each named relay shows how its connection stands, in English and Spanish', () => {
  const statuses = [
    { url: 'wss://a.example', state: 'connected' as const },
    { url: 'wss://b.example', state: 'refused' as const },
  ];
  const { unmount } = render(
    <RelaySettingsView relays="wss://a.example" statuses={statuses} onSave={vi.fn()} />,
  );
  const list = screen.getByRole('list', { name: 'Relay connections' });
  expect(list.textContent).toContain('wss://a.example: connected');
  expect(list.textContent).toContain('wss://b.example: refused this workspace');
  unmount();
  setLocale('es');
  render(<RelaySettingsView relays="" statuses={statuses} onSave={vi.fn()} />);
  expect(screen.getByRole('textbox', { name: 'Servidores relé' })).toBeTruthy();
  expect(screen.getByRole('list', { name: 'Conexiones con el relé' }).textContent).toContain(
    'ha rechazado este espacio de trabajo',
  );
});
