/**
 * Street lines from the street round (issue 19): an organisation's name with its founding year and
 * legal form before the street, a room line between a building and a numberless street, and an
 * event's venue in the body beside the organisation's own address in the footer. Pages and
 * addresses invented.
 */
import { describe, expect, it } from 'vitest';
import { findAddresses, toParts } from '../../../lib/capture/address';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const read = (...lines: string[]) =>
  findAddresses(toParts(lines.map((text) => ({ text, heading: false }))))[0]?.address;

describe('a name with a legal form before the street', () => {
  it('drops a club name ending in its legal form, even with a year in it', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="de"><head><title>Verein</title></head><body><main><h1>Rudern</h1>
<p>Training dienstags und donnerstags ab 17 Uhr.</p></main>
<footer><p>Ruderclub Lahnau 1921 e.V. · Uferweg 7 · 35457 Lollar</p></footer></body></html>`,
      'https://www.rc-lahnau.de/',
    );
    expect(r.address).toEqual({ street: 'Uferweg 7', locality: 'Lollar', postalCode: '35457' });
    expect(read('Harbour Rowing Club 1898 Ltd, 4 Quay Street, Truro TR1 2HE')?.street).toBe(
      '4 Quay Street',
    );
  });
});

describe('a sentence before the street', () => {
  it('ends the street walk at a sentence of prose, digits and all', () => {
    expect(
      read('Our hall seats 120 people for concerts and dances.', '2 Mill Lane', 'Ware SG12 9AB')
        ?.street,
    ).toBe('2 Mill Lane');
  });
});

describe('the tail of a sentence before the street', () => {
  it('ends the street walk at a comma part that starts in lower case', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>About</title></head><body><main><h1>About us</h1>
<p>We run drop-in sessions for carers, with a lunch club on Fridays from Room 4</p>
<p>88 Barrington Street, Moncton, New Brunswick, E1C 2T5, Canada</p></main></body></html>`,
      'https://www.monctoncarers.ca/about',
    );
    expect(r.address?.street).toBe('88 Barrington Street');
    expect(
      read('and tea and cake every Tuesday at 2', '14 Elm Grove', 'Hull HU5 1AB')?.street,
    ).toBe('14 Elm Grove');
  });
});

describe('a room between the building and the street', () => {
  it('keeps the building named above a room line when the street has no number', () => {
    expect(
      read(
        'Department of History',
        'Marlowe Building',
        'Room 3.04',
        'Canterbury Road',
        'Norwich',
        'NR4 7TJ',
      ),
    ).toEqual({
      street: 'Marlowe Building, Room 3.04, Canterbury Road',
      locality: 'Norwich',
      postalCode: 'NR4 7TJ',
    });
  });
});

describe("an event's venue beside the organisation's address", () => {
  it('prefers the footer address to a venue given under an event date in the body', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Lakeside Arts Guild</title></head><body>
<main><h1>Welcome to the Lakeside Arts Guild</h1>
<div class="promo"><h2>Spring Open Studios</h2><p>Saturday, April 18 · 10:00 a.m.</p>
<p>Harbourfront Pavilion<br>75 Dock Rd<br>Kingston, ON K7L 4V1</p></div></main>
<footer><p>Lakeside Arts Guild<br>18 Princess St, Unit 3<br>Kingston, ON K7L 1A2</p></footer>
</body></html>`,
      'https://www.lakesideartsguild.ca/',
    );
    expect(r.address?.street).toBe('18 Princess St, Unit 3');
    expect(r.address?.postalCode).toBe('K7L 1A2');
  });
});

describe('the head office among addresses in the body', () => {
  it('strips "Our main office is located at" before the house number', () => {
    expect(read('Our main office is located at 27 Tanner Row, York YO1 6JB.')).toEqual({
      street: '27 Tanner Row',
      locality: 'York',
      postalCode: 'YO1 6JB',
    });
  });

  it('prefers the address under a "Registered office" label line to the one above it', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Contact | Fenland Growers</title></head><body>
<main><h1>Contact</h1><p><b>Our warehouse</b><br>Unit 6, 40 Station Road<br>March PE15 8NB</p>
<p><b>Registered office</b><br>11 Broad Street<br>Ely CB7 4AH</p></main></body></html>`,
      'https://www.fenlandgrowers.org.uk/contact',
    );
    expect(r.address?.street).toBe('11 Broad Street');
    expect(r.address?.postalCode).toBe('CB7 4AH');
  });
});

describe('an Irish county run into the town', () => {
  it('reads "Co. Clare" or "County Clare" after the town on a comma-less line as the region', () => {
    expect(read('7 Parnell Street Ennis Co. Clare V95 K2T8')).toEqual({
      street: '7 Parnell Street',
      locality: 'Ennis',
      region: 'Co. Clare',
      postalCode: 'V95 K2T8',
    });
    expect(read('Abbey Road', 'Ennis County Clare V95 K2T8')?.region).toBe('County Clare');
  });
});

describe('travel notes before the address', () => {
  it('ends the street walk at a line of minutes, walks or bus routes', () => {
    expect(
      read(
        '10 minutes from Kendal station',
        'Routes 41 and 555 stop outside',
        '8 Beast Banks',
        'Kendal LA9 4JH',
      )?.street,
    ).toBe('8 Beast Banks');
    expect(
      read('Buses 3, 12 and 20 stop nearby', 'Maltings House', 'Tanners Lane', 'Ware SG12 9AB')
        ?.street,
    ).toBe('Maltings House, Tanners Lane');
  });
});

describe('a postal box and a street address in one sentence', () => {
  it('takes the street after "but please visit us at" and ranks it above the box', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Contact | Calder Tool Library</title></head><body>
<main><h1>Contact</h1><p>Post reaches us at PO Box 77, Hebden Bridge HX7 9ZZ, but please visit us at 5 Bridge Lanes, Hebden Bridge HX7 6AA.</p></main></body></html>`,
      'https://www.caldertoollibrary.org.uk/contact',
    );
    expect(r.address).toEqual({
      street: '5 Bridge Lanes',
      locality: 'Hebden Bridge',
      postalCode: 'HX7 6AA',
    });
  });
});
