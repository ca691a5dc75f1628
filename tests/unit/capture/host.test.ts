/**
 * Subject vs host (lib/capture/host.ts): pages about one organisation served by another keep the
 * host's logo, accounts, support contacts and footer out of the subject's fields (still offered as
 * set-aside candidates), and vendor credits on own sites do not leak into the site's fields. Each
 * page here is new (not in the corpus) and of a kind the held-out scores found weak.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const platformFooter = (brand: string, domain: string): string => `
  <footer><a href="/"><img src="/img/${brand.toLowerCase()}-logo.png" alt="${brand}"></a>
  <a href="https://www.facebook.com/${brand.toLowerCase()}">Facebook</a>
  <a href="https://twitter.com/${brand.toLowerCase()}hq">Twitter</a>
  <p>Need help? <a href="mailto:help@${domain}">help@${domain}</a> · call 1-800-555-0142</p>
  <p>© 2026 ${brand} Inc.</p></footer>`;

describe('capture on pages hosted by a platform', () => {
  it("takes an event listing's event, not the ticketing site's logo, accounts or support line", () => {
    const html = page(
      `<title>Harvest Supper Tickets | Seatwise</title>
       <meta property="og:site_name" content="Seatwise"><meta name="twitter:site" content="@seatwisehq">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Seatwise","url":"https://www.seatwise.io/","logo":"https://www.seatwise.io/img/seatwise-logo.png","sameAs":["https://www.facebook.com/seatwise"]}</script>
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Harvest Supper","startDate":"2026-10-10","location":{"@type":"Place","name":"Grange Hall","address":{"@type":"PostalAddress","streetAddress":"9 Mill Road","addressLocality":"Amherst","addressRegion":"MA","postalCode":"01002"}},"organizer":{"@type":"Organization","name":"Amherst Food Co-op","url":"https://amherstfood.coop/"}}</script>`,
      `<header><a href="/" class="logo"><img src="/img/seatwise-logo.png" alt="Seatwise"></a></header>
       <main><h1>Harvest Supper</h1><p>Organized by Amherst Food Co-op</p></main>
       ${platformFooter('Seatwise', 'seatwise.io')}`,
    );
    const r = extractFromHtml(html, 'https://www.seatwise.io/e/harvest-supper-2231');
    expect(r.name).toBe('Harvest Supper');
    expect(r.type).toBe('Event');
    expect(r.address?.locality).toBe('Amherst');
    expect(r.logo).toBeUndefined();
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
    expect(r.phones).toEqual([]);
    // still offered, ranked low, for the review
    expect(r.candidates.some((c) => c.field === 'emails' && c.value === 'help@seatwise.io')).toBe(
      true,
    );
  });

  it("takes a listing's own name and website on a platform page without structured data", () => {
    const html = page(
      `<title>Tidewater Rowing Club | Seatwise</title>
       <meta property="og:site_name" content="Seatwise"><meta property="og:title" content="Tidewater Rowing Club">`,
      `<header><a href="/" class="logo"><img src="/img/seatwise-logo.png" alt="Seatwise"></a></header>
       <main><h1>Tidewater Rowing Club</h1><p>Learn-to-row courses on the Elizabeth River.</p>
       <p><a href="https://tidewaterrowing.org/">tidewaterrowing.org</a> ·
       <a href="https://www.instagram.com/tidewaterrowing">Instagram</a></p></main>
       ${platformFooter('Seatwise', 'seatwise.io')}`,
    );
    const r = extractFromHtml(html, 'https://www.seatwise.io/o/tidewater-rowing-club');
    expect(r.name).toBe('Tidewater Rowing Club');
    expect(r.url).toBe('https://tidewaterrowing.org/');
    expect(r.socials).toEqual(['https://www.instagram.com/tidewaterrowing']);
    expect(r.logo).toBeUndefined();
    expect(r.emails).toEqual([]);
    expect(r.phones).toEqual([]);
  });

  it("takes a marketplace product's seller, not the marketplace", () => {
    const html = page(
      `<title>Beeswax Candle Set - Handmarket</title><meta property="og:site_name" content="Handmarket">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Handmarket","url":"https://handmarket.shop/","sameAs":["https://www.instagram.com/handmarket"]}</script>
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Beeswax Candle Set","offers":{"@type":"Offer","price":"18","seller":{"@type":"Organization","name":"Clover Hill Apiary"}}}</script>`,
      `<main><h1>Beeswax Candle Set</h1></main>${platformFooter('Handmarket', 'handmarket.shop')}`,
    );
    const r = extractFromHtml(html, 'https://handmarket.shop/item/5521/beeswax-candle-set');
    expect(r.name).toBe('Clover Hill Apiary');
    expect(r.url).toBeUndefined();
    expect(r.socials).toEqual([]);
  });

  it("takes a seller's own website, not the marketplace's page for the seller", () => {
    const html = page(
      `<title>Walnut Serving Board - Handmarket</title><meta property="og:site_name" content="Handmarket">
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebSite","name":"Handmarket","url":"https://handmarket.shop/"}</script>
       <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Walnut Serving Board","offers":{"@type":"Offer","seller":{"@type":"Organization","name":"Ridgeline Woodworks","url":"https://handmarket.shop/shop/ridgeline"}}}</script>`,
      `<main><h1>Walnut Serving Board</h1><div class="seller"><p>Sold by Ridgeline Woodworks ·
       <a href="https://ridgelinewoodworks.com">ridgelinewoodworks.com</a></p></div></main>
       ${platformFooter('Handmarket', 'handmarket.shop')}`,
    );
    const r = extractFromHtml(html, 'https://handmarket.shop/item/7710/walnut-serving-board');
    expect(r.name).toBe('Ridgeline Woodworks');
    expect(r.url).toBe('https://ridgelinewoodworks.com/');
    expect(
      r.candidates.some(
        (c) => c.field === 'url' && c.value === 'https://handmarket.shop/shop/ridgeline',
      ),
    ).toBe(true);
  });

  it("types a club's profile page on a community network as an organisation", () => {
    const html = page(
      `<title>Riverside Birdwatching Club | Townsquare</title><meta property="og:site_name" content="Townsquare">
       <meta property="og:type" content="profile"><meta property="og:title" content="Riverside Birdwatching Club">`,
      `<main><h1>Riverside Birdwatching Club</h1><p>Walks every first Sunday.</p>
       <p>Website: <a href="https://riversidebirders.org">riversidebirders.org</a></p></main>
       ${platformFooter('Townsquare', 'townsquare.social')}`,
    );
    const r = extractFromHtml(html, 'https://www.townsquare.social/groups/riverside-birdwatching');
    expect(r.name).toBe('Riverside Birdwatching Club');
    expect(r.type).toBe('Organization');
    expect(r.url).toBe('https://riversidebirders.org/');
  });

  it("takes a directory listing's contacts, not the directory's own header and footer", () => {
    const html = page(
      `<title>Oak Street Dental | Members | Lakeview Business Association</title>
       <meta property="og:site_name" content="Lakeview Business Association">`,
      `<header><a href="https://www.lakeviewbusiness.org/"><img src="/logo.png" alt="Lakeview Business Association"></a>
       <p>Call (773) 555-0110</p></header>
       <main><h1>Oak Street Dental</h1>
       <p>2210 N Oak Street<br>Chicago, IL 60614</p><p>(773) 555-0188</p>
       <p><a href="https://oakstreetdental.com">Visit Website</a></p></main>
       <footer><p>Lakeview Business Association<br>3300 N Broadway<br>Chicago, IL 60657</p>
       <p><a href="mailto:info@lakeviewbusiness.org">info@lakeviewbusiness.org</a></p>
       <p><a href="https://www.facebook.com/lakeviewbusiness">Facebook</a></p></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.lakeviewbusiness.org/members/oak-street-dental');
    expect(r.name).toBe('Oak Street Dental');
    expect(r.url).toBe('https://oakstreetdental.com/');
    expect(r.phones).toEqual(['(773) 555-0188']);
    expect(r.address?.street).toBe('2210 N Oak Street');
    expect(r.emails).toEqual([]);
    expect(r.socials).toEqual([]);
    expect(r.logo).toBeUndefined();
  });
});

describe('capture on own sites with a vendor credit', () => {
  it("keeps a CMS vendor's accounts and support line out of a school's fields", () => {
    const html = page(
      `<title>Calendar - Westbrook Primary School</title>`,
      `<header><a href="/"><img src="/img/westbrook-logo.png" alt="Westbrook Primary School"></a></header>
       <main><h1>Calendar</h1></main>
       <footer><p>Westbrook Primary School · 40 Elm Road · Phone (207) 555-0121</p>
       <p><a href="https://www.facebook.com/WestbrookPrimary">Facebook</a></p>
       <div class="vendor"><p>Powered by Schoolhouse Web · Site support (800) 555-0177</p>
       <p><a href="https://twitter.com/schoolhouseweb">Twitter</a> <a href="https://www.linkedin.com/company/schoolhouse-web">LinkedIn</a>
       <a href="mailto:help@schoolhouseweb.example">help@schoolhouseweb.example</a></p></div></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.westbrookprimary.org/calendar');
    expect(r.name).toBe('Westbrook Primary School');
    expect(r.logo).toBe('https://www.westbrookprimary.org/img/westbrook-logo.png');
    expect(r.socials).toEqual(['https://www.facebook.com/WestbrookPrimary']);
    expect(r.phones).toEqual(['(207) 555-0121']);
    expect(r.emails).toEqual([]);
  });

  it("keeps the platform's accounts and e-mail out of a tenant sub-domain's fields", () => {
    const html = page(
      `<title>Pinecrest Players | Home</title><meta property="og:site_name" content="Pinecrest Players">`,
      `<div class="topbar"><a href="https://stagely.net/" class="st-logo"><img src="https://cdn.stagely.net/stagely-logo.svg" alt="stagely"></a></div>
       <main><h1>Pinecrest Players</h1><p>Community theatre in Flagstaff.</p>
       <div class="bio"><a href="https://pinecrestplayers.org">pinecrestplayers.org</a></div>
       <p><a href="https://www.facebook.com/pinecrestplayers">Facebook</a></p></main>
       <div class="bottom"><a href="https://twitter.com/stagelynet">@stagelynet</a>
       <a href="mailto:support@stagely.net">contact stagely</a></div>`,
    );
    const r = extractFromHtml(html, 'https://pinecrest.stagely.net/');
    expect(r.name).toBe('Pinecrest Players');
    expect(r.url).toBe('https://pinecrestplayers.org/');
    expect(r.logo).toBeUndefined();
    expect(r.socials).toEqual(['https://www.facebook.com/pinecrestplayers']);
    expect(r.emails).toEqual([]);
  });

  it("takes a tenant's own accounts and e-mail from its bio box", () => {
    const html = page(
      `<title>Music | Saltmarsh Quartet</title><meta property="og:site_name" content="Saltmarsh Quartet">`,
      `<div id="menubar"><a href="https://tunehall.example/"><img src="https://s.tunehall.example/logo.svg" alt="tunehall"></a></div>
       <div id="content"><h2>Discography</h2></div>
       <div class="bio-box"><p>String quartet from Halifax. Bookings:
       <a href="mailto:bookings@saltmarshquartet.ca">bookings@saltmarshquartet.ca</a></p>
       <a href="https://www.instagram.com/saltmarshquartet">Instagram</a></div>
       <div id="ft"><a href="https://twitter.com/tunehall">@tunehall</a></div>`,
    );
    const r = extractFromHtml(html, 'https://saltmarsh.tunehall.example/');
    expect(r.name).toBe('Saltmarsh Quartet');
    expect(r.emails).toEqual(['bookings@saltmarshquartet.ca']);
    expect(r.socials).toEqual(['https://www.instagram.com/saltmarshquartet']);
  });

  it("keeps an own shop's accounts on its product pages (a product title is not a host's sign)", () => {
    const html = page(
      `<title>Rye Crackers – Fenwick Pantry</title><meta property="og:site_name" content="Fenwick Pantry">
       <meta property="og:type" content="product"><meta property="og:title" content="Rye Crackers">`,
      `<header><a href="/"><img src="/img/fenwick-pantry-logo.png" alt="Fenwick Pantry"></a></header>
       <main><h1>Rye Crackers</h1><p>Baked weekly.</p></main>
       <footer><a href="https://www.instagram.com/fenwickpantry">Instagram</a>
       <a href="mailto:hello@fenwickpantry.com">hello@fenwickpantry.com</a> · Powered by Shopwise</footer>`,
    );
    const r = extractFromHtml(html, 'https://www.fenwickpantry.com/products/rye-crackers');
    expect(r.name).toBe('Fenwick Pantry');
    expect(r.url).toBe('https://www.fenwickpantry.com/');
    expect(r.logo).toBe('https://www.fenwickpantry.com/img/fenwick-pantry-logo.png');
    expect(r.socials).toEqual(['https://www.instagram.com/fenwickpantry']);
    expect(r.emails).toEqual(['hello@fenwickpantry.com']);
  });
});

describe('capture on own pages that mention someone else', () => {
  it("keeps a school's own accounts on its event page that links a sponsor and a photographer", () => {
    const html = page(
      `<title>Spring Fair 2026 | Harbor View School</title>
       <meta property="og:site_name" content="Harbor View School"><meta property="og:title" content="Spring Fair 2026">`,
      `<header><a href="/"><img src="/img/hvs-logo.png" alt="Harbor View School"></a></header>
       <main><h1>Spring Fair 2026</h1><p>Games, food trucks and a bake sale on May 9, organized by our PTA.</p>
       <p>Photos: <a href="https://www.instagram.com/lenslightphoto">Lens &amp; Light</a></p>
       <p>Thanks to our sponsor <a href="https://www.coastalcreditunion.example">coastalcreditunion.example</a>.</p></main>
       <footer><p>Harbor View School · Phone (207) 555-0117</p>
       <p><a href="https://www.facebook.com/harborviewschool">Facebook</a></p></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.harborviewschool.org/events/spring-fair-2026');
    expect(r.hosted).toBeUndefined();
    expect(r.name).toBe('Harbor View School');
    expect(r.url).toBe('https://www.harborviewschool.org/');
    // (the photographer's profile in the body is still taken, as on any own page: not a host's)
    expect(r.socials).toContain('https://www.facebook.com/harborviewschool');
    expect(r.phones).toEqual(['(207) 555-0117']);
  });
});

describe('capture of a website written only in the text', () => {
  it('takes "our new website is www.…" as the url on a page with no link to it', () => {
    const html = page(
      `<title>Eastgate Chess Club - Welcome</title>`,
      `<h1>Eastgate Chess Club</h1><p>We meet on Thursdays at the Eastgate Library.</p>
       <p>Our new website is www.eastgatechess.org so please update your bookmarks.</p>`,
    );
    const r = extractFromHtml(html, 'https://sites.pagemaker.example/view/eastgate-chess/home');
    expect(r.url).toBe('https://www.eastgatechess.org/');
  });
});

describe('a vendor credited by a badge image', () => {
  it("keeps the CMS vendor's support line and address out of a school's fields", () => {
    const html = page(
      `<title>Bus Routes – Families</title>`,
      `<header><a href="/"><img src="/crest.png" alt="Hillview Middle School"></a></header>
       <main><h1>Bus Routes</h1><p>Route 4 now stops at Elm and 3rd.</p></main>
       <footer><p>Hillview Middle School · 100 School Rd, Dayton, OH 45402 · (937) 555-0120</p>
       <div><a href="https://www.edusites.example/"><img src="/powered.svg" alt="Powered by EduSites"></a>
       <p>Trouble using this site? Contact EduSites at 1-800-555-0144 or <a href="mailto:access@edusites.example">access@edusites.example</a>.</p></div></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.hillviewms.org/families/bus-routes');
    expect(r.emails).toEqual([]);
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['9375550120']);
  });
});

describe('more vendor credits', () => {
  it("reads 'Blog at X' as a credit and a vendor's mail on a sub-domain as the vendor's", () => {
    const html = page(
      `<title>Glenbrook Parent Council</title>`,
      `<header><h1 class="site-title"><a href="/">Glenbrook Parent Council</a></h1></header>
       <main><p>Email us at <a href="mailto:glenbrookparents@gmail.com">glenbrookparents@gmail.com</a>.</p></main>
       <footer>Blog at Writeways. <a href="https://twitter.com/writeways">Follow Writeways</a>
       · Powered by Writeways · <a href="mailto:help@writeways.mail.example">help@writeways.mail.example</a></footer>`,
    );
    const r = extractFromHtml(html, 'https://glenbrookparents.writeways.example/');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual(['glenbrookparents@gmail.com']);
  });
});

describe('credits in other languages', () => {
  it("keeps a French theme author's mail and the platform's icon out of an association's fields", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Ateliers | Les Petits Lecteurs</title>
      <link rel="icon" href="https://s0.blogplace.example/i/icon.png"></head><body>
      <main><h1>Ateliers</h1><p>Contact : <a href="mailto:contact@petitslecteurs.fr">contact@petitslecteurs.fr</a></p></main>
      <footer><p><a href="https://blogplace.example/?ref=footer">Propulsé par BlogPlace</a> · Thème : Nova par
      <a href="https://themeria.example/">Themeria</a> · <a href="mailto:support@themeria.example">support du thème</a></p></footer>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.petitslecteurs.fr/ateliers/');
    expect(r.emails).toEqual(['contact@petitslecteurs.fr']);
    expect(r.logo).toBeUndefined();
  });

  it('does not read a personal site\'s "About me" heading as another subject under its brand', () => {
    const html = `<!doctype html><html lang="de"><head><title>Über mich – Jana Roth · Organisationsberatung</title>
      <meta property="og:site_name" content="Jana Roth · Organisationsberatung"><meta property="og:type" content="profile">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Jana Roth","url":"https://www.jana-roth.example/","email":"mailto:kontakt@jana-roth.example","sameAs":["https://www.linkedin.com/in/jana-roth-leipzig/"]}</script></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Jana Roth Organisationsberatung"></a></header>
      <main><article><h1>Über mich</h1><p>Ich begleite Vereine und Stiftungen.</p>
      <p>Schreiben Sie mir an <a href="mailto:kontakt@jana-roth.example">kontakt@jana-roth.example</a>.</p>
      <p><a href="https://www.linkedin.com/in/jana-roth-leipzig/">LinkedIn</a></p></article></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.jana-roth.example/ueber-mich/');
    expect(r.hosted).toBeUndefined();
    expect(r.emails).toEqual(['kontakt@jana-roth.example']);
  });

  it("reads a school on its district's sub-domain as the site's own, its mailbox at the district's domain its own", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Contact Us - Alder Creek Elementary School</title></head><body>
      <div id="district-bar"><a href="https://www.maplevalleyusd.example/">Maple Valley Unified School District</a></div>
      <header><a href="/"><img src="/logo.png" alt="Alder Creek Elementary School"></a></header>
      <main><h1>Contact Us</h1><p>2750 Juniper Lane<br>Rancho Verde, CA 95734</p>
      <p>Main office: <a href="tel:9165550142">(916) 555-0142</a><br>
      Email: <a href="mailto:aldercreek@maplevalleyusd.example">aldercreek@maplevalleyusd.example</a></p></main>
      <footer><p><strong>Maple Valley Unified School District</strong> · 5150 Granite Way · Rancho Verde, CA 95734</p>
      <p>Connect with MVUSD: <a href="https://www.facebook.com/MapleValleyUSD">Facebook</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://aldercreek.maplevalleyusd.example/apps/contact/');
    expect(r.emails).toEqual(['aldercreek@maplevalleyusd.example']);
    expect(r.socials).toEqual([]);
  });
});
