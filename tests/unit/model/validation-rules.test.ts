import { describe, expect, test } from 'vitest';
import {
  checkDay,
  checkLength,
  checkNotPast,
  firstInvalid,
  isEmail,
  isPhone,
  normaliseEmail,
  normaliseServerUrl,
  normaliseWebUrl,
  TEXT_CAPS,
} from '../../../lib/model/validation';
import { partnerSchema } from '../../../lib/model/partner';
import { personSchema } from '../../../lib/model/person';
import { goalSchema } from '../../../lib/model/goal';
import { checkinSchema } from '../../../lib/model/checkin';
import { followupSchema } from '../../../lib/model/followup';
import { logEntrySchema } from '../../../lib/model/log-entry';

describe('emails', () => {
  test.each([
    'denise@eastside',
    'denise@',
    '@eastside.org',
    'denise eastside.org',
    'denise@eastside..org',
    'denise@-eastside.org',
    'denise@192.168.1.10',
    'two@at@eastside.org',
    '<denise@eastside.org>',
  ])('%j is refused', (text) => {
    expect(isEmail(text)).toBe(false);
    expect(normaliseEmail(text)).toBeNull();
  });

  test.each([
    ['denise@eastside.org', 'denise@eastside.org'],
    ['  Denise.Ruiz+pta@EastSide.k12.ca.us ', 'denise.ruiz+pta@eastside.k12.ca.us'],
    ['info@acme.example', 'info@acme.example'],
    ['hola@café.es', 'hola@café.es'],
  ])('%j reads as %j', (text, expected) => {
    expect(normaliseEmail(text)).toBe(expected);
  });
});

describe('phones', () => {
  test.each([
    '+1 (555) 010-0100',
    '+1 555 010 0100',
    '+44 20 7946 0000',
    '0044 20 7946 0000',
    '+34 912 345 678',
    '+49 30 1234567',
    '+1 555 010 0100 ext. 12',
    '(555) 010-0100',
    '555-0101 x 12',
    '020 7946 0000',
    '555.010.0100',
  ])('%j is a phone number', (text) => {
    expect(isPhone(text)).toBe(true);
  });

  test.each([
    ['call me', 'no digits'],
    ['12', 'too few digits'],
    ['+1 555 0100', 'too short for a US number'],
    ['+44 20', 'too short for a UK number'],
    ['555 0100 +1', 'a plus sign inside'],
    ['1234567890123456', 'more digits than any number has'],
    ['555-0100; drop table', 'not phone punctuation'],
  ])('%j is refused (%s)', (text) => {
    expect(isPhone(text)).toBe(false);
  });
});

describe('web addresses', () => {
  test.each([
    ['', ''],
    ['example.org', 'https://example.org/'],
    ['  http://example.org/path ', 'http://example.org/path'],
    ['HTTPS://Example.org', 'https://example.org/'],
    ['www.eastside.k12.ca.us/family', 'https://www.eastside.k12.ca.us/family'],
    ['http://localhost:3000', 'http://localhost:3000/'],
    ['localhost:3000', null],
    ['not a url', null],
    ['javascript:alert(1)', null],
    ['data:text/html,hi', null],
    ['ftp://example.org', null],
    ['intranet', null],
    ['http://', null],
    ['https://eastside', null],
  ])('normaliseWebUrl(%j) is %j', (text, expected) => {
    expect(normaliseWebUrl(text)).toBe(expected);
  });
});

describe('server addresses', () => {
  const WS = ['ws:', 'wss:'] as const;

  test.each([
    'ws://127.0.0.1:4444',
    'wss://signal.example.org',
    'ws://signal-box:4444',
    'wss://[::1]:4444/path',
  ])('%j is a signaling server', (text) => {
    expect(normaliseServerUrl(text, WS)).toBe(text);
  });

  test.each(['not a url', 'signal.example.org', 'https://signal.example.org', 'ws://', ''])(
    '%j is not a signaling server',
    (text) => {
      expect(normaliseServerUrl(text, WS)).toBeNull();
    },
  );
});

