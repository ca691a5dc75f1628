/**
 * On a hosted page (a profile on a community server) the platform's banner above <main> — its logo
 * linking to the platform's home, named like the platform — is not the subject's logo, although it
 * sits outside the page's header. Nor is a sponsor's logo in the listing ("Meadow Bank logo"), while
 * the subject's own ("Oakfield Allotment Society logo") is. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://town.square.example/@oakfieldallotments';
const page = (banner: string, main = '') =>
  `<!doctype html><html><head><title>Oakfield Allotment Society (@oakfieldallotments) - Town Square</title><meta property="og:site_name" content="Town Square"><meta property="og:type" content="profile"><meta property="og:title" content="Oakfield Allotment Society (@oakfieldallotments)"></head><body><div class="top-banner">${banner} <a href="/login">Log in</a></div><main><h1>Oakfield Allotment Society</h1><p>Plots, seed swaps and open days in Oakfield.</p>${main}<dl><dt>Website</dt><dd><a href="https://oakfieldallotments.org.uk" rel="me">oakfieldallotments.org.uk</a></dd></dl></main></body></html>`;

describe("a hosted page's platform banner", () => {
  it('does not take the platform logo linking to its home', () => {
    const r = extractFromHtml(
      page('<a href="https://town.square.example/"><img src="/files/site/logo.png" alt=""></a>'),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it('does not take an image named like the platform', () => {
    const r = extractFromHtml(
      page('<span class="logo"><img src="/files/site/brand.png" alt="Town Square"></span>'),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it("does not take a sponsor's logo in the listing as the subject's", () => {
    const r = extractFromHtml(
      page(
        '',
        '<p>Seed swap kindly supported by</p><img src="/files/media/mb.png" alt="Meadow Bank logo">',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it("takes the subject's own logo in the listing", () => {
    const r = extractFromHtml(
      page('', '<img src="/files/media/oas.png" alt="Oakfield Allotment Society logo">'),
      URL,
    );
    expect(r.logo).toBe('https://town.square.example/files/media/oas.png');
  });
});
