/**
 * A listing's or tenant's own website named in running text, without a link or a "Website:"
 * label: "book those on woldsapiary.co.uk or ring the farm", "you will find concert dates at
 * www.riversidechoir.org.uk". On a page hosted elsewhere the address whose domain spells the
 * subject's name is its website. A bare "name.tld" must end in a real public suffix (so
 * "minutes.docx" or "St.Mary" are not read as addresses); "www." or "http" marks one anyway.
 */
import { parse } from 'tldts';
import { nameMatchesHost, nameSpellsDomain } from './title';
import { type PageWalk, Z } from './walk';

const SKIP = Z.HEADER | Z.FOOTER | Z.NAV | Z.AUTHOR | Z.COMMENT | Z.SHARE | Z.RELATED;
const HINT = /\.[a-z]{2,}/i;
// not after "@" (an e-mail's domain), "/" or a word character
const ADDRESS =
  /(?<![\w@./-])((https?:\/\/)?(www\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/[^\s,;)"'<>]*)?)(?![\w@-])/gi;
const MAX_LINES = 3000;

/**
 * The first web address in the main text whose domain spells `subject`, as an absolute URL, or
 * ''. `skip` names registrable domains that are not the subject's (the host's, vendors');
 * `skipZones` the zones not read (a tenant's bio box is its own, so the caller may keep it).
 */
export function proseSite(
  walk: PageWalk,
  subject: string,
  skip: (domain: string) => boolean,
  skipZones: number = SKIP,
): string {
  if (!subject) return '';
  let n = 0;
  for (const l of walk.lines) {
    if (n++ > MAX_LINES) break;
    if (l.zone & skipZones || l.text.length > 1500 || !HINT.test(l.text)) continue;
    ADDRESS.lastIndex = 0;
    for (let m = ADDRESS.exec(l.text); m; m = ADDRESS.exec(l.text)) {
      const p = parse(m[4]!);
      const explicit = !!(m[2] || m[3]);
      if (!p.domain || (!p.isIcann && !explicit) || skip(p.domain)) continue;
      if (!nameMatchesHost(subject, p.domain) && !nameSpellsDomain(subject, p.domain)) continue;
      const written = m[1]!.replace(/[.:]+$/, '');
      return /^https?:\/\//i.test(written) ? written : `https://${written}`;
    }
  }
  return '';
}
