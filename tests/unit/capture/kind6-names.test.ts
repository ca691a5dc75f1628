/**
 * Names on pages whose title names only the page (kind-6 round): a site map, search results, how
 * to get there and opening hours in several languages, a document converted to HTML whose title
 * is its file name. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('names on pages whose title names the page', () => {
  it('reads a site map, search results and find-us titles as generic', () => {
    const sitemap = `<!doctype html><html lang="de"><head><title>Seitenübersicht</title></head><body>
      <main><h1>Seitenübersicht</h1><ul><li><a href="/verein">Verein</a></li><li><a href="/termine">Termine</a></li></ul></main>
      <footer><p>© 2026 Förderkreis Stadtteilbücherei Linden e.V.</p></footer></body></html>`;
    expect(
      extractFromHtml(sitemap, 'https://www.foerderkreis-linden.example.de/sitemap').name,
    ).toBe('Förderkreis Stadtteilbücherei Linden e.V.');
    const results = `<!doctype html><html lang="en"><head><title>Search results for "choir"</title></head><body>
      <main><h1>Search results</h1><ol><li><a href="/events/carols">Carols by candlelight</a></li></ol></main>
      <footer><p>© 2026 Riverbend Community Arts Trust</p></footer></body></html>`;
    expect(
      extractFromHtml(results, 'https://www.riverbendarts.example.org/search?q=choir').name,
    ).toBe('Riverbend Community Arts Trust');
    const hours = `<!doctype html><html lang="sv"><head><title>Öppettider</title></head><body>
      <main><h1>Öppettider</h1><p>Måndag–fredag 10–18.</p></main>
      <footer><p>© 2026 Folkets Hus Granvik</p></footer></body></html>`;
    expect(extractFromHtml(hours, 'https://www.folketshusgranvik.example.se/oppettider').name).toBe(
      'Folkets Hus Granvik',
    );
  });

  it("does not take a converted document's file name for its name", () => {
    const html = `<!doctype html><html><head><meta name="generator" content="pdf2htmlEX"><title>harbour-rowing-open-day-2026</title></head><body>
      <div id="page-container"><div class="pf"><div class="pc">
      <div class="t m0 x1 y1">Harbour Rowing Association</div>
      <div class="t m0 x1 y2">Open day — Saturday 4 April, 10am–2pm</div>
      <div class="t m0 x1 y3">Details: www.harbourrowing.org.uk</div>
      </div></div></div></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.townhall.example.gov.uk/files/harbour-rowing-open-day-2026.html',
    );
    expect(r.name).toBe('Harbour Rowing Association');
  });
});

describe("a logo's alt that names no one", () => {
  it('does not take "Logotyp" or "Zur Startseite" for the name', () => {
    for (const alt of ['Logotyp', 'Zur Startseite', "Retour à l'accueil"]) {
      const html = `<!doctype html><html lang="sv"><head><title>Kontakt</title></head><body>
        <header><a href="/"><img src="/img/logo-granvik.svg" alt="${alt}"></a></header>
        <main><h1>Kontakt</h1><p>Telefon 0480-55 01 23</p></main>
        <footer><p>© 2026 Folkets Hus Granvik</p></footer></body></html>`;
      const r = extractFromHtml(html, 'https://www.granvik-kultur.se/kontakt');
      expect(r.name).toBe('Folkets Hus Granvik');
    }
  });
});

describe("the footer's name line", () => {
  it('takes a footer line that spells the domain when nothing above names the site', () => {
    const html = `<!doctype html><html lang="nb"><head><title>Åpningstider</title></head><body>
      <header><a href="/"><img src="/bilder/topp.png" alt="Logotyp"></a></header>
      <main><h1>Åpningstider</h1><p>Mandag–fredag 07.30–16.30.</p></main>
      <footer><p><strong>Solbakken Naturbarnehage</strong> – en foreldreeid barnehage</p>
      <p>Telefon 22 55 01 77</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.solbakken-naturbarnehage.no/apningstider');
    expect(r.name).toBe('Solbakken Naturbarnehage');
    expect(r.url).toBe('https://www.solbakken-naturbarnehage.no/');
  });
});

describe('a website linked under its own address on a document host', () => {
  it("takes the name its address spells over the host's brand", () => {
    const html = `<!doctype html><html><head><meta property="og:site_name" content="Paperly Docs">
      <title>Harbourside Kindergarten Parents' Association – Term 3 notes</title></head><body>
      <div id="contents"><p>Harbourside Kindergarten Parents' Association</p>
      <p>Term 3 notes. Working bee on Saturday, bring gloves.</p>
      <p>Everything else is on our website <a href="https://out.paperly.example.com/url?q=https://harboursidekpa.org.nz&amp;sa=D">harboursidekpa.org.nz</a>.</p></div>
      <div id="footer">Published with Paperly Docs · Report abuse</div></body></html>`;
    const r = extractFromHtml(
      html,
      'https://docs.paperly.example.com/document/d/e/2PACXharbourside/pub',
    );
    expect(r.name).toBe("Harbourside Kindergarten Parents' Association");
    expect(r.url).toBe('https://harboursidekpa.org.nz/');
  });
});

describe("a platform's credit is not the footer's name line", () => {
  it('does not name the page "Published with …" after the host', () => {
    const html = `<!doctype html><html><head><title>Minutes – 3 March</title></head><body>
      <div id="contents"><p>Minutes of the March meeting. Apologies from two members.</p></div>
      <div id="footer">Published with Paperlydocs · Report abuse</div></body></html>`;
    const r = extractFromHtml(html, 'https://www.paperlydocs.com/d/e/2PACXminutes/pub');
    expect(r.name ?? '').not.toMatch(/published/i);
  });
});

describe('newsletter and FAQ pages', () => {
  it("reads a parish's newsletter page as its own, not as a page about a 'Newsletter'", () => {
    const html = `<!doctype html><html lang="en"><head><title>Newsletter</title></head><body>
      <div id="header"><a href="/"><img src="/images/banner.jpg" alt="St Brigid's Parish, Kilcullen"></a></div>
      <div id="content"><h1>Newsletter</h1><p><strong>Parish Office:</strong> Main Street, Kilcullen, Co. Kildare, R56 X2P4. Tel: 045 555 0190. Email: office@stbrigidskilcullen.ie</p></div>
      <div id="footer"><p>St Brigid's Parish, Kilcullen · Diocese of Kildare and Leighlin · Registered Charity Number 20012345</p></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.stbrigidskilcullen.ie/newsletter');
    expect(r.name).not.toBe('Newsletter');
    expect(r.emails).toContain('office@stbrigidskilcullen.ie');
  });

  it('reads FAQ titles in other languages as generic', () => {
    const html = `<!doctype html><html lang="nl"><head><title>Veelgestelde vragen</title></head><body>
      <main><h1>Veelgestelde vragen</h1><p>Hoe word ik lid? Via het formulier.</p></main>
      <footer><p>© 2026 Speeltuinvereniging De Klimboom</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.speeltuin-klimboom.nl/faq');
    expect(r.name).toBe('Speeltuinvereniging De Klimboom');
  });
});

describe("a workspace tool's own call to action", () => {
  it("does not make the tool's sub-domain the entity's own site", () => {
    const html = `<!doctype html><html lang="en"><head><meta property="og:site_name" content="Pagewright">
      <title>Start here: how to join</title></head><body>
      <div class="topbar"><span>Lakeview Tool Library / Start here</span> <a href="https://www.pagewright.so/signup">Try Pagewright</a></div>
      <main><h1>Start here: how to join</h1><p>Lakeview Tool Library lends drills, ladders and sewing machines to neighbours.</p>
      <p>Our main site is www.lakeviewtoollibrary.org and our mailbox lakeviewtools@proton.me.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://lakeviewtools.pagewright.site/Start-here-4f1c2b');
    expect(r.url).toBe('https://www.lakeviewtoollibrary.org/');
    expect(r.name).toBe('Lakeview Tool Library');
  });
});

describe('the home page of a site named only in its text', () => {
  it('takes the home page as url when the name comes from the copyright line and the mailbox is on the domain', () => {
    const html = `<!doctype html><html lang="de"><head><title>Häufige Fragen</title></head><body>
      <main><h1>Häufige Fragen</h1><p>Wer kann kommen? Alle mit geringem Einkommen.</p></main>
      <footer><p>Kontakt: <a href="mailto:info@tafel-nordstadt.de">info@tafel-nordstadt.de</a></p><p>© 2026 Nordstädter Lebensmittelhilfe e.V.</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.tafel-nordstadt.de/faq/');
    expect(r.name).toBe('Nordstädter Lebensmittelhilfe e.V.');
    expect(r.url).toBe('https://www.tafel-nordstadt.de/');
  });
});

describe("the header's text link to the home page", () => {
  it('names the site when nothing else does', () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Bulletins</title></head><body>
      <header class="site-head"><h2 class="site-title"><a href="/">Grace Valley Mennonite Church</a></h2></header>
      <main><h1>Bulletins</h1><p>Email office@gvmc-sunnyside.org to receive the bulletin.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.gvmc-sunnyside.org/bulletins');
    expect(r.name).toBe('Grace Valley Mennonite Church');
    expect(r.url).toBe('https://www.gvmc-sunnyside.org/');
  });

  it('does not take a "Back to home" link for the name', () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Bulletins</title></head><body>
      <header><a href="/">Back to Home Page</a></header><main><h1>Bulletins</h1></main>
      <footer><p>© 2026 Grace Valley Mennonite Church</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.gvmc-sunnyside.org/bulletins');
    expect(r.name).toBe('Grace Valley Mennonite Church');
  });
});

describe("a builder's sub-domain label and a call to action in the title", () => {
  it('does not take the sub-domain label a builder put in og:site_name and the title', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Our history - upperwharfedalecricketclub</title>
      <meta property="og:site_name" content="upperwharfedalecricketclub"></head><body>
      <main><h1>Our history</h1><p>Upper Wharfedale Cricket Club was founded in 1889.</p></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://upperwharfedalecricketclub.freesitebuilder.example.com/our-history/',
    );
    expect(r.name).not.toBe('upperwharfedalecricketclub');
  });

  it('reads "Hire the hall" and "Meet the team" as page topics', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Hire the hall | Kelsall Community Centre</title></head><body>
      <main><h1>Hire the hall</h1><p>Rates from £10 an hour.</p></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.kelsall-cc.org.uk/hire/').name).toBe(
      'Kelsall Community Centre',
    );
    const team = `<!doctype html><html lang="en-GB"><head><title>Meet the team</title></head><body>
      <main><h1>Meet the team</h1></main><footer><p>© 2026 Kelsall Community Centre</p></footer></body></html>`;
    expect(extractFromHtml(team, 'https://www.kelsall-cc.org.uk/team/').name).toBe(
      'Kelsall Community Centre',
    );
  });
});

describe('a website announced in prose', () => {
  it('reads "our new website will be …" without www', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>What's on | Ashwell Scout Hut</title></head><body>
      <main><h1>What's on</h1><p>Jumble sale on Saturday.</p><p>News: our new website will be ashwellscouthut.org.uk from March.</p></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://ashwellscouthut.freesitebuilder.example.com/whats-on/',
    );
    expect(r.url).toBe('https://ashwellscouthut.org.uk/');
  });
});

describe('the name on legal pages', () => {
  it("reads the holder's name after its field label", () => {
    const html = `<!doctype html><html lang="es"><head><title>Aviso legal</title></head><body>
      <main><h1>Aviso legal</h1><ul><li>Titular: Club Deportivo Remo Sevilla</li><li>CIF: G41234567</li></ul></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.remosevilla.es/aviso-legal/').name).toBe(
      'Club Deportivo Remo Sevilla',
    );
  });

  it('reads the name before a comma or a bracket on a long line', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Mentions légales</title></head><body>
      <main><h1>Mentions légales</h1><h2>Éditeur du site</h2>
      <p>Association Vélo Solidaire Croix-Rousse, association loi 1901 déclarée à la préfecture du Rhône sous le numéro W691234567, dont le siège est à Lyon.</p></main></body></html>`;
    expect(
      extractFromHtml(html, 'https://www.velosolidaire-croixrousse.fr/mentions-legales/').name,
    ).toBe('Association Vélo Solidaire Croix-Rousse');
    const policy = `<!doctype html><html lang="en-US"><head><title>Privacy Policy</title></head><body>
      <main><h1>Privacy Policy</h1><p>Cascade Food Cooperative ("CFC", "we" or "us") respects your privacy and explains here what we collect.</p></main></body></html>`;
    expect(extractFromHtml(policy, 'https://www.cascadefoodcoop.org/privacy').name).toBe(
      'Cascade Food Cooperative',
    );
  });
});

describe('reports, press kits and documents served elsewhere', () => {
  it('reads "Annual Report 2025" and "Press Kit" as page titles and the boilerplate\'s label as the name', () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Press Kit</title></head><body>
      <main><h1>Press Kit</h1><h2>Boilerplate</h2>
      <p>About Saguaro Youth Orchestra: Saguaro Youth Orchestra is a Phoenix nonprofit that trains 300 young musicians a year in partnership with three school districts across the valley.</p></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.saguaroyouthorchestra.org/press').name).toBe(
      'Saguaro Youth Orchestra',
    );
    const report = `<!doctype html><html lang="en-GB"><head><title>Annual Report 2025</title></head><body>
      <main><h1>Annual Report 2025</h1><p>Our year in numbers.</p><p>Wold Valley Hospice · Annual Report 2025 · page 2</p></main></body></html>`;
    expect(
      extractFromHtml(report, 'https://www.woldvalleyhospice.org.uk/annual-report-2025').name,
    ).toBe('Wold Valley Hospice');
  });

  it("does not cut a name out of a sentence that holds the domain's words", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Lending rules</title></head><body>
      <main><h1>Lending rules</h1><p>Each member may borrow ten packets, and the rules are kept by the Kendal Seed Library Network volunteers in the shop.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.kendalseedlibraries.org.uk/rules');
    expect(r.name ?? '').not.toMatch(/^Each member/);
  });

  it("takes a document's website written bare in prose, and its copyright holder's name", () => {
    const html = `<!doctype html><html><head><title>Annual Report 2025</title></head><body>
      <div class="textLayer"><span>Annual Report 2025</span><br><span>Wold Valley Hospice · Annual Report 2025 · page 3</span><br>
      <span>Find out more at woldvalleyhospice.org.uk</span><br></div></body></html>`;
    const r = extractFromHtml(html, 'https://cdn.docviewer.example.com/v/1a2b/report.pdf');
    expect(r.url).toBe('https://woldvalleyhospice.org.uk/');
    expect(r.name).toBe('Wold Valley Hospice');
    const docs = `<!doctype html><html lang="en"><head><title>Installing — Plotbook 1.2 documentation</title></head><body>
      <main><h1>Installing</h1><p>Project home: leedsallotmentfederation.org.uk. Questions: hello@leedsallotmentfederation.org.uk</p></main>
      <footer><p>© Copyright 2026, Leeds Allotment Federation CIC.</p></footer></body></html>`;
    expect(
      extractFromHtml(docs, 'https://plotbook.readthedocs.io/en/latest/install.html').name,
    ).toBe('Leeds Allotment Federation CIC');
  });

  it("does not take a header's tagline repeated in the title for the name", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Mara Ellison – Grant writing for rural libraries</title></head><body>
      <header><p class="site-title"><a href="/">Mara Ellison</a></p><p class="site-description">Grant writing for rural libraries</p></header>
      <main><h1>Less time on proposals. More time on your mission.</h1><p>I help small libraries win grants.</p></main>
      </body></html>`;
    expect(extractFromHtml(html, 'https://maraellison.example/').name).toBe('Mara Ellison');
  });
});
