/**
 * Structured data that names the site's owner in other words: a fact-check's author whose address
 * is the site's home page, and a series whose parts are listed beside it.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const jsonLd = (title: string, data: unknown) =>
  `<!doctype html><html><head><title>${title}</title><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`;

describe('the site owner in structured data', () => {
  it("reads a review's author whose address is this site's home page as the site's owner", () => {
    const r = extractFromHtml(
      jsonLd('Councillor claims the new bridge cost £3 million', {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        url: 'https://www.factcheckcounty.example.org/2027/bridge-cost/',
        author: {
          '@type': 'Organization',
          name: 'Fact Check County',
          url: 'https://www.factcheckcounty.example.org/',
          sameAs: 'https://twitter.com/factcheckcounty',
        },
        claimReviewed: 'The new bridge cost £3 million.',
        itemReviewed: {
          '@type': 'CreativeWork',
          author: { '@type': 'Person', name: 'Cllr Ada Marsh' },
        },
      }),
      'https://www.factcheckcounty.example.org/2027/bridge-cost/',
    );
    expect(r.name).toBe('Fact Check County');
    expect(r.url).toBe('https://www.factcheckcounty.example.org/');
    expect(r.socials).toContain('https://twitter.com/factcheckcounty');
  });

  it('reads a series listed with its own parts as the series, not a list of events', () => {
    const r = extractFromHtml(
      jsonLd('Riverside Games', [
        {
          '@context': 'https://schema.org',
          '@type': 'EventSeries',
          '@id': 'https://riversidegames.example.org/#series',
          name: 'Riverside Games',
          subEvent: [
            'https://riversidegames.example.org/2026',
            'https://riversidegames.example.org/2027',
          ],
        },
        {
          '@context': 'https://schema.org',
          '@type': 'Event',
          '@id': 'https://riversidegames.example.org/2026',
          name: 'Riverside Games 2026',
          startDate: '2026-06-05',
          superEvent: 'https://riversidegames.example.org/#series',
        },
        {
          '@context': 'https://schema.org',
          '@type': 'Event',
          '@id': 'https://riversidegames.example.org/2027',
          name: 'Riverside Games 2027',
          startDate: '2027-06-04',
          superEvent: 'https://riversidegames.example.org/#series',
        },
      ]),
      'https://riversidegames.example.org/series',
    );
    expect(r.name).toBe('Riverside Games');
    expect(r.type).toBe('Event');
  });
});

describe('a nameless typed person', () => {
  it("reads a page's own FOAF person as a person, named by the title", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Orla</title></head><body prefix="foaf: http://xmlns.com/foaf/0.1/ schema: http://schema.org/">
<div resource="https://orla.example.ie/#me" typeof="foaf:Person">
  <p>Orla knows <a property="foaf:knows" href="https://ines.example.org/#me">Ines</a> and was born on
  <time property="schema:birthDate" datatype="xsd:date">1991-03-02</time>.</p></div></body></html>`,
      'https://orla.example.ie/',
    );
    expect(r.name).toBe('Orla');
    expect(r.type).toBe('Person');
  });
});
