/**
 * A scholarly article's correspondence and affiliation lines give an author's institution and
 * mailbox, not the journal's. An organisation's "Correspondence:" postal address stays its own.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { opensAuthorContact } from '../../../lib/capture/correspondence';

describe("an author's correspondence line", () => {
  it("keeps the corresponding author's institution and mailbox out of the journal's", () => {
    const html = `<!doctype html><html lang="en"><head><title>Reading tide gauges with cheap sensors | Coastal Methods</title>
      <meta property="og:site_name" content="Coastal Methods"><meta property="og:type" content="article">
      <meta name="citation_title" content="Reading tide gauges with cheap sensors"></head><body>
      <header><a href="/"><img src="/cm-logo.png" alt="Coastal Methods"></a></header>
      <main><article><h1>Reading tide gauges with cheap sensors</h1><p>We compare three sensors over a year.</p>
      <p class="correspondence">*Correspondence: <i>Marta Oyelaran, Department of Ocean Science, University of Eastvale, Eastvale EV4 7QT, UK e-mail:
      <a href="mailto:m.oyelaran@eastvale.ac.example">m.oyelaran@eastvale.ac.example</a></i></p></article></main>
      <footer><p>© 2026 Coastal Methods</p></footer></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.coastalmethods.example/articles/10.1234/cm.2026.0042',
    );
    expect(r.name).toBe('Coastal Methods');
    expect(r.address).toBeUndefined();
    expect(r.emails).toEqual([]);
    expect(r.candidates.some((c) => c.field === 'emails' && c.value.startsWith('m.oyelaran'))).toBe(
      true,
    );
  });

  it("keeps an organisation's own correspondence address", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Eastvale Allotment Society</title></head><body>
      <main><h1>Contact us</h1>
      <p>Correspondence: The Secretary, Eastvale Allotment Society, 14 Mill Lane, Eastvale EV2 3AB</p>
      <p>Email: <a href="mailto:secretary@eastvaleallotments.example">secretary@eastvaleallotments.example</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.eastvaleallotments.example/contact');
    expect(r.address?.postalCode).toBe('EV2 3AB');
    expect(r.emails).toEqual(['secretary@eastvaleallotments.example']);
  });

  it('reads the label only when an author follows it, or when it says so outright', () => {
    expect(opensAuthorContact('*Correspondence: Zoltan Dienes')).toBe(true);
    expect(opensAuthorContact('Corresponding author: Dr Ada Mensah, Eastvale')).toBe(true);
    expect(opensAuthorContact('Affiliations: University of Eastvale')).toBe(true);
    expect(opensAuthorContact('Correspondence: PO Box 12, Eastvale')).toBe(false);
    expect(opensAuthorContact('Correspondence: The Secretary, 14 Mill Lane')).toBe(false);
  });
});
