import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  formatInvite,
  newInvite,
  parseInvite,
  roomName,
  ROOM_BYTES,
  SECRET_BYTES,
} from '../../../lib/sync/invite';

function bytesOf(token: string): number {
  return Buffer.from(token, 'base64url').length;
}

describe('invite codes', () => {
  test('a new invite has a random room (≥128 bits) and a separate random secret', () => {
    const a = newInvite('Riverside Partnership');
    const b = newInvite('Riverside Partnership');
    expect(bytesOf(a.room)).toBe(ROOM_BYTES);
    expect(bytesOf(a.secret)).toBe(SECRET_BYTES);
    expect(ROOM_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(SECRET_BYTES * 8).toBeGreaterThanOrEqual(128);
    expect(a.room).not.toBe(b.room);
    expect(a.secret).not.toBe(b.secret);
    expect(a.room).not.toBe(a.secret);
    expect(roomName(a.room)).not.toMatch(/riverside/i);
  });

  test('format and parse round-trip, names included', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: 'grapheme' }), (name) => {
        const invite = newInvite(name);
        const parsed = parseInvite(`  ${formatInvite(invite)}\n`);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.invite.room).toBe(invite.room);
        expect(parsed.invite.secret).toBe(invite.secret);
        expect(parsed.invite.name ?? '').toBe((invite.name ?? '').replace(/\s+/g, ' ').trim());
      }),
    );
  });

  test('a link carrying the code after # is accepted', () => {
    const invite = newInvite('Hillside');
    const parsed = parseInvite(`https://bridgework.example/join#${formatInvite(invite)}`);
    expect(parsed.ok && parsed.invite.secret).toBe(invite.secret);
  });

  test.each([
    ['', 'Paste the invite code'],
    ['hello', 'not a Bridgework invite code'],
    ['bridgework:v2:abc.def', 'not a Bridgework invite code'],
    ['bridgework:v1:', 'incomplete'],
    ['bridgework:v1:onlyonepart', 'incomplete'],
    ['bridgework:v1:a.b.c.d', 'incomplete'],
    [`bridgework:v1:short.${'A'.repeat(43)}`, 'room part'],
    [`bridgework:v1:${'A'.repeat(22)}.short`, 'secret part'],
    [`bridgework:v1:${'A'.repeat(22)}.${'A'.repeat(20)}`, 'secret part'],
    [`bridgework:v1:${'A'.repeat(21)}+.${'A'.repeat(43)}`, 'room part'],
    [`bridgework:v1:${'A'.repeat(22)}.${'A'.repeat(43)}.%E0%A4%A`, 'name'],
  ])('refuses %j with a clear message', (code, message) => {
    const parsed = parseInvite(code);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(message);
  });

  test('random text never parses as a valid invite by accident', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parseInvite(text);
        if (parsed.ok) expect(text.trim().startsWith('bridgework:v1:')).toBe(true);
      }),
    );
  });
});
