/**
 * A club's or association's board listed as role – name – personal address, with the board roles
 * of French, Spanish, Italian, German and Dutch clubs: the members' own addresses and numbers are
 * theirs, the club's mailbox stays. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('board members listed with their own contacts', () => {
  it("keeps a German club's board members' addresses out of its e-mails", () => {
    const html = `<!doctype html><html lang="de"><head><title>Vorstand | Ruderclub Elbaue</title></head><body>
      <main><h1>Vorstand</h1><ul>
      <li>Vorsitzender: Bernd Kolb – <a href="mailto:bernd.kolb@web.example">bernd.kolb@web.example</a></li>
      <li>Kassiererin: Anke Vogt – <a href="mailto:anke.vogt@tmail.example">anke.vogt@tmail.example</a></li>
      <li>Schriftführer: Ole Brandt – 0170 5550 1234</li></ul>
      <p>Allgemeine Anfragen: <a href="mailto:info@rc-elbaue.example">info@rc-elbaue.example</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.rc-elbaue.example/vorstand');
    expect(r.emails).toEqual(['info@rc-elbaue.example']);
    expect(r.phones).toEqual([]);
    expect(r.people?.map((p) => p.name)).toContain('Anke Vogt');
  });

  it("keeps a Spanish association's treasurer and secretary out", () => {
    const html = `<!doctype html><html lang="es"><head><title>Junta directiva | Coro Santa Cecilia</title></head><body>
      <main><h1>Junta directiva</h1>
      <p>Tesorera: Marta Iglesias – <a href="mailto:marta.iglesias@correo.example">marta.iglesias@correo.example</a></p>
      <p>Secretario: Pablo Ruiz – <a href="mailto:pabloruiz@correo.example">pabloruiz@correo.example</a></p>
      <p>Escríbenos a <a href="mailto:coro@corosantacecilia.example">coro@corosantacecilia.example</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.corosantacecilia.example/junta/');
    expect(r.emails).toEqual(['coro@corosantacecilia.example']);
  });
});