describe('days', () => {
  test.each(['2026-11-30', '2024-02-29', '2020-01-01'])('%j is a day', (text) => {
    expect(checkDay(text)).toBeNull();
  });

  test.each([
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-11-31',
    '30/11/2026',
    '2026-11-30T09:00',
    '',
  ])('%j is not a day', (text) => {
    expect(checkDay(text)).toBe('day');
  });

  test('a day before today is in the past; today and later are not', () => {
    expect(checkNotPast('2020-06-30', '2026-11-27')).toBe('pastDay');
    expect(checkNotPast('2026-11-26', '2026-11-27')).toBe('pastDay');
    expect(checkNotPast('2026-11-27', '2026-11-27')).toBeNull();
    expect(checkNotPast('2027-01-01', '2026-11-27')).toBeNull();
  });

  test('a day that does not exist is not called past: it gets the day error instead', () => {
    expect(checkNotPast('2020-02-30', '2026-11-27')).toBeNull();
    expect(checkNotPast('', '2026-11-27')).toBeNull();
  });
});

describe('text length', () => {
  test('text up to the cap passes; one character more is too long', () => {
    expect(checkLength('a'.repeat(300), 300)).toBeNull();
    expect(checkLength('a'.repeat(301), 300)).toBe('tooLong');
    expect(checkLength('x'.repeat(5000), TEXT_CAPS.name)).toBe('tooLong');
  });

  const long = (n: number) => 'a'.repeat(n + 50);
  // Each cap must be what the model keeps, or a form would accept text the model then cuts.
  test.each([
    ['partner name', () => partnerSchema.shape.name.parse(long(TEXT_CAPS.name)), TEXT_CAPS.name],
    ['person name', () => personSchema.shape.name.parse(long(TEXT_CAPS.name)), TEXT_CAPS.name],
    [
      'person role',
      () => personSchema.shape.role.parse(long(TEXT_CAPS.personRole)),
      TEXT_CAPS.personRole,
    ],
    [
      'log entry title',
      () => logEntrySchema.shape.title.parse(long(TEXT_CAPS.name)),
      TEXT_CAPS.name,
    ],
    [
      'follow-up text',
      () => followupSchema.shape.text.parse(long(TEXT_CAPS.shortText)),
      TEXT_CAPS.shortText,
    ],
    [
      'follow-up assignee',
      () => followupSchema.shape.assigneeName.parse(long(TEXT_CAPS.name)),
      TEXT_CAPS.name,
    ],
    [
      'check-in note',
      () => checkinSchema.shape.note.parse(long(TEXT_CAPS.checkinNote)),
      TEXT_CAPS.checkinNote,
    ],
    ['goal title', () => goalSchema.parse({ title: long(TEXT_CAPS.name) }).title, TEXT_CAPS.name],
    [
      'goal metric name',
      () => goalSchema.parse({ title: 'G', metricName: long(TEXT_CAPS.metricName) }).metric.name,
      TEXT_CAPS.metricName,
    ],
    [
      'goal metric unit',
      () => goalSchema.parse({ title: 'G', unit: long(TEXT_CAPS.metricUnit) }).metric.unit,
      TEXT_CAPS.metricUnit,
    ],
    ['partner tag', () => partnerSchema.shape.tags.parse([long(TEXT_CAPS.tag)])[0], TEXT_CAPS.tag],
    [
      'goal tag',
      () => goalSchema.parse({ title: 'G', tags: [long(TEXT_CAPS.tag)] }).tags[0],
      TEXT_CAPS.tag,
    ],
    [
      'goal owner',
      () => goalSchema.parse({ title: 'G', owners: [long(TEXT_CAPS.goalOwner)] }).owners[0],
      TEXT_CAPS.goalOwner,
    ],
  ])('the %s cap is what the model keeps', (_, read, cap) => {
    expect(read()).toHaveLength(cap);
  });
});

test('firstInvalid names the first entry a rule refuses', () => {
  expect(firstInvalid(['a@b.org', 'nope', 'also bad'], isEmail)).toBe('nope');
  expect(firstInvalid(['a@b.org'], isEmail)).toBeUndefined();
});
