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

  it('reads Catalan and Spanish street types written before a comma and the number', () => {
    const html = `<!doctype html><html lang="ca"><head><title>Contacte | Colla Castellera de Sant Pere</title></head><body>
      <footer><p>Colla Castellera de Sant Pere</p><p>Camí del Mas Roig, 7<br>08720 Vilafranca del Penedès</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.castellerssantpere.cat/contacte');
    expect(r.address).toMatchObject({
      street: 'Camí del Mas Roig, 7',
      locality: 'Vilafranca del Penedès',
      postalCode: '08720',
    });
    const es = `<!doctype html><html lang="es"><head><title>Contacto | Club Ciclista Sierra Norte</title></head><body>
      <footer><p>Club Ciclista Sierra Norte</p><p>Carretera de la Estación, 3<br>28740 Rascafría</p></footer></body></html>`;
    expect(extractFromHtml(es, 'https://www.ccsierranorte.es/contacto').address?.street).toBe(
      'Carretera de la Estación, 3',
    );
  });

  it('drops a bracketed way in written in French or German after the town', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Nous trouver | Atelier Vélo Solidaire</title></head><body>
      <main><h1>Nous trouver</h1><p>Adresse : 7 rue des Tanneurs, 67000 Strasbourg (entrée par la cour, porte verte)</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.atelierveloso.fr/nous-trouver');
    expect(r.address).toMatchObject({
      street: '7 rue des Tanneurs',
      locality: 'Strasbourg',
      postalCode: '67000',
    });
    const de = `<!doctype html><html lang="de"><head><title>Anfahrt | Jugendchor Lindenhof</title></head><body>
      <main><h1>Anfahrt</h1><p>Lindenhofstraße 4, 68163 Mannheim (Eingang über den Hof)</p></main></body></html>`;
    expect(
      extractFromHtml(de, 'https://www.jugendchor-lindenhof.de/anfahrt').address?.locality,
    ).toBe('Mannheim');
  });

  it('reads where to post a cheque as a box, below the street address in the footer', () => {
    const html = `<!doctype html><html lang="en-CA"><head><title>Donate | Prairie Wind Children's Choir</title></head><body>
      <main><h1>Donate</h1><p>Make cheques payable to the choir and send them to PO Box 4410, Regina, SK S4P 3W7.</p></main>
      <footer><p>Prairie Wind Children's Choir<br>2150 Albert Street, Unit 3<br>Regina, SK S4P 2V1</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.prairiewindchoir.ca/donate');
    expect(r.address).toMatchObject({
      street: '2150 Albert Street, Unit 3',
      postalCode: 'S4P 2V1',
    });
  });

  it('reads a Québec civic number before a comma and a French unit word after the street', () => {
    const html = `<!doctype html><html lang="fr-CA"><head><title>Nous joindre | Maison des jeunes de Lévis</title></head><body>
      <main><h1>Nous joindre</h1><p>560, boulevard Alphonse-Desjardins, local 12<br>Lévis (Québec)  G6V 6R8</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.mdjlevis.org/nous-joindre');
    expect(r.address).toMatchObject({
      street: '560, boulevard Alphonse-Desjardins, local 12',
      locality: 'Lévis',
      postalCode: 'G6V 6R8',
    });
  });

  it('keeps a unit and a lettered block above an estate and a suburb', () => {
    const html = `<!doctype html><html lang="en-IE"><head><title>Find us | Tallaght Bike Kitchen</title></head><body>
      <main><h1>Find us</h1><p>Unit 7, Block B, Cookstown Industrial Estate, Tallaght, Dublin 24, D24 K2R9</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.tallaghtbikekitchen.ie/find-us');
    expect(r.address?.street).toMatch(/^Unit 7, Block B, Cookstown Industrial Estate/);
  });

  it('takes a numberless street out of a comma-less line that runs a name, the street and the town together', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Great Ryburgh Reading Room</title></head><body>
      <main><h1>Contact</h1><p>Great Ryburgh Reading Room Mill Lane Great Ryburgh Fakenham NR21 7AA</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.ryburghreadingroom.org.uk/contact');
    expect(r.address).toMatchObject({ street: 'Mill Lane', postalCode: 'NR21 7AA' });
  });

  it("ranks a supplier's address, written after its company name, below the site's own", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Privacy Policy</title></head><body>
      <main><h1>Privacy Policy</h1>
      <p>Payments are processed by CartPay, Inc., 200 Market Street, Denver, CO 80202.</p>
      <p>Questions? Write to Data Officer, Aspen Valley Youth Theatre, 15 Pine Street, Suite 4, Aspen, CO 81611.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.aspenvalleyyouththeatre.org/privacy');
    expect(r.address).toMatchObject({ locality: 'Aspen', postalCode: '81611' });
  });

  it('reads a Portuguese street written before its number and floor', () => {
    const html = `<!doctype html><html lang="pt-PT"><head><title>Contactos | Associação Bairro Alto Vivo</title></head><body>
      <main><h1>Contactos</h1><p>Travessa da Queimada, 14, 2.º Dto.<br>1200-365 Lisboa</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.bairroaltovivo.pt/contactos');
    expect(r.address).toMatchObject({
      street: 'Travessa da Queimada, 14, 2.º Dto.',
      locality: 'Lisboa',
      postalCode: '1200-365',
    });
  });
});
