/** Whether two names are one party's: a shared word, initials ("VUSC"), or one inside the other. */
import { nameInitials, nameWords } from './name-words';
import { squash } from './util';

export function relatedNames(a: string, b: string): boolean {
  const wb = nameWords(b);
  if (nameWords(a).some((w) => wb.includes(w))) return true;
  const sa = squash(a);
  const sb = squash(b);
  if (!sa || !sb) return false;
  // initials may stop short of a trailing phrase ("BFI" for "Becker Friedman Institute for …")
  const short = (x: string, full: string): boolean =>
    x.length >= 2 && nameInitials(full).startsWith(x);
  return short(sa, b) || short(sb, a) || sa.includes(sb) || sb.includes(sa);
}
