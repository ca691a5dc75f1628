/**
 * A site builder's "rich text" box (Wix, Squarespace, themes without WordPress's page classes)
 * carries a class that also marks a story's body. On a page with no sign of being a story, it is
 * the site's own page: the contact block in it is the organisation's. The same box on a dated
 * story stays the story's. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (dated: boolean): string => `<!doctype html><html lang="en"><head>
  <title>Contact | Quarrystone Gardens</title>
  ${dated ? '<meta property="article:published_time" content="2026-03-02T09:00:00Z">' : ''}
  </head><body>
  <header><a href="/"><img src="/logo.png" alt="Quarrystone Gardens"></a>
  <nav><a href="/">Home</a> <a href="/contact">Contact</a></nav></header>
  <main><div class="wixui-rich-text">
    <h1>Let's talk about your garden</h1>
    <p><span>Office</span><br>(03) 5550 2241</p>
    <p><span>Email</span><br><a href="mailto:quarrystonegardens@gmail.com">quarrystonegardens@gmail.com</a></p>
    <p><span>Yard</span><br>Unit 6, 14 Quarry Lane<br>Lara VIC 3212</p>
  </div></main>
  <footer><p>© 2026 Quarrystone Gardens</p></footer></body></html>`;

describe("a builder's rich-text box on a page that is no story", () => {
  it("keeps the box's contact details as the organisation's", () => {
    const r = extractFromHtml(page(false), 'https://www.quarrystone.com.au/contact');
    expect(r.emails).toEqual(['quarrystonegardens@gmail.com']);
    expect(r.phones).toEqual(['(03) 5550 2241']);
    expect(r.address?.street).toBe('Unit 6, 14 Quarry Lane');
    expect(r.address?.locality).toBe('Lara');
    expect(r.address?.postalCode).toBe('3212');
  });

  it("leaves a dated story's box as the story's", () => {
    const r = extractFromHtml(page(true), 'https://www.quarrystone.com.au/contact');
    expect(r.address).toBeUndefined();
  });
});
