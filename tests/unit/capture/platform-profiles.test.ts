/**
 * A profile on a social platform: the profile is the owner's account, the accounts the platform's
 * page declares for itself (twitter:site "@Platform") are not, and an address the profile's data
 * writes without its scheme ("twitch.tv/…") is a site, not a path on the platform.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('profiles on social platforms', () => {
  it("keeps the owner's profile and links, not the platform's own account", () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      mainEntity: {
        '@type': 'Person',
        name: 'Maple Street Makers',
        url: 'https://www.tiktok.com/@maplestreetmakers',
        sameAs: ['twitch.tv/maplestreetmakers'],
      },
    };
    const html = `<!doctype html><html><head>
<title>Maple Street Makers (@maplestreetmakers) | TikTok</title>
<meta property="og:site_name" content="TikTok">
<meta property="og:type" content="website">
<meta name="twitter:site" content="@tiktok_us">
<link rel="canonical" href="https://www.tiktok.com/@maplestreetmakers">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
</head><body><h1>maplestreetmakers</h1><p>Robotics club for ages 9–14.</p></body></html>`;
    const r = extractFromHtml(html, 'https://www.tiktok.com/@maplestreetmakers');
    expect(r.socials).toContain('https://www.tiktok.com/@maplestreetmakers');
    expect(r.socials).toContain('https://twitch.tv/maplestreetmakers');
    expect(r.socials).not.toContain('https://twitter.com/tiktok_us');
    // the profile page is an account, not a website of the owner's
    expect(r.url).toBeUndefined();
  });

  it("still reads a site's own twitter:site off the platforms", () => {
    const html = `<!doctype html><html><head><title>Maple Street Makers</title>
<meta name="twitter:site" content="@maplemakers"></head><body><h1>Maple Street Makers</h1></body></html>`;
    const r = extractFromHtml(html, 'https://maplestreetmakers.example/');
    expect(r.socials).toEqual(['https://twitter.com/maplemakers']);
  });

  it("takes a company page's website link, not the page itself, as its website", () => {
    const ld = {
      '@context': 'http://schema.org',
      '@type': 'Organization',
      name: 'Brightwater Analytics',
      url: 'https://uk.linkedin.com/company/brightwater-analytics',
    };
    const html = `<!doctype html><html><head><title>Brightwater Analytics | LinkedIn</title>
<script type="application/ld+json">${JSON.stringify(ld)}</script></head><body>
<h1>Brightwater Analytics</h1><dl><dt>Website</dt><dd><a href="https://www.brightwater.example/">https://www.brightwater.example</a></dd></dl>
</body></html>`;
    const r = extractFromHtml(html, 'https://www.linkedin.com/company/22113/');
    expect(r.url).toBe('https://www.brightwater.example/');
  });
});

describe('posts on social platforms', () => {
  const post = (url: string, site: string, title: string) =>
    extractFromHtml(
      `<!doctype html><html><head><title>${title}</title>
<meta property="og:site_name" content="${site}"><meta property="og:title" content="${title}">
<meta property="og:type" content="article"><meta name="twitter:site" content="@${site}">
</head><body><main><p>Spring fair this Saturday, 10–4, on the school field.</p></main></body></html>`,
      url,
    );

  it("reads a post's account from its address, and not the platform's own", () => {
    const x = post(
      'https://x.com/HollyLanePTA/status/1822907250383245320',
      'X',
      'Holly Lane PTA on X',
    );
    expect(x.socials).toEqual(['https://x.com/HollyLanePTA']);
    const channel = post('https://t.me/hollylanepta/2854', 'Telegram', 'Holly Lane PTA');
    expect(channel.socials).toEqual(['https://t.me/hollylanepta']);
    const page = post(
      'https://www.facebook.com/HollyLanePTA/posts/10158822',
      'Facebook',
      'Holly Lane PTA',
    );
    expect(page.socials).toEqual(['https://www.facebook.com/HollyLanePTA']);
  });

  it("takes no account from a platform's own sub-sites (developers.facebook.com/docs)", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Holly Lane PTA</title></head><body>
<footer><a href="https://developers.facebook.com/docs/instagram">API</a>
<a href="https://business.facebook.com/hollylane">Ads</a>
<a href="https://de-de.facebook.com/HollyLanePTA">Facebook</a></footer></body></html>`,
      'https://www.hollylanepta.example/',
    );
    expect(r.socials).toEqual(['https://de-de.facebook.com/HollyLanePTA']);
  });

  it("reads a photo post's account from the page's links, and takes the platform's wordmark as no one's logo", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Holly Lane PTA on Instagram: "Spring fair!"</title>
<meta property="og:site_name" content="Instagram"><meta property="og:type" content="instapp:photo">
<meta property="og:title" content="Holly Lane PTA on Instagram: &quot;Spring fair!&quot;">
<link rel="icon" href="/static/favicon-192.png"></head><body>
<header><a href="/"><img src="/static/images/web/nav_type_logo.png" alt="Instagram" class="logo"></a></header>
<main><article><header><a href="https://www.instagram.com/hollylanepta/">hollylanepta</a></header>
<p><a href="https://www.instagram.com/hollylanepta/">hollylanepta</a> Spring fair this Saturday!</p>
<ul><li><a href="https://www.instagram.com/sam.rivers/">sam.rivers</a> See you there</li></ul></article></main>
</body></html>`,
      'https://www.instagram.com/p/BWUDBntl3_Z/',
    );
    expect(r.socials).toEqual(['https://www.instagram.com/hollylanepta/']);
    expect(r.logo).toBeUndefined();
  });
});
