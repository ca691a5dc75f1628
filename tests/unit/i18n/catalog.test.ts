import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, test } from 'vitest';
import { en, type MessageKey } from '../../../lib/i18n/catalog';
import { es } from '../../../lib/i18n/catalog-es';

/** The argument names a message uses, plural and select ones included. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value as string);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const keys = Object.keys(en) as MessageKey[];

describe('the message catalogue', () => {
  test('Spanish has exactly the English keys, none empty', () => {
    expect(Object.keys(es).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(es[key].trim(), key).not.toBe('');
  });

  test('every message is valid ICU, and both languages use the same arguments', () => {
    for (const key of keys) {
      const english = argumentsOf(parse(en[key]));
      const spanish = argumentsOf(parse(es[key]));
      expect([...spanish].sort(), key).toEqual([...english].sort());
    }
  });

  test('every key is prefixed with its area', () => {
    for (const key of keys) expect(key).toMatch(/^[a-z]+\.[A-Za-z0-9.]+$/);
  });
});
