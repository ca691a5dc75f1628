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
});
