/**
 * Logos declared in the page's head outside og:logo and structured data: <link rel="logo">, a
 * stray <meta itemprop="logo"> (no itemscope), and an og:image named or described as the logo —
 * while a photo og:image, an itemprop inside another entity's item and a hosted page's declarations
 * are not the subject's logo. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/capture/context';
import { extractFromHtml, parseDocument } from '../../../lib/capture/parse-html';
import { declaredLogoRule } from '../../../lib/capture/rules/declared-logo';

const URL = 'https://www.quarrybanktheatre.org/about/';
const page = (head: string, body = '') =>
  `<!doctype html><html><head><title>About | Quarry Bank Theatre</title>${head}</head><body><header><a href="/" class="site-title">Quarry Bank Theatre</a></header><main><h1>About us</h1><p>A volunteer-run playhouse since 1962.</p>${body}</main></body></html>`;

describe('logos declared in the head', () => {
  it('takes <link rel="logo">', () => {
    const r = extractFromHtml(page('<link rel="logo" href="/brand/qbt-logo.svg">'), URL);
    expect(r.logo).toBe('https://www.quarrybanktheatre.org/brand/qbt-logo.svg');
  });

  it('takes a stray <meta itemprop="logo"> outside any item', () => {
    const r = extractFromHtml(
      page('<meta itemprop="logo" content="https://www.quarrybanktheatre.org/img/qbt-200.png">'),
      URL,
    );
    expect(r.logo).toBe('https://www.quarrybanktheatre.org/img/qbt-200.png');
  });

  it('leaves an itemprop="logo" inside an item to the item (a sponsor\'s is not declared for the page)', () => {
    const html = page(
      '',
      '<div itemscope itemtype="https://schema.org/Corporation" class="thanks"><span itemprop="name">Ellery Print Works</span><meta itemprop="logo" content="https://www.elleryprint.example/logo.png"></div>',
    );
    const found = declaredLogoRule(buildContext(parseDocument(html), URL));
    expect(found).toEqual([]);
  });

  it('takes an og:image whose file name says logo', () => {
    const r = extractFromHtml(
      page(
        '<meta property="og:image" content="https://cdn.example-builder.com/u/88/QBT+Logo+Square.png?w=1200">',
      ),
      URL,
    );
    expect(r.logo).toBe('https://cdn.example-builder.com/u/88/QBT+Logo+Square.png?w=1200');
  });

  it('takes an og:image whose alt says logo', () => {
    const r = extractFromHtml(
      page(
        '<meta property="og:image" content="/media/share-1200x630.png"><meta property="og:image:alt" content="Quarry Bank Theatre logo">',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.quarrybanktheatre.org/media/share-1200x630.png');
  });

  it('does not take a photo og:image as the logo', () => {
    const r = extractFromHtml(
      page(
        '<meta property="og:image" content="/media/2026/cast-of-the-crucible.jpg"><meta property="og:image:alt" content="The cast on stage">',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it('prefers the header image marked as the logo over a logo-named og:image', () => {
    const html = `<!doctype html><html><head><title>About | Quarry Bank Theatre</title><meta property="og:image" content="/media/qbt-logo-share.png"></head><body><header><a href="/"><img class="custom-logo" src="/media/qbt-logo-header.png" alt="Quarry Bank Theatre"></a></header><main><h1>About us</h1></main></body></html>`;
    expect(extractFromHtml(html, URL).logo).toBe(
      'https://www.quarrybanktheatre.org/media/qbt-logo-header.png',
    );
  });

  it('takes an itemprop="logo" of the page\'s own WebPage item', () => {
    const html = `<!doctype html><html itemscope itemtype="https://schema.org/WebPage"><head><title>About | Quarry Bank Theatre</title><meta itemprop="logo" content="/img/qbt-square.png"></head><body><main><h1>About us</h1></main></body></html>`;
    expect(extractFromHtml(html, URL).logo).toBe(
      'https://www.quarrybanktheatre.org/img/qbt-square.png',
    );
  });

  it('prefers the header image linking home over an og:image named logo', () => {
    const html = `<!doctype html><html><head><title>About | Quarry Bank Theatre</title><meta property="og:image" content="/media/qbt-logo-share.png"></head><body><header><a href="/"><img src="/media/masthead.png" alt=""></a></header><main><h1>About us</h1></main></body></html>`;
    expect(extractFromHtml(html, URL).logo).toBe(
      'https://www.quarrybanktheatre.org/media/masthead.png',
    );
  });

  it('takes an og:image in a logos folder or named as a wordmark', () => {
    for (const file of ['/assets/logos/qbt-1200x630.png', '/media/qbt-wordmark-share.png'])
      expect(extractFromHtml(page(`<meta property="og:image" content="${file}">`), URL).logo).toBe(
        `https://www.quarrybanktheatre.org${file}`,
      );
  });

  it('takes a header image named as a wordmark that does not link home', () => {
    const html = `<!doctype html><html><head><title>About | Quarry Bank Theatre</title></head><body><header><img src="/media/qbt-wordmark.svg" alt=""></header><main><h1>About us</h1></main></body></html>`;
    expect(extractFromHtml(html, URL).logo).toBe(
      'https://www.quarrybanktheatre.org/media/qbt-wordmark.svg',
    );
  });
});

describe('a logo declared as an item of its own', () => {
  it('reads an ImageObject marked itemProp="logo" in the header, written with capitals', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Harbour Times</title></head><body>
<header><div class="masthead__logo" itemProp="logo" itemscope="" itemType="https://schema.org/ImageObject">
<meta itemProp="url" content="https://www.harbourtimes.example/assets/png/ht_masthead.png"/>
<a href="/" title="Harbour Times"><svg viewBox="0 0 10 10"></svg></a></div></header>
<main><h1>Ferry timetable changes from Monday</h1></main></body></html>`,
      'https://www.harbourtimes.example/news/ferry-timetable',
    );
    expect(r.logo).toBe('https://www.harbourtimes.example/assets/png/ht_masthead.png');
  });
});
