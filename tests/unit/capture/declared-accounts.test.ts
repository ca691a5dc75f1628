/**
 * Accounts a page declares in its head in the shapes real sites write: a <link rel="publisher">
 * to the publisher's page, a twitter:site filled with a whole address after the "@", and a
 * Google+ page address as a signed-in user copies it (/u/0/+Name).
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { classifySocial } from '../../../lib/capture/social';

describe('accounts declared in the head', () => {
  it('reads rel=publisher and a twitter:site written as "@" and an address', () => {
    const html = `<!doctype html><html><head>
<title>Hill Road Ramblers</title>
<meta property="og:site_name" content="Hill Road Ramblers">
<meta name="twitter:site" content="@https://twitter.com/hillroadwalks">
<link rel="publisher" href="https://plus.google.com/+HillRoadRamblers">
</head><body><h1>Hill Road Ramblers</h1><p>Walks every Sunday.</p></body></html>`;
    const r = extractFromHtml(html, 'https://hillroadramblers.example/');
    expect(r.socials).toEqual(
      expect.arrayContaining([
        'https://twitter.com/hillroadwalks',
        'https://plus.google.com/+HillRoadRamblers',
      ]),
    );
  });

  it("reads a Google+ page address with a signed-in user's /u/0/", () => {
    expect(classifySocial('https://plus.google.com/u/0/+HillRoadRamblers/')).not.toBe('');
    expect(classifySocial('https://plus.google.com/u/0/')).toBe('');
  });

  it('keeps follow links in a footer block whose class says share', () => {
    const html = `<!doctype html><html><head><title>Hill Road Ramblers</title></head><body>
<h1>Hill Road Ramblers</h1><p>Walks every Sunday.</p>
<footer><div class="SocialSharing socialIcons -mode-share"><ul>
<li><a href="https://www.facebook.com/hillroadramblers">Facebook</a></li>
<li><a href="https://www.instagram.com/hillroadramblers/">Instagram</a></li>
</ul></div></footer></body></html>`;
    const r = extractFromHtml(html, 'https://hillroadramblers.example/');
    expect(r.socials).toEqual([
      'https://www.facebook.com/hillroadramblers',
      'https://www.instagram.com/hillroadramblers/',
    ]);
  });

  it('does not read its own users\' "/@name" pages as fediverse accounts', () => {
    const html = `<!doctype html><html><head><title>Storyboard – stories from readers</title></head><body>
<h1>Storyboard</h1>
<ul class="top-users"><li><a href="https://storyboard.example/@marta">@marta</a></li><li><a href="https://storyboard.example/@ken.ani">@ken.ani</a></li></ul>
<footer><a href="https://mastodon.social/@storyboard">Mastodon</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://storyboard.example/');
    expect(r.socials).toEqual(['https://mastodon.social/@storyboard']);
  });

  it("takes a short site's own accounts: its article:author and its sidebar's follow link", () => {
    const html = `<!doctype html><html lang="en"><head><title>Cat plays piano - 4PLY</title>
      <meta property="og:site_name" content="4PLY"><meta property="og:type" content="article">
      <meta property="article:author" content="https://facebook.com/4ply"></head><body>
      <main><article><h1>Cat plays piano</h1><p>Watch the video and the fun comments.</p></article>
      <section><h2>Connect with 4PLY!</h2><a href="https://www.instagram.com/4PLY/">Follow on Instagram</a></section></main></body></html>`;
    const r = extractFromHtml(html, 'https://4ply.example/gag/aGjVLDK');
    expect(r.socials).toEqual(['https://facebook.com/4ply', 'https://www.instagram.com/4PLY/']);
  });

  it("takes an article:author that is the site's own name, not its domain's label", () => {
    const html = `<!doctype html><html lang="en"><head><title>Ferry fares rise - Harbour Daily News</title>
      <meta property="og:site_name" content="Harbour Daily News"><meta property="og:type" content="article">
      <meta property="article:author" content="https://www.facebook.com/harbourdailynews"></head><body>
      <main><article><h1>Ferry fares rise</h1><p>By Ines Okafor</p><p>Fares go up in May.</p></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.hdn.example/news/ferry-fares');
    expect(r.socials).toEqual(['https://www.facebook.com/harbourdailynews']);
  });

  it("leaves a writer's article:author out", () => {
    const html = `<!doctype html><html lang="en"><head><title>Tide tables - 4PLY</title>
      <meta property="og:type" content="article">
      <meta property="article:author" content="https://facebook.com/ines.okafor"></head><body>
      <main><article><h1>Tide tables</h1><p>Notes.</p></article></main></body></html>`;
    expect(extractFromHtml(html, 'https://4ply.example/gag/b1').socials).toEqual([]);
  });

  it('takes a Mastodon server\'s bare-name link ("mastodon.social/name") as the account', () => {
    const html = `<!doctype html><html lang="en"><head><title>Storyboard</title></head><body>
      <main><h1>Storyboard</h1><p>Comics every week.</p></main>
      <footer><a href="https://mastodon.social/storyboard">Mastodon</a>
      <a href="https://mastodon.social/about">About Mastodon</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://storyboard.example/');
    expect(r.socials).toEqual(['https://mastodon.social/storyboard']);
  });
});
