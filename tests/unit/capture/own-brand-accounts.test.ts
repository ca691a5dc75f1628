/**
 * A site's own accounts on its article pages: a blog's sidebar that the markup does not mark as
 * one, and an outside link whose words contain the site's name (its cookbook on a bookshop), must
 * not turn the site's accounts into someone else's. A story subject's account in the body stays out.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const blogPost = (body: string) => `<!doctype html><html><head>
<title>Charred leek tart | fernbrook pantry</title>
<meta property="og:type" content="article">
<meta name="description" content="A home baking journal from a narrow kitchen in Leeds.">
</head><body>
<div id="wrap">
  <div class="post">
    <h1>Charred leek tart</h1>
    <p class="byline">Posted by Ruth on 3 March 2026</p>
    ${body}
  </div>
  <div class="rail">
    <a href="/"><img src="/img/fernbrook-logo.png" alt="fernbrook pantry"></a>
    <ul>
      <li><a href="/recipes/">Recipes</a></li>
      <li><a href="https://books.example-shop.com/fernbrook-pantry-cookbook">The Fernbrook Pantry Cookbook</a></li>
    </ul>
    <ul class="icons">
      <li><a href="https://www.facebook.com/fernbrookpantry" title="Facebook"><i class="i-fb"></i></a></li>
      <li><a href="https://www.instagram.com/fernbrookpantry" title="Instagram"><i class="i-ig"></i></a></li>
      <li><a href="https://www.pinterest.com/fernbrookpantry" title="Pinterest"><i class="i-pin"></i></a></li>
    </ul>
  </div>
</div>
</body></html>`;

describe("a site's own accounts on its article pages", () => {
  it('keeps accounts named for the site, beside a link to its cookbook on a shop', () => {
    const r = extractFromHtml(
      blogPost('<p>Leeks, butter, a sheet of pastry and an hour.</p>'),
      'https://fernbrookpantry.example/2026/03/charred-leek-tart/',
    );
    expect(r.socials).toEqual([
      'https://www.facebook.com/fernbrookpantry',
      'https://www.instagram.com/fernbrookpantry',
      'https://www.pinterest.com/fernbrookpantry',
    ]);
  });

  it("still leaves out an account the story's body links to", () => {
    const r = extractFromHtml(
      blogPost(
        '<p>The recipe came from <a href="https://www.instagram.com/hollowayorchards">Holloway Orchards</a>, who grow the leeks.</p>',
      ),
      'https://fernbrookpantry.example/2026/03/charred-leek-tart/',
    );
    expect(r.socials).not.toContain('https://www.instagram.com/hollowayorchards');
    expect(r.socials).toContain('https://www.instagram.com/fernbrookpantry');
  });

  it("does not take a story's picture linking to its own permalink as the site's logo", () => {
    const url = 'https://fernbrookpantry.example/blog/2026/03/charred-leek-tart/';
    const r = extractFromHtml(
      blogPost(
        `<p><a href="${url}"><img src="/uploads/charred-leek-tart.jpg" alt="charred leek tart"></a></p>`,
      ),
      url,
    );
    expect(r.logo).not.toBe('https://fernbrookpantry.example/uploads/charred-leek-tart.jpg');
  });

  it('keeps a follow row whose handle is on several platforms, on a site named otherwise', () => {
    const html = `<!doctype html><html><head><title>How to price a first product | Ledger.com</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Ledger.com"></head><body>
<div class="page"><div class="story"><h1>How to price a first product</h1>
<p>By Sam Okoro. Start with what a buyer already pays.</p></div>
<div class="follow"><span>Follow us</span>
<a href="https://www.facebook.com/LedgerMag"><i class="fb"></i></a>
<a href="https://instagram.com/ledgermagazine"><i class="ig"></i></a>
<a href="https://www.youtube.com/user/ledgermagazine"><i class="yt"></i></a>
<a href="https://www.pinterest.com/ledgermagazine/"><i class="pin"></i></a></div></div>
</body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.ledger.example.com/articles/price-a-first-product',
    );
    expect(r.socials).toEqual(
      expect.arrayContaining([
        'https://instagram.com/ledgermagazine',
        'https://www.youtube.com/user/ledgermagazine',
        'https://www.pinterest.com/ledgermagazine/',
        'https://www.facebook.com/LedgerMag',
      ]),
    );
  });

  it("keeps a row of icons beside the site's own named account, whatever the other handles", () => {
    const html = `<!doctype html><html><head><title>Rates hold steady | Market Week</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Market Week"></head><body>
<div class="page"><div class="socialmedia"><img src="/social.jpg" usemap="#icons" alt=""><map name="icons">
<area shape="rect" coords="1,1,39,44" href="https://www.facebook.com/MarketWeek" alt="facebook">
<area shape="rect" coords="50,1,88,44" href="https://www.twitter.com/MW_Daily" alt="twitter">
<area shape="rect" coords="100,1,140,44" href="https://www.youtube.com/user/marketweekindia" alt="youtube"></map></div>
<div class="story"><h1>Rates hold steady</h1><p>By Sam Okoro. The bank left rates where they were.</p>
<p>Read <a href="https://twitter.com/samokoro">Sam on X</a>.</p></div></div>
</body></html>`;
    const r = extractFromHtml(html, 'https://www.marketweek.example/story/rates-hold');
    expect(r.socials).toEqual([
      'https://www.facebook.com/MarketWeek',
      'https://www.twitter.com/MW_Daily',
      'https://www.youtube.com/user/marketweekindia',
    ]);
  });
});
