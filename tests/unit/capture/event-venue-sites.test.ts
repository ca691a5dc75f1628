/**
 * An event's listing links its venue's site (the venue's card, "Check the venue website"): that
 * site is the venue's, not the event's, even when the event is named "Band at Venue".
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("an event listing's venue site", () => {
  it('is not taken as the event’s website', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Marsh Lantern at The Lamp Room (14 Jun 27) | Songkick</title>
<meta property="og:site_name" content="Songkick"><meta property="og:title" content="Marsh Lantern at The Lamp Room (14 Jun 27)">
<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'MusicEvent',
        name: 'Marsh Lantern',
        startDate: '2027-06-14T20:00:00',
        location: {
          '@type': 'Place',
          name: 'The Lamp Room',
          address: {
            '@type': 'PostalAddress',
            streetAddress: '12 Quay Street',
            addressLocality: 'Bristol',
            addressCountry: 'UK',
          },
        },
      })}</script></head><body>
<header><a href="/"><img src="/logo.svg" alt="Songkick"></a><nav><a href="/concerts">Concerts</a></nav></header>
<main><h1>Marsh Lantern</h1><p>Mon 14 June 2027 – 8:00 pm</p>
<div id="tickets"><h2>Buy tickets</h2><p>We don't know about tickets yet. Check the <a href="http://www.thelamproom.example.co.uk">venue website</a> for more info.</p></div>
<div class="venue"><a href="/venues/991-the-lamp-room">The Lamp Room</a><p><span>12 Quay Street</span> <span>Bristol</span>
<span><a class="url" href="http://www.thelamproom.example.co.uk">www.thelamproom.example.co.uk</a></span></p></div></main>
<footer><a href="https://twitter.com/songkick">Twitter</a> <a href="/about">About Songkick</a></footer></body></html>`,
      'https://www.songkick.com/concerts/2211-marsh-lantern-at-the-lamp-room',
    );
    expect(r.name).toBe('Marsh Lantern');
    expect(r.type).toBe('Event');
    expect(r.url).toBeUndefined();
  });
});
