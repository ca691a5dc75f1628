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

  it("does not read the value under an ID's own label as a phone", () => {
    const html = `<!doctype html><html lang="nl"><head><title>Contact | Stichting Leesmaatjes</title></head><body>
      <main><h1>Contact</h1><dl><dt>Telefoon</dt><dd>030 555 1234</dd>
      <dt>RSIN</dt><dd>859912345</dd>
      <dt>IBAN</dt><dd>NL27 TRIO 0123 4567 89 t.n.v. Stichting Leesmaatjes</dd></dl>
      <p>Umsatzsteuer-Identifikationsnummer gemäß § 27 a Umsatzsteuergesetz:<br>DE 298 765 432</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.leesmaatjes.example/contact/');
    expect(r.phones).toEqual(['030 555 1234']);
  });

  it('keeps a number under a label that only sounds like one ("Registration and information:" then "Call …")', () => {
    const html = `<!doctype html><html lang="en-CA"><head><title>Reading Club | Lonsdale Literacy</title></head><body>
      <main><h1>Reading Club</h1><p>Registration and information:</p><p>Call 604-555-0142</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.lonsdaleliteracy.example/club/');
    expect(r.phones).toEqual(['604-555-0142']);
  });

  it("does not read a South African NPO's public benefit number as a phone", () => {
    const html = `<!doctype html><html lang="en-ZA"><head><title>Contact | Ubuntu Reading Trust</title></head><body>
      <main><h1>Contact</h1><p>Tel: 021 555 0142</p></main>
      <footer><p>Registered Public Benefit Organisation (PBO 930067812) · NPO 187-452</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.ubuntureading.example/contact/');
    expect(r.phones).toEqual(['021 555 0142']);
  });
});
