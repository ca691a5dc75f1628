/**
 * Street lines as the open web writes them around the street itself: a name run into it, separators
 * between its fields, building and suite lines, directions and hours beside it, labels and boxes,
 * villages and abbreviated counties, a town written only in prose, and branch lists beside the
 * organisation's own address. Pages and addresses invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const read = (...lines: string[]) =>
  findAddresses(toParts(lines.map((text) => ({ text, heading: false }))))[0]?.address;

const footerPage = (footer: string, main = '<h1>Welcome</h1><p>News and events.</p>') =>
  `<!doctype html><html><head><title>Home</title></head><body><main>${main}</main><footer>${footer}</footer></body></html>`;

describe('a name run into the street', () => {
  it('drops an organisation name written before the house number on the same line', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>Cedar Creek Seniors Club 207 Willow Bend Dr, Boise, ID 83702</p><p>(208) 555-0131</p>',
      ),
      'https://www.cedarcreekseniors.org/',
    );
    expect(r.address).toEqual({
      street: '207 Willow Bend Dr',
      locality: 'Boise',
      region: 'ID',
      postalCode: '83702',
    });
    expect(read('Friends of the Parish Hall 3 Kiln Road', 'Dorking RH4 2BB')?.street).toBe(
      '3 Kiln Road',
    );
  });

  it('drops the name before an Australian unit/number and keeps a range of house numbers', () => {
    expect(read('Leura Men’s Shed 2/118 Megalong St, Leura NSW 2780')?.street).toBe(
      '2/118 Megalong St',
    );
    expect(read('21 - 23 Tannery Lane, Kendal LA9 4QF')?.street).toBe('21-23 Tannery Lane');
  });

  it('keeps a building, unit or box written before the number, and a number after the street', () => {
    expect(read('Ashdown House 3 Kiln Road, Dorking RH4 2BB')?.street).toBe(
      'Ashdown House 3 Kiln Road',
    );
    expect(read('PO Box 40 Kiln Road, Dorking RH4 2BB')?.street).toBe('PO Box 40 Kiln Road');
    expect(read('Lange Gasse 14, 1080 Wien')?.street).toBe('Lange Gasse 14');
  });
});

describe('legal lines around the street', () => {
  it('drops a legal form or a name run into a box before the street', () => {
    expect(read('Quarry Players, Inc. 210 Granite St, Barre, VT 05641')?.street).toBe(
      '210 Granite St',
    );
    expect(read('Quarry Players PO Box 210, Barre, VT 05641')?.street).toBe('PO Box 210');
  });

  it('reads a copyright line that writes the address and ends its sentence after the postcode', () => {
    expect(
      read(
        '© 2026 Tamar Valley Choir, 4 Fore Street, Calstock PL18 9RN. Registered charity 1100234.',
      ),
    ).toEqual({ street: '4 Fore Street', locality: 'Calstock', postalCode: 'PL18 9RN' });
  });
});

describe('fields separated by spaced hyphens', () => {
  it('reads a footer line whose name, street, town and phone are joined by " - "', () => {
    const r = extractFromHtml(
      footerPage('<p>Bethany Chapel - 1180 Orchard Ave - Medford, OR 97504 - (541) 555-0117</p>'),
      'https://www.bethanychapelmedford.org/',
    );
    expect(r.address).toEqual({
      street: '1180 Orchard Ave',
      locality: 'Medford',
      region: 'OR',
      postalCode: '97504',
    });
  });

  it('keeps a hyphen between words of a name as written', () => {
    const parts = toParts([
      { text: 'School of Music - Keyboard Studies, 4 Tallis Road', heading: false },
    ]);
    expect(parts.map((p) => p.text)).toEqual([
      'School of Music - Keyboard Studies',
      '4 Tallis Road',
    ]);
  });
});

describe('building and suite lines after the street', () => {
  it('keeps the street when a lettered building and a suite follow it', () => {
    expect(
      read('Desert Bloom Hospice', '4800 N Oracle Rd', 'Building D, Suite 210', 'Tucson, AZ 85705'),
    ).toEqual({
      street: '4800 N Oracle Rd, Building D, Suite 210',
      locality: 'Tucson',
      region: 'AZ',
      postalCode: '85705',
    });
  });

  it('still stops at the name line before the street', () => {
    expect(read('Block Party Arts', '12 Weaver St', 'Suite 3', 'Ithaca, NY 14850')?.street).toBe(
      '12 Weaver St, Suite 3',
    );
  });
});

describe('directions and opening times beside the street', () => {
  it('drops directions or hours written in brackets after the street', () => {
    expect(read('61 Ferry Road (rear entrance, off Mill Wynd)', 'Dundee DD1 4PQ')?.street).toBe(
      '61 Ferry Road',
    );
    expect(read('7 Harbour Parade (open Wed–Sun, 10am–3pm), Ballina NSW 2478')?.street).toBe(
      '7 Harbour Parade',
    );
  });

  it('skips a directions or hours line between the street and the town', () => {
    expect(
      read(
        'Kelvin Men’s Shed',
        '9 Quarry Lane',
        'Access from the back of the church car park',
        'Perth PH1 5AB',
      ),
    ).toEqual({ street: '9 Quarry Lane', locality: 'Perth', postalCode: 'PH1 5AB' });
    expect(read('9 Quarry Lane', 'Open Saturdays 9–12', 'Perth PH1 5AB')?.street).toBe(
      '9 Quarry Lane',
    );
  });

  it('keeps a bracketed province', () => {
    expect(read('Calle Mayor, 14', '28370 Chinchón (Madrid)')).toEqual({
      street: 'Calle Mayor, 14',
      locality: 'Chinchón',
      region: 'Madrid',
      postalCode: '28370',
    });
  });
});

describe('labels and boxes on the street line', () => {
  it('drops a short label written before the street on its line', () => {
    expect(read('Mailing: PO Box 3310', 'Missoula, MT 59806')?.street).toBe('PO Box 3310');
    expect(read('Clubrooms: 22 Reserve Road, Ararat VIC 3377')?.street).toBe('22 Reserve Road');
  });

  it('splits a box number from the town when a line has no commas', () => {
    expect(read('Lakeview Rowing Club · PO Box 3310 Missoula MT 59806 · EIN 12-3456789')).toEqual({
      street: 'PO Box 3310',
      locality: 'Missoula',
      region: 'MT',
      postalCode: '59806',
    });
  });
});

describe('villages and abbreviated counties', () => {
  it('reads an abbreviated county before the postcode as the region', () => {
    expect(
      read('Forge Cottage Nursery', 'Dove Lane', 'Stanton St John', 'Wheatley, Oxon OX33 1HJ'),
    ).toEqual({
      street: 'Dove Lane',
      locality: 'Wheatley',
      region: 'Oxon',
      postalCode: 'OX33 1HJ',
    });
  });

  it('drops a village written on the street line after the street', () => {
    expect(read('7 School Road Long Crendon', 'Aylesbury, Bucks HP18 9DD')).toEqual({
      street: '7 School Road',
      locality: 'Aylesbury',
      region: 'Bucks',
      postalCode: 'HP18 9DD',
    });
  });

  it('drops a church or school named after a saint written before the street', () => {
    expect(read('St Aidan’s Church Hall', 'Vicarage Lane', 'Little Bowden', 'LE16 8AJ')).toEqual({
      street: 'Vicarage Lane',
      locality: 'Little Bowden',
      postalCode: 'LE16 8AJ',
    });
    expect(read('St Aidan’s Road', 'Little Bowden', 'LE16 8AJ')?.street).toBe('St Aidan’s Road');
  });

  it('keeps a street whose type comes before its name', () => {
    expect(read('48 rue Saint-Maur', '75011 Paris')?.street).toBe('48 rue Saint-Maur');
    expect(read('14 Via Garibaldi', '10122 Torino')?.street).toBe('14 Via Garibaldi');
  });

  it('keeps a compass word or a site name that continues the street', () => {
    expect(read('40 King Street West', 'Manchester M3 2WY')?.street).toBe('40 King Street West');
    expect(read('3 Mill Lane Business Park', 'Ware SG12 9AA')?.street).toBe(
      '3 Mill Lane Business Park',
    );
  });
});

describe('a street and town written only in a sentence', () => {
  const page = (text: string) =>
    extractFromHtml(
      `<!doctype html><html><head><title>About | Teasel Repair Café</title></head><body><main><h1>About</h1><p>${text}</p><p>Bring anything broken.</p></main></body></html>`,
      'https://www.teaselrepaircafe.org.uk/about',
    ).address;

  it('reads "we are on the … Street in Town" as the street and locality', () => {
    expect(page('We are on the Market Place in Bampton, upstairs at the Town Hall.')).toEqual({
      street: 'Market Place',
      locality: 'Bampton',
    });
    expect(
      page('You’ll find us at 14 Castle Street, Brecon, on the first Saturday of each month.'),
    ).toEqual({
      street: '14 Castle Street',
      locality: 'Brecon',
    });
  });

  it('needs a street type and a sentence saying where "we" are', () => {
    expect(page('We are based in Brecon and work across Powys.')).toBeUndefined();
    expect(page('Find us on Facebook, Instagram and Mastodon.')).toBeUndefined();
    expect(page('The parade goes down Castle Street, Brecon, at noon.')).toBeUndefined();
  });

  it('gives way to a postal address on the page', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>About</title></head><body><main><p>We're on the High Street in Brecon.</p></main><footer><p>2 Lion Yard, 14 High Street, Brecon LD3 7AP</p></footer></body></html>`,
      'https://www.teaselrepaircafe.org.uk/about',
    );
    expect(r.address?.postalCode).toBe('LD3 7AP');
  });
});

describe('several addresses on one page', () => {
  const url = 'https://www.northvalecu.org.uk/branches/';

  it('takes the footer address over a body list of branches', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>Northvale Credit Union<br>5 Dock Street<br>Hull HU1 3DL</p>',
        '<h1>Our branches</h1><h3>Beverley</h3><p>18 Toll Gavel, Beverley HU17 9AA</p><h3>Goole</h3><p>31 Boothferry Road, Goole DN14 5DE</p>',
      ),
      url,
    );
    expect(r.address?.street).toBe('5 Dock Street');
  });

  it('takes the address under a head office heading among several', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>© Northvale Credit Union</p>',
        '<h1>Contact</h1><h2>Beverley branch</h2><p>18 Toll Gavel, Beverley HU17 9AA</p><h2>Head office</h2><p>5 Dock Street, Hull HU1 3DL</p>',
      ),
      url,
    );
    expect(r.address?.street).toBe('5 Dock Street');
  });

  it('keeps a single body address first (a branch page of its own)', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>Northvale Credit Union, 5 Dock Street, Hull HU1 3DL</p>',
        '<h1>Beverley branch</h1><p>18 Toll Gavel, Beverley HU17 9AA</p>',
      ),
      url,
    );
    expect(r.address?.street).toBe('18 Toll Gavel');
  });
});

describe('regions written without a usual postal code', () => {
  it('reads an Irish address that ends with the county and has no Eircode', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>Drumlish Men’s Shed, Chapel Road, Drumlish, Co. Longford</p><p>Tel: 043 555 0190</p>',
      ),
      'https://www.drumlishmensshed.ie/',
    );
    expect(r.address).toEqual({
      street: 'Chapel Road',
      locality: 'Drumlish',
      region: 'Co. Longford',
    });
  });

  it('reads a Québec address with the province in brackets before the postal code', () => {
    expect(read('455, boulevard Saint-Joseph Est', 'Montréal (Québec) H2J 1J8')).toEqual({
      street: '455, boulevard Saint-Joseph Est',
      locality: 'Montréal',
      region: 'Québec',
      postalCode: 'H2J 1J8',
    });
  });

  it('does not read a list of counties served as an address', () => {
    expect(read('We serve Co. Longford', 'Co. Leitrim', 'Co. Roscommon')).toBeUndefined();
  });
});

describe('a name run into a street written name first', () => {
  it('drops a name before a Spanish, French or Italian street whose type comes first', () => {
    expect(read('Coral Polifònica del Poble Sec Carrer de Blai, 22, 08004 Barcelona')?.street).toBe(
      'Carrer de Blai, 22',
    );
    expect(read('Amici del Teatro Piazza Garibaldi 5, 43121 Parma')?.street).toBe(
      'Piazza Garibaldi 5',
    );
  });

  it('drops a name that ends in its legal form before a German or Dutch street', () => {
    expect(read('Förderverein Grundschule Süd e.V. Schulweg 4, 37073 Göttingen')?.street).toBe(
      'Schulweg 4',
    );
    expect(read('Heimatverein Lohne e.V. Am Anger 9, 49393 Lohne')?.street).toBe('Am Anger 9');
  });

  it('keeps streets whose own name comes before the type', () => {
    expect(read('Avenida de la Constitución 12, 41001 Sevilla')?.street).toBe(
      'Avenida de la Constitución 12',
    );
    expect(read('Gran Via 12, 28013 Madrid')?.street).toBe('Gran Via 12');
  });
});

describe('one-line footers written loosely', () => {
  it('reads a town and a state written out with no comma between', () => {
    expect(read('210 Granite St', 'Barre Vermont 05641')).toEqual({
      street: '210 Granite St',
      locality: 'Barre',
      region: 'Vermont',
      postalCode: '05641',
    });
  });

  it('reads a county run into the town before the postcode', () => {
    expect(read('4 Fore Street Calstock Cornwall PL18 9RN')).toEqual({
      street: '4 Fore Street',
      locality: 'Calstock',
      region: 'Cornwall',
      postalCode: 'PL18 9RN',
    });
  });

  it('ignores a map link written after the address', () => {
    const r = extractFromHtml(
      footerPage(
        '<p>210 Granite St, Barre, VT 05641 <a href="https://maps.google.com/?q=210+Granite+St">Get directions</a></p>',
      ),
      'https://www.quarryplayers.org/',
    );
    expect(r.address?.postalCode).toBe('05641');
    expect(r.address?.street).toBe('210 Granite St');
  });

  it('keeps a numberless street before the floor or unit line that carries the digits', () => {
    expect(read('Two Harbor Plaza', '3rd Floor', 'Stamford, CT 06902')?.street).toBe(
      'Two Harbor Plaza, 3rd Floor',
    );
    expect(read('Tannery Lane', 'Unit 6', 'Kendal LA9 4QF')?.street).toBe('Tannery Lane, Unit 6');
  });
});

describe("a profile's place written after its name", () => {
  it("reads the town and state after the artist's name in a platform sub-domain's bio box", () => {
    const html = `<!doctype html><html lang="en"><head><title>Cedar Lake Quartet</title>
      <meta property="og:site_name" content="Cedar Lake Quartet"><meta property="og:title" content="Cedar Lake Quartet"><meta name="twitter:site" content="@soundstall"></head><body>
      <div id="content"><h2>Releases</h2><ol><li><a href="/album/winter">Winter</a></li></ol></div>
      <div class="band-bio"><p><span class="name">Cedar Lake Quartet</span> <span class="location">Duluth, Minnesota</span></p>
      <p class="bio">String quartet playing new music. <a href="mailto:hello@cedarlakequartet.com">hello@cedarlakequartet.com</a></p></div>
      <div id="pgFt"><a href="https://soundstall.com/"><img src="https://s4.soundstall.com/img/soundstall-logo.svg" alt="soundstall"></a> <a href="https://soundstall.com/terms">Terms</a></div></body></html>`;
    const r = extractFromHtml(html, 'https://cedarlakequartet.soundstall.com/');
    expect(r.address).toEqual({ locality: 'Duluth', region: 'Minnesota' });
  });
});

describe('a location element among other profile items', () => {
  it('reads the town from an element marked as the location on a hosted profile', () => {
    const html = `<!doctype html><html lang="en"><head><title>Fenland Bat Group (@FenBats) / Squawk</title>
      <meta property="og:site_name" content="Squawk"><meta property="og:type" content="profile">
      <meta property="og:title" content="Fenland Bat Group (@FenBats) on Squawk"></head><body>
      <header><a href="/"><img src="/squawk-logo.svg" alt="Squawk"></a></header>
      <main><div class="profile"><h2>Fenland Bat Group</h2><div>@FenBats</div>
      <div class="bio">Volunteers surveying bats across the Fens since 1994.</div>
      <div class="header-items"><span class="location">Whittlesey, Cambridgeshire</span> <a href="https://fenlandbats.org.uk">fenlandbats.org.uk</a> <span>Joined May 2012</span></div></div></main>
      <footer><a href="/tos">Terms</a> © 2026 Squawk Corp.</footer></body></html>`;
    const r = extractFromHtml(html, 'https://squawk.example/FenBats');
    expect(r.address).toEqual({ locality: 'Whittlesey', region: 'Cambridgeshire' });
  });
});

describe('school and village lines before the street', () => {
  it('drops a school or centre named after its street on the line before it', () => {
    expect(read('Mill Lane Primary School', 'Mill Lane', 'Hexham NE46 3RR')?.street).toBe(
      'Mill Lane',
    );
    expect(read('High Street Community Centre, High Street, Kelso TD5 7HF')?.street).toBe(
      'High Street',
    );
  });

  it('stops the street at a roll, registration or charity number', () => {
    expect(
      read('Scoil Naomh Eoin, Roll No. 19876K', 'Church Road, Ballymahon, Co. Longford, N39 F6X2')
        ?.street,
    ).toBe('Church Road');
  });

  it('reads a village after a street named "The Green"', () => {
    expect(read('The Green, Fordham, Colchester CO6 3LJ')).toEqual({
      street: 'The Green',
      locality: 'Colchester',
      postalCode: 'CO6 3LJ',
    });
  });
});

describe('several addresses on a hosted listing', () => {
  // the body list ranks below the footer, but a hosted page's footer address is the host's (set
  // aside by host.ts), so the listed organisation's own stays first
  it("keeps the listed organisation's address over the directory's footer address", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Kendal Canoe Club | LocalFinder</title>
      <meta property="og:site_name" content="LocalFinder"><meta property="og:title" content="Kendal Canoe Club"></head><body>
      <header><a href="/"><img src="/lf-logo.svg" alt="LocalFinder"></a></header>
      <main><h1>Kendal Canoe Club</h1><p>8 Riverside Walk, Kendal LA9 7AB</p>
      <p>Website: <a href="https://www.kendalcanoeclub.org.uk/">kendalcanoeclub.org.uk</a></p>
      <h2>Nearby</h2><p>Lakeland Rowing, 2 Shore Road, Windermere LA23 1AA</p><p>Mint Kayaks, 14 Mint Street, Kendal LA9 6DS</p></main>
      <footer><p>LocalFinder Ltd, 100 Deansgate, Manchester M3 2GP</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.localfinder.example/kendal/kendal-canoe-club');
    expect(r.hosted).toBe(true);
    expect(r.address?.street).toBe('8 Riverside Walk');
  });
});

describe('form-like fields and sentences around the street', () => {
  it('reads "Label: value" lines of a contact form-like block', () => {
    expect(read('Address: 6 Tannery Lane', 'Town: Kendal', 'Postcode: LA9 4QF')).toEqual({
      street: '6 Tannery Lane',
      locality: 'Kendal',
      postalCode: 'LA9 4QF',
    });
    expect(read('Street: 210 Granite St', 'City: Barre', 'State: VT', 'Zip: 05641')).toEqual({
      street: '210 Granite St',
      locality: 'Barre',
      region: 'VT',
      postalCode: '05641',
    });
  });

  it('reads an Eircode written with its label on the line after the county', () => {
    expect(read('Church Road, Ballymahon, Co. Longford', 'Eircode: N39 F6X2')).toEqual({
      street: 'Church Road',
      locality: 'Ballymahon',
      region: 'Co. Longford',
      postalCode: 'N39 F6X2',
    });
  });

  it('drops a sentence up to the house number', () => {
    expect(
      read('We meet in the Quaker Meeting House at 6 Tannery Lane, Kendal LA9 4QF.')?.street,
    ).toBe('6 Tannery Lane');
    expect(read('Our postal address is 6 Tannery Lane, Kendal LA9 4QF')?.street).toBe(
      '6 Tannery Lane',
    );
  });
});

describe('a phone or e-mail run into the end of the address', () => {
  it('splits a number or address written straight after the postcode', () => {
    expect(read('6 Tannery Lane, Kendal LA9 4QF 01539 555123')).toEqual({
      street: '6 Tannery Lane',
      locality: 'Kendal',
      postalCode: 'LA9 4QF',
    });
    expect(read('210 Granite St, Barre, VT 05641 (802) 555-0162')?.postalCode).toBe('05641');
    expect(read('2/118 Megalong St, Leura NSW 2780 hello@leurashed.org.au')?.street).toBe(
      '2/118 Megalong St',
    );
  });
});

describe('an Indian PIN after a spaced hyphen', () => {
  it('keeps "City - PIN" together', () => {
    expect(read('Seva Trust, 14 Residency Road, Bengaluru - 560025, Karnataka')).toEqual({
      street: '14 Residency Road',
      locality: 'Bengaluru',
      region: 'Karnataka',
      postalCode: '560025',
    });
  });
});

describe("a street's quarter", () => {
  it('keeps NE, NW, SE and SW with the street, on one line and on two', () => {
    expect(
      extractFromHtml(
        '<!doctype html><html><body><main><h1>Office</h1><p>1600 Juniper Ave NW, Washington, DC 20500</p></main></body></html>',
        'https://www.juniper.example/',
      ).address,
    ).toEqual({
      street: '1600 Juniper Ave NW',
      locality: 'Washington',
      region: 'DC',
      postalCode: '20500',
    });
    expect(
      extractFromHtml(
        '<!doctype html><html><body><main><h1>Visit</h1><p>2450 Hawthorne Ave NE<br>Alder Falls, OR 97305</p></main></body></html>',
        'https://www.maplewood.example/',
      ).address?.street,
    ).toBe('2450 Hawthorne Ave NE');
  });
});
