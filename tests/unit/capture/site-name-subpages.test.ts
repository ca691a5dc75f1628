/**
 * The organisation's name and home page on its own sub-pages, where the title starts with the page's
 * topic ("Recycling | Millbrook Township", "Contacto | …") and on a help sub-domain. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("the site's name and home page on its sub-pages", () => {
  it('takes the title segment the header repeats, not the department heading', () => {
    const html = `<!doctype html><html lang="en"><head><title>Recycling | Millbrook Township</title></head><body>
      <header><a href="/"><img src="/logo.svg" alt="Home"></a><div class="site-name"><a href="/">Millbrook Township</a></div></header>
      <main><h1>Recycling</h1><p>Curbside pickup is every other Tuesday.</p></main>
      <footer><p>Millbrook Township Hall, 12 Church St, Millbrook, NY 12545</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.millbrooktwp.example.org/departments/recycling');
    expect(r.name).toBe('Millbrook Township');
    expect(r.url).toBe('https://www.millbrooktwp.example.org/');
  });

  it("takes the site's own name from a site name that names its parent after a bar", () => {
    const html = `<!doctype html><html lang="en"><head><title>The Salt Marsh Episode</title>
      <meta property="og:site_name" content="Tidewater Stories Podcasts | Harbour Radio Studios">
      <meta property="og:title" content="The Salt Marsh Episode"></head><body>
      <main><h1>The Salt Marsh Episode</h1><p>Forty minutes on the marsh at low tide.</p></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.harbourradiostudios.example/podcasts/tidewater/salt-marsh',
    );
    expect(r.name).toBe('Tidewater Stories Podcasts');
  });

  it("reads a home page's heading beside the name its domain spells as a slogan", () => {
    const html = `<!doctype html><html lang="es"><head><title>Juntos por el parque | Asociación Vecinal Las Acacias</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="logo"></a></header>
      <main><h1>Juntos por el parque</h1><p>Cuarenta años cuidando del barrio.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.avlasacacias.example/');
    expect(r.name).toBe('Asociación Vecinal Las Acacias');
  });

  it("reads a project's docs page by the project its copyright's contributors stand for", () => {
    const html = `<!doctype html><html lang="en"><head><title>Installation — Docs</title></head><body>
      <nav><a href="/"><img src="/img/logo.svg" alt=""></a><a href="/docs">Docs</a></nav>
      <main><article><h1>Installation</h1><p>Install with pip:</p><pre><code>pip install inkwell</code></pre></article></main>
      <footer><p>Copyright © 2026 The Inkwell contributors. Built with a static site generator.</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://inkwell.example/docs/installation');
    expect(r.name).toBe('Inkwell');
  });

  it('reads "Contacto" and its kin as a generic title segment', () => {
    const html = `<!doctype html><html lang="es"><head><title>Contacto | Ateneu Popular Sants</title></head><body>
      <main><h1>Contacto</h1><p>Carrer de Sants, 45, 08014 Barcelona</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.ateneupopularsants.cat/es/contacto');
    expect(r.name).toBe('Ateneu Popular Sants');
  });

  it("takes the WebSite node's name (isPartOf) over the page's heading", () => {
    const html = `<!doctype html><html lang="en"><head><title>Bus Routes – Families</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Bus Routes","isPartOf":{"@type":"WebSite","name":"Cedar Ridge Elementary","url":"https://www.cedarridge-es.org/"}}</script>
      </head><body><main><h1>Bus Routes</h1><p>Route 4 now stops at Elm and 3rd.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.cedarridge-es.org/families/bus-routes');
    expect(r.name).toBe('Cedar Ridge Elementary');
  });

  it("takes the organisation's own domain as the url on its help sub-domain", () => {
    const html = `<!doctype html><html lang="en-AU"><head><title>FAQ - Coogee Surf Lifesaving Club</title></head><body>
      <main><h1>FAQ</h1><p>When does nippers start? In October.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://help.coogeesurfclub.com.au/faq');
    expect(r.name).toBe('Coogee Surf Lifesaving Club');
    expect(r.url).toBe('https://coogeesurfclub.com.au/');
  });

  it('reads a plural "Enrolments" page title as generic, not as the name', () => {
    const html = `<!doctype html><html lang="en-AU"><head><title>Enrolments | Banksia Heights Public School</title></head><body>
      <main><h1>Enrolments</h1><p>Kindergarten enrolments open in May.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://banksiaheights-p.example.edu.au/enrolments');
    expect(r.name).toBe('Banksia Heights Public School');
  });
});
