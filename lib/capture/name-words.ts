/**
 * The words of an organisation's name, read one way by every rule that compares a name with
 * another name, an account's handle or a domain (host.ts, related-names.ts, subject-accounts.ts,
 * sibling-accounts.ts, other-accounts.ts, rules/declared-logo.ts, rules/icons.ts): folded with
 * `fold` (case and accents: "École" → "ecole") and split at anything that is not a letter or a
 * digit in any script: all the words make its key and initials, the distinctive ones its words
 * and brand. A domain is compared with the name as written (title.ts), which spells ä as ae.
 */
import { fold } from './util';

/**
 * Words that name no one in particular, so two parties sharing one are not one party: articles
 * and joiners, a billing word ("X presents"), kinds of body and shop, legal forms (three-letter
 * ones — Ltd, Inc, LLC, plc — are below the four letters a word needs anyway), and the words a
 * title, a handle or an image's alt wraps a name in ("Welcome to …", "… Official", "Home",
 * "… logo").
 */
const STOP_WORDS = new Set([
  'the',
  'and',
  'with',
  'presents',
  'club',
  'group',
  'shop',
  'store',
  'company',
  'limited',
  'gmbh',
  'home',
  'welcome',
  'official',
  'logo',
]);

/** A leading article and a trailing legal form, which accounts and short names drop. */
const ARTICLE = /^\s*the\s+/i;
const LEGAL_FORM = /\s+(?:ltd|limited|inc|llc|plc|gmbh)\.?\s*$/i;

/** Does a name end in a company's legal form ("ABC Company Inc.", "Harbour Print Ltd")? */
export function hasLegalForm(name: string): boolean {
  return LEGAL_FORM.test(name);
}

/** Every word of a name, folded ("Café & Co." → ["cafe", "co"]). */
function allWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** A name as all its folded words, one space apart ("Café & Co." → "cafe co"): the key under
 * which two writings of one name are equal. */
export function nameKey(name: string): string {
  return allWords(name).join(' ');
}

/** The distinctive words of a name: folded, four letters or more, not a stop word. */
export function nameWords(name: string): string[] {
  return allWords(name).filter((w) => w.length >= 4 && !STOP_WORDS.has(w));
}

/**
 * The first distinctive word of five letters or more, which is the name's brand ("anchor" in
 * "The Anchor Hotel"). Later words usually name a trade or a topic ("hotel", "literacy") that
 * someone else's handle may share too.
 */
export function brandWord(name: string): string | undefined {
  return nameWords(name).find((w) => w.length >= 5);
}

/** The first letters of every word of a name, folded ("Valley United Soccer Club" → "vusc"). */
export function nameInitials(name: string): string {
  return allWords(name)
    .map((w) => w[0])
    .join('');
}

/** A name without its leading "The" and trailing legal form ("The Night Ticket Ltd" →
 * "Night Ticket"), as handles and short mentions write it. */
export function bareName(name: string): string {
  return name.replace(ARTICLE, '').replace(LEGAL_FORM, '');
}

/** Words a logo file's name adds to the brand: what the file is, its colour, layout and size. */
const FILE_NAME_WORDS =
  /^(?:logo|logos|logotype|logomark|wordmark|brandmark|icon|img|image|header|footer|main|site|web|black|white|colou?r|dark|light|mono|rgb|cmyk|transparent|horizontal|vertical|stacked|primary|secondary|full|small|large|retina|final|new|v\d+|\d+(?:x\d+)?|\d+x|png|jpe?g|svg|gif|webp)$/i;

/**
 * An image's alt that is its file's name rather than words for a reader, read back to the words
 * that name something: "audiense_logotype_black" -> "audiense", "crest.png" -> "crest", a size
 * before the file's word in lower case ("64 audiense") -> "audiense". Site builders fill alt this
 * way. Undefined when the alt is written for a reader; '' when the file's name names nothing.
 */
export function fileNameAlt(alt: string): string | undefined {
  const t = alt.trim();
  const fileLike =
    (!/\s/.test(t) && /_|\.(?:png|jpe?g|svg|gif|webp)$/i.test(t)) ||
    (/^\d+(?:x\d+)?\s+\p{Ll}/u.test(t) && t === t.toLowerCase());
  if (!fileLike) {
    // "Saltbush & Stone logo sand.png": a builder's alt that is the uploaded file's name with
    // spaces; the name is what comes before the word "logo"
    const spaced =
      /^(.+?)\s+(?:logo|logotype|wordmark|banner|header)\b.*\.(?:png|jpe?g|svg|gif|webp)$/i.exec(t);
    return spaced ? spaced[1]!.trim() : undefined;
  }
  return t
    .split(/[\s_.-]+/)
    .filter((w) => w && !FILE_NAME_WORDS.test(w))
    .join(' ');
}

/** Small words a name holds in lower case ("Friends of the Library"). */
const LINK_WORD =
  /^(?:of|and|the|for|on|at|in|de|du|la|le|les|des|der|die|das|und|van|von|y|e|et|&)$/i;

/**
 * A line that reads as a sentence, not a name: more lower-case words than capitalised ones
 * ("It's one of the nine royal parks of London", which spells royalparks.org.uk).
 */
export function isSentence(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !LINK_WORD.test(w));
  if (words.length < 4) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower > words.length - lower;
}
