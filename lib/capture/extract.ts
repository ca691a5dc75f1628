/** The capture pipeline: run every rule over the page, then merge. Pure; no I/O. */
import type { Candidate, CaptureResult } from './types';
import { buildContext } from './context';
import { merge } from './merge';
import { readHost, setHostAside } from './host';
import { setParentAside } from './parent';
import { setOtherMailboxesAside } from './other-mailboxes';
import { jsonLdRule } from './rules/json-ld';
import { microdataRule } from './rules/microdata';
import { rdfaRule } from './rules/rdfa';
import { microformatsRule } from './rules/microformats';
import { metaRule } from './rules/meta';
import { iconsRule } from './rules/icons';
import { declaredLogoRule } from './rules/declared-logo';
import { styleLogoRule } from './rules/style-logo';
import { linksRule } from './rules/links';
import { textRule } from './rules/text';
import { peopleRule } from './rules/people';
import { writtenSiteRule } from './rules/written-site';
import { placeLineRule } from './rules/place-line';
import { nameLineRule } from './rules/name-line';

export interface ExtractOptions {
  /** The page's HTML source when already at hand (saves serialising the DOM for microformats). */
  html?: string;
}

/** Extract an organisation's (or person's, place's, event's) details from a parsed page. */
export function extract(doc: Document, url: string, options: ExtractOptions = {}): CaptureResult {
  const ctx = buildContext(doc, url);
  const candidates: Candidate[] = [];
  const run = (rule: () => Candidate[]): void => {
    try {
      for (const c of rule()) candidates.push(c);
    } catch {
      // a rule that trips over a hostile page contributes nothing; the others still run
    }
  };
  run(() => jsonLdRule(ctx));
  run(() => microdataRule(ctx));
  run(() => rdfaRule(ctx));
  run(() => microformatsRule(ctx, options.html));
  run(() => metaRule(ctx));
  run(() => iconsRule(ctx));
  run(() => declaredLogoRule(ctx));
  run(() => styleLogoRule(ctx));
  run(() => linksRule(ctx));
  run(() => textRule(ctx));
  run(() => peopleRule(ctx));
  run(() => writtenSiteRule(ctx));
  run(() => placeLineRule(ctx));
  run(() => nameLineRule(ctx));
  let ranked = candidates;
  try {
    ranked = setHostAside(candidates, ctx);
  } catch {
    // reading the host is a refinement: on a page it trips over, the rules' own ranking stands
  }
  try {
    if (!readHost(ctx).hosted) ranked = setParentAside(ranked, ctx);
  } catch {
    // likewise for a unit's page inside its parent's site
  }
  try {
    ranked = setOtherMailboxesAside(ranked, ctx);
  } catch {
    // likewise for other organisations' mailboxes on an own site
  }
  return merge(ranked, ctx);
}
