import { describe, expect, test } from 'vitest';
import { formatInvite, newInvite, parseInvite } from '../../../lib/sync/invite';
import { inviteFromHash, inviteLink } from '../../../lib/sync/invite-link';

describe('invite links for the web app', () => {
  test('a link carries the code in its fragment and gives it back whole', () => {
    const code = formatInvite(newInvite('Riverside Partnership'));
    const link = inviteLink('https://bridgework.example/app/', code);
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://bridgework.example/app/');
    // Nothing of the code is in what a server is sent (path and query).
    expect(url.pathname + url.search).not.toContain(code.split(':')[2]!.split('.')[1]!);
    expect(inviteFromHash(url.hash)).toBe(code);
    expect(parseInvite(inviteFromHash(url.hash)!).ok).toBe(true);
  });

  test('a link typed by hand, unencoded, works too', () => {
    expect(inviteFromHash('#join=bridgework:v1:abc.def')).toBe('bridgework:v1:abc.def');
  });

  test('no join, an empty one or a damaged escape is no invite', () => {
    expect(inviteFromHash('')).toBeNull();
    expect(inviteFromHash('#partner=1')).toBeNull();
    expect(inviteFromHash('#join=')).toBeNull();
    expect(inviteFromHash('#join=%E0%A4%A')).toBeNull();
  });
});
