/**
 * Other parties' accounts on an own site: a link labelled for someone else ("… on Facebook"), and
 * a body or sidebar account on a platform where the site's frame already has its own account
 * (a guest's, a photographer's, a partner's). Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("other parties' accounts", () => {
  it("keeps a guest author's Instagram in the body out of a bookshop's socials", () => {
    const html = `<!doctype html><html lang="en"><head><title>Events | Larkspur Books</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Larkspur Books"></a></header>
      <main><h1>Events</h1><div><h2>Thursday: Nia Brookes reads from Salt Roads</h2>
      <p>Follow Nia: <a href="https://www.instagram.com/niabrookeswrites/">Instagram</a></p></div></main>
      <footer><p><a href="https://www.instagram.com/larkspurbooks/">Instagram</a>
      <a href="https://www.facebook.com/larkspurbooks">Facebook</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.larkspurbooks.example/events/');
    expect(r.socials).toEqual([
      'https://www.instagram.com/larkspurbooks/',
      'https://www.facebook.com/larkspurbooks',
    ]);
  });

  it("keeps a guest's GitHub out when the same handle's X account is a guest's", () => {
    const html = `<!doctype html><html lang="en"><head><title>Episode 40: Building with Yjs | Hallway Track</title>
      <meta property="og:site_name" content="Hallway Track"></head><body>
      <header><a href="/">Hallway Track</a></header>
      <main><h1>Episode 40: Building with Yjs</h1><h2>Featuring</h2>
      <p>Rosa Imbert — <a href="https://twitter.com/rosaimbert">Twitter</a>, <a href="https://github.com/rosaimbert">GitHub</a><br>
      deltaqueue — <a href="https://twitter.com/deltaqueue">Twitter</a>, <a href="https://github.com/deltaqueue">GitHub</a></p></main>
      <footer><a href="https://twitter.com/hallwaytrackfm">Twitter</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://hallwaytrack.example/episodes/40');
    expect(r.socials).toEqual(['https://twitter.com/hallwaytrackfm']);
  });

  it("keeps a guest's account out when the page's heading is in another script", () => {
    const html = `<!doctype html><html lang="ru"><head><title>Встречи с авторами | Книжный Ларкспур</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Larkspur Books"></a></header>
      <main><h1>Встречи с авторами</h1><div><h2>Четверг: Ния Брукс</h2>
      <p>Ния в сети: <a href="https://www.instagram.com/niabrookeswrites/">Instagram</a></p></div></main>
      <footer><p><a href="https://www.instagram.com/larkspurbooks/">Instagram</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.larkspurbooks.example/vstrechi/');
    expect(r.socials).toEqual(['https://www.instagram.com/larkspurbooks/']);
  });

  it('keeps a link labelled for the parent council out, even in the footer', () => {
    const html = `<!doctype html><html lang="en"><head><title>Opening times | Fernhill Leisure Centre</title></head><body>
      <main><h1>Opening times</h1><p>Pool open 6am to 10pm.</p></main>
      <footer><p><a href="https://www.facebook.com/FernhillLeisure">Facebook</a></p>
      <p>Run by Greystone District Council. <a href="https://x.com/GreystoneDC" aria-label="Greystone District Council on X">X</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.fernhillleisure.example/opening-times/');
    expect(r.socials).toEqual(['https://www.facebook.com/FernhillLeisure']);
  });

  it("keeps a speaker's YouTube named in her block's heading out", () => {
    const html = `<!doctype html><html lang="en"><head><title>Programme | Coastal Ecology Day</title></head><body>
      <main><h1>Programme</h1><div><h3>Keynote – Hana Sato</h3><p>Kelp forests in a warming sea.
      <a href="https://www.youtube.com/@hanasato">Her talks</a></p></div></main>
      <footer><a href="https://www.facebook.com/coastalecologyday">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.coastalecologyday.example/programme/');
    expect(r.socials).toEqual(['https://www.facebook.com/coastalecologyday']);
  });

  it('keeps its own account behind a "Follow on Instagram" button in the body', () => {
    const html = `<!doctype html><html lang="en"><head><title>Gallery | Redcliff Rowing Club</title></head><body>
      <header><a href="https://www.instagram.com/rdclf_rowing/">Instagram</a></header>
      <main><h1>Gallery</h1><a href="https://www.instagram.com/rdclf_rowing/">Follow on Instagram</a></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.redcliffrowing.example/gallery/');
    expect(r.socials).toEqual(['https://www.instagram.com/rdclf_rowing/']);
  });

  it('keeps accounts whose labels are phrases, not names ("Latest news on Facebook")', () => {
    const html = `<!doctype html><html lang="en"><head><title>News | Ashgrove Tenants' Association</title></head><body>
      <main><h1>News</h1><p><a href="https://www.facebook.com/atagroup">Latest news on Facebook</a></p>
      <p><a href="https://www.instagram.com/ata_photos/">Check us out on Instagram</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.ashgrovetenants.example/news/');
    expect(r.socials).toEqual([
      'https://www.facebook.com/atagroup',
      'https://www.instagram.com/ata_photos/',
    ]);
  });

  it("keeps a listed group's account named like the page's heading", () => {
    const html = `<!doctype html><html lang="en"><head><title>Group details – Walking Groups</title></head><body>
      <header><a href="/">Walking Groups</a> <a href="https://www.facebook.com/walkinggroupsuk">Facebook</a></header>
      <main><h1>Kestle Farm Walkers</h1><p>Tuesday walks of five miles from the farm shop.</p>
      <p><a href="https://www.facebook.com/kestlefarmwalkers">Facebook</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.walkinggroups.example/groups/kestle-farm-walkers');
    expect(r.socials).toContain('https://www.facebook.com/kestlefarmwalkers');
  });

  it('keeps a body account on a platform the frame does not carry', () => {
    const html = `<!doctype html><html lang="en"><head><title>Videos | Tarn Valley Choir</title></head><body>
      <main><h1>Videos</h1><p>Watch our concerts on <a href="https://www.youtube.com/@tvchoirvideos">YouTube</a>.</p></main>
      <footer><a href="https://www.facebook.com/tarnvalleychoir">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.tarnvalleychoir.example/videos/');
    expect(r.socials).toContain('https://www.youtube.com/@tvchoirvideos');
  });

  it("keeps a body account spelling the page's own heading", () => {
    const html = `<!doctype html><html lang="en"><head><title>Home</title></head><body>
      <main><h1>Tarn Valley Choir</h1><p>Watch us on <a href="https://www.youtube.com/@tarnvalleychoir">YouTube</a>.</p></main>
      <footer><a href="https://www.facebook.com/tvcsingers">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.tvc-singers.example/');
    expect(r.socials).toContain('https://www.youtube.com/@tarnvalleychoir');
  });
});
