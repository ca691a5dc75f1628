/**
 * Subject and host on kinds of hosted page the earlier rounds did not write (kind-5 round): a
 * listing's own box, the host a WebSite names as its publisher, the host's numbers in the main
 * content. Every page here is invented and fails without the rule it tests.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("an <article>'s own <header> is not the page's header", () => {
  // a council's leisure guide: the centre's box is an undated <article> whose entry-header holds
  // the h1; the centre's site is linked in it
  const URL = 'https://www.explorehartvale.example/leisure/ferncliffe-climbing-centre/';
  const page = `<!doctype html><html lang="en-GB"><head><title>Ferncliffe Climbing Centre – Explore Hartvale</title>
    <meta property="og:site_name" content="Explore Hartvale"><meta property="og:title" content="Ferncliffe Climbing Centre"></head>
    <body><div class="top"><a href="https://www.explorehartvale.example/"><img src="/img/explore-hartvale-logo.png" alt="Explore Hartvale"></a></div>
    <div id="content"><div class="crumbs"><a href="/">Home</a> » <a href="/leisure/">Leisure</a> » Ferncliffe Climbing Centre</div>
    <article class="listing"><header class="entry-header"><h1>Ferncliffe Climbing Centre</h1></header>
    <p>Bouldering and roped climbing for all ages in a former mill.</p>
    <p>Find out more on <a href="https://www.ferncliffeclimbing.co.uk/">the centre's website</a>.</p></article></div>
    <footer><p>Explore Hartvale, Town Hall, Hartvale HV1 2AA</p></footer></body></html>`;

  it('takes the heading in the box as the line that names the linked site', () => {
    const r = extractFromHtml(page, URL);
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Ferncliffe Climbing Centre');
    expect(r.url).toBe('https://www.ferncliffeclimbing.co.uk/');
  });
});

describe('the organisation a WebSite names as its publisher is the host', () => {
  // a heritage trail's site run by a trust whose legal name is not its brand; the page is a
  // mill's entry with its own structured data
  const URL = 'https://www.walkthewoollenway.example/stops/abbotsmead-mill/';
  const page = `<!doctype html><html lang="en-GB"><head><title>Abbotsmead Mill | Walk the Woollen Way</title>
    <meta property="og:site_name" content="Walk the Woollen Way"><meta property="og:title" content="Abbotsmead Mill">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"WebSite","@id":"https://www.walkthewoollenway.example/#website","name":"Walk the Woollen Way","url":"https://www.walkthewoollenway.example/","publisher":{"@id":"https://www.walkthewoollenway.example/#org"}},
      {"@type":"Organization","@id":"https://www.walkthewoollenway.example/#org","name":"Pennine Textile Heritage Trust","url":"https://www.walkthewoollenway.example/","logo":"https://www.walkthewoollenway.example/img/trust-logo.png"},
      {"@type":"Museum","name":"Abbotsmead Mill","url":"https://www.abbotsmeadmill.org.uk/","telephone":"0113 496 0732","address":{"@type":"PostalAddress","streetAddress":"Mill Lane","addressLocality":"Hebble Bridge","postalCode":"HX7 4QP"}}]}</script></head>
    <body><header><a href="/"><img src="/img/trust-logo.png" alt="Walk the Woollen Way"></a></header>
    <main><h1>Abbotsmead Mill</h1><p>A working water mill on the Woollen Way.</p></main>
    <footer><p>© Pennine Textile Heritage Trust</p></footer></body></html>`;

  it('sets its name and logo aside and takes the entry', () => {
    const r = extractFromHtml(page, URL);
    expect(r.name).toBe('Abbotsmead Mill');
    expect(r.logo).toBeUndefined();
    expect(r.url).toBe('https://www.abbotsmeadmill.org.uk/');
  });
});

describe("the host's numbers in the main content", () => {
  const URL = 'https://www.gymhire.example/spaces/leeds/bramley-scout-hut-5521';
  const page = (
    extra: string,
  ) => `<!doctype html><html lang="en-GB"><head><title>Bramley Scout Hut – hire from £20/hr | Gymhire</title>
    <meta property="og:site_name" content="Gymhire"><meta property="og:title" content="Bramley Scout Hut"></head>
    <body><div data-testid="header"><a href="/"><img src="/img/gymhire.svg" alt="Gymhire"></a> <a href="/host">List your space</a></div>
    <div data-testid="listing"><h1>Bramley Scout Hut</h1><p>A hall with a kitchen, for classes and parties.</p>
    <div><h2>Managed by 14th Bramley Scouts</h2><p>Call 0113 496 0418 or email <a href="mailto:hut@bramleyscouts.org.uk">hut@bramleyscouts.org.uk</a></p></div>
    ${extra}</div>
    <div data-testid="footer"><a href="https://www.instagram.com/gymhire/">Instagram</a> <span>© 2026 Gymhire Ltd · hello@gymhire.example</span></div></body></html>`;

  it('a number on a line that names the host is not the subject’s', () => {
    const r = extractFromHtml(
      page('<div><p>From £20 / hour</p><p>Questions? Call Gymhire on 0113 496 0999.</p></div>'),
      URL,
    );
    expect(r.hosted).toBe(true);
    expect(r.phones).toEqual(['0113 496 0418']);
  });

  it("a number in one block with the host's mailbox is not the subject’s", () => {
    const r = extractFromHtml(
      page(
        '<aside><h3>Booking help</h3><p>Mon–Fri 9–5<br>Tel. 0113 496 0999<br><a href="mailto:bookings@gymhire.example">bookings@gymhire.example</a></p></aside>',
      ),
      URL,
    );
    expect(r.phones).toEqual(['0113 496 0418']);
  });
});

describe('the organisation behind a hosted item (page-owner.ts)', () => {
  const frame = (brand: string, body: string, head = '') =>
    `<!doctype html><html lang="en"><head><title>Page | ${brand}</title><meta property="og:site_name" content="${brand}">${head}</head>
    <body><header><a href="/"><img src="/img/${brand.toLowerCase()}-logo.svg" alt="${brand}"></a></header>
    <main>${body}</main>
    <footer><a href="https://www.instagram.com/${brand.toLowerCase()}hq/">Instagram</a> <a href="mailto:help@${brand.toLowerCase()}.example">help@${brand.toLowerCase()}.example</a></footer></body></html>`;

  it('takes the organisation a line under the heading names, not the item’s title', () => {
    // a mentoring opportunity on a volunteering platform
    const html = frame(
      'Handsup',
      `<div class="listing-head"><h1>Reading buddy for Year 3</h1><p>Offered by <a href="/orgs/4410">Castleford Reading Trust</a></p></div>
       <p>Read with a child once a week.</p><p>Contact: 01632 960 311 · <a href="https://www.castlefordreading.org.uk/">castlefordreading.org.uk</a></p>`,
    );
    const r = extractFromHtml(html, 'https://www.handsup.example/opportunities/8812');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Castleford Reading Trust');
    expect(r.type).toBe('Organization');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
  });

  it('takes a course’s provider from structured data', () => {
    const ld = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Course","name":"Drawing birds","provider":{"@type":"Organization","name":"Wyvern Natural History Society","sameAs":"https://www.wyvernnature.org.uk/"}}</script>`;
    const html = frame('Learnly', `<h1>Drawing birds</h1><p>Six short lessons.</p>`, ld);
    const r = extractFromHtml(html, 'https://www.learnly.example/courses/drawing-birds');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Wyvern Natural History Society');
    expect(r.url).toBe('https://www.wyvernnature.org.uk/');
  });

  it('takes a release’s issuer on a story only with its "About …" boilerplate', () => {
    const release = (about: string) =>
      frame(
        'Newsfeedr',
        `<article><h1>Harbour choir tours Norway</h1><p class="meta">News provided by <a href="/source/fjordsong">Fjordsong Community Choir</a></p>
         <p>The choir sings in Bergen in May.</p>${about}</article>`,
        '<meta property="og:type" content="article">',
      );
    const URL = 'https://www.newsfeedr.example/releases/harbour-choir-norway';
    const withAbout = extractFromHtml(
      release(
        '<p><b>About Fjordsong Community Choir</b><br>Follow us on <a href="https://www.instagram.com/fjordsongchoir/">Instagram</a>.</p>',
      ),
      URL,
    );
    expect(withAbout.name).toBe('Fjordsong Community Choir');
    expect(withAbout.socials).toEqual(['https://www.instagram.com/fjordsongchoir/']);
    const without = extractFromHtml(release(''), URL);
    expect(without.name).not.toBe('Fjordsong Community Choir');
  });

  it('never takes a person or the site itself', () => {
    const byline = frame(
      'Handsup',
      `<div><h1>Reading buddy for Year 3</h1><p>Posted by <a href="/u/22">Maria Lopez</a></p></div><p>Call 01632 960 311</p>`,
    );
    expect(extractFromHtml(byline, 'https://www.handsup.example/o/1').name).not.toBe('Maria Lopez');
    const own = frame(
      'Handsup',
      `<div><h1>Reading buddy for Year 3</h1><p>Published by <a href="/">Handsup</a></p></div>`,
    );
    expect(extractFromHtml(own, 'https://www.handsup.example/o/1').hosted ?? false).toBe(false);
  });

  it('never takes a body an own page links away to as its publisher', () => {
    // a charity's guide, written by the council it links to: still the charity's page
    const html = `<!doctype html><html lang="en-GB"><head><title>Guide to winter fuel grants | Warm Homes Lewes</title>
      <meta property="og:site_name" content="Warm Homes Lewes"></head>
      <body><header><a href="/"><img src="/img/warm-homes-lewes-logo.png" alt="Warm Homes Lewes logo"></a></header>
      <main><div class="intro"><h1>Guide to winter fuel grants</h1><p>Published by <a href="https://www.lewesdistrict.gov.example/">Lewes District Council</a></p></div>
      <p>Who can apply and how.</p></main>
      <footer><p>Warm Homes Lewes · <a href="mailto:hello@warmhomeslewes.org.uk">hello@warmhomeslewes.org.uk</a> · 01632 960 123</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.warmhomeslewes.org.uk/guides/winter-fuel');
    expect(r.hosted ?? false).toBe(false);
    expect(r.name).toBe('Warm Homes Lewes');
    expect(r.emails).toEqual(['hello@warmhomeslewes.org.uk']);
  });
});

describe('a record page of labelled fields on a service site', () => {
  // a state register of childcare services: a <dl> of fields, no og:site_name, the service's
  // name in the middle of the title before its government's
  const URL = 'https://find-childcare.service.gov.uk/provider/EY558120';
  const page = `<!doctype html><html lang="en"><head><title>Little Acorns Nursery - Find childcare - GOV.UK</title></head>
    <body><header role="banner"><a href="https://www.gov.uk/"><svg aria-label="GOV.UK" role="img"><title>GOV.UK</title></svg></a>
    <a href="/">Find childcare</a></header>
    <main><h1>Little Acorns Nursery</h1><dl class="summary">
    <div><dt>Registration status</dt><dd>Active</dd></div>
    <div><dt>Ages</dt><dd>0 to 5</dd></div>
    <div><dt>Address</dt><dd>Orchard Lane, Wetherby, West Yorkshire, LS22 6RT</dd></div>
    <div><dt>Telephone</dt><dd>01632 960587</dd></div>
    <div><dt>Website</dt><dd><a href="https://www.littleacornsnursery.co.uk">https://www.littleacornsnursery.co.uk</a></dd></div>
    </dl></main><footer><p>© Crown copyright</p></footer></body></html>`;

  it('reads the service as the host and the record as the subject, with its fields', () => {
    const r = extractFromHtml(page, URL);
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Little Acorns Nursery');
    expect(r.url).toBe('https://www.littleacornsnursery.co.uk/');
    expect(r.phones).toEqual(['01632 960587']);
    expect(r.address?.street).toBe('Orchard Lane');
    expect(r.address?.postalCode).toBe('LS22 6RT');
  });
});

describe('a linked address run into its neighbours', () => {
  it('is read from the link, not from the run-together text', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Contact – Atelier Vélo Solidaire</title></head>
      <body><main><h1>Atelier Vélo Solidaire</h1><p>Réparez votre vélo avec nous.</p></main>
      <footer><div><a href="/aide">Centre d'aide</a><a href="mailto:contact@ateliervelo.fr">contact@ateliervelo.fr</a><span>Permanence le samedi</span></div></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.ateliervelo.fr/contact');
    expect(r.emails).toEqual(['contact@ateliervelo.fr']);
  });
});

describe("a delivery platform's call to restaurants", () => {
  it('marks the restaurant page hosted', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Pho Saigon – Livraison à Nantes | Miamo</title>
      <meta property="og:site_name" content="Miamo"><meta property="og:title" content="Pho Saigon – Livraison à Nantes"></head>
      <body><header><a href="/"><img src="/img/miamo-logo.svg" alt="Miamo"></a><a href="https://partenaires.miamo.example/">Devenir restaurant partenaire</a></header>
      <main><h1>Pho Saigon</h1><p>Vietnamien · Soupes</p><p>12 rue de Strasbourg, 44000 Nantes</p><p>Allergies : contactez le restaurant au 02 61 91 44 12.</p></main>
      <footer><a href="https://www.instagram.com/miamo_fr/">Instagram</a> <span>Service client : 01 99 00 31 31</span></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.miamo.example/fr/nantes/pho-saigon');
    expect(r.hosted).toBe(true);
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual(['02 61 91 44 12']);
  });
});

describe("a record's field naming the body an item belongs to", () => {
  const page = (
    table: string,
  ) => `<!doctype html><html lang="en-GB"><head><title>New kiln for the pottery room | Chipin</title>
    <meta property="og:site_name" content="Chipin"><meta property="og:title" content="New kiln for the pottery room"></head>
    <body><header><a href="/"><img src="/img/chipin-logo.png" alt="Chipin logo"></a> <a href="/start">Start a project</a></header>
    <main><h1>New kiln for the pottery room</h1><p>Our art club needs a kiln that fits the old storeroom.</p>
    <h2>About the project</h2>${table}</main>
    <footer><a href="https://www.facebook.com/chipinuk">Facebook</a> <a href="mailto:hello@chipin.example">hello@chipin.example</a></footer></body></html>`;
  const URL = 'https://www.chipin.example/projects/new-kiln-88120';

  it('takes the school a row names as the subject', () => {
    const r = extractFromHtml(
      page(
        '<table><tr><th>School</th><td>Hollins Green Academy</td></tr><tr><th>Location</th><td>Warrington, Cheshire</td></tr></table>',
      ),
      URL,
    );
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Hollins Green Academy');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
  });

  it('does not take a list’s header row for one record', () => {
    const r = extractFromHtml(
      page(
        '<table><tr><th>Organisation</th><th>Role</th></tr><tr><td>Hollins Green Academy</td><td>Host school</td></tr></table>',
      ),
      URL,
    );
    expect(r.name).not.toBe('Hollins Green Academy');
  });
});

describe("a local story that closes with its subject's contact box", () => {
  const story = (
    headline: string,
  ) => `<!doctype html><html lang="en-AU"><head><title>${headline} | Valley Echo</title>
    <meta property="og:site_name" content="Valley Echo"><meta property="og:type" content="article">
    <meta property="article:published_time" content="2026-10-02T06:00:00Z"></head>
    <body><header><a href="/"><img src="/img/valley-echo-masthead.svg" alt="Valley Echo"></a></header>
    <main><article><h1>${headline}</h1><p class="byline">By <a href="/staff/kim-ng">Kim Ng</a> · <time datetime="2026-10-02">2 Oct 2026</time></p>
    <div class="article-body"><p>Volunteers have planted forty fruit trees behind the old railway station.</p>
    <p><strong>Wattle Flat Community Garden</strong>, 3 Station Street, Wattle Flat NSW 2795. Call 02 5550 3391 or email <a href="mailto:wattleflatgarden@gmail.com">wattleflatgarden@gmail.com</a>.</p></div></article>
    <aside><p>Send us your news: <a href="mailto:news@valleyecho.example">news@valleyecho.example</a> or call 02 5550 3000</p></aside></main>
    <footer><a href="https://www.facebook.com/valleyecho">Facebook</a> <p>Valley Echo, 80 William Street, Bathurst NSW 2795</p></footer></body></html>`;
  const URL = 'https://www.valleyecho.example/news/2026/10/02/fruit-trees-wattle-flat/';

  it('takes the body its headline names, with the box’s contacts', () => {
    const r = extractFromHtml(story('Wattle Flat Community Garden plants an orchard'), URL);
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Wattle Flat Community Garden');
    expect(r.emails).toEqual(['wattleflatgarden@gmail.com']);
    expect(r.phones).toEqual(['02 5550 3391']);
    expect(r.address?.street).toBe('3 Station Street');
    expect(r.socials).toEqual([]);
  });

  it('leaves a story whose headline does not name the box’s body to its paper', () => {
    const r = extractFromHtml(story('Forty fruit trees for the old station'), URL);
    expect(r.name).not.toBe('Wattle Flat Community Garden');
  });
});

describe('found on the check pages (written after the rules above)', () => {
  it('reads the owner line in a heading box whose class says header, and "Über die …"', () => {
    const html = `<!doctype html><html lang="de"><head><title>Neue Kleiderkammer eröffnet | Meldungsdienst</title>
      <meta property="og:site_name" content="Meldungsdienst"><meta property="og:type" content="article"></head>
      <body><div class="seitenkopf"><a href="/"><img src="/img/meldungsdienst.svg" alt="Meldungsdienst"></a></div>
      <div class="meldung-header"><h1>Neue Kleiderkammer eröffnet</h1><p>Veröffentlicht von <a href="/absender/412">Nachbarschaftshilfe Gohlis e.V.</a> · 03.02.2026</p></div>
      <div class="meldung-text"><p>Ab März gibt es Kleidung für alle.</p><h3>Über die Nachbarschaftshilfe Gohlis e.V.</h3><p>Mehr unter <a href="https://www.nachbarschaftshilfe-gohlis.de/">www.nachbarschaftshilfe-gohlis.de</a></p></div>
      <div class="fuss"><a href="mailto:redaktion@meldungsdienst.example">redaktion@meldungsdienst.example</a></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.meldungsdienst.example/m/9912');
    expect(r.name).toBe('Nachbarschaftshilfe Gohlis e.V.');
    expect(r.url).toBe('https://www.nachbarschaftshilfe-gohlis.de/');
  });

  it('does not read a dateline’s date and hour as a phone number', () => {
    const html = `<!doctype html><html lang="de"><head><title>Neuigkeiten – Chor Lindenau</title></head><body><main><h1>Neuigkeiten</h1><p class="datum">12.11.2026 – 10:15</p><p>Probe am Donnerstag.</p></main><footer><p>Chor Lindenau e.V., Lindenstraße 4, 04177 Leipzig · Telefon 0341 23125 555</p></footer></body></html>`;
    expect(extractFromHtml(html, 'https://www.chor-lindenau.de/neuigkeiten').phones).toEqual([
      '0341 23125 555',
    ]);
  });

  it("reads a Dutch delivery platform's call, and the heading over a decorated og:title", () => {
    const html = `<!doctype html><html lang="nl"><head><title>Pizzeria Da Marco in Zwolle - Bestel online | Eetvlug</title>
      <meta property="og:site_name" content="Eetvlug"><meta property="og:title" content="Pizzeria Da Marco in Zwolle"></head>
      <body><header><a href="/"><img src="/img/eetvlug.png" alt="Eetvlug"></a> <a href="https://zakelijk.eetvlug.example/">Meld je restaurant aan</a></header>
      <main><h1>Pizzeria Da Marco</h1><p>Italiaans · Pizza</p><section><h2>Over dit restaurant</h2><p>Diezerstraat 12<br>8011 RJ Zwolle</p><p>Bel bij allergieën: 038 555 0191</p></section></main>
      <footer><a href="https://www.instagram.com/eetvlug/">Instagram</a> · 020 555 0000</footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.eetvlug.example/menu/pizzeria-da-marco-zwolle');
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Pizzeria Da Marco');
    expect(r.socials).toEqual([]);
    expect(r.phones).toEqual(['038 555 0191']);
  });
});

describe("a listing's corrections mailbox", () => {
  it('is not the subject’s, even on another domain than the site’s', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Hartcliffe Toddler Group | Family Information Directory</title>
      <meta property="og:site_name" content="Family Info Directory"><meta property="og:title" content="Hartcliffe Toddler Group"></head>
      <body><header><a href="/"><img src="/img/fid-logo.png" alt="Family Info Directory"></a> <a href="/add">Add your service</a></header>
      <main><h1>Hartcliffe Toddler Group</h1><p>Play and songs for under-fives, Tuesdays in term time.</p>
      <p>Contact: Jo Baker · <a href="mailto:hartcliffetoddlers@gmail.com">hartcliffetoddlers@gmail.com</a> · 0117 496 0544</p>
      <p>Is this listing out of date? Email <a href="mailto:fid.updates@southshire.gov.example">fid.updates@southshire.gov.example</a></p></main>
      <footer><p>Run by Southshire Council</p></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.familyinfodirectory.example/services/hartcliffe-toddler-group',
    );
    expect(r.hosted).toBe(true);
    expect(r.emails).toEqual(['hartcliffetoddlers@gmail.com']);
  });
});

describe("a listing of an organisation whose own site is a sub-domain of its parent's", () => {
  it("reads a school finder's profile as the school's, its site on its district's domain", () => {
    const html = `<!doctype html><html lang="en"><head><title>Juniper Elementary School in Alder Falls, OR - School Profile | SchoolMap</title></head><body>
      <header><a href="/"><img src="/img/schoolmap-logo.png" alt="SchoolMap"></a></header>
      <main><h1>Juniper Elementary School</h1><table>
        <tr><th>Address</th><td>2450 Hawthorne Ave NE<br>Alder Falls, OR 97305</td></tr>
        <tr><th>Phone</th><td>(503) 555-0142</td></tr>
        <tr><th>Website</th><td><a href="https://juniper.wcsd41.example/">https://juniper.wcsd41.example/</a></td></tr>
        <tr><th>Facebook</th><td><a href="https://www.facebook.com/JuniperElementaryAF">facebook.com/JuniperElementaryAF</a></td></tr></table></main>
      <footer><p>SchoolMap, PO Box 5501, Example City, CA 94000</p>
        <a href="https://www.facebook.com/SchoolMapOrg">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.schoolmap.example/or/alder-falls/juniper-elementary-410987',
    );
    expect(r.name).toBe('Juniper Elementary School');
    expect(r.url).toBe('https://juniper.wcsd41.example/');
    expect(r.socials).toEqual(['https://www.facebook.com/JuniperElementaryAF']);
    expect(r.address?.locality).toBe('Alder Falls');
  });
});
