/**
 * Addresses in orders and markup the earlier rounds did not read (kind-6 round): Swedish and Czech
 * "NNN NN Town" postcodes. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('addresses in more national orders', () => {
  it('reads a Swedish "NNN NN Town" postcode under the street', () => {
    const html = `<!doctype html><html lang="sv"><head><title>Kontakt – Musikskolan Vänern</title></head><body>
      <main><h1>Kontakt</h1><p>Musikskolan Vänern<br>Hamngatan 8<br>652 24 Karlstad</p><p>Telefon 054-55 01 40</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.musikskolanvanern.se/kontakt');
    expect(r.address).toMatchObject({
      street: 'Hamngatan 8',
      locality: 'Karlstad',
      postalCode: '652 24',
    });
  });

  it('reads a Czech postcode with a numbered district', () => {
    const html = `<!doctype html><html lang="cs"><head><title>Kontakt | Spolek Vinohradská knihovna</title></head><body>
      <footer><p>Spolek Vinohradská knihovna, Korunní 24, 120 00 Praha 2</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.vinohradskaknihovna.cz/kontakt');
    expect(r.address).toMatchObject({
      street: 'Korunní 24',
      locality: 'Praha 2',
      postalCode: '120 00',
    });
  });
});
