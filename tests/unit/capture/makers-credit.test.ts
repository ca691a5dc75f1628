/**
 * A footer's credit to whoever built the site, labelled like a website ("Diseño web: <a>…</a>",
 * "© … · Website: <a>Agency</a>"), is the agency's site: not the page's website, and the agency's
 * support mailbox is not the organisation's. A "Website:" link on the copyright line that spells
 * an address is still read. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (footer: string): string => `<!doctype html><html lang="de"><head>
  <title>Impressum | Brandt Bedachungen GmbH</title>
  <link rel="canonical" href="https://www.brandt-dach.example/impressum"></head><body>
  <header><a href="/"><img src="/logo.svg" alt="Brandt Bedachungen"></a></header>
  <main><h1>Impressum</h1><p>Brandt Bedachungen GmbH<br>Kolpingstraße 4<br>48153 Münster</p>
  <p>Telefon: 0251 5550 120<br>E-Mail: info(at)brandt-dach.example</p>
  <h2>Konzept &amp; Gestaltung</h2><p>Dachwerk Digital GmbH<br>
  Technische Fragen zur Website: <a href="mailto:support@dachwerk-digital.example">support@dachwerk-digital.example</a></p></main>
  <footer>${footer}</footer></body></html>`;

describe("a site maker's credit labelled like a website", () => {
  it("is not the website on the copyright line, nor is its mailbox the organisation's", () => {
    const r = extractFromHtml(
      page(
        `<p>© 2026 Brandt Bedachungen GmbH · <a href="/impressum">Impressum</a> · Website: <a href="https://www.dachwerk-digital.example/">Dachwerk Digital</a></p>`,
      ),
      'https://www.brandt-dach.example/impressum',
    );
    expect(r.url).not.toBe('https://www.dachwerk-digital.example/');
    expect(r.emails).toEqual(['info@brandt-dach.example']);
  });

  it('is not the website when labelled as the design ("Diseño web:")', () => {
    const r = extractFromHtml(
      page(
        `<p>© 2026 Brandt · <a href="/aviso-legal">Aviso legal</a> · Diseño web: <a href="https://www.estudio-sur.example/">Estudio Sur</a></p>`,
      ),
      'https://www.brandt-dach.example/impressum',
    );
    expect(r.url).not.toBe('https://www.estudio-sur.example/');
  });

  it('still reads a "Website:" on the copyright line that spells an address', () => {
    const r = extractFromHtml(
      page(
        `<p>© 2026 Brandt Bedachungen GmbH · Website: <a href="https://www.brandt-bedachungen.example/">www.brandt-bedachungen.example</a></p>`,
      ),
      'https://www.brandt-dach.example/impressum',
    );
    expect(r.url).toBe('https://www.brandt-bedachungen.example/');
  });
});
