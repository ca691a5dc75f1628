/**
 * Phones on pages that name no country by language or domain (kind-6 round): the postal address
 * says which country the national numbers are in. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

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
