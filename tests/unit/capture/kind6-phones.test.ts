/**
 * Phones on pages that name no country by language or domain (kind-6 round): the postal address
 * says which country the national numbers are in. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { samePhone } from '../../../lib/capture/util';

describe("a national number's country read from the postal address", () => {
  it('reads an Australian mobile on a shared document host', () => {
    const html = `<!doctype html><html><head><title>Bellbird Creek Landcare – contacts</title></head><body>
      <div id="contents"><p>Bellbird Creek Landcare Group</p>
      <p>Ring Sue (coordinator) 0438 555 017</p>
      <p>Post: PO Box 77, Bellbird VIC 3945</p></div></body></html>`;
    const r = extractFromHtml(html, 'https://docs.example-writer.com/d/e/2PACXbellbird/pub');
    expect(r.phones).toContain('0438 555 017');
  });

  it('reads a UK number on a .org page in English without a region', () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Harrowgate Hill Allotment Society</title></head><body>
      <main><h1>Contact</h1><p>Harrowgate Hill Allotment Society, Fenby Lane, Darlington DL3 0LN</p>
      <p>Ring the secretary on 01325 960 412</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.harrowgatehillallotments.org/contact');
    expect(r.phones).toContain('01325 960 412');
  });
});

describe("board members' own numbers on a Nordic club's contact page", () => {
  it("keeps a Swedish board's mobiles theirs, not the club's", () => {
    const html = `<!doctype html><html lang="sv"><head><title>Kontakt | Roddklubben Strömmen</title></head><body>
      <main><h1>Kontakt</h1><p>Roddklubben Strömmen, Strandvägen 3, 722 11 Västerås</p><p>Telefon 021-55 01 20</p>
      <table>
        <tr><td>Ordförande</td><td>Anna Lindqvist</td><td><a href="mailto:anna.lindqvist@example-post.se">anna.lindqvist@example-post.se</a></td><td>070-555 01 31</td></tr>
        <tr><td>Kassör</td><td>Johan Berg</td><td><a href="mailto:johan.berg@example-post.se">johan.berg@example-post.se</a></td><td>073-555 01 42</td></tr>
        <tr><td>Sekreterare</td><td>Eva Holm</td><td><a href="mailto:eva.holm@example-post.se">eva.holm@example-post.se</a></td><td>076-555 01 53</td></tr>
      </table></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.roddklubbenstrommen.se/kontakt');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['021550120']);
  });
});

describe('search results', () => {
  it("does not take a result snippet's number for the site's", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Search results for "lunch club" | Brookfield Parish Council</title></head><body>
      <main><h1>Search results</h1>
      <ol class="search-results"><li><h2><a href="/community/lunch-club">Lunch club</a></h2><p>Lunch club every Thursday at noon. Bookings: Tel. 01632 960 411</p></li>
      <li><h2><a href="/news/2026/hall-hire">Hall hire prices 2026</a></h2><p>News · 4 May 2026</p></li></ol></main>
      <footer><p>Brookfield Parish Council, The Village Hall, Church Lane, Brookfield BF1 2AB</p><p>Tel: 01632 960 100</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.brookfield-pc.gov.uk/search?q=lunch+club');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['01632960100']);
  });
});

describe("another party's help line", () => {
  it("does not take a payment or ticketing platform's support number for the site's", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Tickets | Thornbury Players</title></head><body>
      <main><h1>Tickets</h1><p>Book online through TicketNest. Problems with your booking? TicketNest customer support 0333 555 0190 (9–5).</p>
      <p>Box office at the theatre on show nights: 01454 960 222.</p></main>
      <footer><p>Thornbury Players, The Armstrong Hall, Thornbury BS35 2EE</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.thornburyplayers.org.uk/tickets');
    const digits = r.phones.map((p) => p.replace(/\D/g, ''));
    expect(digits).toContain('01454960222');
    expect(digits).not.toContain('03335550190');
  });

  it("keeps the site's own help line", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Help | Thornbury Players</title></head><body>
      <main><h1>Help</h1><p>Booking problems? Customer support 01454 960 223 (evenings).</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.thornburyplayers.org.uk/help');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toContain('01454960223');
  });
});

describe('register numbers beside a phone', () => {
  it('does not read an Irish RCN or CHY number as a phone, and keeps the phone on its line', () => {
    const html = `<!doctype html><html lang="en-IE"><head><title>Contact | Liffey Swim Club</title></head><body>
      <main><h1>Contact</h1><p>Write to hello@liffeyswim.ie</p></main>
      <footer><p>Liffey Swim Club CLG · RCN 20081234 · CHY 22456</p><p>Tel 01 555 0199 · CRO 612345</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.liffeyswim.ie/contact');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['015550199']);
  });
});

describe("another body's number in the body text", () => {
  it("does not take a food bank's or a society conference's number for a parish's", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Outreach | St Anne's Church</title></head><body>
      <main><h1>Outreach</h1><p>Food referrals: Tri-County Foodbank, 410 Depot Street, Harlan, KY 40831, (606) 555-0190.</p>
      <p>Christmas hampers are organised by the St Vincent de Paul Harlan Conference, (606) 555-0166.</p></main>
      <footer><p>St Anne's Church, 12 Main Street, Harlan, KY 40831 · (606) 555-0132</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.stanneharlan.org/outreach');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['6065550132']);
  });
});

describe("a supplier's number on a legal page", () => {
  it("does not take the web host's number, named with its legal form, for the publisher's", () => {
    const html = `<!doctype html><html lang="fr"><head><title>Mentions légales | Chorale Arc-en-Ciel</title></head><body>
      <main><h1>Mentions légales</h1><p>Éditeur : Chorale Arc-en-Ciel, 4 place du Marché, 44000 Nantes. Téléphone : 02 99 00 12 34.</p>
      <p>Hébergement : ServeurOuest SARL, 10 rue de la Paix, 35000 Rennes – 02 99 00 56 78.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.chorale-arcenciel.fr/mentions-legales/');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['0299001234']);
  });
});

describe('Austrian and Belgian register numbers and foundations', () => {
  it('does not read a ZVR number or a dotted enterprise number as a phone', () => {
    const html = `<!doctype html><html lang="de-AT"><head><title>Kontakt | Musikverein Gösting</title></head><body>
      <main><h1>Kontakt</h1><p>Telefon: +43 (0)316 55 02 10</p></main>
      <footer><p>Musikverein Gösting · ZVR-Zahl 987654321</p><p>Ondernemingsnummer 0456.789.123</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.musikverein-goesting.at/kontakt');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['430316550210']);
  });

  it("does not take a partner foundation's number for the association's", () => {
    const html = `<!doctype html><html lang="nl-BE"><head><title>Contact | Jeugdhuis Den Oever vzw</title></head><body>
      <main><h1>Contact</h1><p>Tel. +32 (0)3 555 01 20</p>
      <p>Onze kampen in Zeeland lopen via Stichting Zomerkamp Zeeland, Middelburg – +31 (0)118 555 014.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.jeugdhuisdenoever.be/contact');
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['32035550120']);
  });
});

describe('one short national number written two ways', () => {
  it('keeps "09 555 0181" and "+64 9 555 0181" as one number', () => {
    const html = `<!doctype html><html lang="en-NZ"><head><title>Contact | Kōwhai Playcentre</title></head><body>
      <main><h1>Contact</h1><p>Phone: 09 555 0181 (from overseas +64 9 555 0181)</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.kowhaiplaycentre.org.nz/contact');
    expect(r.phones).toHaveLength(1);
  });

  it('keeps two numbers that share only their last digits', () => {
    expect(samePhone('09 555 0181', '04 555 0181')).toBe(false);
    expect(samePhone('09 555 0181', '+64 9 555 0181')).toBe(true);
    expect(samePhone('09 555 0181', '+64 4 555 0181')).toBe(false);
  });
});
