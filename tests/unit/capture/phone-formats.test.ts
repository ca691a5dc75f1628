/** Phone numbers as directories print them: a country code in brackets with a space inside. */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('phone formats', () => {
  it('reads "( 33 1) 42 68 53 00" as a number, and its fax as none', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Lumière Trust | Yearbook</title></head><body>
<p>Lumière Trust</p><p>Contact Details:</p>
<p>Main address: 12 rue des Arts, F-75003 Paris, France</p>
<p>Tel: ( 33 1) 44 61 20 10, Fax: ( 33 1) 44 61 20 11</p></body></html>`,
      'https://yearbook.example.org/orgs/lumiere-trust',
    );
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['33144612010']);
  });

  it('reads a WhatsApp chat link as a number to message, as the page writes it', () => {
    const html = `<!doctype html><html lang="es"><head><title>Contacto | Peña Cultural El Olivo</title></head><body>
      <main><h1>Contacto</h1><address>Calle Mayor 3, 41001 Sevilla<br>
      Teléfono: <a href="tel:+34954550123">954 55 01 23</a><br>
      WhatsApp: <a href="https://wa.me/34655550187">+34 655 55 01 87</a><br>
      <a href="https://api.whatsapp.com/send?phone=34655550188&text=Hola">Escríbenos</a></address></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.penaelolivo.example/contacto');
    expect(r.phones).toEqual(['954 55 01 23', '+34 655 55 01 87', '+34655550188']);
  });

  it('reads a number labelled as a line or an answerphone ("Absence line (24hr answerphone):")', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Hollybank Primary School</title></head><body>
      <main><h1>Contact us</h1><p><strong>Telephone:</strong> 01632 960431<br>
      <strong>Fax:</strong> 01632 960432<br>
      <strong>Absence line (24hr answerphone):</strong> 01632 960439<br>
      <strong>Email:</strong> office@hollybankprimary.example</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.hollybankprimary.org.uk/contact');
    expect(r.phones).toEqual(['01632 960431', '01632 960439']);
  });

  it('reads numbers listed with commas as separate numbers, not one with an extension', () => {
    const html = `<!doctype html><html lang="en-IN"><head><title>Contact | Aravali Crest School</title></head><body>
      <main><h1>Contact</h1><table><tr><td>Reception</td><td>0124-4550192, 0124-4550193</td></tr></table></main>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.aravalicrest.example/contact');
    expect(r.phones).toEqual(['0124-4550192', '0124-4550193']);
  });

  it('reads a number labelled "Call or text:"', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>About | Greenhollow Tool Library</title></head><body>
      <main><h1>About</h1><p>Call or text: 07700 900462 (opening hours only)</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.greenhollowtools.example/about');
    expect(r.phones).toEqual(['07700 900462']);
  });
});
