/**
 * A header logo linking to the home page as multilingual sites and CMSs write it — in the page's
 * language (/es, /en-gb/) or a page named home (/home, /index.php/home, /es/inicio.html) — is still
 * the logo linking home, while a logo linking to a section is not. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.casalpontvell.cat/es/contacto';
const page = (href: string) =>
  `<!doctype html><html lang="es"><head><title>Contacto | Casal Pont Vell</title></head><body><header><a href="${href}"><img src="/files/marca-cpv.png" alt=""></a></header><main><h1>Contacto</h1><p>Carrer del Riu 4, 17800 Olot</p></main></body></html>`;

describe('a logo linking to the home page in a language', () => {
  for (const href of [
    '/es',
    '/es/',
    '/en-gb/',
    'https://www.casalpontvell.cat/ca',
    '/home',
    '/index.php/home',
    '/es/inicio.html',
  ])
    it(`takes the header image linking to ${href}`, () => {
      expect(extractFromHtml(page(href), URL).logo).toBe(
        'https://www.casalpontvell.cat/files/marca-cpv.png',
      );
    });

  it('does not take a header image linking to a section', () => {
    expect(extractFromHtml(page('/es/agenda'), URL).logo).toBeUndefined();
  });
});
