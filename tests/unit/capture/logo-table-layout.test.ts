/**
 * Pages without header landmarks (old table layouts, bare templates): one of the first images,
 * linking home, outside the main content, is the logo; a later image linking home, or one in
 * <main>, is not; nor is a top image on a page that has a header. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.ashcombebowls.org.uk/fixtures.html';
const wrap = (body: string) =>
  `<!doctype html><html><head><title>Fixtures - Ashcombe Bowls Club</title></head><body>${body}</body></html>`;

describe('a logo at the top of a page without a header', () => {
  it('takes the first image linking home in a table layout', () => {
    const r = extractFromHtml(
      wrap(
        '<table width="800"><tr><td><a href="index.html"><img src="images/abc_title.gif" width="600" height="90" alt=""></a></td></tr><tr><td><h1>Fixtures 2026</h1><p>Home games start at 2pm.</p></td></tr></table>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.ashcombebowls.org.uk/images/abc_title.gif');
  });

  it('does not take an image linking home inside <main> or far down the page', () => {
    const inMain = extractFromHtml(
      wrap('<main><a href="/"><img src="/images/back.png" alt=""></a><h1>Fixtures</h1></main>'),
      URL,
    );
    expect(inMain.logo).toBeUndefined();
    const late = extractFromHtml(
      wrap(
        '<div><img src="/p/1.jpg" alt=""><img src="/p/2.jpg" alt=""><img src="/p/3.jpg" alt=""><a href="/"><img src="/p/4.jpg" alt=""></a></div>',
      ),
      URL,
    );
    expect(late.logo).toBeUndefined();
  });

  it('leaves a page with a header to its header rules', () => {
    const r = extractFromHtml(
      wrap(
        '<header><a href="/" class="wordmark">Ashcombe Bowls Club</a><img src="/images/flag.png" alt="" width="200"></header><div><a href="/"><img src="/images/green.jpg" alt=""></a></div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});
