/**
 * A unit's page inside its parent's site (a university centre, an institute on a sub-domain): the
 * unit is the subject, and the parent's switchboard and accounts in the site-wide footer are not
 * its own. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a unit's page on its parent's site", () => {
  it("takes the centre's name and section, not the university's footer accounts", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact us</title></head><body>
      <header><a href="https://www.lowmoor.ac.example/"><img src="/img/lu.svg" alt="Lowmoor University"></a>
      <span class="unit">Centre for Lifelong Learning</span></header>
      <main><h1>Contact us</h1><p>Centre for Lifelong Learning, 4 College Lane, York YO10 5DD</p>
      <p>Tel: 01904 496 010 · Email: lifelong@lowmoor.ac.example</p>
      <p><a href="https://www.facebook.com/LowmoorLifelong">Facebook</a></p></main>
      <footer>Lowmoor University · 01904 496 000 · <a href="https://x.com/lowmooruni">X</a>
      <a href="https://www.linkedin.com/school/lowmoor-university">LinkedIn</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.lowmoor.ac.example/lifelong-learning/contact/');
    expect(r.name).toBe('Centre for Lifelong Learning');
    expect(r.url).toBe('https://www.lowmoor.ac.example/lifelong-learning/');
    expect(r.socials).toEqual(['https://www.facebook.com/LowmoorLifelong']);
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['01904496010']);
  });

  it("keeps an institute's own address and e-mail on the parent's domain", () => {
    const html = `<!doctype html><html lang="de"><head><title>Kontakt</title></head><body>
      <div id="uni-kopf"><a href="https://www.uni-nordheide.de/"><img src="/uni.svg" alt="Universität Nordheide"></a></div>
      <div id="institut"><a href="/"><img src="/img/inst.png" alt="Institut für Soziologie"></a></div>
      <div id="inhalt"><h1>Kontakt</h1><p>Institut für Soziologie<br>Am Campus 4<br>21335 Lüneburg</p>
      <p>E-Mail: soziologie@uni-nordheide.de</p></div>
      <div id="fuss">Universität Nordheide · <a href="https://www.instagram.com/uni.nordheide">Instagram</a></div></body></html>`;
    const r = extractFromHtml(html, 'https://www.soz.uni-nordheide.de/kontakt/');
    expect(r.name).toBe('Institut für Soziologie');
    expect(r.url).toBe('https://www.soz.uni-nordheide.de/');
    expect(r.emails).toEqual(['soziologie@uni-nordheide.de']);
    expect(r.socials).toEqual([]);
  });

  it("leaves an organisation's own page with its logo and footer accounts alone", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Fenwick County Council</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Fenwick County Council"></a></header>
      <main><h1>Contact</h1><p>County Hall, 1 Market Place, Fenwick FN1 1AA</p></main>
      <footer>Fenwick County Council · 01632 960 100 · <a href="https://x.com/fenwickcouncil">X</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.fenwick.gov.example/contact');
    expect(r.socials).toEqual(['https://x.com/fenwickcouncil']);
  });
});
