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
});
