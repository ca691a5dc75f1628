/**
 * Other organisations' mailboxes on an own site. A page that gives the site's own mailbox (an
 * address on its domain) and also addresses on other organisations' domains — a web designer's
 * credit, a newsletter processor, a data-protection regulator, a school's board, a ticketing
 * widget's help desk, a photographer's credit — names those organisations' contacts, not more of
 * its own. Such addresses, and numbers written only on their lines, drop below the level at which
 * merge keeps list values (still offered in the review). Free-mail addresses say nothing about
 * whose they are and are left alone; so are hosted pages (their domain is the platform's),
 * addresses the page's structured data declares, mail domains the site's name spells, and a mailbox named like one of the site's own
 * (jane-doe@ at a university and at another: the same person's, as a link may write it).
 * On a hosted page, whose host's mailboxes `host.ts` has set aside, a number written only on
 * their lines ("Customer care: care@… · 01 …") is set aside with them.
 */
import type { Candidate, PageContext } from './types';
import { readHost, registrable } from './host';
import { FREE_MAIL } from './data/free-mail';
import { hostOf, samePhone, squash } from './util';
import { walkPage } from './walk';
import { isGenericSegment, nameSpellsDomain, titleSegments } from './title';
import { mainHeading } from './main-heading';

/** Below merge's 0.4 for list values: offered, not kept (like a staff card's own address). */
const OTHERS = 0.3;
/** Only what the page's text and links say; declared values stand. */
const READ_SOURCES = new Set(['links', 'text']);
const EMAIL = /[a-z0-9][a-z0-9._%+-]{0,63}@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}/gi;
const PHONE = /(?:\+\d|\(\d|\b\d)[\d\s().-]{5,20}\d/g;
const MAX_LINES = 4000;
/** As host.ts sets the host's values aside: never chosen, still listed in the review. */
const HOST_SET_ASIDE = 0.2;
/** A url candidate this sure names the subject's own website. */
const URL_CONFIDENCE = 0.45;

const localOf = (email: string): string => email.slice(0, email.lastIndexOf('@')).toLowerCase();
const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Does a mail domain belong to the site (its registrable domain, or one named the same)? */
function ownDomain(domain: string, own: string): boolean {
  const reg = registrable(domain);
  if (reg === own) return true;
  const a = squash(reg.split('.')[0] ?? '');
  const b = squash(own.split('.')[0] ?? '');
  return a.length >= 4 && b.length >= 4 && (a.includes(b) || b.includes(a));
}

const freeMail = (domain: string): boolean =>
  FREE_MAIL.has(domain) || FREE_MAIL.has(registrable(domain));

export function setOtherMailboxesAside(cands: Candidate[], ctx: PageContext): Candidate[] {
  const own = registrable(ctx.host);
  if (!own) return cands;
  if (readHost(ctx).hosted) return setHostNumbersAside(cands, ctx);
  // the site's domains: the page's, and a website the page gives for its subject elsewhere (a
  // builder or viewer page's written-out site)
  const owns = new Set([own]);
  for (const c of cands)
    if (c.field === 'url' && c.confidence >= URL_CONFIDENCE) owns.add(registrable(hostOf(c.value)));
  // a mail domain the site's name spells is its own too (a council's .gov.uk beside its .org.uk)
  // and so is one the page's heading spells (a listing's subject on a directory not read as one)
  const heading = mainHeading(ctx.doc)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const names = [ctx.siteName ?? '', ...titleSegments(ctx.title), heading].filter(
    (n) => n.trim().length >= 4 && n.length <= 120 && !isGenericSegment(n),
  );
  const spelled = (d: string): boolean => {
    const reg = registrable(d);
    return names.some((n) => nameSpellsDomain(n, reg) || nameSpellsDomain(n, d));
  };
  const isOther = (email: string): boolean => {
    const d = domainOf(email);
    return ![...owns].some((o) => ownDomain(d, o)) && !freeMail(d) && !spelled(d);
  };
  const ownLocals = new Set<string>();
  const others = new Set<string>();
  for (const c of cands) {
    if (c.field !== 'emails') continue;
    if (isOther(c.value)) {
      if (READ_SOURCES.has(c.source)) others.add(c.value.toLowerCase());
    } else if (c.confidence >= 0.4 && !freeMail(domainOf(c.value))) ownLocals.add(localOf(c.value));
  }
  // a name-built mailbox (jane-doe@, j.smith@) on two domains is one person's; role mailboxes
  // (info@, privacy@) are everyone's
  for (const e of others)
    if (/[._-]/.test(localOf(e)) && ownLocals.has(localOf(e))) others.delete(e);
  if (!ownLocals.size || !others.size) return cands;
  const theirs = numbersBeside(ctx, isOther);
  return cands.map((c) =>
    READ_SOURCES.has(c.source) &&
    ((c.field === 'emails' && others.has(c.value.toLowerCase())) ||
      (c.field === 'phones' && theirs(c.value)))
      ? { ...c, confidence: Math.min(c.confidence, OTHERS) }
      : c,
  );
}

/**
 * Which numbers are written only on lines that give another party's mailbox (and none of the
 * site's)? A predicate over phone values.
 */
function numbersBeside(
  ctx: PageContext,
  isOther: (email: string) => boolean,
): (v: string) => boolean {
  const beside: string[] = [];
  const elsewhere: string[] = [];
  const lines = walkPage(ctx).lines;
  for (let i = 0; i < lines.length && i < MAX_LINES; i++) {
    const t = lines[i]!.text;
    if (!/\d{3}/.test(t)) continue;
    let other = false;
    let mine = false;
    if (t.includes('@'))
      for (const m of t.matchAll(EMAIL)) {
        if (isOther(m[0].toLowerCase())) other = true;
        else mine = true;
      }
    const into = other && !mine ? beside : elsewhere;
    for (const m of t.matchAll(PHONE)) into.push(m[0]);
  }
  return (v) =>
    beside.length > 0 &&
    beside.some((p) => samePhone(p, v)) &&
    !elsewhere.some((p) => samePhone(p, v));
}

/**
 * On a hosted page the host's mailboxes are already set aside (`host.ts`); a number written only
 * on their lines ("Customer care: care@… · 01 …") is the host's too.
 */
function setHostNumbersAside(cands: Candidate[], ctx: PageContext): Candidate[] {
  const hostMail = new Set<string>();
  for (const c of cands)
    if (c.field === 'emails' && c.setAside) hostMail.add(String(c.value).toLowerCase());
  if (!hostMail.size) return cands;
  const theirs = numbersBeside(ctx, (e) => hostMail.has(e));
  return cands.map((c) =>
    c.field === 'phones' && READ_SOURCES.has(c.source) && theirs(String(c.value))
      ? { ...c, confidence: Math.min(c.confidence, HOST_SET_ASIDE), setAside: true }
      : c,
  );
}
