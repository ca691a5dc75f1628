/**
 * Whose work a platform's page shows. On a platform that hosts people's works (a streaming
 * service's song or album, a podcast's episode, a clip, a design shot), the page's title names
 * the work and its creator, and the creator is the partner, never the work or the platform:
 * "Canon (Live) - song and lyrics by Justice | Spotify", "DESPECHÁ by ROSALÍA on TIDAL", "Shot
 * title by Phenomenon Studio on Dribbble", "Caffeine | Say Why To Drugs on Acast", "La molécula
 * que falta - mixx.io | Podcast on Spotify", "DESPECHÁ - ROSALÍA - Deezer".
 *
 * Read only on a hosting platform (host.ts decides), where a "by" in the title is a credit; on
 * anyone's own site "… by …" is as often a product's brand or a story's author.
 */
import type { PageContext } from './types';
import { metaContent } from './context';
import { cleanValueText, LIMITS, squash } from './util';

/** Separators between a title's parts (with spaces round them, so "mixx.io" and "Live / AAA"
 * stay whole). */
const PART = /\s+[|–—-]\s+/;
/** "… by <creator>", ending before "on <platform>" or a date after a bullet. */
const CREDIT = /\sby\s+(.+?)(?:\s+(?:on|en|auf|sur|su|op)\s+\S.*)?$/iu;
/** The platform's own part of a title: "Spotify", "Podcast on Spotify", "Podcast en iVoox". */
const PLATFORM_PART = /^(?:(?:podcast|music|video|clip)s?\s+(?:on|en|auf|sur|su|op)\s+)?(.+)$/i;
/** A creator's name: a few words, not a sentence or a date. */
const MAX_WORDS = 8;

export function workCreator(ctx: PageContext, platformNames: readonly string[]): string {
  const title = cleanValueText(ctx.title, 300);
  if (!title) return '';
  const isPlatform = (part: string): boolean => {
    const p = squash(PLATFORM_PART.exec(part.trim())?.[1] ?? part);
    return !!p && platformNames.some((n) => squash(n) === p);
  };
  // the title without the platform's part at its end, and "on <platform>" after the credit
  const parts = title.split(PART);
  while (parts.length > 1 && isPlatform(parts[parts.length - 1]!)) parts.pop();
  let rest = parts.join(' - ');
  const on = /\s+(?:on|en|auf|sur|su|op)\s+(.+)$/iu.exec(rest);
  if (on && isPlatform(on[1]!)) rest = rest.slice(0, on.index);
  const credit = CREDIT.exec(rest)?.[1]?.split(/\s+[•·]\s+/)[0];
  if (credit) return asName(credit);
  // "<work> - <creator>": the work is the page's own og:title
  const work = cleanValueText(metaContent(ctx.doc, 'og:title'), 300);
  if (work && rest !== work && rest.startsWith(work)) {
    // (only after a separator: "Name Gigography, Tour History" goes on with the work's title)
    const sep = /^\s+[|–—-]\s+/.exec(rest.slice(work.length));
    const after = sep ? rest.slice(work.length + sep[0].length) : '';
    if (after) return asName(after);
  }
  return '';
}

/** A video's or a song's page, by its og:type (video.other, music.song …): a work's. */
export function isWorkType(ogType: string): boolean {
  return /^(?:video|music)\./.test(ogType);
}

function asName(s: string): string {
  const name = cleanValueText(s.replace(/[.,;:!]+$/, ''), LIMITS.name);
  if (!name || name.split(/\s+/).length > MAX_WORDS || /\d{4}/.test(name)) return '';
  return name;
}
