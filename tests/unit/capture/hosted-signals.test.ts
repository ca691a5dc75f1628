/**
 * Signs that a page is about someone other than the site it is on, without structured data or a
 * linked website: a profile (og:type profile) under the network's brand, a listing whose contact
 * lines are on the subject's own domain, a block labelled with the subject's role ("Organiser",
 * "Recruiter"). Pages invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { logoOffers } from './logo-offers';

const page = (head: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;

const footer = (brand: string, domain: string): string => `
  <footer><p>Support: <a href="mailto:support@${domain}">support@${domain}</a> · 1-800-555-0166</p>
  <a href="https://www.facebook.com/${brand.toLowerCase()}">Facebook</a>
  <a href="https://twitter.com/${brand.toLowerCase()}">Twitter</a><p>© 2026 ${brand} Inc.</p></footer>`;

describe('hosted pages without structured data', () => {
  it("reads a network profile's owner, with the contact in the profile's own header", () => {
    const html = page(
      `<title>Moss Lane Allotment Society (@mosslaneplots) • Pixgram photos</title>
       <meta property="og:site_name" content="Pixgram"><meta property="og:type" content="profile">
       <meta property="og:title" content="Moss Lane Allotment Society (@mosslaneplots) • Pixgram photos">`,
      `<header><a href="/"><img src="/pixgram-wordmark.png" alt="Pixgram"></a></header>
       <main><header class="profile"><h1>Moss Lane Allotment Society</h1>
       <a href="mailto:plots@mosslane.org.uk">Email</a>
       <a href="https://l.pixgram.example/?u=https%3A%2F%2Fmosslane.org.uk%2F">mosslane.org.uk</a></header>
       <div class="grid"><a href="/p/1/"><img src="/p1.jpg" alt="Photo"></a></div></main>
       ${footer('Pixgram', 'pixgram.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.pixgram.example/mosslaneplots/');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Moss Lane Allotment Society');
    expect(r.type).toBe('Organization');
    expect(r.url).toBe('https://mosslane.org.uk/');
    expect(r.emails).toEqual(['plots@mosslane.org.uk']);
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual([]);
  });

  it("reads a food hub's vendor page whose contact lines are on the vendor's own domain", () => {
    const html = page(
      `<title>Hillcrest Orchard | Farmlink</title>
       <meta property="og:site_name" content="Farmlink"><meta property="og:title" content="Hillcrest Orchard">`,
      `<header><a href="/"><img src="/img/farmlink-logo.png" alt="Farmlink"></a></header>
       <main><h1>Hillcrest Orchard</h1><p>Heritage apples and pressed cider.</p>
       <h2>Contact</h2><p>Phone (413) 555-0148<br>apples@hillcrestorchard.farm</p></main>
       ${footer('Farmlink', 'farmlink.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.farmlink.example/vendors/hillcrest-orchard');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Hillcrest Orchard');
    expect(r.emails).toEqual(['apples@hillcrestorchard.farm']);
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['4135550148']);
    expect(r.socials).toEqual([]);
  });

  it('reads a ticketing page with an "Organiser" block as hosted', () => {
    const html = page(
      `<title>Linocut Printing Taster - Tixora</title>
       <meta property="og:site_name" content="Tixora"><meta property="og:title" content="Linocut Printing Taster">`,
      `<header><a href="/"><img src="/tixora.png" alt="Tixora"></a></header>
       <main><h1>Linocut Printing Taster</h1><p>Saturday 6 March 2027, 10:00–13:00</p>
       <h2>Organiser</h2><p>Inkwell Studio</p></main>
       ${footer('Tixora', 'tixora.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.tixora.example/e/linocut-printing-taster-5521');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Linocut Printing Taster');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
  });

  it("reads a member listing on a chamber's directory sub-domain as the member's", () => {
    const html = page(
      `<title>Juniper Print Shop | Printing - Lakeside Chamber of Commerce</title>
       <meta property="og:site_name" content="Lakeside Chamber of Commerce"><meta property="og:title" content="Juniper Print Shop">`,
      `<header><a href="https://www.lakesidechamber.org/"><img src="/chamber-logo.png" alt="Lakeside Chamber of Commerce"></a></header>
       <main><h1>Juniper Print Shop</h1><p>88 Main St, Lakeside, MI 49116</p>
       <p><a href="https://www.juniperprintshop.com">Visit Website</a></p></main>
       <footer><p>Lakeside Chamber of Commerce · (269) 555-0100 · <a href="mailto:info@lakesidechamber.org">info@lakesidechamber.org</a></p>
       <a href="https://www.facebook.com/LakesideChamber">Facebook</a></footer>`,
    );
    const r = extractFromHtml(
      html,
      'https://business.lakesidechamber.org/list/member/juniper-print-shop-118',
    );
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Juniper Print Shop');
    expect(r.url).toBe('https://www.juniperprintshop.com/');
    expect(r.emails).toEqual([]);
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual([]);
  });

  it("keeps an own site's page whose heading is not the site's name", () => {
    const html = page(
      `<title>Junior Section | Oakbank Tennis Club</title>
       <meta property="og:site_name" content="Oakbank Tennis Club">`,
      `<header><a href="/"><img src="/logo.png" alt="Oakbank Tennis Club"></a></header>
       <main><h1>Junior Section</h1><p>Coaching for ages 5 to 16 on Saturday mornings.</p></main>
       <footer><p><a href="mailto:info@oakbanktennis.org">info@oakbanktennis.org</a></p>
       <a href="https://www.facebook.com/oakbanktennis">Facebook</a></footer>`,
    );
    const r = extractFromHtml(html, 'https://www.oakbanktennis.org/juniors/');
    expect(r.hosted).toBeFalsy();
    expect(r.name).toBe('Oakbank Tennis Club');
    expect(r.emails).toEqual(['info@oakbanktennis.org']);
    expect(r.socials).toEqual(['https://www.facebook.com/oakbanktennis']);
  });
});

describe("a hosted page's subject named by its own website", () => {
  it('takes the charity a campaign benefits, whose site the page links, as the name', () => {
    const html = page(
      `<title>Help the Millbank Swifts roost | Raisely</title>
       <meta property="og:site_name" content="Raisely"><meta property="og:title" content="Help the Millbank Swifts roost">`,
      `<header><a href="/"><img src="/raisely.svg" alt="Raisely"></a></header>
       <main><h1>Help the Millbank Swifts roost</h1>
       <p>Jo Reed is raising money for Millbank Bird Trust.</p>
       <div class="beneficiary"><h2>Beneficiary</h2><p><strong>Millbank Bird Trust</strong></p>
       <p><a href="https://www.raisely.example/out?u=https%3A%2F%2Fmillbankbirdtrust.org.uk">millbankbirdtrust.org.uk</a></p></div></main>
       ${footer('Raisely', 'raisely.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.raisely.example/f/millbank-swifts');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Millbank Bird Trust');
    expect(r.url).toBe('https://millbankbirdtrust.org.uk/');
  });
});

describe('a marketplace seller profile without og:site_name', () => {
  it("reads the seller's name, legal address and number, not the marketplace's", () => {
    const html = `<!doctype html><html lang="de-de"><head><meta charset="utf-8">
      <title>Kaufhof.example: Verkäuferprofil: Glaswerk Ahrens</title></head><body>
      <header id="navbar"><a href="/de/"><img src="/nav-logo.png" alt="Kaufhof.de"></a></header>
      <main><h1>Glaswerk Ahrens</h1>
      <section><h2>Über den Verkäufer</h2><p>Mundgeblasene Gläser aus dem Bayerischen Wald.</p></section>
      <section><h3>Detaillierte Verkäuferinformationen</h3>
      <div><span>Telefonnummer:</span> <span>+49 9921 5550 120</span></div>
      <div><span>Geschäftsadresse:</span><div>Am Anger 7</div><div>Zwiesel</div><div>94227</div><div>DE</div></div>
      </section></main>
      <footer><img src="/nav-logo-footer.png" alt="Kaufhof"><p>Kundenservice: 0800 5550 300 · © 1998-2026, Kaufhof.example</p></footer>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.kaufhof.example/de/sp?seller=A1B2C3');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Glaswerk Ahrens');
    expect(r.address).toEqual({
      street: 'Am Anger 7',
      locality: 'Zwiesel',
      postalCode: '94227',
      country: 'DE',
    });
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['4999215550120']);
  });
});

describe('directory listings', () => {
  it("reads a German directory's listing with its 'Webseite:' written out", () => {
    const html = `<!doctype html><html lang="de"><head><title>Metzgerei Kern in Ulm | OrtsBranchen</title>
      <meta property="og:site_name" content="OrtsBranchen"></head><body>
      <header><a href="/"><img src="/logo.png" alt="OrtsBranchen"></a></header>
      <main><h1>Metzgerei Kern</h1><p>Hirschstraße 12</p><p>89073 Ulm</p>
      <p>Telefon: 0731 5550 412</p><p>Webseite: www.metzgerei-kern-ulm.de</p></main>
      <footer><p>OrtsBranchen GmbH · Hotline 0800 5550 777</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.ortsbranchen.example/ulm/metzgerei-kern-5521');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Metzgerei Kern');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['07315550412']);
  });

  it('leaves out the numbers of similar businesses listed nearby', () => {
    const html = page(
      `<title>Ace Glass Repair | Listly</title><meta property="og:site_name" content="Listly">
       <meta property="og:title" content="Ace Glass Repair">`,
      `<header><a href="/"><img src="/listly.svg" alt="Listly"></a></header>
       <main><h1>Ace Glass Repair</h1><p>410 Elm St, Tulsa, OK 74105</p><p>(918) 555-0134</p>
       <p><a href="https://www.listly.example/out?to=https%3A%2F%2Faceglassrepair.com">Visit Website</a></p>
       <section class="nearby"><h3>More nearby</h3><ul><li>Glassworks – (918) 555-0199</li></ul></section></main>
       ${footer('Listly', 'listly.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.listly.example/tulsa/ace-glass-repair');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['9185550134']);
  });
});

describe('an app store listing', () => {
  it("reads the store's brand from its header logo and keeps its accounts out", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Tidewell Tenants – Apps on Playshelf</title>
      <meta property="og:site_name" content="Playshelf"><meta property="og:title" content="Tidewell Tenants"></head><body>
      <header><a href="/"><img src="/shelf-logo.png" alt="Playshelf"></a></header>
      <main><h1>Tidewell Tenants</h1><div><a href="/store/dev?id=9">Tidewell Tenants Association</a></div>
      <section><h2>App support</h2><dl><dt>Website</dt><dd><a href="https://www.tidewelltenants.org.uk">https://www.tidewelltenants.org.uk</a></dd></dl></section></main>
      <footer><p>© 2026 Shelfstore Inc.</p><a href="https://twitter.com/playshelf">Twitter</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://apps.shelfstore.example/details?id=uk.tidewell');
    expect(r.hosted).toBe(true);
    expect(r.url).toBe('https://www.tidewelltenants.org.uk/');
    expect(r.socials).toEqual([]);
  });
});

describe('a listing whose structured data gives the subject its own website', () => {
  it("reads a venue page as hosted when the venue's node names its own site", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>The Boiler House – gigs | Tourdate</title>
      <meta property="og:site_name" content="Tourdate"><meta property="og:title" content="The Boiler House">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicVenue","name":"The Boiler House","address":{"@type":"PostalAddress","streetAddress":"3 Canal Wharf","addressLocality":"Leeds","postalCode":"LS11 5PS"},"sameAs":["https://www.boilerhouseleeds.co.uk"]}</script>
      </head><body><header><a href="/"><img src="/td.svg" alt="Tourdate"></a></header>
      <main><h1>The Boiler House</h1><p>3 Canal Wharf, Leeds LS11 5PS</p></main>
      <footer><a href="https://twitter.com/tourdate">Twitter</a> · 0113 496 0000</footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.tourdate.example/venues/boiler-house-leeds');
    expect(r.hosted).toBe(true);
    expect(r.url).toBe('https://www.boilerhouseleeds.co.uk/');
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual([]);
  });
});

describe("a link-in-bio page's list of links", () => {
  it('takes the link labelled as the website, not the next link in the list', () => {
    const html = page(
      `<title>Millbrook Choir | Linkpage</title><meta property="og:site_name" content="Linkpage">
       <meta property="og:title" content="Millbrook Choir">`,
      `<header><a href="/"><img src="/lp.svg" alt="Linkpage"></a></header>
       <main><h1>Millbrook Choir</h1><ul>
       <li><a href="https://millbrookchoir.org">Our website</a></li>
       <li><a href="https://millbrookchoir.org/concerts">Winter concert tickets</a></li></ul></main>
       ${footer('Linkpage', 'linkpage.example')}`,
    );
    const r = extractFromHtml(html, 'https://linkpage.example/millbrookchoir');
    expect(r.url).toBe('https://millbrookchoir.org/');
  });
});

describe("a hosted page's subject logo", () => {
  it("offers the charity card's picture named like the charity, never the platform's logo", () => {
    const html = page(
      `<title>Ana's 10k for Riverside Readers | GiveCircle</title>
       <meta property="og:site_name" content="GiveCircle"><meta property="og:title" content="Ana's 10k for Riverside Readers">`,
      `<header><a href="/"><img src="/gc-logo.svg" alt="GiveCircle" class="logo"></a></header>
       <main><h1>Ana's 10k for Riverside Readers</h1><p>Ana is fundraising for Riverside Readers Trust.</p>
       <aside class="charity-card"><img src="https://img.givecircle.example/charities/77/badge.png" alt="Riverside Readers Trust">
       <h2>Riverside Readers Trust</h2><p><a href="https://www.riversidereaderstrust.org.uk">riversidereaderstrust.org.uk</a></p></aside></main>
       ${footer('GiveCircle', 'givecircle.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.givecircle.example/fundraising/ana-10k');
    expect(r.name).toBe('Riverside Readers Trust');
    // a picture that does not say it is a logo is offered in the review, not taken
    expect(r.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://img.givecircle.example/charities/77/badge.png');
    expect(logoOffers(r)).not.toContain('https://www.givecircle.example/gc-logo.svg');
  });

  it("takes the charity card's image as its logo when its file says it is one", () => {
    const html = page(
      `<title>Ana's 10k for Riverside Readers | GiveCircle</title>
       <meta property="og:site_name" content="GiveCircle"><meta property="og:title" content="Ana's 10k for Riverside Readers">`,
      `<header><a href="/"><img src="/gc-logo.svg" alt="GiveCircle" class="logo"></a></header>
       <main><h1>Ana's 10k for Riverside Readers</h1><p>Ana is fundraising for Riverside Readers Trust.</p>
       <aside class="charity-card"><img src="https://img.givecircle.example/charities/77/logo-200.png" alt="Riverside Readers Trust">
       <h2>Riverside Readers Trust</h2><p><a href="https://www.riversidereaderstrust.org.uk">riversidereaderstrust.org.uk</a></p></aside></main>
       ${footer('GiveCircle', 'givecircle.example')}`,
    );
    const r = extractFromHtml(html, 'https://www.givecircle.example/fundraising/ana-10k');
    expect(r.logo).toBe('https://img.givecircle.example/charities/77/logo-200.png');
  });

  it("keeps its own site's page whose heading is a call, though a mailbox there spells its name", () => {
    const r = extractFromHtml(
      page(
        `<title>Donate — Harbour Young Carers</title><meta property="og:site_name" content="Harbour Young Carers">`,
        `<header><a href="/"><img src="/logo.png" alt="Harbour Young Carers"></a></header>
        <main><h1>Donate to Harbour</h1><p>Your gift gives a young carer a break.</p>
        <p>Questions? <a href="mailto:fundraising@harbouryoungcarers.example">fundraising@harbouryoungcarers.example</a></p></main>
        <footer><p>Harbour Young Carers, 41 Quay Road, Cardiff CF11 8TW · 029 2018 0642</p>
        <a href="https://www.facebook.com/HarbourYoungCarers">Facebook</a></footer>`,
      ),
      'https://www.harbouryoungcarers.example/donate',
    );
    expect(r.name).toBe('Harbour Young Carers');
    expect(r.socials).toEqual(['https://www.facebook.com/HarbourYoungCarers']);
    expect(r.phones).toEqual(['029 2018 0642']);
  });
});
