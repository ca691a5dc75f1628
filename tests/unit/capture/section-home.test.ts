/**
 * A publication's edition inside a larger site (a city's business journal under the group's
 * domain): its header logo links to the edition's own home, which is its website. Pages
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (logoLink: string) => `<!doctype html><html><head>
  <title>Harbour startup raises $22M | Lakeside Business Journal</title>
  <meta property="og:site_name" content="Lakeside Business Journal"><base href="http://www.journals.example.com/"></head><body>
  <header>${logoLink}<nav><a href="/lakeside/news" class="menu-item">News</a>
  <a class="hover:text-brand-color" href="/lakeside/news/technology">Technology</a></nav></header>
  <main><article><h1>Harbour startup raises $22M</h1><p>The round was led by local investors.</p></article></main>
  </body></html>`;
const URL = 'http://www.journals.example.com/lakeside/news/2026/05/harbour-startup.html';

describe("an edition's home inside a larger site", () => {
  it("takes the path the header's logo links to as the website", () => {
    const r = extractFromHtml(
      page('<a href="lakeside" class="logo-link"><img src="/l.svg" alt=""></a>'),
      URL,
    );
    expect(r.name).toBe('Lakeside Business Journal');
    expect(r.url).toBe('http://www.journals.example.com/lakeside');
  });

  it('keeps the domain when the logo links home, or a link is only styled with a brand colour', () => {
    const home = extractFromHtml(
      page('<a href="/" class="logo-link"><img src="/l.svg" alt=""></a>'),
      URL,
    );
    expect(home.url).toBe('http://www.journals.example.com/');
    const styled = extractFromHtml(
      page('<a href="/lakeside/news" class="hover:text-brand-color">Lakeside</a>'),
      URL,
    );
    expect(styled.url).toBe('http://www.journals.example.com/');
  });
});
