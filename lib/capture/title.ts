/** Title cleanup: "Contact Us | Riverside Literacy Coalition" -> segments and the site's name. */
import { fold, squash, squashTranslit } from './util';
import { isSentence } from './name-words';

const SEP_RE =
  /\s+(?:::|>>|~)\s+|\s+[|\u2013\u2014\u00b7\u2022:\u00bb\u203a/-]\s+|\s*[|\u00b7\u2022\u00bb\u203a]\s*/;

/** A lead-in before a name ("Welcome to Riverside Trust"); dropped only when a capital follows,
 * checked apart from this case-blind match (so "About us" keeps its "About"). */
const LEAD_RE =
  /^(portfolio( of)?|homepage of|home page of|website of|welcome to( the)?|the official (web)?site of|official (web)?site of|about)\s+/i;

/** "Twitter staff", "Opera team": a body's people, named by the body. */
const TEAM_RE = /^(\p{Lu}[\p{L}\d&.'’ -]{1,60}?)\s+(?:staff|team|people|employees)$/u;

function dropTeam(s: string): string {
  const m = TEAM_RE.exec(s);
  return m && !/^(?:our|the|meet|my|your)\b/i.test(m[1]!) ? m[1]! : s;
}

function dropLead(s: string): string {
  const m = LEAD_RE.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  return /^\p{Lu}/u.test(rest) ? rest : s;
}

export function titleSegments(title: string): string[] {
  const segs = title
    .split(SEP_RE)
    .map((s) => dropTeam(dropLead(s.trim()).trim()))
    .filter((s) => s.length > 0);
  // "#117 – Guest on Topic": the number and the item's title are one segment (see NUMBERED_ITEM)
  for (let i = 0; i < segs.length - 1; i++)
    if (ITEM_NUMBER.test(segs[i]!)) segs.splice(i, 2, `${segs[i]} – ${segs[i + 1]}`);
  return segs;
}

const ITEM_WORDS = String.raw`episode|ep\.?|issue|folge|épisode|episodio|aflevering|part|chapter|lecture|lesson|session|module|week`;
/** An item's number alone, before its title: "#117", "Episode 12", "Ep. 3". */
const ITEM_NUMBER = new RegExp(String.raw`^(?:#\s?\d+|(?:${ITEM_WORDS})\s*#?\d+)$`, 'iu');

const GENERIC =
  /^(home|homepage|home page|welcome|start|startseite|accueil|inicio|inici|contact|contact us|contact-us|get in touch|kontakt|contacto|contacte|contactar|contatti|contato|nous contacter|contactez-nous|contacteer ons|impressum|imprint|legal notice|mentions l[ée]gales|about|about us|about me|über uns|uber uns|über mich|uber mich|à propos de moi|a propos de moi|sobre mí|sobre mi|chi sono|over mij|om mig|qui sommes-nous|à propos|a propos|nous trouver|over ons|om oss|om os|o nas|chi siamo|quiénes somos|quienes somos|sobre nosotros|sobre nós|team|our team|staff|news|blog|events|services|products|shop|store|privacy|privacy policy|datenschutz|faq|jobs|careers|karriere|volunteer|donate|support|help|official site|official website|site officiel|offizielle website|index|main|page|untitled|search|address|our address|postal address|mailing address|location|locations|our location|directions|find us|how to find us|map|meeting place|venue|profile|my profile|company record|record|details|overview|reviews|portfolio|calendar|events calendar|gallery|photo gallery|photos|videos|media|documentation|docs|getting started|installation|downloads|resources|links|visit|visit us|plan your visit|opening hours|hours|menu|programs|programmes|classes|courses|schedule|timetable|admissions|enrollments?|enrolments?|parents|families|students|membership|members|join us|get involved|partners|our partners|sponsors|product|products & services|cart|checkout|elsewhere|elsewhere on the web|find me online|find me elsewhere|me elsewhere|around the web)$/i;

/** Page kinds in other words and languages: a site map, search results, how to get there,
 * opening times, joining, help — a title that names the page, never the site. */
const GENERIC_PAGE =
  /^(site ?map|plan du site|mappa del sito|mapa del sitio|mapa web|seitenübersicht|inhaltsübersicht|webbkarta|nettstedskart|plan d['’]acc[eè]s|acc[eè]s|comment venir|venir|anfahrt|so finden sie uns|c[oó]mo llegar|come raggiungerci|dove siamo|routebeschrijving|route|hitta hit|hitta oss|finn oss|find os|find vej|opening times|öffnungszeiten|horaires|horarios|orari|openingstijden|öppettider|åpningstider|åbningstider|aukioloajat|mitglied werden|bliv medlem|bli medlem|bli medlem|lid worden|word lid|devenir membre|adh[ée]sion|hazte soci[oa]|diventa socio|become a member|help cent(?:re|er)|hilfe|aide|ayuda|aiuto|hjälp|hjelp|annual reports?|reports|publications|policies|galerie|galleria|galería|bilder|billeder|bildergalerie|fotogalerie|kontakt oss|kontakta oss|kontakt os|contattaci|h[äa]ufige fragen|h[äa]ufig gestellte fragen|questions fr[ée]quentes|foire aux questions|preguntas frecuentes|domande frequenti|veelgestelde vragen|veel gestelde vragen|vanliga fr[åa]gor|ofte stillede spørgsm[åa]l|ofte stilte spørsm[åa]l|usein kysytyt kysymykset|newsletters?|e-?newsletters?|nieuwsbrief|rundbrief|infobrief|lettre d['’]information|lettre d['’]info|bulletin|bulletins|bolet[ií]n|notiziario|nyhetsbrev|nyhedsbrev|uutiskirje|press|press kit|press room|pressroom|media kit|media centre|media center|newsroom|presse|pressebereich|espace presse|sala de prensa|prensa|area stampa|stampa|pers|perskit)$/i;

/** "Search results for “taalcafé”", "Zoekresultaten", "Suchergebnisse für …". */
const SEARCH_RESULTS =
  /^(search results|results for|zoekresultaten|suchergebnisse|r[ée]sultats de (?:la )?recherche|resultados de (?:la )?b[uú]squeda|risultati (?:della )?ricerca|sökresultat|søkeresultat(?:er)?|søgeresultat(?:er)?)\b/i;

/** A file's name rather than a title ("bayview-literacy-fall-2026", "Annual_Report_2025.pdf"):
 * converters and viewers put it in <title> when the document has none; builders put a
 * sub-domain's label there ("littlesnoringvillagehall"). */
const FILE_NAME =
  /^(?:[a-z0-9]+(?:[-_][a-z0-9]+){2,}|[a-z0-9]{15,}|[\w-]+(?:\.[\w-]+)*\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|txt|html?))$/;

/** A record's label with its number ("Reservation #OT12345", "Hotel reservation #abc456", "Order
 * no. 10233"): a confirmation's or an account's page, never a name. */
const RECORD_NUMBER =
  /^(?:[\p{L}-]+\s+){0,3}(?:reservation|booking|order|invoice|receipt|ticket|confirmation|itinerary)\s*(?:no\.?|number|nr\.?)?\s*#?\s*[\p{L}\d-]*\d[\p{L}\d-]*$/iu;

/** A numbered item of the site's series ("117: Tom Preston-Werner on RedwoodJS", "#42 – Spring
 * fair", "Episode 12: …", "Ep. 3 -"): an episode's or an issue's page, never a name. A number
 * with a point ("1. FC Köln") is left alone: clubs are named so. */
const NUMBERED_ITEM = new RegExp(
  String.raw`^(?:#\s?\d+\b|\d{1,4}:\s+\p{L}|(?:${ITEM_WORDS})\s*#?\d+\b)`,
  'iu',
);

/** A call to do something on the page ("Hire the hall", "Book a room", "Meet the team",
 * "Support our work"): an imperative and an article or pronoun, a page's topic, never a name. */
const CALL_TO_ACTION =
  /^(?:hire|book|join|visit|find|meet|support|contact|explore|discover|download|read|watch|view|follow|browse|register for|sign up for|subscribe to|apply for|buy|order|reserve|plan|give to|volunteer with|work with|learn about)\s+(?:the|us|our|a|an|your|this)\b/i;

export function isGenericSegment(s: string): boolean {
  // "Annual Report 2025", "Newsletter (2026)": a page's kind with its year is still generic
  const t = s
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/\s+\(?(?:19|20)\d\d(?:\s*[-–/]\s*\d{2,4})?\)?$/, '');
  if (
    GENERIC.test(t) ||
    GENERIC_PAGE.test(t) ||
    SEARCH_RESULTS.test(t) ||
    FILE_NAME.test(t) ||
    RECORD_NUMBER.test(t) ||
    NUMBERED_ITEM.test(t) ||
    (CALL_TO_ACTION.test(t) && t.split(/\s+/).length <= 5)
  )
    return true;
  // "Contact the Club", "About our team", "Kontakt & Anfahrt"
  return (
    /^(contact|about|kontakt|impressum|get in touch|welcome|home|start|our|meet)\b/i.test(t) &&
    t.split(/\s+/).length <= 3
  );
}

/**
 * The leading words of a title segment that spell a domain's label, when the rest says what the
 * page offers rather than what the body is ("Wells Fargo Secured Visa Credit Card" on
 * wellsfargo.com → "Wells Fargo"; "RBS current accounts" on rbs.co.uk → "RBS"). '' when none do,
 * or when the rest carries a word for a kind of body ("Bondi Junction Netball Club" stays whole).
 */
export function leadingLabelName(
  segment: string,
  labels: readonly string[],
  orgWords: RegExp,
): string {
  const words = segment.trim().split(/\s+/);
  // a headline ("Stanford offers drive-through tests") is not a name at all; one word after the
  // label is more often part of the name ("Olympic Games" on olympic.org)
  if (isSentence(segment)) return '';
  for (let i = 1; i < Math.min(words.length - 1, 5); i++) {
    const lead = words.slice(0, i).join(' ');
    const q = squash(lead);
    if (q.length < 3 || !labels.some((l) => squash(l) === q)) continue;
    const rest = words.slice(i).join(' ');
    return orgWords.test(rest) ? '' : lead;
  }
  return '';
}

/** Does the name look like the site's domain label ("Bäckerei Hoffmann" ~ baeckerei-hoffmann.de)? */
export function nameMatchesHost(name: string, host: string): boolean {
  if (!name || !host) return false;
  const label = host.replace(/^www\./, '').split('.')[0] ?? '';
  const d = squash(label);
  if (d.length < 3) return false;
  for (const n of [squash(name), squashTranslit(name)]) {
    if (!n) continue;
    if (n === d || n.startsWith(d) || d.startsWith(n) || (n.length >= 5 && d.includes(n)))
      return true;
    if (d.length >= 6 && n.includes(d)) return true;
  }
  // initials + words: "Bondi Junction Netball Club" ~ bjnetball
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  for (let i = 1; i < words.length; i++) {
    const combo =
      words
        .slice(0, i)
        .map((w) => w[0])
        .join('') + words.slice(i).join('');
    const combo2 =
      words
        .slice(0, i)
        .map((w) => w[0])
        .join('') + (words[i] ?? '');
    if (combo === d || combo2 === d) return true;
  }
  const initials = words.map((w) => w[0]).join('');
  if (initials.length >= 3 && initials === d) return true;
  return false;
}

/**
 * With no declared brand, the last of several title segments that names the host is its brand
 * ("Name | Linkfolio" on linkfol.io: link-in-bio, profile and listing pages that set no
 * og:site_name), also before an umbrella's name ("School – Find school information – GOV.UK" on
 * find-school-information.…: a service under its government's name). The first segment is the
 * page's own and never counts.
 */
export function titleBrand(title: string, host: string): string | undefined {
  const segs = titleSegments(title);
  for (let i = segs.length - 1; i >= 1; i--) {
    const s = segs[i]!;
    if (!isGenericSegment(s) && nameMatchesHost(s, host)) return s;
  }
  return undefined;
}

/**
 * A profile page's display name without its decorations: "Name (@handle) • Site photos",
 * "Name (@user@server)", "Name on Site", "Name / Site" → "Name". `brand` is the site's own name.
 */
export function profileDisplayName(title: string, brand: string): string {
  let s = title.replace(/\s*\(@[^()]{1,100}\).*$/, '');
  const b = brand.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (b) s = s.replace(new RegExp(`\\s+(?:on|[|/·•–—-])\\s+${b}(?:\\s.*)?$`, 'iu'), '');
  return s.trim() || title.trim();
}

/**
 * Can the domain label be spelled from the name's words in order, each taken whole (or plural),
 * by its initial or skipped (or, `shortened`, by its first letters), with at least one whole word
 * of 4+ letters? "North Shore Community Food
 * Bank" → northshorefoodbank, "Thorner Parish Council" → thornerpc.
 */
export function nameSpellsDomain(name: string, domain: string, shortened = false): boolean {
  const label = fold(domain.replace(/^www\./, '').split('.')[0] ?? '').replace(/[^a-z0-9]/g, '');
  const words = fold(name.replace(/&/g, ' and '))
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 12);
  if (label.length < 4 || !words.length || label.length > 63) return false;
  const memo = new Map<number, boolean>();
  const go = (i: number, p: number, whole: boolean): boolean => {
    if (p === label.length) return whole;
    if (i === words.length) return false;
    const key = (i * 64 + p) * 2 + (whole ? 1 : 0);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const w = words[i]!;
    const ok =
      (label.startsWith(w, p) && go(i + 1, p + w.length, whole || w.length >= 4)) ||
      // a plural in the domain: "Prairie Creek … School District" → prairiecreekschools
      (label.startsWith(w + 's', p) && w.length >= 4 && go(i + 1, p + w.length + 1, true)) ||
      // …or "Library" → libraries
      (w.length >= 4 &&
        w.endsWith('y') &&
        label.startsWith(w.slice(0, -1) + 'ies', p) &&
        go(i + 1, p + w.length + 2, true)) ||
      (label[p] === w[0] && go(i + 1, p + 1, whole)) ||
      // with `shortened`, a word's first three or more letters ("uni" for Universität)
      (shortened && w.length > 4 && prefixes(label, p, w).some((k) => go(i + 1, p + k, whole))) ||
      go(i + 1, p, whole);
    memo.set(key, ok);
    return ok;
  };
  return go(0, 0, false);
}

/** Lengths (3 up to the word's length less one) of the word's prefixes that the label has at p. */
function prefixes(label: string, p: number, w: string): number[] {
  const out: number[] = [];
  for (let k = 3; k < w.length && label[p + k - 1] === w[k - 1]; k++) out.push(k);
  return label.startsWith(w.slice(0, 3), p) ? out : [];
}
