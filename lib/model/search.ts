import type { Partner } from './partner';

/** Lower-case, accents folded, so "École" matches "ecole". */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The text a partner is found by: name, website, emails and tags. */
export function partnerSearchText(partner: Partner): string {
  return foldForSearch(
    [partner.name, partner.website ?? '', ...partner.emails, ...partner.tags].join('\n'),
  );
}

/** Every word of the query must appear somewhere in the partner's text. */
export function matchesQuery(searchText: string, query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  return words.every((word) => searchText.includes(word));
}
