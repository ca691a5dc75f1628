/**
 * A person's own address at the foot of their bio ("Carolyn Said is a staff writer. Email:
 * csaid@…", "Carolyn Said, an enterprise reporter, … She can be reached at csaid@…"): the bio
 * introduces a person by their job, and the address is built from their name. It is theirs (a
 * reporter's, a columnist's), not the publication's. A contact line that only names a person
 * ("Contact Maria Lopez at mlopez@…"), and a sentence that introduces an organisation ("Eastside
 * Mutual Aid is a volunteer network"), keep their address for the organisation.
 */
import { emailIsNamed, isPersonName, ROLE_WORDS } from './person-name';
import { ORG_WORDS } from './data/org-words';
import { boundedText, closestTag } from './util';

const BLOCK_TAGS: ReadonlySet<string> = new Set(['P', 'LI', 'DD', 'TD', 'DIV']);

/** A bio is short: past this a block is a story or a section, not one person's bio. */
const MAX_BIO_TEXT = 800;
/** Blocks climbed from the link (its paragraph, the bio box around it). */
const MAX_CLIMB = 3;
/** "Name is a …", "Name was the …", "Name, an enterprise reporter …": someone introduced, and
 * the words that say what they are. */
const BIO_SENTENCE =
  /(\p{Lu}[\p{L}'’-]+(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,3})(?:\s+(?:is|was)|,)\s+(?:a|an|the)\s([^.;]{1,80})/gu;
/** Words read after "a"/"an"/"the" for the job, up to a word that starts saying something else. */
const JOB_WORDS = 5;
const PHRASE_END = /\s(?:of|for|at|with|who|that|which|in|on|and|since|based)\s|,/;
/** Jobs that sign a story or a column, beyond the roles of a board or a staff page. */
const BYLINE_JOB =
  /\b(?:writer|reporter|editor|columnist|correspondent|journalist|contributor|critic|photographer|producer|author|blogger|host|researcher|fellow)s?\b/i;

export function isBioMailbox(link: Element, email: string): boolean {
  let block = closestTag(link, BLOCK_TAGS);
  for (let i = 0; block && i < MAX_CLIMB; i++, block = block.parentElement) {
    // (markup's indentation counts in the raw text: read twice the bound, then collapse it)
    const raw = boundedText(block, MAX_BIO_TEXT * 2);
    const text = raw?.replace(/\s+/g, ' ');
    if (text === undefined || text.length > MAX_BIO_TEXT) return false;
    for (const m of text.matchAll(BIO_SENTENCE)) {
      const [, name, rest] = m as unknown as [string, string, string];
      // the job is the phrase's last word: "a Harbor Ledger staff writer", "an enterprise
      // reporter for …" (not "a volunteer network of …")
      const phrase = rest.split(PHRASE_END)[0]!.trim().split(/\s+/).slice(0, JOB_WORDS);
      const job = phrase[phrase.length - 1] ?? '';
      if (
        isPersonName(name) &&
        !ORG_WORDS.test(name) &&
        (BYLINE_JOB.test(job) || ROLE_WORDS.test(job)) &&
        emailIsNamed(email, name)
      )
        return true;
    }
  }
  return false;
}
