import { describe, expect, test } from 'vitest';
import { lastExchangeLabel, statusLabel } from '../../../lib/state/sync-status';

describe('sync status words', () => {
  test('exact labels', () => {
    expect(statusLabel(null)).toBe('Offline');
    expect(statusLabel({ state: 'offline', peers: 3 })).toBe('Offline');
    expect(statusLabel({ state: 'connecting', peers: 0 })).toBe('Connecting');
    expect(statusLabel({ state: 'connected', peers: 0 })).toBe('Connected · 0 peers');
    expect(statusLabel({ state: 'connected', peers: 1 })).toBe('Connected · 1 peer');
    expect(statusLabel({ state: 'connected', peers: 2 })).toBe('Connected · 2 peers');
  });

  test('a personal workspace says On this device whatever the link reports; a shared one with no link says Offline', () => {
    expect(statusLabel(null, 'personal')).toBe('On this device');
    expect(statusLabel({ state: 'offline', peers: 0 }, 'personal')).toBe('On this device');
    expect(statusLabel(null, 'shared')).toBe('Offline');
    expect(statusLabel({ state: 'offline', peers: 0 }, 'shared')).toBe('Offline');
  });

  test('last exchange in words', () => {
    const now = 1_800_000_000_000;
    expect(lastExchangeLabel(null, now)).toBe('Not yet exchanged changes with anyone');
    expect(lastExchangeLabel(now - 3000, now)).toBe('Last exchanged changes just now');
    expect(lastExchangeLabel(now - 42_000, now)).toBe('Last exchanged changes 42 s ago');
    expect(lastExchangeLabel(now - 5 * 60_000, now)).toBe('Last exchanged changes 5 min ago');
    expect(lastExchangeLabel(now - 3 * 3600_000, now)).toMatch(/^Last exchanged changes \w/);
  });
});
