/**
 * Event pages: a site's calendar listing several events is about the site, not the first event; a
 * ticketing platform's event page without structured data is an event when it gives a date and a
 * time under its heading. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('event pages', () => {
  it("reads a site's calendar of several events as the site's page", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>What's on</title>
      <script type="application/ld+json">[{"@context":"https://schema.org","@type":"Event","name":"Story Time","startDate":"2027-02-03T10:00","organizer":{"@type":"Person","name":"Kim Patel"}},{"@context":"https://schema.org","@type":"Event","name":"Chess Club","startDate":"2027-02-04T16:00"}]</script>
      </head><body>
      <header><a href="/"><img src="/uploads/logo.png" alt="Brook Valley Library"></a></header>
      <main><h1>What's on</h1><article><h2>Story Time</h2></article><article><h2>Chess Club</h2></article></main>
      <footer><p>Brook Valley Library · 8 Mill Street · Easton, PA 18042 · (610) 555-0144</p>
      <a href="https://www.facebook.com/brookvalleylibrary">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.brookvalleylibrary.org/events/');
    expect(r.hosted).toBeFalsy();
    expect(r.name).toBe('Brook Valley Library');
    expect(r.type).toBe('Organization');
    expect(r.socials).toEqual(['https://www.facebook.com/brookvalleylibrary']);
  });

  it('types a ticketing page with a date and time under its heading as an event', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Initiation à la linogravure - Billetzo</title>
      <meta property="og:site_name" content="Billetzo"><meta property="og:title" content="Initiation à la linogravure"></head><body>
      <header><a href="/"><img src="/billetzo.png" alt="Billetzo"></a></header>
      <main><h1>Initiation à la linogravure</h1><p>Dimanche 7 mars 2027, de 10h00 à 12h30</p>
      <h2>Organisateur</h2><p>Atelier Encre Vive</p></main>
      <footer><a href="https://www.facebook.com/billetzo">Facebook</a> © 2026 Billetzo</footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.billetzo.example/e/initiation-linogravure-331');
    expect(r.name).toBe('Initiation à la linogravure');
    expect(r.type).toBe('Event');
  });

  it("reads a group's event on a meetup platform as the event, whatever og:type it writes", () => {
    const html = `<!doctype html><html lang="en"><head><title>Seed Swap: Spring Edition | Meetwell</title>
      <meta property="og:site_name" content="Meetwell"><meta property="og:type" content="article">
      <meta property="og:title" content="Seed Swap: Spring Edition"></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Meetwell"></a><nav><a href="/find">Find events</a></nav></header>
      <div class="event-head"><h1>Seed Swap: Spring Edition</h1>
        <div><div>Hosted By</div><div>Priya K. and 2 others</div></div></div>
      <div class="grid"><div class="event-details"><h2>Details</h2><p>Bring seeds, take seeds.</p></div>
        <aside class="event-info"><div><svg role="img" aria-label="Date and time"></svg><div><time datetime="2026-04-12T13:00:00-04:00">Sunday, April 12, 2026</time>
        <div>1:00 PM to 4:30 PM EDT</div></div></div>
        <div><svg role="img" aria-label="Location"></svg><div><div>Larch Hall</div><div>88 Bellwoods Lane · Toronto, ON M6J 2Q5</div></div></div></aside></div>
      <footer><p>Meetwell Inc., 500 Example Ave, New York, NY 10001</p>
        <a href="https://twitter.com/meetwell">Twitter</a> <a href="https://www.instagram.com/meetwell/">Instagram</a></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.meetwell.example/toronto-growers/events/301845577/',
    );
    expect(r.name).toBe('Seed Swap: Spring Edition');
    expect(r.type).toBe('Event');
    expect(r.socials).toEqual([]);
    expect(r.address?.locality).toBe('Toronto');
  });
});
