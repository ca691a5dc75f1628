/**
 * A hosted page's subject naming its own website in running text, without a link or a label:
 * the address whose domain spells the subject's name is its url; other addresses in the text
 * (a stockist, a file name) are not. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (story: string): string => `<!doctype html><html lang="en"><head>
  <title>Hollow Oak Turning | Makers Yard</title>
  <meta property="og:site_name" content="Makers Yard"><meta property="og:title" content="Hollow Oak Turning"></head><body>
  <header><a href="https://www.makersyard.example/"><img src="/my.png" alt="Makers Yard"></a></header>
  <main><h1>Hollow Oak Turning</h1><h2>Meet the maker</h2><p>${story}</p></main>
  <footer><p>© Makers Yard Ltd · <a href="mailto:help@makersyard.example">help@makersyard.example</a></p></footer></body></html>`;
const url = 'https://www.makersyard.example/makers/hollow-oak-turning';

describe("a subject's website written in prose", () => {
  it('takes the address that spells the maker’s name', () => {
    const r = extractFromHtml(
      page(
        'Bowls and spoons from fallen Devon oak. Commissions and courses are on hollowoakturning.co.uk, or see the price list in prices.pdf.',
      ),
      url,
    );
    expect(r.url).toBe('https://hollowoakturning.co.uk/');
    expect(r.sources.url).toBe('text');
  });

  it('leaves out addresses that name someone else', () => {
    const r = extractFromHtml(
      page('Bowls and spoons from fallen Devon oak, also stocked by www.devoncraftcentre.co.uk.'),
      url,
    );
    expect(r.url).not.toBe('https://www.devoncraftcentre.co.uk');
    expect(r.url ?? '').not.toContain('devoncraftcentre');
  });

  it("reads a tenant's bio box, which is its own", () => {
    const html = `<!doctype html><html lang="en"><head><title>Shows | Brass Lantern Players</title>
      <meta property="og:site_name" content="Brass Lantern Players"></head><body>
      <div id="topbar"><a href="https://stagebook.example/"><img src="/sb.svg" alt="stagebook"></a></div>
      <main><h2>Shows</h2><p>A Christmas Carol — December</p></main>
      <div class="bio">Amateur theatre in Ripon since 1952. Auditions and tickets: brasslanternplayers.org.uk</div>
      </body></html>`;
    const r = extractFromHtml(html, 'https://brasslanternplayers.stagebook.example/shows');
    expect(r.url).toBe('https://brasslanternplayers.org.uk/');
  });
});
