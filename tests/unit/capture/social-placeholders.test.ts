/**
 * A theme's social-icon widget left with its placeholder links ("facebook.com/yourpage",
 * "twitter.com/username") names no account; the real profiles beside them stay. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { classifySocial } from '../../../lib/capture/social';

describe('placeholder social links', () => {
  it("keeps a theme's unfilled icon links out of a club's socials", () => {
    const html = `<!doctype html><html lang="en"><head><title>Kelso Hill Allotment Society</title></head><body>
      <header><a href="/"><img src="/logo.png" alt="Kelso Hill Allotment Society"></a></header>
      <main><h1>Plots available</h1><p>Half plots from £18 a year.</p></main>
      <footer><div class="social-widget">
      <a href="https://www.facebook.com/your-page"><i class="icon-facebook"></i></a>
      <a href="https://x.com/your_username"><i class="icon-x"></i></a>
      <a href="https://www.linkedin.com/company/your-company"><i class="icon-linkedin"></i></a>
      <a href="https://www.instagram.com/kelsohillplots/"><i class="icon-instagram"></i></a></div></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.kelsohillallotments.example/');
    expect(r.socials).toEqual(['https://www.instagram.com/kelsohillplots/']);
  });

  it('still reads accounts whose handle only contains such a word', () => {
    expect(classifySocial('https://www.facebook.com/yourpagebakery')).not.toBe('');
    expect(classifySocial('https://www.youtube.com/channel/YOUR_CHANNEL_ID')).toBe('');
    expect(classifySocial('https://twitter.com/username')).toBe('');
  });
});
