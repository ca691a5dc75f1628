/**
 * A logo's alt that a site builder filled from the file's name ("64 brightwater",
 * "brightwater_logotype_white") is read back to the brand it names, not taken as written.
 */
import { describe, expect, it } from 'vitest';
import { fileNameAlt } from '../../../lib/capture/name-words';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('alts that are file names', () => {
  it('reads the brand out of a file name and leaves written alts alone', () => {
    expect(fileNameAlt('brightwater_logotype_white')).toBe('brightwater');
    expect(fileNameAlt('64 brightwater')).toBe('brightwater');
    expect(fileNameAlt('crest-2x.png')).toBe('crest');
    expect(fileNameAlt('logo_main')).toBe('');
    expect(fileNameAlt('Studio 54')).toBeUndefined();
    expect(fileNameAlt('Brightwater Analytics')).toBeUndefined();
    expect(fileNameAlt('3M')).toBeUndefined();
  });

  it("names an article page's site from its header logo's file-name alt", () => {
    const html = `<!doctype html><html><head>
<title>Five ways to read a churn curve</title>
<meta property="og:type" content="article">
</head><body>
<header>
  <a href="https://brightwater.example/"><img src="/files/brightwater_logotype_white.png" alt="64 brightwater" width="64"></a>
  <nav><a href="/product">Product</a> <a href="/blog">Blog</a></nav>
</header>
<main><article><h1>Five ways to read a churn curve</h1><p>Posted by Ana Ruiz, Data Lead</p>
<p>Churn curves flatten when a product finds its core users.</p></article></main>
</body></html>`;
    const r = extractFromHtml(html, 'https://brightwater.example/blog/churn-curves');
    expect(r.name?.toLowerCase()).toBe('brightwater');
  });

  it('reads the name before "logo" out of a builder\'s alt that is a spaced file name', () => {
    expect(fileNameAlt('Saltbush & Stone logo sand.png')).toBe('Saltbush & Stone');
    expect(fileNameAlt('Harbour Bakery banner 2.jpg')).toBe('Harbour Bakery');
    expect(fileNameAlt('Harbour Bakery team photo.jpg')).toBeUndefined();
  });
});
