/**
 * Logo and socials kinds of the third issue-19 round: a story's share image that is the logo of
 * what the story is about, a link-in-bio or profile page whose brand is only in its title, a
 * hosted profile's avatar with an empty alt, someone else's account beside the subject's on a
 * hosted page, and a lone founder's bio with a personal LinkedIn profile. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { logoOffers } from './logo-offers';

describe("a story's share image", () => {
  it("does not take a post's share image named as a campaign's logo for the site's logo", () => {
    const html = `<!doctype html><html lang="en"><head><title>Book Week is coming – Tamsin Valley Readers</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Tamsin Valley Readers">
      <meta property="og:image" content="https://www.tamsinreaders.example/uploads/bookweek-2027-logo.png">
      <meta property="og:image:alt" content="Book Week 2027 logo"></head><body>
      <header><a href="/" class="brand">Tamsin Valley Readers</a></header>
      <main><article><h1>Book Week is coming</h1><p>Our reading week returns in March.</p></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.tamsinreaders.example/news/book-week/');
    expect(r.logo).toBeUndefined();
  });

  it('does not take a logo-named share image that the story shows in its body', () => {
    const html = `<!doctype html><html lang="en"><head><title>New partner – Orla Bay Sailing Trust</title>
      <meta property="article:published_time" content="2027-01-10T09:00:00Z"><meta property="og:site_name" content="Orla Bay Sailing Trust">
      <meta property="og:image" content="https://www.orlabaysailing.example/media/partner-logo-wide.png"></head><body>
      <header><a href="/" class="brand">Orla Bay Sailing Trust</a></header>
      <main><article><h1>A new partner for our youth squad</h1>
      <img src="/media/partner-logo-wide.png" alt=""><p>We are delighted to announce our new partner.</p></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.orlabaysailing.example/news/new-partner/');
    expect(r.logo).toBeUndefined();
  });

  it("still takes a logo-named share image on a story that names the site's own logo", () => {
    const html = `<!doctype html><html lang="en"><head><title>News – Orla Bay Sailing Trust</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="Orla Bay Sailing Trust">
      <meta property="og:image" content="https://www.orlabaysailing.example/media/orla-bay-logo-share.png">
      <meta property="og:image:alt" content="Orla Bay Sailing Trust logo"></head><body>
      <header><a href="/" class="brand">Orla Bay Sailing Trust</a></header>
      <main><article><h1>Winter training dates</h1><p>Dates for the winter.</p></article></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.orlabaysailing.example/news/winter/');
    expect(r.logo).toBe('https://www.orlabaysailing.example/media/orla-bay-logo-share.png');
  });
});

describe('a profile page whose brand is only in its title', () => {
  const html = `<!doctype html><html lang="en"><head><title>Greyfield Pottery Co-op | Bioboard</title>
    <meta property="og:title" content="Greyfield Pottery Co-op | Bioboard"><meta property="og:type" content="profile">
    <meta name="twitter:site" content="@bioboard"></head><body>
    <main><img data-testid="ProfileImage" class="rounded" src="https://media.bioboard.example/u/8f2e1c.jpg" alt="greyfieldpottery">
    <h1>Greyfield Pottery Co-op</h1>
    <a href="https://www.greyfieldpottery.example/">Our website</a>
    <a href="https://www.instagram.com/greyfieldpottery">Instagram</a>
    <a href="https://www.instagram.com/harbourgallery_st">Find our mugs at Harbour Gallery</a></main>
    <footer><a href="https://bioboard.example/"><img src="https://bioboard.example/brand/bioboard-logo.svg" alt="Bioboard"></a></footer></body></html>`;
  const r = extractFromHtml(html, 'https://bioboard.example/greyfieldpottery');

  it("reads the page as the subject's, not the platform's", () => {
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Greyfield Pottery Co-op');
    expect(r.url).toBe('https://www.greyfieldpottery.example/');
    // the profile's picture says nothing of being a logo: offered in the review, not taken
    expect(r.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://media.bioboard.example/u/8f2e1c.jpg');
  });

  it("keeps the subject's account and drops the shop's beside it and the platform's", () => {
    expect(r.socials).toEqual(['https://www.instagram.com/greyfieldpottery']);
  });
});

describe("a hosted profile's avatar", () => {
  it("offers an organiser's avatar with an empty alt beside its heading, without taking it as the logo", () => {
    const html = `<!doctype html><html lang="en"><head><title>Pellow Brass Band | Gigbox</title>
      <meta property="og:site_name" content="Gigbox"><meta property="og:title" content="Pellow Brass Band"></head><body>
      <header><a href="/"><img src="/static/gigbox.svg" alt="Gigbox"></a></header>
      <main><div class="org-card__top"><img class="org-card__avatar" src="https://img.gigbox.example/o/77/a1b2c3.jpg" alt="">
      <h1>Pellow Brass Band</h1></div>
      <p>Organised by Pellow Brass Band. <a href="https://www.pellowbrass.example/">pellowbrass.example</a></p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.gigbox.example/o/pellow-brass-band');
    expect(r.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://img.gigbox.example/o/77/a1b2c3.jpg');
    expect(logoOffers(r)).not.toContain('https://www.gigbox.example/static/gigbox.svg');
  });

  it("does not take a concert listing's picture of the band as the concert's logo", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Marlow Quartet at The Lantern, Bristol | Gigfinder</title>
      <meta property="og:site_name" content="Gigfinder"><meta property="og:title" content="Marlow Quartet at The Lantern">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicEvent","name":"Marlow Quartet",
      "startDate":"2026-03-14T19:30:00+0000","location":{"@type":"Place","name":"The Lantern",
      "address":{"@type":"PostalAddress","streetAddress":"Colston Street","addressLocality":"Bristol","postalCode":"BS1 5AR"}}}</script>
      </head><body><header><a href="/"><img src="/img/gigfinder-logo.svg" alt="Gigfinder"></a></header>
      <main><div class="event-header"><img src="https://img.gigfinder.example/artists/4411/huge_avatar" alt="Marlow Quartet">
      <h1>Marlow Quartet</h1><p>Saturday 14 March 2026 · The Lantern, Bristol</p></div>
      <p>More about the band: <a href="https://www.marlowquartet.example/">marlowquartet.example</a></p></main>
      <footer><a href="https://twitter.com/gigfinder">Twitter</a></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.gigfinder.example/concerts/88123-marlow-quartet-at-the-lantern',
    );
    expect(r.type).toBe('Event');
    expect(r.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://img.gigfinder.example/artists/4411/huge_avatar');
  });

  it('takes a picture beside the heading as the logo when it says it is one', () => {
    const html = `<!doctype html><html lang="en"><head><title>Pellow Brass Band | Gigbox</title>
      <meta property="og:site_name" content="Gigbox"><meta property="og:title" content="Pellow Brass Band"></head><body>
      <header><a href="/"><img src="/static/gigbox.svg" alt="Gigbox"></a></header>
      <main><div class="org-card__top"><img class="org-card__avatar" src="https://img.gigbox.example/o/77/pellow-logo.png" alt="">
      <h1>Pellow Brass Band</h1></div>
      <p>Organised by Pellow Brass Band. <a href="https://www.pellowbrass.example/">pellowbrass.example</a></p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.gigbox.example/o/pellow-brass-band');
    expect(r.logo).toBe('https://img.gigbox.example/o/77/pellow-logo.png');
  });

  it("does not take a follower's avatar far from the heading", () => {
    const html = `<!doctype html><html lang="en"><head><title>Pellow Brass Band | Gigbox</title>
      <meta property="og:site_name" content="Gigbox"><meta property="og:title" content="Pellow Brass Band"></head><body>
      <header><a href="/"><img src="/static/gigbox.svg" alt="Gigbox"></a></header>
      <main><section><div><h1>Pellow Brass Band</h1></div></section>
      <p>Organised by Pellow Brass Band. <a href="https://www.pellowbrass.example/">pellowbrass.example</a></p>
      <section class="followers"><ul><li><div><div><img class="avatar" src="https://img.gigbox.example/u/5/ff00.jpg" alt=""></div></div></li></ul></section></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.gigbox.example/o/pellow-brass-band');
    expect(r.logo).not.toBe('https://img.gigbox.example/u/5/ff00.jpg');
  });
});

describe("a founder's lone bio", () => {
  it("keeps the founder's X and Instagram beside her personal LinkedIn out of the charity's", () => {
    const html = `<!doctype html><html lang="en"><head><title>About – Ridgeway Reading Trust</title>
      <meta property="og:site_name" content="Ridgeway Reading Trust"></head><body>
      <header><a href="/"><img src="/img/rrt-logo.svg" alt="Ridgeway Reading Trust"></a></header>
      <main><h1>About</h1><p>We give every child in Ridgeway a book of their own.</p>
      <section class="founder"><img src="/img/founder.jpg" alt="Marta Kowalczyk">
      <div><h2>Our founder</h2><p>A former teacher, she started the trust in 2015.</p>
      <p><a href="https://www.linkedin.com/in/marta-kowalczyk-7c1d2a/">LinkedIn</a> <a href="https://x.com/martakowal">X</a></p></div></section></main>
      <footer><a href="https://www.facebook.com/ridgewayreading">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.ridgewayreading.example/about/');
    expect(r.socials).toEqual(['https://www.facebook.com/ridgewayreading']);
  });

  it("keeps a consultant's accounts on her own site", () => {
    const html = `<!doctype html><html lang="en"><head><title>About – Marta Kowalczyk</title></head><body>
      <header><a href="/">Marta Kowalczyk</a></header>
      <main><h1>About</h1><section><img src="/img/marta.jpg" alt="Marta Kowalczyk">
      <p>Literacy consultant for schools.</p>
      <p><a href="https://www.linkedin.com/in/marta-kowalczyk-7c1d2a/">LinkedIn</a> <a href="https://x.com/martakowal">X</a></p></section></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.martakowalczyk.example/about/');
    expect(r.socials).toContain('https://x.com/martakowal');
  });
});

describe("a listing in an undated <article> on a publisher's site", () => {
  const page = (
    date: string,
  ): string => `<!doctype html><html lang="en"><head><title>Corran Men's Shed – Groups – Corran Gazette</title>
    <meta property="og:site_name" content="Corran Gazette"><meta property="og:title" content="Corran Men's Shed">
    <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Corran Men's Shed","publisher":{"@id":"#p"}},
    {"@type":"NewsMediaOrganization","@id":"#p","name":"Corran Gazette","url":"https://www.corrangazette.example/","logo":"https://www.corrangazette.example/img/gazette-logo.png"}]}</script></head><body>
    <header><a href="/"><img src="/img/gazette-logo.png" alt="Corran Gazette"></a></header>
    <main><article class="entry"><h1>Corran Men's Shed</h1>${date}
    <p>A workshop where anyone can mend, make and chat.</p>
    <p>Website: <a href="https://www.corranmensshed.example/">www.corranmensshed.example</a></p>
    <p><a href="mailto:shed@corranmensshed.example">shed@corranmensshed.example</a> · <a href="https://www.facebook.com/corranmensshed">Facebook</a></p></article></main>
    <footer><a href="https://www.facebook.com/corrangazette">Facebook</a></footer></body></html>`;

  it('reads the listing as the subject, not the publisher', () => {
    const r = extractFromHtml(
      page(''),
      'https://www.corrangazette.example/groups/corran-mens-shed',
    );
    expect(r.name).toBe("Corran Men's Shed");
    expect(r.url).toBe('https://www.corranmensshed.example/');
    expect(r.logo).toBeUndefined();
    expect(r.emails).toEqual(['shed@corranmensshed.example']);
    expect(r.socials).toEqual(['https://www.facebook.com/corranmensshed']);
  });

  it("still reads a long undated story as the publisher's page", () => {
    const long = '<p>' + 'The shed opened its doors again this spring. '.repeat(300) + '</p>';
    const r = extractFromHtml(page(long), 'https://www.corrangazette.example/news/shed-reopens');
    expect(r.name).toBe('Corran Gazette');
  });

  it("still reads a dated story about the group as the publisher's page", () => {
    const r = extractFromHtml(
      page('<p class="byline">By Sam Reid, <time datetime="2027-02-01">1 February</time></p>'),
      'https://www.corrangazette.example/news/corran-mens-shed',
    );
    expect(r.name).toBe('Corran Gazette');
  });
});

describe("a blogging platform's About page", () => {
  it('keeps the account its About text links though the platform calls the page an article', () => {
    const html = `<!doctype html><html lang="en"><head><title>About - The Fenwick Ferry Log</title>
      <meta property="og:type" content="article"><meta property="og:site_name" content="The Fenwick Ferry Log"></head><body>
      <header><a href="/">The Fenwick Ferry Log</a></header>
      <main><div class="about"><h1>About</h1><p>News from the Fenwick Ferry Volunteers, who keep the old chain ferry running.</p>
      <p>Follow the ferry on <a href="https://www.instagram.com/fenwickferry/">Instagram</a>.</p></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://fenwickferry.postbox.example/about');
    expect(r.socials).toEqual(['https://www.instagram.com/fenwickferry/']);
  });
});

describe('numbers that are not phones', () => {
  it("does not read a news item's date or a registration number as a phone", () => {
    const html = `<!doctype html><html lang="de"><head><title>Neuigkeiten | Tafel Lindenberg e.V.</title></head><body>
      <main><h1>Sommerfest</h1><p class="meta">14.07.2027 · Neuigkeiten</p><p>Wir feiern im Hof.</p></main>
      <footer><p>Tafel Lindenberg e.V. · Telefon 08381 555 210</p><p>Org.nr 802411-7788 · NIPC 509 876 543 · Swish 123 456 78 90</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.tafel-lindenberg.example/neuigkeiten/sommerfest/');
    expect(r.phones).toEqual(['08381 555 210']);
  });
});

describe('names and kinds of small own sites', () => {
  it("takes a Dutch 'Over ons' title segment for the page's, not the site's name", () => {
    const html = `<!doctype html><html lang="nl"><head><title>Over ons | Buurtfonds Oosterpark</title></head><body>
      <div role="banner"><a href="/" class="brand"><img src="/img/a91f.svg" alt=""></a></div>
      <main><h1>Over ons</h1><p>Wij steunen buurtinitiatieven.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.buurtfondsoosterpark.example/over-ons');
    expect(r.name).toBe('Buurtfonds Oosterpark');
  });

  it('reads a community garden with an fb.me link as an organisation, not a person', () => {
    const html = `<!doctype html><html lang="en"><head><title>Events – Hillcrest Community Garden</title></head><body>
      <header><a href="/">Hillcrest Community Garden</a></header>
      <main><h1>Events</h1><p>Plant sale on Saturday: <a href="https://fb.me/e/9xYzAbC">fb.me/e/9xYzAbC</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.hillcrestgarden.example/events');
    expect(r.type).toBe('Organization');
  });
});
