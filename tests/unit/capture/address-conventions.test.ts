/**
 * Street and locality in conventions the own corpus found weak: Irish "Co." counties and UK
 * counties after the town, a village between the street and the post town, Spanish and Catalan
 * streets whose number follows the name, a province in brackets, a sentence leading into the
 * street, a rating before it, and h-card street lines split by <br>. Addresses invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const read = (...lines: string[]) =>
  findAddresses(toParts(lines.map((text) => ({ text, heading: false }))))[0]?.address;

describe('addresses in other conventions', () => {
  it('reads an Irish county as the region and the town before it as the locality', () => {
    expect(read('Gaelscoil na Life, Mill Road, Clane, Co. Kildare W91 K2C4')).toEqual({
      street: 'Mill Road',
      locality: 'Clane',
      region: 'Co. Kildare',
      postalCode: 'W91 K2C4',
    });
  });

  it('reads a UK county line between the town and the postcode as the region', () => {
    expect(
      read('Tynedale Hospice', 'Orchard Lane', 'Hexham', 'Northumberland', 'NE46 1AA'),
    ).toEqual({
      street: 'Orchard Lane',
      locality: 'Hexham',
      region: 'Northumberland',
      postalCode: 'NE46 1AA',
    });
  });

  it('reads a Dublin postal district as the town, and a street run into the town', () => {
    expect(read('Liffey Rowing Club · Unit 3, Island Street, Dublin 8, D08 K2C4')).toEqual({
      street: 'Unit 3, Island Street',
      locality: 'Dublin 8',
      postalCode: 'D08 K2C4',
    });
    expect(read('Find us: 220 Grand Ave Suite 4 Oakland CA 94610')).toEqual({
      street: '220 Grand Ave Suite 4',
      locality: 'Oakland',
      region: 'CA',
      postalCode: '94610',
    });
  });

  it('splits a street run into a European code, and a country or province run into the town', () => {
    expect(read('8 Rue des Lilas 69003 Lyon France')).toEqual({
      street: '8 Rue des Lilas',
      locality: 'Lyon',
      country: 'France',
      postalCode: '69003',
    });
    expect(read('Via Garibaldi 4, 10122 Torino TO')).toEqual({
      street: 'Via Garibaldi 4',
      locality: 'Torino',
      region: 'TO',
      postalCode: '10122',
    });
    expect(read('During summer 2019 Study Abroad sessions')).toBeUndefined();
  });

  it('reads New Zealand, Portuguese and Polish postcodes', () => {
    expect(read('Level 3, 90 Cuba Street, Wellington 6011, New Zealand')).toEqual({
      street: 'Level 3, 90 Cuba Street',
      locality: 'Wellington',
      postalCode: '6011',
      country: 'New Zealand',
    });
    expect(read('Rua das Flores 12, 4050-262 Porto')?.postalCode).toBe('4050-262');
    expect(read('ul. Krótka 3, 31-027 Kraków')?.locality).toBe('Kraków');
    expect(read('Founded in March 2004')).toBeUndefined();
  });

  it("skips a state's code repeated beside its name to reach the town", () => {
    const html = `<!doctype html><html lang="en"><head><title>Elm Street Pantry</title></head><body>
      <main><h1>Elm Street Pantry</h1><p>Page · Nonprofit organization</p>
      <p>410 Elm Ave, Dayton, OH, United States, Ohio 45402</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.elmstreetpantry.org/');
    expect(r.address?.locality).toBe('Dayton');
    expect(r.address?.postalCode).toBe('45402');
  });

  it("stops the street at an event's date and time line", () => {
    expect(
      read('Saturday 6 March 2027', '7:30pm', 'Chalk Farm Road', 'London NW1 8EH')?.street,
    ).toBe('Chalk Farm Road');
  });

  it('stops the street at a distance or a founding year written above it', () => {
    expect(read('1.4 km away', '9 Bay Road, Sandringham VIC 3191')?.street).toBe('9 Bay Road');
    expect(read('Est. 1987', '22 Market Place, Hexham NE46 1XF')?.street).toBe('22 Market Place');
    expect(read('Capacity 450', '21 Graham St', 'Albert Park VIC 3206')?.street).toBe(
      '21 Graham St',
    );
    expect(read('Tickets £12', '14 rue des Vinaigriers', '75010 Paris')?.street).toBe(
      '14 rue des Vinaigriers',
    );
  });

  it('keeps a village written before the post town out of the street', () => {
    const a = read('The Coach House, 4 Station Rd, Wrington, Bristol BS40 5LQ');
    expect(a?.street).toBe('4 Station Rd');
    expect(a?.postalCode).toBe('BS40 5LQ');
  });

  it('keeps the name of a Spanish or Catalan street whose number follows it', () => {
    expect(read('C/ Real, 22, 1º A, 28400 Collado Villalba (Madrid)')).toEqual({
      street: 'C/ Real, 22, 1º A',
      locality: 'Collado Villalba',
      region: 'Madrid',
      postalCode: '28400',
    });
    expect(read('Carrer de Sants, 45, 08014 Barcelona')?.street).toBe('Carrer de Sants, 45');
  });

  it('drops the sentence that leads into a street and a rating written before it', () => {
    expect(read("You'll find us at Unit 3/12 Smith Street, Fitzroy VIC 3065")?.street).toBe(
      'Unit 3/12 Smith Street',
    );
    expect(read('4.7 (120 reviews), 9 Bay Road, Sandringham VIC 3191')?.street).toBe('9 Bay Road');
  });

  it("separates an h-card's street lines split by <br> and puts a shop unit first", () => {
    const html = `<!doctype html><html lang="en-AU"><head><title>Glebe Makers Market</title></head><body>
      <div class="h-card"><span class="p-name">Glebe Makers Market</span>
      <p class="p-adr h-adr"><span class="p-extended-address">Shop 2</span>
      <span class="p-street-address">The Old Tram Shed<br>18 Wentworth Park Rd</span><br>
      <span class="p-locality">Glebe</span> <span class="p-region">NSW</span> <span class="p-postal-code">2037</span></p></div>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.glebemakers.org.au/');
    expect(r.address?.street).toBe('Shop 2, The Old Tram Shed, 18 Wentworth Park Rd');
  });

  it('separates street lines split by <br> in microdata and by newlines in JSON-LD', () => {
    const micro = `<!doctype html><html lang="en-AU"><head><title>Fitzroy Makers</title></head><body>
      <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Fitzroy Makers</span>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Level 2<br>40 Smith Street</span>,
      <span itemprop="addressLocality">Fitzroy</span> <span itemprop="addressRegion">VIC</span> <span itemprop="postalCode">3065</span></div></div></body></html>`;
    expect(extractFromHtml(micro, 'https://www.fitzroymakers.org.au/').address?.street).toBe(
      'Level 2, 40 Smith Street',
    );
    const jsonld = `<!doctype html><html><head><title>Oakley Scouts</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Oakley Scouts","address":{"@type":"PostalAddress","streetAddress":"Scout Hut\\n12 Mill Lane","addressLocality":"Oakley","postalCode":"RG23 7AA"}}</script></head><body></body></html>`;
    expect(extractFromHtml(jsonld, 'https://www.oakleyscouts.org.uk/').address?.street).toBe(
      'Scout Hut, 12 Mill Lane',
    );
  });
});

describe('addresses written the tourism data sets’ way', () => {
  it('reads a Spanish code joined to its town by a dash, and a range of house numbers', () => {
    expect(read('C/ Molinos Viejos, 12-14, 47300 - Peñafiel, Spain')).toEqual({
      street: 'C/ Molinos Viejos, 12-14',
      locality: 'Peñafiel',
      postalCode: '47300',
      country: 'Spain',
    });
  });

  it('does not join a year to the word after its dash', () => {
    expect(read('Volunteer coordinator, 2016 - Present')).toBeUndefined();
  });

  it('reads a labelled town and its country code or state', () => {
    expect(read('Location: Segovia, ES')).toEqual({ locality: 'Segovia', country: 'ES' });
    expect(read('Address: Péronne, France')).toEqual({ locality: 'Péronne', country: 'France' });
    expect(read('Location: Bozeman, MT')).toEqual({ locality: 'Bozeman', region: 'MT' });
    expect(read('Location: Main Hall, Building B')).toBeUndefined();
  });

  it('reads a town in a sentence only with a known state or country after it', () => {
    const page = (sentence: string) =>
      extractFromHtml(
        `<!doctype html><html><head><title>Tinker Lab</title></head><body><h1>Tinker Lab</h1><p>${sentence}</p></body></html>`,
        'https://www.tinkerlab.example/',
      ).address;
    expect(page("It is a children's workshop located in Scranton, Pennsylvania, USA.")).toEqual({
      locality: 'Scranton',
      region: 'Pennsylvania',
      country: 'USA',
    });
    expect(page('It is located in Room Four, Building B.')).toBeUndefined();
    expect(page('Tinker Lab is based in Leeds, UK, near the station.')).toEqual({
      locality: 'Leeds',
      country: 'UK',
    });
    // another party's sentence: a supplier's, a partner's
    expect(
      page('Our kits come from our supplier. Bayside Learning is based in Leeds, UK.'),
    ).toBeUndefined();
  });

  it('follows a structured address given by reference, and keeps a country given alone', () => {
    const ld = (data: object) =>
      extractFromHtml(
        `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head><body></body></html>`,
        'https://www.example.org/',
      ).address;
    expect(
      ld({
        '@context': { '@vocab': 'https://schema.org/' },
        '@graph': [
          {
            '@type': ['https://schema.org/PostalAddress'],
            '@id': 'http://example.org/#address',
            addressLocality: 'Cognac',
            addressRegion: 'Charente',
            addressCountry: 'FR',
          },
          {
            '@type': 'Organization',
            name: 'Maison Verger',
            address: { '@id': 'http://example.org/#address' },
          },
        ],
      }),
    ).toEqual({ locality: 'Cognac', region: 'Charente', country: 'FR' });
    expect(
      ld({
        '@context': 'https://schema.org',
        '@type': 'ConferenceEvent',
        name: 'PyLakes 2027',
        startDate: '2027-06-01',
        location: { '@type': 'PostalAddress', name: 'Congress Hall', addressCountry: 'CZ' },
      }),
    ).toEqual({ country: 'CZ' });
  });

  it('leaves out the registered office of the trust a school says it is part of', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Hollybank Primary School</title></head><body>
      <main><h1>Contact us</h1><h2>Address</h2><p>Hollybank Primary School<br>Moor Lane<br>Calderbrook<br>HX7 4QZ</p>
      <p>Telephone: <a href="tel:01632960431">01632 960431</a></p></main>
      <footer><p>Hollybank Primary School is part of the Calder Valley Learning Trust, a charitable company limited by guarantee, company number 08123457. Registered office: Trust House, 2 Mill Street, Calderbrook HX7 1AA.</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.hollybankprimary.example/contact');
    expect(r.address?.postalCode).toBe('HX7 4QZ');
    expect(
      r.candidates.some((c) => c.field === 'address' && c.value.postalCode === 'HX7 1AA'),
    ).toBe(false);
  });

  it('reads an Indian PIN after its state and a spaced dash', () => {
    expect(
      read('Sector 57, Near Golf Course Extension Road', 'Gurugram, Haryana – 122011', 'India'),
    ).toMatchObject({ locality: 'Gurugram', region: 'Haryana', postalCode: '122011' });
  });

  it("skips the registered office of the society that runs the site's school", () => {
    const html = `<!doctype html><html lang="en-IN"><head><title>Contact Us :: Aravali Crest School, Gurugram</title></head><body>
      <main><h1>Contact Us</h1><p>Aravali Crest School is run and managed by Aravali Shiksha Samiti.<br>
      Registered Office of the Society: B-14, Greater Kailash Part I, New Delhi – 110048.</p>
      <p>Aravali Crest School<br>Sector 57, Golf Course Extension Road<br>Gurugram, Haryana – 122011<br>India</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.aravalicrest.example/contact');
    expect(r.address).toMatchObject({ locality: 'Gurugram', postalCode: '122011' });
    // the title's "Contact Us :: … , Gurugram": the town is the address's, not the name's
    expect(r.name).toBe('Aravali Crest School');
  });

  it('ends an address with any country the platform names, and with "Aotearoa New Zealand"', () => {
    expect(read('48 Rātā Road', 'Kōwhai Bay 3197', 'Aotearoa New Zealand')).toMatchObject({
      postalCode: '3197',
      country: 'Aotearoa New Zealand',
    });
    expect(read('14 Independence Avenue', 'Windhoek 9000', 'Namibia')).toMatchObject({
      postalCode: '9000',
      country: 'Namibia',
    });
  });

  it("leaves out the trust's registered office when its name is a sentence before the label", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Kestrel Vale Academy</title></head><body>
      <main><h1>Contact us</h1><dl><dt>Address</dt><dd>Longfield Road<br>Ashworth<br>Rossendale<br>BB4 9XQ</dd></dl></main>
      <footer><p>Kestrel Vale Academy is part of Pennine Vale Learning Trust. Pennine Vale Learning Trust is a charitable company limited by guarantee, registered in England and Wales with company number 09876543.
      Registered office: Ridge House, 4 Bankside Court, Burnley, Lancashire BB11 2QD.</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.kestrelvale.example/contact');
    expect(r.address?.postalCode).toBe('BB4 9XQ');
  });

  it('does not read a registration number run into a letter as an Eircode or a PIN', () => {
    expect(read('Harlow Electrical, sole trader. NICEIC registration D612345')).toBeUndefined();
    expect(read('12 Main Street', 'Mullingar', 'N91 X2Y3')).toMatchObject({
      postalCode: 'N91 X2Y3',
    });
  });

  it('reads a Kenyan box number with its postal code after a dash', () => {
    expect(read('P.O. Box 2218–40100, Kisumu, Kenya')).toMatchObject({
      street: 'P.O. Box 2218',
      postalCode: '40100',
      locality: 'Kisumu',
      country: 'Kenya',
    });
  });

  it("leaves out the number on another body's registered-office line", () => {
    const html = `<!doctype html><html lang="en-IN"><head><title>Contact Us :: Nilgiri Crest School</title></head><body>
      <main><h1>Contact Us</h1><p>Nilgiri Crest School<br>Sector 57, Golf Course Extension Road<br>Gurugram, Haryana – 122011<br>Ph: 0124-4550192</p>
      <p>Nilgiri Crest School is run by Nilgiri Shiksha Samiti.<br>
      Registered Office of the Society: B-14, Greater Kailash Part I, New Delhi – 110048. Ph: 011-4155 2870</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.nilgiricrest.example/contact');
    expect(r.phones).toEqual(['0124-4550192']);
  });

  it('reads a village between a Welsh street and its post town as the locality', () => {
    expect(read('Canolfan Gymunedol', 'Heol y Capel, Cwmnant, Llanelli SA14 9XW')).toMatchObject({
      street: 'Heol y Capel',
      postalCode: 'SA14 9XW',
    });
    // a building's name before a Welsh street stays with it
    expect(read('The Barn, Heol Fach, Cardiff CF14 6AA')).toMatchObject({
      street: 'The Barn, Heol Fach',
    });
  });
});
