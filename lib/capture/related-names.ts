/** Whether two names are one party's: a shared word, initials ("VUSC"), or one inside the other. */
import { squash } from './util';

const WEAK = /^(the|and|club|group|ltd|inc)$/;

function words(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 4 && !WEAK.test(w));
}

function initials(s: string): string {
  return s
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w[0]!.toLowerCase())
    .join('');
}

export function relatedNames(a: string, b: string): boolean {
  const wb = words(b);
  if (words(a).some((w) => wb.includes(w))) return true;
  const sa = squash(a);
  const sb = squash(b);
  if (!sa || !sb) return false;
  // initials may stop short of a trailing phrase ("BFI" for "Becker Friedman Institute for …")
  const short = (x: string, full: string): boolean => x.length >= 2 && initials(full).startsWith(x);
  return short(sa, b) || short(sb, a) || sa.includes(sb) || sb.includes(sa);
}
