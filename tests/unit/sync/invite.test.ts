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

  describe('never throws, whatever is pasted', () => {
    const room = 'A'.repeat(22);
    const secret = 'B'.repeat(43);
    test.each([
      ['%', 'not a Bridgework invite code'],
      ['%zz', 'not a Bridgework invite code'],
      ['https://bridgework.example/join#%', 'not a Bridgework invite code'],
      ['https://bridgework.example/join#%zz', 'not a Bridgework invite code'],
      [`https://bridgework.example/join#bridgework:v1:${room}.${secret}.%`, 'name'],
      [`https://bridgework.example/join#bridgework:v1:${room}.${secret}.%zz`, 'name'],
      [`https://bridgework.example/join#bridgework%3Av1%3A${room}.${secret}%`, 'not a Bridgework'],
      [`bridgework:v1:${room}.${secret}.%E0%A4%A`, 'name'],
      [`bridgework:v1:${room}.${secret}.${'%'.repeat(50)}`, 'name'],
      [`bridgework:v1:${room}.${secret}.${'x'.repeat(100_000)}`, 'far too long'],
      ['🙂'.repeat(5000), 'far too long'],
      ['bridgework:v1:🙂.🙂', 'room part'],
      [`bridgework:v1:${room}.${secret}\u0000`, 'secret part'],
    ])('%j gets a message instead of an exception', (code, message) => {
      let parsed: ReturnType<typeof parseInvite> | undefined;
      expect(() => (parsed = parseInvite(code))).not.toThrow();
      expect(parsed?.ok).toBe(false);
      if (parsed && !parsed.ok) expect(parsed.error).toContain(message);
    });

    test('an escaped link is read once, and a name with % and unicode survives the round trip', () => {
      const invite = newInvite('Ünïcødé 100% 🙂 café.club');
      const code = formatInvite(invite);
      const escaped = `https://bridgework.example/join#${encodeURIComponent(code)}`;
      for (const text of [code, `https://bridgework.example/join#${code}`, escaped]) {
        const parsed = parseInvite(text);
        expect(parsed.ok && parsed.invite).toEqual({ ...invite });
      }
    });

    test('random text with escapes, links and unicode never throws', () => {
      const piece = fc.oneof(
        fc.constantFrom('%', '%zz', '%E0%A4', '#', '.', 'https://x/#', 'bridgework:v1:'),
        fc.string({ unit: 'grapheme', maxLength: 30 }),
        fc.constant(room),
        fc.constant(secret),
      );
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
          const parsed = parseInvite(pieces.join(''));
          expect(typeof parsed.ok).toBe('boolean');
        }),
      );
    });
  });
});
