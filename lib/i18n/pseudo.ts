import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

/**
 * Pseudo-localisation for tests: every letter accented and each text about 30 % longer, inside
 * brackets, with ICU placeholders and plural/select structure left intact. A string on screen
 * without the accents did not come from the catalogue; a layout that breaks in it will break
 * in a longer language.
 */
const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ö',
  u: 'ü',
  c: 'ç',
  n: 'ñ',
  y: 'ý',
  A: 'Å',
  E: 'É',
  I: 'Í',
  O: 'Ö',
  U: 'Ü',
  C: 'Ç',
  N: 'Ñ',
  Y: 'Ý',
};

export function pseudoText(text: string): string {
  const accented = [...text].map((char) => ACCENTED[char] ?? char).join('');
  const letters = text.replace(/[^A-Za-z]/g, '').length;
  return letters ? `${accented}${'~'.repeat(Math.ceil(letters * 0.3))}` : accented;
}

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: transform(option.value) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

/** The message's ICU structure with every literal part pseudo-localised, wrapped in [ ]. */
export function pseudoMessage(message: string): MessageFormatElement[] {
  const open = { type: TYPE.literal, value: '[' } as MessageFormatElement;
  const close = { type: TYPE.literal, value: ']' } as MessageFormatElement;
  return [open, ...transform(parse(message)), close];
}
