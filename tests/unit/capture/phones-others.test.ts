/**
 * Phone numbers: numbers written in pairs (French style) and on "Tél. … — Fax …" lines, fax numbers
 * labelled in a table's first cell, and numbers of other organisations that the page links
 * (partners, supporters, associations) kept out of the subject's. Pages invented for this test.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const digits = (xs: string[]): string[] => xs.map((x) => x.replace(/\D/g, ''));

describe('phone numbers', () => {
  it('reads a pair-grouped number on a "Tél. … — Fax …" line and leaves the fax out', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Contact | Les Ateliers du Canal</title></head><body>
      <main><h1>Contact</h1><p>Les Ateliers du Canal, 4 quai de la Loire, 75019 Paris</p>
      <p>Tél. 01 99 00 64 20 — Fax 01 99 00 64 21</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.ateliersducanal.fr/contact');
    expect(digits(r.phones)).toEqual(['0199006420']);
  });

  it('leaves out a fax number whose label is in the table cell before it', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Brookfield Primary School</title></head><body>
      <main><h1>Contact us</h1><table>
      <tr><td>Telephone:</td><td>0161 496 0720</td></tr>
      <tr><td>Fax:</td><td>0161 496 0721</td></tr>
      <tr><td>Overseas enquiries (Lyon office):</td><td>+33 4 99 00 11 52</td></tr></table></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.brookfieldprimary.org.uk/contact');
    expect(digits(r.phones).sort()).toEqual(['01614960720', '33499001152']);
  });

  it("keeps a partner's and a supporter's numbers out of the subject's phones", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Eastgate Community Hub</title></head><body>
      <main><h1>Contact</h1><p>Eastgate Community Hub · 14 Mill Lane, Dayton, OH 45402 · (937) 555-0141</p>
      <p>Swim club runs with our partner <a href="https://www.daytonaquatics.example.org/">Dayton Aquatics</a> (call them at 937-555-0188).</p>
      <div class="support">Supported by <a href="https://www.friendsofeastgate.example.org/"><img src="/fe.png" alt="Friends of Eastgate"></a> – Tel. (937) 555-0199</div>
      </main></body></html>`;
    const r = extractFromHtml(html, 'https://www.eastgatehub.org/contact');
    expect(digits(r.phones)).toEqual(['9375550141']);
    // still offered in the review
    expect(r.candidates.some((c) => c.field === 'phones' && c.value.includes('555-0188'))).toBe(
      true,
    );
  });
});

describe('fax labels', () => {
  it('leaves out a number after a lone "F:" and keeps a "Tel/Fax" number', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Lough Arts</title></head><body>
      <main><h1>Contact</h1><p>Lough Arts, 2 Shore Road, Larne BT40 1AA</p>
      <p>T: 028 9649 6031</p><p>F: 028 9649 6032</p><p>Box office Tel/Fax 028 9649 6033</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.lougharts.org.uk/contact');
    expect(digits(r.phones).sort()).toEqual(['02896496031', '02896496033']);
  });
});

describe('numbers of other bodies named in the text', () => {
  it("leaves out a number written after another service's or venue's name", () => {
    const html = `<!doctype html><html lang="en-AU"><head><title>Contact | Kiewa Shire Council</title></head><body>
      <main><h1>Contact</h1><p>Phone: (02) 5550 1100</p>
      <p>Need an interpreter? Call the National Interpreting Service on 1800 975 710.</p>
      <p>Netball finals are at Wodonga Sports Stadium (stadium office 02 5550 7788).</p>
      <p>For rates, call the Kiewa Shire Council rates team on (02) 5550 1122.</p>
      <p>Our partner venue: The Mitta Arts Centre, 5 Hill St, Tallangatta VIC 3700 (box office 02 5550 7799).</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.kiewashire.vic.gov.au/contact');
    expect(digits(r.phones).sort()).toEqual(['0255501100', '0255501122']);
  });
});

describe('counts that look like numbers', () => {
  it('does not read a count grouped in thousands with dots as a phone', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="pt-BR"><head><title>Jornal da Serra</title></head><body>
<table><tr><th>Páginas vistas</th><td>215.346.483</td></tr>
<tr><th>Visitantes únicos</th><td>28.334.851</td></tr></table>
<footer>Redação: (54) 3222-0100</footer></body></html>`,
      'https://www.jornaldaserra.example/',
    );
    expect(digits(r.phones)).toEqual(['5432220100']);
  });

  it("keeps another party's own line out, named in the possessive ('call Tidebus's travel line on')", () => {
    const html = `<!doctype html><html lang="en"><head><title>Visit | Quayside Maritime Museum</title></head><body>
      <main><h1>Plan your visit</h1><p>Bookings: <a href="tel:+441314960274">0131 496 0274</a></p>
      <h2>By bus</h2><p>Routes 16 and 22 stop opposite the museum. For times, call Tidebus&rsquo;s travel line on 0131 496 0850 (7am–8pm daily).</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.quaysidemaritime.org.uk/visit');
    expect(r.phones).toEqual(['0131 496 0274']);
  });

  it('leaves out the number of a service another body runs, in the sentence after it says so', () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Contact | Cedar Hollow Elementary School</title></head><body>
      <main><h1>Contact</h1><p>Main office: (916) 555-0142</p>
      <h2>Before &amp; After School Care</h2><p>The on-site program is run by <a href="https://www.brightpath.example/">BrightPath Kids</a>.
      Call the site director at (916) 555-0171 for openings.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.cedarhollow.example/contact');
    expect(r.phones).toEqual(['(916) 555-0142']);
  });

  it("leaves out a township's office number named in a library's sentence", () => {
    const html = `<!doctype html><html lang="en-CA"><head><title>Rideau Branch | Lacroix Public Library</title></head><body>
      <main><h1>Rideau Branch</h1><p>Phone: 613-555-0142</p>
      <p>Book the Community Centre's meeting rooms through the Township of Lacroix-Rideau recreation office at 613-555-0190.</p></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.lacroixlibrary.example/rideau');
    expect(r.phones).toEqual(['613-555-0142']);
  });
});
