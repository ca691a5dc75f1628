/** A listing's tracking tags on the subject's website link are not part of its url. Page invented. */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { withoutTracking } from '../../../lib/capture/tracking-params';

describe('tracking parameters on the url', () => {
  it("drops a directory's utm tags from the listed business's website", () => {
    const html = `<!doctype html><html lang="en"><head><title>Pinecrest Bike Repair | Bikefinder</title>
      <meta property="og:site_name" content="Bikefinder"><meta property="og:title" content="Pinecrest Bike Repair"></head><body>
      <header><a href="https://www.bikefinder.example/"><img src="/bf.png" alt="Bikefinder"></a></header>
      <main><h1>Pinecrest Bike Repair</h1><p>Tune-ups and wheel builds.</p>
      <p><a href="https://pinecrestbikes.example.com/?utm_source=bikefinder&amp;utm_medium=listing">Website</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.bikefinder.example/shops/pinecrest-bike-repair');
    expect(r.url).toBe('https://pinecrestbikes.example.com/');
  });

  it('keeps parameters that are part of the address', () => {
    expect(withoutTracking('https://a.example/page?id=7&utm_campaign=x')).toBe(
      'https://a.example/page?id=7',
    );
    expect(withoutTracking('https://a.example/?p=12')).toBe('https://a.example/?p=12');
  });
});
