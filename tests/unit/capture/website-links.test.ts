/**
 * The subject's website behind a button or icon rather than a plain "Website:" link: arrows and
 * chevrons around the words, possessives ("Visit their website"), icon-only links whose purpose
 * is in aria-label, title or a globe icon's class, and "Click here" under a bare "Web" label.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { isWebsiteLink } from '../../../lib/capture/website-link';

describe('website links drawn as buttons and icons', () => {
  it('reads a "View website ›" button on a tourism listing', () => {
    const html = `<!doctype html><html lang="en"><head><title>Glenmore Folk Festival | Visit Strathmoor</title>
      <meta property="og:site_name" content="Visit Strathmoor"><meta property="og:title" content="Glenmore Folk Festival"></head><body>
      <header><a href="https://www.visitstrathmoor.example/"><img src="/vs.png" alt="Visit Strathmoor"></a></header>
      <main><h1>Glenmore Folk Festival</h1><p>Three days of ceilidhs and sessions every August.</p>
      <p><a class="button" href="https://www.glenmorefolk.example.org/">View website <span>›</span></a></p></main>
      <footer><p>© Visit Strathmoor</p></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.visitstrathmoor.example/whats-on/glenmore-folk-festival',
    );
    expect(r.url).toBe('https://www.glenmorefolk.example.org/');
  });

  it('reads an icon-only link titled "Website" and one drawn as a globe', () => {
    const titled = `<!doctype html><html lang="en"><head><title>Ashby Riverside Market</title></head><body>
      <main><h1>Ashby Riverside Market</h1><p>Saturdays 8 till 1.</p>
      <a href="https://ashbyriversidemarket.example.com/" title="Website"><i class="bi bi-box-arrow"></i></a></main></body></html>`;
    expect(extractFromHtml(titled, 'https://www.localstalls.example/markets/ashby').url).toBe(
      'https://ashbyriversidemarket.example.com/',
    );
    const globe = `<!doctype html><html lang="en"><head><title>Ashby Riverside Market</title></head><body>
      <main><h1>Ashby Riverside Market</h1><p>Saturdays 8 till 1.</p>
      <a href="https://ashbyriversidemarket.example.com/"><svg class="icon-globe"></svg></a></main></body></html>`;
    expect(extractFromHtml(globe, 'https://www.localstalls.example/markets/ashby').url).toBe(
      'https://ashbyriversidemarket.example.com/',
    );
  });

  it('reads "Click here" under a bare "Web" field label', () => {
    const html = `<!doctype html><html lang="en"><head><title>Groups directory</title></head><body>
      <main><h1>Millbrook Bowls Club</h1><table>
      <tr><th>Phone</th><td>01632 960 118</td></tr>
      <tr><th>Web</th><td><a href="http://www.millbrookbowls.example.co.uk">Click here</a></td></tr></table></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.millbrookvillage.example/groups/?id=31');
    expect(r.url).toBe('http://www.millbrookbowls.example.co.uk/');
  });

  it('reads a hosted booking page\'s "← Back to our website" header link', () => {
    const html = `<!doctype html><html lang="en"><head><title>Book a class | Tidewater Pottery Studio</title></head><body>
      <header><a href="https://www.tidewaterpottery.example.com/">← Back to our website</a></header>
      <main><h1>Book a class</h1><p>Wheel taster, Saturdays 10am.</p></main>
      <footer><p>Bookings powered by <a href="https://www.slotly.example/">Slotly</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://tidewaterpottery.slotly.example/book');
    expect(r.url).toBe('https://www.tidewaterpottery.example.com/');
  });

  it('does not take other links as websites', () => {
    const doc = extractFromHtml(
      '<html><body><a href="https://maps.example/x">Get directions ›</a></body></html>',
      'https://a.example/',
    );
    expect(doc.url).not.toBe('https://maps.example/x');
    const link = (text: string, before = '') =>
      isWebsiteLink({
        el: {
          getAttribute: () => null,
          firstElementChild: null,
          querySelector: () => null,
        } as unknown as Element,
        href: 'https://b.example/',
        text,
        zone: 0,
        rel: '',
        before,
      });
    expect(link('Visit their website ↗')).toBe(true);
    for (const words of [
      'Zur Webseite',
      'Visitez notre site internet',
      'Bezoek website',
      'Sitio web',
      'Visita il sito web',
    ])
      expect(link(words), words).toBe(true);
    expect(link('Web design')).toBe(false);
    expect(link('Click here', 'Web')).toBe(true);
    expect(link('Click here', 'Our spring newsletter')).toBe(false);
  });
});
