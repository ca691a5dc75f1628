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
});
