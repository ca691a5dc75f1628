/**
 * Addresses behind Cloudflare's e-mail protection, as a page is saved before the decoding script
 * runs: `/cdn-cgi/l/email-protection#<hex>` links are decoded. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { decodeCloudflareEmail } from '../../../lib/capture/util';

/** Encode an address the way Cloudflare does (key byte, then each character XOR the key). */
function encode(email: string, key: number): string {
  let hex = key.toString(16).padStart(2, '0');
  for (const ch of email) hex += (ch.charCodeAt(0) ^ key).toString(16).padStart(2, '0');
  return hex;
}

describe("Cloudflare's protected addresses", () => {
  it('decodes a protected mailto link into the address', () => {
    const hex = encode('bookings@ferrycafe.example', 0x47);
    const html = `<!doctype html><html lang="en"><head><title>Contact | The Ferry Café</title></head><body>
      <main><h1>Contact</h1><p>Bookings: <a href="/cdn-cgi/l/email-protection#${hex}"><span class="__cf_email__" data-cfemail="${hex}">[email&#160;protected]</span></a></p></main>
      <footer><p>The Ferry Café, 2 Slipway Road, Portaferry</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.ferrycafe.example/contact/');
    expect(r.emails).toEqual(['bookings@ferrycafe.example']);
  });

  it('gives nothing for hex that is not an address', () => {
    expect(decodeCloudflareEmail(encode('not an address', 0x12))).toBe('');
    expect(decodeCloudflareEmail('zz12')).toBe('');
  });
});
