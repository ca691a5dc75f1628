/**
 * A school's parents' association (PTO, P&C, PTA) is a body of its own: its box beside the
 * school's details gives its mailbox, number and accounts, not the school's. A PTA's own site
 * keeps its details. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const school = `<!doctype html><html lang="en-AU"><head><title>Contact | Banksia Ridge Public School</title></head><body>
  <main><h1>Contact us</h1><p>17 Ironbark Road, Banksia Ridge NSW 2579<br>T: 02 5550 7720<br>
  E: <a href="mailto:office@banksiaridge.example">office@banksiaridge.example</a></p></main>
  <footer><div class="footer-col"><h2>Banksia Ridge P&amp;C Association</h2>
  <p>The P&amp;C runs the canteen and uniform shop.</p>
  <p>Email: <a href="mailto:banksiaridgepandc@gmail.com">banksiaridgepandc@gmail.com</a><br>Canteen: 02 5550 7724<br>
  <a href="https://www.facebook.com/BanksiaRidgePandC">P&amp;C on Facebook</a></p></div></footer></body></html>`;

describe("a parents' association's box on a school's page", () => {
  it("keeps the association's mailbox, number and page out of the school's", () => {
    const r = extractFromHtml(school, 'https://www.banksiaridge.example/contact');
    expect(r.emails).toEqual(['office@banksiaridge.example']);
    expect(r.phones).toEqual(['02 5550 7720']);
    expect(r.socials).toEqual([]);
  });

  it("leaves a PTA's own site its details", () => {
    const html = `<!doctype html><html lang="en-US"><head><title>Contact | Oakwood Elementary PTA</title></head><body>
      <main><h1>Contact</h1><div><h2>Oakwood Elementary PTA</h2>
      <p>Email: <a href="mailto:oakwoodpta@gmail.com">oakwoodpta@gmail.com</a></p></div></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.oakwoodpta.example/contact').emails).toEqual([
      'oakwoodpta@gmail.com',
    ]);
  });
});
