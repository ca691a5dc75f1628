/**
 * Press releases on a wire service: the issuing company is the subject, and the wire's logo,
 * accounts and sales line stay out. Two shapes of real wires: structured data that names the
 * issuer as the story's publisher (and author), and "News provided by" in a row of the release's
 * header below the heading's own box.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { parseDocument } from '../../../lib/capture/parse-html';
import { comesAfter } from '../../../lib/capture/util';

const wireFrame = (head: string, release: string) => `<!doctype html><html><head>
<title>Tallgrass Robotics Opens Kansas Plant | Newsline Wire</title>
<meta property="og:type" content="article">
<meta name="twitter:site" content="@newslinewire">
${head}
</head><body>
<header class="site-header">
  <a href="/"><img src="/img/newsline-logo.svg" alt="Newsline Wire" class="logo"></a>
  <a href="tel:+1-800-555-0188">800-555-0188</a>
</header>
${release}
<footer>
  <a href="https://twitter.com/newslinewire">Twitter</a>
  <a href="https://www.linkedin.com/company/newsline-wire">LinkedIn</a>
  <p>© 2026 Newsline Wire</p>
</footer>
</body></html>`;

const body = `<p>WICHITA, Kan. -- Tallgrass Robotics today opened its second plant.</p>
<p>About Tallgrass Robotics Co.</p><p>Tallgrass Robotics builds grain-handling robots. <a href="https://tallgrassrobotics.example/">https://tallgrassrobotics.example</a></p>`;

/** A wire's release header: the heading's own box, then "News provided by" in a row below. */
const providedByHeader = `<article class="release"><header class="container release-header"><div class="wrap">
  <div class="row"><div class="col"><div class="row headline"><div class="col">
    <h1>Tallgrass Robotics Opens Kansas Plant</h1><p class="subtitle">A second plant.</p>
  </div></div></div></div>
  <div class="row"><div class="col"><hr></div></div>
  <div class="row"><div class="col"><p class="meta">News provided by</p>
    <a href="/news/tallgrass-robotics/"><strong>Tallgrass Robotics Co.</strong></a>
    <p>02 Nov, 2026, 09:00 ET</p></div></div>
</div></header>`;

describe('press releases on a wire', () => {
  it('takes the issuer the structured data names as publisher, not the wire', () => {
    const r = extractFromHtml(
      wireFrame(
        `<script type="application/ld+json">${JSON.stringify({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Tallgrass Robotics Opens Kansas Plant',
          author: { '@type': 'Person', name: 'Tallgrass Robotics' },
          publisher: { '@type': 'Organization', name: 'Tallgrass Robotics' },
        })}</script>`,
        `<main><h1>Tallgrass Robotics Opens Kansas Plant</h1>
         <p class="dateline" style="display: none">Wichita, Kansas, UNITED STATES</p>${body}</main>`,
      ),
      'https://www.newslinewire.example/news-release/2026/11/02/tallgrass-robotics-opens-kansas-plant.html',
    );
    expect(r.name).toBe('Tallgrass Robotics');
    expect(r.type).toBe('Organization');
    expect(r.logo).toBeUndefined();
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual([]);
    // the dateline the wire hides from readers is not the issuer's address
    expect(r.address).toBeUndefined();
  });

  it('takes the company after "News provided by" in a row below the heading', () => {
    const r = extractFromHtml(
      wireFrame(
        '',
        `${providedByHeader}
        <section class="release-body">${body}</section></article>`,
      ),
      'https://www.newslinewire.example/news-releases/tallgrass-robotics-opens-kansas-plant-301.html',
    );
    expect(r.name).toBe('Tallgrass Robotics Co.');
    expect(r.logo).toBeUndefined();
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual([]);
  });

  it('reads where the issuer is based, not where a partner in the release is', () => {
    const release = (about: string) =>
      wireFrame(
        '',
        `${providedByHeader}
        <section class="release-body">${body}<p>Tallgrass Robotics today named Prairie Data Systems its data partner.</p>
        ${about}</section></article>`,
      );
    const url = 'https://www.newslinewire.example/news-releases/tallgrass-prairie-302.html';
    const partner = extractFromHtml(
      release(`<p><b>About Prairie Data Systems, Inc.:</b></p>
        <p>Prairie Data Systems, Inc. (a woman-owned small business), is headquartered in Topeka, Kansas, with clients across the Midwest.</p>`),
      url,
    );
    expect(partner.name).toBe('Tallgrass Robotics Co.');
    expect(partner.address).toBeUndefined();
    const own = extractFromHtml(
      release(`<p><b>About Tallgrass Robotics</b></p>
        <p>Tallgrass Robotics is based in Wichita, Kansas, and builds grain-handling robots.</p>`),
      url,
    );
    expect(own.address).toEqual({ locality: 'Wichita', region: 'Kansas' });
  });

  it('orders elements by their place in the page, not their depth', () => {
    const d = parseDocument(
      '<body><div><div><h1>T</h1></div></div><p>by <a href="/x">X</a></p></body>',
    );
    const h1 = d.querySelector('h1')!;
    const a = d.querySelector('a')!;
    expect(comesAfter(h1, a)).toBe(true);
    expect(comesAfter(a, h1)).toBe(false);
    expect(comesAfter(d.body, h1)).toBe(true);
  });
});
