import type { extractFromHtml } from '../../../lib/capture/parse-html';

/** Every logo the review offers: the emitted one and the candidates kept for the choice. */
export const logoOffers = (r: ReturnType<typeof extractFromHtml>): string[] =>
  r.candidates.filter((c) => c.field === 'logo').map((c) => String(c.value));
