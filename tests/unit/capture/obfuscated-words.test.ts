/**
 * Addresses written out with the "at" and "dot" of other languages: French arobase/point, Spanish
 * arroba/punto, Italian chiocciola, German ät/punkt. Ordinary prose with "point" stays prose.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (body: string): string =>
  `<!doctype html><html><head><title>Contacto | Peña Ciclista Albarrana</title></head><body><main><h1>Contacto</h1>${body}</main></body></html>`;

describe('written-out addresses in other languages', () => {
  it('reads Spanish (arroba) and (punto)', () => {
    const r = extractFromHtml(
      page('<p>Escríbenos a info (arroba) penaalbarrana (punto) es</p>'),
      'https://www.penaalbarrana.example/contacto',
    );
    expect(r.emails).toEqual(['info@penaalbarrana.es']);
  });

  it('reads French [arobase] with a plain dot', () => {
    const r = extractFromHtml(
      page('<p>Écrire à bureau[arobase]velo-sud.fr</p>'),
      'https://www.velo-sud.example/contact',
    );
    expect(r.emails).toEqual(['bureau@velo-sud.fr']);
  });

  it('reads Italian (chiocciola)', () => {
    const r = extractFromHtml(
      page('<p>Scrivere a soci(chiocciola)ciclisti-lago.it</p>'),
      'https://www.ciclisti-lago.example/contatti',
    );
    expect(r.emails).toEqual(['soci@ciclisti-lago.it']);
  });

  it('reads nothing from prose that only says "point"', () => {
    const r = extractFromHtml(
      page('<p>Meet at the start point by the bridge; the route point is marked.</p>'),
      'https://www.penaalbarrana.example/rutas',
    );
    expect(r.emails).toEqual([]);
  });
});
