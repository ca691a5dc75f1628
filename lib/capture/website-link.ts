/**
 * Links that say they lead to someone's own website, however the page draws them: a "Visit
 * Website ↗" button (arrows and icon glyphs around the words), "Go to their website", "Official
 * site", an icon-only link whose purpose is only in its aria-label or title ("Website") or in a
 * globe icon's class, and a "Click here" under a bare "Web" label (a directory's field list).
 * Shared by the links rule (any page) and the host reading (a hosted page's subject).
 */
import { attr } from './util';
import type { LinkInfo } from './walk';

// "Visit", "Go to", "Back to" … (English, German, French, Spanish, Italian, Dutch)
const VERB =
  'visit|go to|go back to|back to|return to|view|open|see|check out|zur|zurück zur|besuchen sie|visiter|visitez|voir|retour au|accéder au|consulter le|visitar|ir al?|volver al?|visita(?:re)? il|vai al|bezoek|naar de';
// "our", "their", "the organiser's" …
const WHOSE =
  "our|the|their|its|his|her|this|unsere|notre|leur|nuestra|su|il loro|onze|[\\p{L}\\p{N}&'’. -]{1,40}['’]s?";
const SITE =
  'web ?site|home ?page|webseite|internetseite|site web|site internet|site officiel|le site|sitio web|página web|sito web|sito|webpagina|web';
const WEBSITE_TEXT = new RegExp(
  `^(?:(?:${VERB})\\s+)?(?:(?:${WHOSE})\\s+)?(?:official\\s+|own\\s+)?(?:${SITE})(?:\\s+(?:besuchen|visitieren|bezoeken))?$`,
  'iu',
);
/** A label right before the link that makes it the website ("Website:", a field list's "Web"). */
const WEBSITE_LABEL =
  /(?:web\s?site|home\s?page|webseite|site web|site internet|sitio web|página web|sito web|official site|internet)\s*:?\s*$|(?:^|[\s|·•])(?:web|www|url)\s*:\s*$|^\s*(?:web|www|url)\s*$/i;
const ICON_CLASS = /(?:^|[\s_-])(globe|website|web-?link|homepage)(?:$|[\s_-])/i;

/** The words a link shows or announces: its text, else its aria-label, title or image alt. */
export function linkWords(l: LinkInfo): string {
  let t = l.text;
  if (!t.trim()) {
    t = attr(l.el, 'aria-label') || attr(l.el, 'title');
    if (!t) t = l.el.querySelector('img')?.getAttribute('alt') ?? '';
  }
  // arrows, chevrons and icon glyphs around the words ("Visit Website ↗", "› Website")
  return t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').trim();
}

/** "Venue website", "the organiser's site": another party's site, named by its role (on an
 * event's page, the venue's, the organiser's or a performer's). */
const ROLE_SITE =
  /^(?:visit\s+)?(?:the\s+)?(?:venue|organi[sz]er|promoter|artist|band|performer|sponsor)(?:['’]s)?\s+(?:web ?site|home ?page|site)$/i;

export function namesRoleSite(l: LinkInfo): boolean {
  return ROLE_SITE.test(linkWords(l));
}

/** Does the link say it leads to a website (its words, a label before it, a globe icon)? */
export function isWebsiteLink(l: LinkInfo): boolean {
  const words = linkWords(l);
  if (words && words.length <= 60 && WEBSITE_TEXT.test(words)) return true;
  if (!words || /^(click here|here|link|more|more info|visit|open)$/i.test(words))
    if (WEBSITE_LABEL.test(l.before)) return true;
  if (words) return false;
  // an icon-only link: the icon's class says globe/website
  const icon = l.el.firstElementChild;
  return ICON_CLASS.test(attr(l.el, 'class')) || (!!icon && ICON_CLASS.test(attr(icon, 'class')));
}
