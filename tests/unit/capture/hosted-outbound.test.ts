/**
 * Platform pages that route the subject's website through their own redirect ("/out?url=…",
 * "l.php?u=…") and profile pages whose posts sit in <article> elements: the listing is still read
 * as hosted, and the website is the address the redirect leads to. Pages invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

describe('outbound redirects on hosted pages', () => {
  it("takes a studio's website from a booking platform's redirect, not the platform's", () => {
    const html = page(
      `<title>Kiln Street Pottery | Classbook</title>
       <meta property="og:site_name" content="Classbook">
       <meta property="og:title" content="Kiln Street Pottery">`,
      `<header><a href="/"><img src="/img/classbook-logo.svg" alt="Classbook"></a></header>
       <main><h1>Kiln Street Pottery</h1>
       <p>7 Kiln Street, Ballarat VIC 3350</p>
       <p><a href="https://go.classbook.example/out?dest=https%3A%2F%2Fkilnstreetpottery.com.au%2F&amp;ref=listing">Studio website</a></p>
       <p>Wheel throwing for beginners, glaze nights and kids' clay club.</p></main>
       <footer><p>Help: <a href="mailto:hello@classbook.example">hello@classbook.example</a></p>
       <a href="https://www.instagram.com/classbookapp">Instagram</a>
       <a href="https://www.facebook.com/classbookapp">Facebook</a><p>© 2026 Classbook Pty Ltd</p></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.classbook.example/au/studios/kiln-street-pottery');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Kiln Street Pottery');
    expect(r.url).toBe('https://kilnstreetpottery.com.au/');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
  });

  it('reads a community page with posts in <article> elements as hosted', () => {
    const html = page(
      `<title>Elmwood Tool Library | Neighbourly</title>
       <meta property="og:site_name" content="Neighbourly">
       <meta property="og:title" content="Elmwood Tool Library">`,
      `<div class="topbar"><a href="https://www.neighbourly.example/"><img src="/logo.svg" alt="Neighbourly"></a></div>
       <main><h1>Elmwood Tool Library</h1>
       <div class="about"><p>Borrow drills, ladders and sewing machines for free.</p>
       <p><a href="https://l.neighbourly.example/l.php?u=https%3A%2F%2Felmwoodtools.org%2F&amp;h=x1">elmwoodtools.org</a></p></div>
       <div class="posts"><article><p>Thanks to everyone who came to the repair night!</p></article>
       <article><p>New: a pressure washer to borrow.</p></article></div></main>
       <footer><a href="https://twitter.com/neighbourlyhq">Twitter</a><p>Neighbourly © 2026</p></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.neighbourly.example/elmwoodtoollibrary/');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Elmwood Tool Library');
    expect(r.url).toBe('https://elmwoodtools.org/');
    expect(r.socials).toEqual([]);
  });

  it("keeps an own site's links to its own pages that carry a return address", () => {
    const html = page(
      `<title>Contact | Riverbend Rowing Club</title>`,
      `<header><a href="/"><img src="/logo.png" alt="Riverbend Rowing Club logo"></a></header>
       <main><h1>Contact</h1><p><a href="/login?next=https%3A%2F%2Friverbendrowing.org%2Fmembers">Members' area</a></p>
       <p>Website: <a href="https://riverbendrowing.org/">riverbendrowing.org</a></p></main>`,
    );
    const r = extractFromHtml(html, 'https://riverbendrowing.org/contact');
    expect(r.url).toBe('https://riverbendrowing.org/');
  });
});
