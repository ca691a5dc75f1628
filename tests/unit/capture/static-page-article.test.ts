/**
 * A CMS's static page wrapped in an <article> (WordPress `type-page`, Drupal `node--type-page`)
 * is the site's own page, not a story: its contact lines are the organisation's. A blog post's
 * article still is a story. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('static pages inside <article>', () => {
  it("reads a Drupal contact page's mailbox and address as the organisation's", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Brynmor Allotment Society</title></head><body>
      <header><a href="/" class="site-name">Brynmor Allotment Society</a></header>
      <main><article class="node node--type-page node--view-mode-full"><h1>Contact</h1>
      <div class="field--name-body"><p>Write to <a href="mailto:plots@brynmorallotments.example">plots@brynmorallotments.example</a>.</p>
      <p>14 Heol Fach<br>Swansea<br>SA2 9ZZ</p></div></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.brynmorallotments.example/contact');
    expect(r.emails).toEqual(['plots@brynmorallotments.example']);
    expect(r.address?.postalCode).toBe('SA2 9ZZ');
  });

  it("reads a WordPress page's entry-content (no <article>) as the page's own", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Tollgate Men's Shed</title></head><body class="page-template-default page">
      <main><h1>Contact</h1><div class="entry-content">
      <p>Email <a href="mailto:shed@tollgateshed.example">shed@tollgateshed.example</a></p></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.tollgateshed.example/contact/');
    expect(r.emails).toEqual(['shed@tollgateshed.example']);
  });

  it("still reads a WordPress post's body mailbox as the story's", () => {
    const html = `<!doctype html><html lang="en"><head><title>Plot news | Brynmor Allotment Society</title></head><body>
      <main><article class="post type-post"><h1>Seed swap with Oakfield</h1>
      <div class="entry-content"><p>Oakfield's organiser: <a href="mailto:swap@oakfieldgrowers.example">swap@oakfieldgrowers.example</a></p></div></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.brynmorallotments.example/2026/seed-swap/');
    expect(r.emails).toEqual([]);
  });
});
