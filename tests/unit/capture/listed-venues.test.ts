/**
 * An artist's page on a listings platform: the artist's structured data gives no address, and the
 * town of its next concert, listed under it, is the venue's, not the artist's.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a listing's venues", () => {
  it('does not give an artist the town of its next concert', () => {
    const ld = [
      {
        '@context': 'http://schema.org',
        '@type': 'WebSite',
        name: 'Gigfinder',
        url: 'https://www.gigfinder.example/',
      },
      {
        '@context': 'http://schema.org',
        '@type': 'MusicGroup',
        name: 'The Quiet Harbours',
        logo: 'https://img.gigfinder.example/artists/9921/avatar',
      },
    ];
    const html = `<!doctype html><html><head>
<title>The Quiet Harbours Tickets, Tour Dates 2027 &amp; Concerts – Gigfinder</title>
<meta property="og:site_name" content="Gigfinder">
<meta property="og:title" content="The Quiet Harbours">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body>
<header><a href="/"><img src="/img/gigfinder-logo.svg" alt="Gigfinder"></a></header>
<main><h1>The Quiet Harbours</h1>
<h2>Upcoming concerts (1)</h2>
<ul class="event-listings"><li><time datetime="2027-06-10T19:30">Thursday 10 June 2027</time>
<p><a href="/concerts/4410-the-quiet-harbours-at-the-lantern">The Quiet Harbours</a></p>
<p class="location"><span class="venue-name"><a href="/venues/88-the-lantern">The Lantern</a></span>, <span>Portland, OR, US</span> <span class="street-address">497 Alder St</span></p></li></ul>
</main>
<h2>Past concerts</h2><ul><li><a href="/concerts/4410-the-quiet-harbours-at-the-lantern">Portland, OR, US</a></li></ul>
<footer><a href="https://twitter.com/gigfinder">Twitter</a> © Gigfinder</footer>
</body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.gigfinder.example/artists/9921-the-quiet-harbours',
    );
    expect(r.name).toBe('The Quiet Harbours');
    expect(r.address).toBeUndefined();
  });

  it("reads no address from an artist's list of past concerts on a ticketing platform", () => {
    const gig = (date: string, title: string, place: string) =>
      `<li title="${date}"><time datetime="${date}"></time><p><strong>${title}</strong></p><p class="location">${place}</p></li>`;
    const html = `<!doctype html><html><head><title>Harbour Lights Gigography, Tour History &amp; Past Concerts – Songkick</title></head><body>
      <header><a href="/">Songkick</a></header><main><h1>Harbour Lights</h1><h2>Past concerts</h2><ul>
      ${gig('2026-05-23', 'Coast Calling 2026', '<span>Quay Plaza</span>, <span>Boston, MA, US</span>')}
      ${gig('2026-07-17', 'Dune Festival 2026', '<span>Rue de la Dune 4</span>, <span>7370 Dour, Belgium</span>')}
      ${gig('2026-02-20', 'Radio Festival 2026', '<span>Newcastle Upon Tyne, UK</span>')}
      </ul></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.songkick.com/artists/88-harbour-lights/gigography',
    );
    expect(r.name).toBe('Harbour Lights');
    expect(r.address).toBeUndefined();
  });
});
