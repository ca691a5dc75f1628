/**
 * Names on pages whose title says nothing: an old table layout printing the name in bold, a plain
 * text contact sheet in one <pre> with its website written out. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('names written as lines of text', () => {
  it('takes the bold line that spells the domain on an old table layout', () => {
    const html = `<html><head><title>Contact Us</title></head><body><table>
      <tr><td><img src="images/banner.jpg" width="800"></td></tr>
      <tr><td><a href="index.html">Home</a></td><td><font size="2">
      <b>Prince George Figure Skating Club</b><br>PO Box 118<br>Prince George, BC<br>V2L 4R9<br>
      Phone: 250-555-0121<br></font></td></tr></table></body></html>`;
    const r = extractFromHtml(html, 'http://www.pgfigureskating.ca/contact.html');
    expect(r.name).toBe('Prince George Figure Skating Club');
    expect(r.url).toBe('http://www.pgfigureskating.ca/');
    expect(r.type).toBe('Organization');
  });

  it("takes a text document's first line and its written website", () => {
    const html = `<!doctype html><html><head><title>contact.txt</title></head><body><pre>
COASTAL ECOLOGY UNIT
Tasman University

Phone:  (03) 5550 1200
Email:  ceu@tasman.edu.au
Web:    www.tasman.edu.au/ceu
</pre></body></html>`;
    const r = extractFromHtml(html, 'https://www.tasman.edu.au/science/ceu/contact.txt');
    expect(r.name).toBe('COASTAL ECOLOGY UNIT');
    expect(r.url).toBe('https://www.tasman.edu.au/ceu');
  });
});

describe('a title written as a line', () => {
  it('does not take a line of title segments that spells the domain as the name', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Kupp focused on the season ahead</title></head><body>
<header><a href="/"><img src="/img/club.svg" alt="Harbour City Rams"></a></header>
<main><p>Rams News | Harbour City Rams - thehcrams.com</p><h1>Kupp focused on the season ahead</h1>
<p>The receiver spoke after training.</p></main></body></html>`,
      'https://www.thehcrams.com/news/kupp-season',
    );
    expect(r.name).toBe('Harbour City Rams');
  });

  it("reads the top line that spells the website an old page writes out, on its provider's space", () => {
    const html = `<HTML><HEAD><TITLE>welcome</TITLE></HEAD><BODY>
<CENTER><FONT SIZE="+2"><B>COPPER LANE PRINT COLLECTIVE</B></FONT><BR>printmakers -- Leeds, since 1994</CENTER><HR>
Welcome! We are a small artist-run print studio.<BR><BR>
Tel: 0113 496 0732<BR>
E-mail: studio [at] copperlane-print [dot] org<BR>
Web: www.copperlane-print.org<BR></BODY></HTML>`;
    const r = extractFromHtml(html, 'http://homepages.dialup.example/~copperlane/');
    expect(r.name).toBe('COPPER LANE PRINT COLLECTIVE');
    expect(r.url).toBe('https://www.copperlane-print.org/');
  });

  it('does not take an obfuscated e-mail line that spells the domain as the name', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>About us | Greenhollow Tool Library</title></head><body>
      <main><h1>Borrow, don't buy.</h1><h2>Get in touch</h2>
      <p>Email: hello [at] greenhollowtools [dot] org [dot] uk</p></main>
      <footer><p>Greenhollow Tool Library CIC</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.greenhollowtools.org.uk/about');
    expect(r.name).toBe('Greenhollow Tool Library');
  });
});
