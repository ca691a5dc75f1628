/** Rule: people stated on the page — staff lists ("President – Sarah Nguyen – email"),
 * "Name, Role" lines under team headings, and the page's own person (see kind.ts). */
import type { Candidate, PageContext } from '../types';
import { cleanText, normaliseEmail } from '../util';
import { walkPage, Z } from '../walk';
import { isPersonName, ROLE_WORDS } from '../person-name';
import { personCards } from '../person-cards';

/**
 * People read from text are guesses (a name beside a role word); offered for the review to keep
 * or drop, below people marked up as such (0.8 to 0.95). A name and role on one line ("Ana Ortiz,
 * Director") are read together more surely than a name line followed by a role line; a staff card
 * (one of several repeated blocks, each with a name, a role and a contact) more surely still.
 */
const CONFIDENCE = { nameAndRoleOnOneLine: 0.5, roleOnNextLine: 0.45, staffCard: 0.6 };

export function peopleRule(ctx: PageContext): Candidate[] {
  const out: Candidate[] = [];
  for (const card of personCards(ctx).values()) {
    out.push({
      field: 'people',
      value: card.person,
      source: 'text',
      confidence: CONFIDENCE.staffCard,
    });
  }
  const walk = walkPage(ctx);
  const lines = walk.lines;
  for (let i = 0; i < lines.length && out.length < 50; i++) {
    const l = lines[i]!;
    if (l.zone & (Z.NAV | Z.COMMENT | Z.RELATED)) continue;
    const t = l.text;
    if (t.length > 160) continue;
    // "Role – Name – email" or "Name – Role"
    const parts = t
      .split(/\s+[–—-]\s+|\s*[|,:]\s+/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length >= 2 && parts.length <= 4) {
      const nameIdx = parts.findIndex((p) => isPersonName(p));
      const roleIdx = parts.findIndex(
        (p, k) => k !== nameIdx && ROLE_WORDS.test(p) && p.length < 60,
      );
      if (nameIdx >= 0 && roleIdx >= 0) {
        const email = parts.map((p) => normaliseEmail(p)).find(Boolean);
        out.push({
          field: 'people',
          value: {
            name: cleanText(parts[nameIdx], 300),
            role: cleanText(parts[roleIdx], 200),
            ...(email ? { email } : {}),
          },
          source: 'text',
          confidence: CONFIDENCE.nameAndRoleOnOneLine,
        });
        continue;
      }
    }
    // Name on its own line (heading / strong), role on the next line of the same block
    const next = lines[i + 1];
    if (
      next &&
      next.block === l.block &&
      isPersonName(t) &&
      ROLE_WORDS.test(next.text) &&
      next.text.length < 80
    ) {
      out.push({
        field: 'people',
        value: { name: cleanText(t, 300), role: cleanText(next.text, 200) },
        source: 'text',
        confidence: CONFIDENCE.roleOnNextLine,
      });
      i++;
    }
  }
  return out;
}
