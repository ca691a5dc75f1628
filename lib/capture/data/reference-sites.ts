/**
 * Addresses in `sameAs` that describe an entity without being its site or a profile it runs:
 * encyclopaedias, authority files, maps and app stores.
 */
export const REFERENCE_SITE =
  /(wikipedia\.org|wikidata\.org|wikimedia\.org|viaf\.org|musicbrainz\.org|doi\.org|dbpedia\.org|isni\.org|orcid\.org|id\.loc\.gov|d-nb\.info|crunchbase\.com|re3data\.org|imdb\.com|discogs\.com|allmusic\.com|google\.com\/maps|maps\.google|goo\.gl\/maps|openstreetmap\.org|apps\.apple\.com|play\.google\.com|podcasts\.apple\.com|open\.spotify\.com)/i;

/** Share and intent links ("…/sharer?url=…") are buttons on the page, not the entity's profiles. */
export const SHARE_LINK = /(share|intent|sharer|\?url=)/i;
