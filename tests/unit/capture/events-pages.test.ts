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
});
