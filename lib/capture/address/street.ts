/** Telling a street from the town written after it on the same part. */
import { STREET_WORD, THOROUGHFARE } from '../data/address-words';

/** A street's quarter after its type, as American and Canadian addresses write it. */
const DIRECTIONAL = /^(?:[NSEW]|NE|NW|SE|SW|[NS]\.[EW]\.?)$/;

/** "665 3rd St. Suite 207 San Francisco" -> ["665 3rd St. Suite 207", "San Francisco"]. */
export function splitStreetLocality(s: string): [string, string] | undefined {
  const words = s.split(/\s+/);
  let cut = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!.replace(/[.,]$/, '');
    if (STREET_WORD.test(w) && i > 0) {
      cut = i + 1;
      // "Suite 207", "Floor 3", "Unit 4B"
      if (
        /^(suite|ste|floor|fl|unit|apt|room|#)$/i.test(w) &&
        words[i + 1] &&
        /\d/.test(words[i + 1]!)
      )
        cut = i + 2;
    } else if (/^(box|bag)$/i.test(w) && i > 0 && /^\d+$/.test(words[i + 1] ?? '')) {
      // "PO Box 1187 Bozeman", "Private Bag 3 Hamilton"
      cut = i + 2;
    } else if (/^#?\d+[a-z]?$/i.test(w) && i > 0 && cut === i) cut = i + 1;
    // "Hawthorne Ave NE", "Pennsylvania Ave NW": a street's quarter is part of the street
    else if (cut === i && DIRECTIONAL.test(w)) cut = i + 1;
  }
  if (cut <= 0 || cut >= words.length) return undefined;
  const loc = words.slice(cut).join(' ');
  if (!/^\p{Lu}[\p{L} .'-]{1,40}$/u.test(loc)) return undefined;
  return [words.slice(0, cut).join(' '), loc];
}

/** Words of a name, as organisations and buildings are written: capitalised words and the small
 * linking words between them ("Friends of the Library", "Arts & Crafts"). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.&-]*|&|of|and|the|for|on|at|in|upon|de|del|della|di|du|la|le|les|des|el|los|las|y|i|e|et|und|der|die|das|für|van|het)`;
/** "Oak Hill Food Pantry 4150 Oak Hill Rd": two or more name words, then a house number. */
const NAME_BEFORE_NUMBER = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.&-]*(?:\s+${NAME_WORD}){1,7})\s+(\d{1,5}[A-Za-z]?(?:[-–/]\d{1,5}[A-Za-z]?)?\s+\S.*)$`,
  'u',
);

const LEGAL_FORM_BEFORE_NUMBER =
  /^(?:inc|ltd|llc|plc|corp|co|cic|limited|gmbh|e\.\s?v|pty\.?\s?ltd)\.?\s+(?=\d{1,5}[A-Za-z]?\s+\p{L})/iu;
const NAME_BEFORE_BOX = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.&-]*(?:\s+${NAME_WORD}){0,7})\s+((?:P\.?\s?O\.?|GPO)\s?Box\s+\d.*)$`,
  'iu',
);

/** "Musikschule Lindenau e.V. Lindenstraße 12": a name that ends in its legal form, run into a
 * street written name first. */
const NAME_WITH_LEGAL_FORM =
  /^\p{Lu}[^,]{1,80}?\s(?:e\.\s?V\.|g?GmbH|gAG|AG|UG|KG|Ltd\.?|Limited|Inc\.?|LLC|CIC|plc|SARL|SAS|S\.L\.|S\.A\.|B\.V\.|vzw|asbl)\s+(?=\p{Lu})/u;
/** German, Dutch and Scandinavian street names are one word ending in their type. */
const COMPOUND_STREET =
  /^(?:am|an der|an den|auf der|auf dem|im|in der|zum|zur|hinter der|unter den)\s\p{Lu}\p{L}+\s+\d|\p{L}(?:straße|strasse|str\.|weg|platz|gasse|allee|ring|damm|ufer|markt|straat|laan|gracht|plein|kade|gade|gatan|vej|veien)\s+\d/iu;

/** "rue" → "[Rr]ue": a word with or without its capital. */
function capitalOrNot(w: string): string {
  return `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
}

/** "Asociación Cultural El Molino C/ Mayor, 14", "Lire Ensemble rue des Écoles 12": a name run
 * into a street whose type comes first, as Spanish, Catalan, French, Italian and Portuguese write. */
const NAME_BEFORE_TYPE_FIRST_STREET = new RegExp(
  String.raw`^(\p{Lu}[\p{L}'’.&-]*(?:\s+${NAME_WORD}){1,7})\s+((?:${capitalOrNot('c')}\/\s?|(?:${[
    'calle',
    'avda\\.?',
    'avenida',
    'avinguda',
    'carrer',
    'plaça',
    'paseo',
    'passeig',
    'rambla',
    'ronda',
    'rue',
    'chemin',
    'allée',
    'via',
    'viale',
    'piazza',
    'corso',
    'largo',
    'rua',
    'travessa',
  ]
    .map(capitalOrNot)
    .join('|')})\s)\S.*)$`,
  'u',
);

/**
 * A name run into a numbered street on one line, without a comma ("Riverside Library 12 Mill
 * Lane") → the street. A building or unit written first ("Unit 4 …", "Riverside House 12 …"), a
 * box ("PO Box 12 …") or a street named before its number ("Calle Mayor 14") stays as written: the
 * rest must hold the thoroughfare word and the name part none.
 */
export function dropNameBeforeNumber(s: string): string {
  // "Harbor Arts, Inc. 55 Water Street": the legal form left over from a name before a comma
  const legal = LEGAL_FORM_BEFORE_NUMBER.exec(s);
  if (legal) return s.slice(legal[0].length);
  // "Harbor Arts PO Box 55": a name run into a box
  const box = NAME_BEFORE_BOX.exec(s);
  if (box && !STREET_WORD.test(box[1]!)) return box[2]!;
  const legalName = NAME_WITH_LEGAL_FORM.exec(s);
  if (legalName) {
    const rest = s.slice(legalName[0].length);
    if (/\d/.test(rest) && (STREET_WORD.test(rest) || COMPOUND_STREET.test(rest))) return rest;
  }
  const typeFirst = NAME_BEFORE_TYPE_FIRST_STREET.exec(s);
  if (typeFirst && !STREET_WORD.test(typeFirst[1]!)) return typeFirst[2]!;
  const m = NAME_BEFORE_NUMBER.exec(s);
  if (!m) return s;
  const lead = m[1]!;
  const rest = m[2]!;
  if (!THOROUGHFARE.test(rest) || STREET_WORD.test(lead) || /\b(box|bag)\b/i.test(lead)) return s;
  return rest;
}
