/**
 * A site that says it belongs to a network or is published by a group ("Part of the … network",
 * "Published by … Ltd") keeps the group's accounts out of its own. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a network's or publisher's accounts", () => {
  it("keeps a publishing group's accounts in the top bar out of a magazine's socials", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Dune Coast Life</title>
      <meta property="og:site_name" content="Dune Coast Life"></head><body>
      <header><div class="topbar">One of the Saltline Publishing family of titles
      <a href="https://www.instagram.com/saltlinepublishing/">Instagram</a>
      <a href="https://x.com/SaltlinePub">X</a></div>
      <a href="/"><img src="/dcl.png" alt="Dune Coast Life"></a></header>
      <main><h1>Contact us</h1><p>Editorial: <a href="mailto:editor@dunecoastlife.example">editor@dunecoastlife.example</a></p></main>
      <footer><a href="https://www.instagram.com/dunecoastlife/">Instagram</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.dunecoastlife.example/contact');
    expect(r.socials).toEqual(['https://www.instagram.com/dunecoastlife/']);
  });

  it('reads "Published by" a company, not a blog\'s author', () => {
    const company = `<!doctype html><html lang="en"><head><title>Hill Farm Walks</title></head><body>
      <main><h1>Hill Farm Walks</h1><p>Twenty circular walks from the farm gate.</p></main>
      <footer><p>Published by Ridgeway Media Ltd</p>
      <a href="https://www.facebook.com/ridgewaymedia">Facebook</a>
      <a href="https://www.facebook.com/hillfarmwalks">Facebook</a></footer></body></html>`;
    expect(extractFromHtml(company, 'https://www.hillfarmwalks.example/').socials).toEqual([
      'https://www.facebook.com/hillfarmwalks',
    ]);
    const blog = `<!doctype html><html lang="en"><head><title>Notes from the Allotment</title></head><body>
      <main><h1>Notes from the Allotment</h1><p>Weekly diary of a half plot.</p></main>
      <footer><p>Published by Marion Fletcher</p>
      <a href="https://x.com/marionfletcher">X</a></footer></body></html>`;
    expect(extractFromHtml(blog, 'https://www.allotmentnotes.example/').socials).toEqual([
      'https://x.com/marionfletcher',
    ]);
  });
});

describe("a platform named only by the footer's copyright", () => {
  const page = (copyright: string, accounts: string): string => `<!doctype html><html lang="en">
    <head><title>Welcome | St Aidan's Church, Hexley</title>
    <meta property="og:site_name" content="St Aidan's Church, Hexley"></head><body>
    <header><a href="/"><img src="/crest.png" alt="St Aidan's Church"></a></header>
    <main><h1>Welcome</h1><p>Sunday Eucharist at 10am.</p>
    <p><a href="https://www.facebook.com/staidanshexley">Facebook</a></p></main>
    <footer><p>${copyright}</p><p>${accounts}</p></footer></body></html>`;

  it("keeps the platform's accounts out when the copyright names someone unrelated", () => {
    const r = extractFromHtml(
      page(
        '© 2026 Parishly · Church websites made simple',
        '<a href="https://x.com/parishlyhq">X</a> <a href="https://www.instagram.com/parishly/">Instagram</a>',
      ),
      'https://www.staidanshexley.example/',
    );
    expect(r.socials).toEqual(['https://www.facebook.com/staidanshexley']);
  });

  it("keeps the site's own accounts under its own legal name or initials", () => {
    for (const holder of ["© 2026 St Aidan's PCC. All rights reserved.", '© SAC 2026']) {
      const r = extractFromHtml(
        page(holder, '<a href="https://www.instagram.com/staidanshexley/">Instagram</a>'),
        'https://www.staidanshexley.example/',
      );
      expect(r.socials).toContain('https://www.instagram.com/staidanshexley/');
    }
  });
});
