/**
 * A UK school's "badge" is its crest: a header image named so and linking home is the logo, while
 * award and trust-mark badges elsewhere (an Ofsted or Eco-Schools badge in the footer) are not.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.kingsmoorprimary.sch.uk/contact/';
const page = (header: string, footer = '') =>
  `<!doctype html><html><head><title>Contact | Kingsmoor Primary School</title></head><body><header>${header}</header><main><h1>Contact</h1></main><footer>${footer}</footer></body></html>`;

describe('school badges', () => {
  it("takes the school's badge in the header linking home", () => {
    const r = extractFromHtml(
      page('<a href="/"><img src="/images/school-badge.png" alt=""></a>'),
      URL,
    );
    expect(r.logo).toBe('https://www.kingsmoorprimary.sch.uk/images/school-badge.png');
  });

  it('does not take award badges in the footer', () => {
    const r = extractFromHtml(
      page(
        '<a href="/" class="school-name">Kingsmoor Primary School</a>',
        '<img src="/images/eco-badge-logo.png" alt=""><img class="badge-logo" src="/images/quality-mark.png" alt="">',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});
