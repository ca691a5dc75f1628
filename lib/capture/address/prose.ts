/**
 * A street and town written only in a sentence, as small sites without a postcode do: "We're on
 * the High Street in Clun", "Find us at 3 Bridge Street, Llandeilo, opposite the bank". Only a
 * sentence that says where "we" are, only a capitalised street ending in a street type, only a
 * capitalised town after it. Failing a street, a town with a known state or country after it
 * ("located in Philadelphia, Pennsylvania, USA").
 */
import type { CaptureAddress } from '../types';
import { MONTH_NAME, THOROUGHFARE } from '../data/address-words';
import { townWithPlace } from './words';

const NAME = String.raw`\p{Lu}[\p{L}'’-]*`;
const WHERE_WE_ARE = new RegExp(
  String.raw`\b(?:[Ww]e(?:'|’)re|[Ww]e are|[Yy]ou(?:'|’)ll find us|[Yy]ou can find us|[Ff]ind us|[Ll]ocated|[Bb]ased|[Ss]ituated)\s+(?:(?:right|just|now|still)\s+)?(?:on|at|in)\s+(?:the\s+)?` +
    String.raw`((?:\d{1,4}[a-z]?\s+)?${NAME}(?:\s+${NAME}){0,3})` +
    String.raw`(?:\s+in\s+|,\s*)(${NAME}(?:[ -]${NAME}){0,2})(?=[\s,.;:)!]|$)`,
  'u',
);
const DAY = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)$/i;

/** "located in Philadelphia, Pennsylvania, USA", "based in Leeds, UK": a town and where it is. */
const LOCATED_IN_TOWN = new RegExp(
  String.raw`\b(?:[Ll]ocated|[Bb]ased|[Ss]ituated|[Hh]eadquartered)\s+in\s+(?:the\s+(?:city|town|village)\s+of\s+)?` +
    String.raw`(${NAME}(?:[ -]${NAME}){0,2}),\s*(${NAME}(?:\s${NAME}){0,2}|[A-Z]{2,3})` +
    String.raw`(?:,\s*(${NAME}(?:\s${NAME}){0,2}|[A-Z]{2,3}))?(?=[\s,.;:)!]|$)`,
  'u',
);

/** A town named in a sentence with its state or country after it; both must be known as such. */
function proseTown(text: string): CaptureAddress | undefined {
  const m = LOCATED_IN_TOWN.exec(text);
  if (!m) return undefined;
  const [town, second, third] = [m[1]!, m[2]!, m[3]];
  if (THOROUGHFARE.test(town) || DAY.test(town) || MONTH_NAME.test(town)) return undefined;
  return townWithPlace(town, second, third);
}

export function proseAddress(text: string): CaptureAddress | undefined {
  const m = WHERE_WE_ARE.exec(text);
  if (!m) return proseTown(text);
  const street = m[1]!;
  const town = m[2]!;
  const last = street.split(/\s+/).pop()!;
  if (!THOROUGHFARE.test(last) || THOROUGHFARE.test(town)) return proseTown(text);
  if (DAY.test(town) || MONTH_NAME.test(town)) return undefined;
  return { street, locality: town };
}

const PLACE_VERB = /\b(?:located|based|situated|headquartered)\s+(?:in|on|at)\b/;
/** A sentence's end: a full stop after a word of three lower-case letters or more, so "Inc." and
 * "Ltd." inside a name do not end it. */
const SENTENCE_END = /(?<=\p{Ll}{3}[.!?])\s+(?=\p{Lu})/u;
/** The sentence's subject ends where its verb or an aside starts. */
const SUBJECT_END = /,|\s\(|\s(?:is|are|was|were|has|have)\s/;

/**
 * Who a "based in" sentence is about: the words before its verb ("Cybermedia Technologies,
 * Inc." in "Cybermedia Technologies, Inc. … is headquartered in Reston, Virginia"), or '' when
 * no such sentence is in the text.
 */
export function placeSentenceSubject(text: string): string {
  for (const sentence of text.split(SENTENCE_END)) {
    const m = PLACE_VERB.exec(sentence);
    if (!m) continue;
    return sentence.slice(0, m.index).split(SUBJECT_END)[0]!.trim();
  }
  return '';
}
