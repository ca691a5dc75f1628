/**
 * Registration and tax numbers in a footer (an Italian P. IVA, a Québec charity's "… RR0001", a
 * Dutch BTW number) are not phone numbers; the real number beside them stays. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('registration numbers in footers', () => {
  it("does not read an Italian shop's P. IVA as a phone", () => {
    const html = `<!doctype html><html lang="it"><head><title>Contatti | Libreria Il Gabbiano</title></head><body>
      <main><h1>Contatti</h1><p>Tel. 0541 555 118</p></main>
      <footer><p>© 2026 Libreria Il Gabbiano di Sara Conti · P. IVA 03456780401</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.libreriailgabbiano.example/contatti/');
    expect(r.phones).toEqual(['0541 555 118']);
  });

  it("does not read a Québec charity's registration number as a phone", () => {
    const html = `<!doctype html><html lang="fr-CA"><head><title>Nous joindre | Maison des Jeunes Le Phare</title></head><body>
      <main><h1>Nous joindre</h1><p>Téléphone : 418 555-0171</p></main>
      <footer><p>Organisme de bienfaisance enregistré 80012 3456 RR0001</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.mdjlephare.example/nous-joindre/');
    expect(r.phones).toEqual(['418 555-0171']);
  });
});
