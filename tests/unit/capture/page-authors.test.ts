/**
 * A page's author is not its subject: a Yoast-style graph whose WebPage names a stand-alone
 * Person as author, and a theme's "vcard author" box under the post.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a page's author", () => {
  it('takes the site, not the author the graph and the author box describe', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'WebPage',
          '@id': 'https://www.fieldnotes.example/robots/#webpage',
          name: 'Seven robot makers to watch',
          isPartOf: { '@id': 'https://www.fieldnotes.example/#website' },
          author: { '@id': 'https://www.fieldnotes.example/#/schema/person/ab12' },
        },
        {
          '@type': 'WebSite',
          '@id': 'https://www.fieldnotes.example/#website',
          name: 'FieldNotes',
          url: 'https://www.fieldnotes.example/',
        },
        {
          '@type': 'Person',
          '@id': 'https://www.fieldnotes.example/#/schema/person/ab12',
          name: 'Tomas Ruiz',
          url: 'https://www.fieldnotes.example/author/tomas-ruiz/',
          description: 'Tomas Ruiz writes about robots.',
        },
      ],
    };
    const html = `<!doctype html><html><head><title>Seven robot makers to watch | FieldNotes</title>
<meta property="og:site_name" content="FieldNotes"><meta property="og:type" content="article">
<script type="application/ld+json">${JSON.stringify(graph)}</script></head><body>
<main><h1>Seven robot makers to watch</h1><p>Robots are everywhere.</p>
<div class="author-box"><div class="td-author-name vcard author"><span class="fn"><a href="/author/tomas-ruiz/">Tomas Ruiz</a></span></div>
<p>Tomas Ruiz writes about robots.</p></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.fieldnotes.example/robots/');
    expect(r.name).toBe('FieldNotes');
    expect(r.type).toBe('Organization');
    expect(r.url).not.toBe('https://www.fieldnotes.example/author/tomas-ruiz/');
  });

  it("keeps the accounts in a personal site's own author card, whose person the site is named for", () => {
    const html = `<!doctype html><html><head><title>Ines Okafor</title></head><body>
      <div class="h-entry"><div class="h-card vcard author p-author">
        <a class="p-name fn u-url" href="https://inesokafor.example/">Ines Okafor</a>
        <a href="https://www.linkedin.com/in/inesokafor" rel="author">Ines Okafor on LinkedIn</a></div>
      <div class="entry-content e-content">Notes from the harbour survey, with <a href="https://twitter.com/harbourtrust">@harbourtrust</a>.</div></div>
      </body></html>`;
    const r = extractFromHtml(html, 'https://inesokafor.example/notes/2026/10/survey');
    expect(r.name).toBe('Ines Okafor');
    expect(r.socials).toEqual(['https://www.linkedin.com/in/inesokafor']);
  });
});
