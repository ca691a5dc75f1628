/**
 * A legal notice prints its web host's and its insurer's details because the law asks it to:
 * their numbers are not the site's. The site's own number in the same notice stays. Pages
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a legal notice's paragraphs on other parties", () => {
  it("leaves out the web host's number (mentions légales)", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Mentions légales | Rivages Partagés</title></head><body>
      <main><h1>Mentions légales</h1><h2>1. Éditeur</h2><p>Association Rivages Partagés<br>4, quai de la Fosse<br>44000 Nantes<br>Tél. : 02 40 00 11 22</p>
      <h2>2. Hébergement</h2><p>Le site est hébergé par :<br><b>Nuage Ouest SAS</b><br>8, allée des Bruyères<br>35510 Cesson-Sévigné<br>Tél. : 02 61 91 80 00</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.rivages-partages.example/mentions-legales');
    expect(r.phones).toEqual(['02 40 00 11 22']);
  });

  it("leaves out the professional insurer's number (Impressum)", () => {
    const html = `<!doctype html><html lang="de"><head><title>Impressum | Brandt Bedachungen GmbH</title></head><body>
      <main><h1>Impressum</h1><p>Brandt Bedachungen GmbH<br>Kolpingstraße 4<br>48153 Münster<br>Telefon: 0251 5550 120</p>
      <div><header><h2>Angaben zur Berufshaftpflichtversicherung</h2></header>
      <p><strong>Name und Sitz des Versicherers:</strong><br>Hanse Handwerk Versicherung AG<br>Am Sandtorkai 12<br>20457 Hamburg<br>Telefon 040 555 30 70</p></div></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.brandt-dach.example/impressum');
    expect(r.phones).toEqual(['0251 5550 120']);
  });
});
