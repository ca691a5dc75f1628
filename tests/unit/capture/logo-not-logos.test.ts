/**
 * Images that are not the site's logo although they sit where logos do: a house icon linking home
 * in the header's breadcrumb trail, icon-sized images, funders' and accreditors' logos in the footer
 * or the body. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.elmstreetcommunitygarden.org/plots/';
const page = (header: string, main = '', footer = '') =>
  `<!doctype html><html><head><title>Plots | Elm Street Community Garden</title></head><body><header>${header}</header><main><h1>Plots</h1><p>Plots are allotted each March.</p>${main}</main><footer>${footer}</footer></body></html>`;

describe('images that are not the logo', () => {
  it('does not take a breadcrumb house icon linking home when the wordmark is text', () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a><div class="breadcrumb"><a href="/"><img src="/img/ui/home.png" alt="Home"></a> › Plots</div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it('does not take an icon-sized image linking home', () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a><a href="/"><img src="/img/ui/start.svg" alt="Start" width="16" height="16"></a>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it('still takes a header image linking home that is drawn at logo size', () => {
    const r = extractFromHtml(
      page('<a href="/"><img src="/img/esg-mark.png" alt="" width="180" height="64"></a>'),
      URL,
    );
    expect(r.logo).toBe('https://www.elmstreetcommunitygarden.org/img/esg-mark.png');
  });

  it("does not take a funders' strip in the footer as the logo", () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a>',
        '',
        '<h2>Supported by</h2><ul><li><img src="/media/f/parks.png" alt="City Parks Foundation logo"></li><li><img src="/media/f/community-grants.png" alt="Community Grants Fund logo"></li></ul>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it("does not take an accreditor's logo in the body", () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a>',
        '<p>We are a certified member of</p><img src="/media/urban-growers-network.png" alt="Urban Growers Network logo">',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it("still takes the site's own footer logo, named like the site", () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a>',
        '',
        '<img src="/media/esg-footer.png" alt="Elm Street Community Garden logo">',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.elmstreetcommunitygarden.org/media/esg-footer.png');
  });

  it("takes a footer logo named like the home page's heading on a site named otherwise", () => {
    const html =
      '<!doctype html><html><head><title>Home</title></head><body><main><h1>Riverside Allotment Trust</h1><p>Plots for everyone.</p></main><footer><img src="/media/rat.png" alt="Riverside Allotment Trust logo"></footer></body></html>';
    expect(extractFromHtml(html, 'https://www.rat-plots.org.uk/').logo).toBe(
      'https://www.rat-plots.org.uk/media/rat.png',
    );
  });

  it('does not take a row of logos marked only by class or file name', () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a>',
        '',
        '<div class="funders"><img class="logo" src="/media/f/a.png" alt=""><img class="logo" src="/media/f/b.png" alt=""><img src="/media/f/c-logo.png" alt=""></div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it("keeps the site's own pair of footer logos (light and dark) named like the site", () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="wordmark">Elm Street Community Garden</a>',
        '',
        '<div class="brand-row"><img class="logo-light" src="/media/esg-light.png" alt="Elm Street Community Garden"><img class="logo-dark" src="/media/esg-dark.png" alt="Elm Street Community Garden"></div>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.elmstreetcommunitygarden.org/media/esg-light.png');
  });

  it('does not take a menu caret image (spelled "carat" in its file) as the logo', () => {
    const r = extractFromHtml(
      page(
        '<nav><a href="/">Home <img src="/images/nav/carat_black_right.png" alt=""></a><a href="/plots/">Plots <img src="/images/nav/carat_white.png" alt=""></a></nav>',
      ),
      URL,
    );
    expect(r.logo ?? '').not.toMatch(/carat/);
  });

  it("does not take a sister project's logo, named so by its file, for the site's", () => {
    const html = `<!doctype html><html><head><title>Ada Lewis - Harbourpedia</title>
      <meta property="og:site_name" content="Harbourpedia"></head><body>
      <header><div class="sidebar"><h3>In other projects</h3>
        <img src="https://upload.example.org/thumb/Atlas-logo.svg/20px-Atlas-logo.svg.png" alt="">
        <a href="https://quotes.example.org/wiki/Ada_Lewis">Quotes</a></div></header>
      <main><h1>Ada Lewis</h1><p>Ada Lewis was a harbour pilot.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://en.harbourpedia.example/wiki/Ada_Lewis');
    expect(r.logo).toBeUndefined();
  });
});
