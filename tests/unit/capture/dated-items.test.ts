/** Rows of a list of dated things: two dated rows make a list, one row with two dates does not. */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/capture/parse-html';
import { inDatedListItem } from '../../../lib/capture/dated-items';

const placeIn = (rows: string): boolean => {
  const doc = parseDocument(`<!doctype html><html><body><ul>${rows}</ul></body></html>`);
  return inDatedListItem(doc.querySelector('.place') ?? undefined);
};

describe('dated list rows', () => {
  it('reads a place in one of several dated rows as that row’s', () => {
    expect(
      placeIn(
        `<li><time datetime="2026-05-02"></time><span class="place">Leeds, UK</span></li>
         <li><time datetime="2026-05-09"></time><span>York, UK</span></li>`,
      ),
    ).toBe(true);
  });

  it('does not read one row with a start and an end as a list', () => {
    expect(
      placeIn(
        `<li><time datetime="2026-05-02T19:00">7pm</time>–<time datetime="2026-05-02T22:00">10pm</time>
         <span class="place">Leeds, UK</span></li>`,
      ),
    ).toBe(false);
  });
});
