/**
 * A post whose address does not name its account (instagram.com/p/…) names it in its card's
 * title ("Name (@handle) • Instagram photo"); a story's address names it; a credit in the title
 * ("Watch this story by Name …") is the name.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const post = (meta: string, title: string) =>
  `<!doctype html><html><head><title>${title}</title><meta property="og:site_name" content="Instagram">${meta}</head><body><main><p>Loading…</p></main></body></html>`;

describe("a post's account", () => {
  it("takes the handle in the post card's title as the poster's profile", () => {
    const r = extractFromHtml(
      post(
        `<meta property="og:type" content="article"><meta name="twitter:site" content="@instagram">
<meta name="twitter:title" content="Harbour Choir (@harbourchoir) • Instagram photo">
<meta property="og:title" content='Harbour Choir on Instagram: "Rehearsal night!"'>`,
        'Harbour Choir | Rehearsal night! | Instagram',
      ),
      'https://www.instagram.com/p/CQx12ab3/',
    );
    expect(r.name).toBe('Harbour Choir');
    expect(r.socials).toEqual(['https://www.instagram.com/harbourchoir/']);
  });

  it("reads a story's account from its address and its name from the title's credit", () => {
    const r = extractFromHtml(
      post(
        `<meta property="og:type" content="profile"><meta property="og:title" content="Watch this story by Marta Quill on Instagram before it disappears.">`,
        'Watch this story by Marta Quill on Instagram before it disappears.',
      ),
      'https://www.instagram.com/stories/martaquill/2591639087680304855/',
    );
    expect(r.name).toBe('Marta Quill');
    expect(r.socials).toEqual(['https://www.instagram.com/martaquill/']);
  });

  it("reads a post's account as a person's when its handle spells the person's name", () => {
    const x = extractFromHtml(
      `<!doctype html><html><head><title>Mara J. Quint on X: "Field notes from the estuary" / X</title>
<meta property="og:site_name" content="X (formerly Twitter)"><meta property="og:type" content="article">
<meta property="og:title" content="Mara J. Quint (@maraquint) on X"></head><body><main><p>Field notes.</p></main></body></html>`,
      'https://x.com/maraquint/status/1822907250383245320',
    );
    expect(x.name).toBe('Mara J. Quint');
    expect(x.type).toBe('Person');
    const ig = extractFromHtml(
      post(
        `<meta property="og:type" content="article">
<meta name="twitter:title" content="Mara Quint (@maraquint.photo) • Instagram photo">
<meta property="og:title" content='Mara Quint on Instagram: "Low tide"'>`,
        'Mara Quint | Low tide | Instagram',
      ),
      'https://www.instagram.com/p/CQx12ab9/',
    );
    expect(ig.type).toBe('Person');
    // the post's data names its author, a Person as the platform marks every account
    const sky = extractFromHtml(
      `<!doctype html><html><head><title>Mara Quint: "Low tide" — Bluesky</title>
<meta property="og:title" content="Mara Quint (@maraquint.bsky.social)">
<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'DiscussionForumPosting',
        author: {
          '@type': 'Person',
          name: 'Mara Quint',
          url: 'https://bsky.app/profile/maraquint.bsky.social',
        },
        text: 'Low tide',
      })}</script></head><body><main><p>Low tide</p></main></body></html>`,
      'https://bsky.app/profile/maraquint.bsky.social/post/3mddvy5bv6k27',
    );
    expect(sky.name).toBe('Mara Quint');
    expect(sky.type).toBe('Person');
  });

  it("leaves a one-word brand's post and a channel's post an organisation's", () => {
    const brand = extractFromHtml(
      `<!doctype html><html><head><title>Lumenworks on X: "New lamps" / X</title>
<meta property="og:type" content="article"><meta property="og:title" content="Lumenworks (@lumenworks) on X"></head>
<body><main><p>New lamps.</p></main></body></html>`,
      'https://x.com/lumenworks/status/1822907250383245321',
    );
    expect(brand.type).toBe('Organization');
    const channel = extractFromHtml(
      `<!doctype html><html><head><title>Tide Watch – Telegram</title>
<meta property="og:title" content="Tide Watch"><meta property="og:description" content="High tide at 14:02."></head>
<body><main><p>High tide at 14:02.</p></main></body></html>`,
      'https://t.me/tidewatch/2351',
    );
    expect(channel.type).toBe('Organization');
  });

  it("reads an article on a social platform as its writer's, credited between title and platform", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Why tide tables matter | Mara Quint | LinkedIn</title>
<meta property="og:site_name" content="LinkedIn Pulse"><meta property="og:type" content="article">
<meta property="og:title" content="Why tide tables matter"><meta name="twitter:site" content="@LinkedIn"></head>
<body><main><h1>Why tide tables matter</h1><p>By <a href="https://www.linkedin.com/in/mara-quint-4421">Mara Quint</a></p>
<p>Notes from ten years of harbour surveys.</p></main></body></html>`,
      'https://www.linkedin.com/pulse/why-tide-tables-matter-mara-quint',
    );
    expect(r.name).toBe('Mara Quint');
    expect(r.socials).toContain('https://www.linkedin.com/in/mara-quint-4421');
  });
});
