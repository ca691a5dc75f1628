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

  it("does not take the venue's site written out on its card for the event's", () => {
    const ld = {
      '@context': 'http://schema.org',
      '@type': 'MusicEvent',
      name: 'Nia Brookes',
      startDate: '2026-06-06T19:00:00',
      location: {
        '@type': 'Place',
        name: 'Quayside Bar & Kitchen',
        address: {
          '@type': 'PostalAddress',
          streetAddress: '2-4 Quay Square',
          addressLocality: 'London',
          postalCode: 'N1 6NU',
        },
      },
    };
    const html = `<!doctype html><html><head><title>Nia Brookes Tickets, Quayside Bar &amp; Kitchen, London, 6 Jun 2026 – Songkick</title>
      <script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
      <header><a href="/"><img src="/logo.svg" alt=""></a></header><main><h1>Nia Brookes</h1><p>Saturday 06 June 2026, doors 7pm</p>
      <div class="venue-info"><h2>Venue</h2><a href="/venues/82-quayside">Quayside Bar &amp; Kitchen</a>
      <p><span>2-4 Quay Square</span> <span>N1 6NU</span> <span>London, UK</span>
      <span><a href="http://www.quaysidebar.co.uk" rel="nofollow">www.quaysidebar.co.uk</a></span></p></div></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.songkick.com/concerts/3016-nia-brookes-at-quayside',
    );
    expect(r.name).toBe('Nia Brookes');
    expect(r.url).not.toBe('https://www.quaysidebar.co.uk/');
  });
});
