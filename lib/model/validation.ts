import { isPossiblePhoneNumber } from 'libphonenumber-js';
import { parse as parseHost } from 'tldts';
import { dayNumber, isValidDay } from './days';
import { LIMITS } from './fields';

// Server addresses have their own module (sync settings read them when the panel opens, without
// this file's host and phone rules); re-exported so forms keep one place to import rules from.
export {
  formatIceServer,
  listEntries,
  normaliseServerUrl,
  parseIceServer,
  type IceServerEntry,
} from './server-address';

/**
 * The one set of rules for what a person types: emails, phone numbers, web and server
 * addresses, days and text length. Every form checks its fields here, so the partner form and
 * the person form can never disagree about `denise@eastside` again.
 *
 * Pure and wordless: a check answers with a code (`InputProblem`), and the component maps the
 * code to a message in the interface language. The model's schemas still cap what a peer writes;
 * these rules are stricter, because a person can be asked to fix what they typed and a peer
 * cannot.
 */

export type InputProblem =
  'required' | 'tooLong' | 'email' | 'phone' | 'url' | 'serverUrl' | 'day' | 'pastDay';

/**
 * The most characters each capped text keeps, as the model's schemas read it (a test reads a
 * longer text through each schema to prove the numbers agree). Forms give their inputs these
 * as `maxLength` and refuse longer text with `tooLong` instead of letting the model cut it.
 */
export const TEXT_CAPS = {
  /** Partner, person, goal and log entry names and titles (`requiredLine()`). */
  name: LIMITS.name,
  /** A follow-up's text, an agenda item's text, an address line. */
  shortText: LIMITS.shortText,
  /** Descriptions and notes. */
  longText: LIMITS.longText,
  personRole: 200,
  metricName: 120,
  metricUnit: 40,
  checkinNote: 2000,
  postalCode: 40,
  country: 100,
  /** One tag of a partner or goal (each is kept to this length). */
  tag: 60,
  /** One owner of a goal. */
  goalOwner: 100,
  /** A workspace's name (lib/model/workspace.ts). */
  workspaceName: LIMITS.name,
  /** Your name as others see it (lib/storage/settings.ts keeps this much). */
  displayName: 80,
} as const;

/** `tooLong` when `text` (as typed, before trimming) is longer than `max` characters. */
export function checkLength(text: string, max: number): 'tooLong' | null {
  return text.length > max ? 'tooLong' : null;
}

/**
 * A registrable host name: at least one label under a public suffix (`eastside.org`, also under
 * suffixes the list does not know, such as `acme.example`). A bare word such as `eastside` has
 * none and is refused; so are IP addresses, which no partner publishes as a mail domain.
 */
function isRegistrableHost(host: string): boolean {
  if (host.length > 253 || !/^[a-z\d.-]+$/i.test(host)) return false;
  if (host.split('.').some((label) => !label || label.length > 63 || /^-|-$/.test(label))) {
    return false;
  }
  const info = parseHost(host, { allowPrivateDomains: true });
  return !info.isIp && info.domain !== null;
}

const EMAIL = /^([^\s@<>()[\],;:"]+)@([^\s@<>()[\],;:"]+)$/;

/** The address, lower-cased, or null when it is not an email address. */
export function normaliseEmail(text: string): string | null {
  const match = EMAIL.exec(text.trim().toLowerCase());
  if (!match || match[1]!.length > 64) return null;
  let host: string;
  try {
    // Accepts an internationalised domain (`café.fr`) by checking its ASCII form.
    host = new URL(`http://${match[2]}`).hostname;
  } catch {
    return null;
  }
  return isRegistrableHost(host) ? `${match[1]}@${match[2]}` : null;
}

export const isEmail = (text: string): boolean => normaliseEmail(text) !== null;

const PHONE_CHARACTERS = /^\+?[\d\s()./-]+$/;
const EXTENSION = /\s*(?:x|ext\.?|extension)\s*\d{1,6}$/i;

/**
 * A phone number as people write them. International numbers (`+44 20 7946 0000`,
 * `0044 …`) must have a possible length for their country; a national number (`(555) 010-0100`)
 * has no country to check against, so it needs only 3 to 15 digits in phone punctuation. An
 * extension (`x 12`, `ext. 12`) may follow either.
 */
export function isPhone(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length > 60) return false;
  const number = trimmed.replace(EXTENSION, '');
  if (!PHONE_CHARACTERS.test(number)) return false;
  const digits = number.replace(/\D/g, '');
  if (number.startsWith('+') || number.startsWith('00')) {
    const international = number.startsWith('+') ? number : `+${number.slice(2)}`;
    return isPossiblePhoneNumber(international);
  }
  return digits.length >= 3 && digits.length <= 15;
}

/**
 * A web page address, with or without its scheme: "example.org" reads as
 * "https://example.org/". The empty string stays empty; anything that is not an http(s) address
 * of a registrable host (or localhost) is null.
 */
export function normaliseWebUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return '';
  if (trimmed.length > LIMITS.url) return null;
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname !== 'localhost' && !isRegistrableHost(url.hostname)) return null;
  return url.href;
}

export const isWebUrl = (text: string): boolean => Boolean(normaliseWebUrl(text));

/** `day` when the text is not a real calendar day `YYYY-MM-DD` (no 2026-02-30). */
export function checkDay(text: string): 'day' | null {
  return isValidDay(text) ? null : 'day';
}

/**
 * `pastDay` when `day` is a real day before `today` (both `YYYY-MM-DD`). A warning, not an
 * error: a goal may be recorded after its due date has gone by.
 */
export function checkNotPast(day: string, today: string): 'pastDay' | null {
  const due = isValidDay(day) ? dayNumber(day) : null;
  const now = dayNumber(today);
  return due !== null && now !== null && due < now ? 'pastDay' : null;
}

/** The first entry of a list the rule refuses, to name in the message. */
export function firstInvalid(
  items: readonly string[],
  isValid: (item: string) => boolean,
): string | undefined {
  return items.find((item) => !isValid(item));
}
