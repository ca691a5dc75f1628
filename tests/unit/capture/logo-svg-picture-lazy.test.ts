/**
 * Header logos drawn in ways the walk did not read: an inline <svg> in the home link that draws a
 * bitmap with <image href> (or xlink:href), and a lazy <picture> whose <source> has only
 * data-srcset; an icon-sized linked svg stays out. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.linnetmeadowschool.org.uk/term-dates/';
const page = (header: string) =>
  `<!doctype html><html><head><title>Term dates | Linnet Meadow School</title></head><body><header>${header}</header><main><h1>Term dates</h1></main></body></html>`;

describe('header logos in an svg or a lazy picture', () => {
  it('takes the bitmap an svg in the home link draws', () => {
    for (const a of ['href', 'xlink:href']) {
      const r = extractFromHtml(
        page(
          `<a href="/"><svg viewBox="0 0 300 80" width="300" height="80"><title>Linnet Meadow School</title><image ${a}="/media/lms-mark.png" width="300" height="80"/></svg></a>`,
        ),
        URL,
      );
      expect(r.logo).toBe('https://www.linnetmeadowschool.org.uk/media/lms-mark.png');
    }
  });

  it('leaves an icon-sized svg image in a link alone', () => {
    const r = extractFromHtml(
      page(
        '<span class="wordmark">Linnet Meadow School</span><a href="/"><svg width="16" height="16"><image href="/media/house.png" width="16" height="16"/></svg></a>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });

  it('takes the data-srcset of a lazy <picture> source', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><picture><source type="image/webp" data-srcset="/media/lms.webp 1x, /media/lms@2x.webp 2x"><img class="lazyload" alt="Linnet Meadow School"></picture></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.linnetmeadowschool.org.uk/media/lms.webp');
  });
});
