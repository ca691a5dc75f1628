/**
 * A logo is emitted only on evidence that makes it more likely right than wrong. A site icon
 * (rel=icon / apple-touch-icon) and a parent body's mark set below the unit are fallbacks: on the
 * development pages none of them was ever the labelled logo, so they are offered in `candidates`
 * (the review lists them) but never fill `logo`. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { logoOffers } from './logo-offers';

const URL = 'https://www.fernhollowbeekeepers.org/contact/';
const HEAD =
  '<title>Contact | Fern Hollow Beekeepers</title><link rel="icon" href="/favicon-32.png" sizes="32x32"><link rel="apple-touch-icon" href="/apple-touch-icon.png">';
const page = (header: string, footer = '') =>
  `<!doctype html><html><head>${HEAD}</head><body><header>${header}</header><main><h1>Contact</h1><p>Write to <a href="mailto:hello@fernhollowbeekeepers.org">hello@fernhollowbeekeepers.org</a>.</p></main><footer>${footer}</footer></body></html>`;

describe('when a logo is emitted', () => {
  it('does not emit the site icon as the logo, but offers it', () => {
    const r = extractFromHtml(
      page('<a href="/" class="site-title">Fern Hollow Beekeepers</a>'),
      URL,
    );
    expect(r.logo).toBeUndefined();
    expect(r.sources.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://www.fernhollowbeekeepers.org/apple-touch-icon.png');
  });

  it("does not emit a parent body's mark on a unit's page, but offers it", () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>Adult Learning Office | Fernley County</title></head><body><header><a href="https://www.fernleycounty.gov/"><img src="/img/fernley-county-logo.svg" alt="Fernley County"></a><p class="unit-name">Adult Learning Office</p></header><main><h1>Adult Learning Office</h1><p>Evening classes for adults across the county.</p></main></body></html>`,
      'https://www.fernleycounty.gov/adult-learning/contact/',
    );
    expect(r.name).toBe('Adult Learning Office');
    expect(r.logo).toBeUndefined();
    expect(logoOffers(r)).toContain('https://www.fernleycounty.gov/img/fernley-county-logo.svg');
  });

  it('still emits a header logo over the site icon', () => {
    const r = extractFromHtml(
      page('<a href="/"><img src="/img/fhb-logo.png" alt="Fern Hollow Beekeepers"></a>'),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhollowbeekeepers.org/img/fhb-logo.png');
  });

  it('still emits a crest that only the footer shows', () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="site-title">Fern Hollow Beekeepers</a>',
        '<img src="/img/fhb-crest.png" alt="Fern Hollow Beekeepers crest"><p>Registered charity 1180442</p>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.fernhollowbeekeepers.org/img/fhb-crest.png');
  });
});
