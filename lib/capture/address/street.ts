/** Telling a street from the town written after it on the same part. */
import { STREET_WORD } from '../data/address-words';

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
    } else if (/^#?\d+[a-z]?$/i.test(w) && i > 0 && cut === i) cut = i + 1;
  }
  if (cut <= 0 || cut >= words.length) return undefined;
  const loc = words.slice(cut).join(' ');
  if (!/^\p{Lu}[\p{L} .'-]{1,40}$/u.test(loc)) return undefined;
  return [words.slice(0, cut).join(' '), loc];
}
