/**
 * The page's main heading is the first <h1> a reader sees: not one inside a preloaded popover, a
 * dialog or a hidden block. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml, parseDocument } from '../../../lib/capture/parse-html';
import { mainHeading } from '../../../lib/capture/main-heading';

describe("the page's main heading", () => {
  it('skips headings in popovers, dialogs and hidden blocks', () => {
    const doc = parseDocument(`<!doctype html><html><body>
      <div class="a-popover-preload"><h1>Buying for others</h1></div>
      <dialog><h1>Cookies</h1></dialog><div hidden><h1>Old title</h1></div>
      <h1 id="title">The Sea Atlas</h1></body></html>`);
    expect(mainHeading(doc)?.textContent).toBe('The Sea Atlas');
  });

  it("reads a shop's product page past a popover's heading and a follow card's", () => {
    const html = `<!doctype html><html><head>
      <title>The Sea Atlas (Book 1) - Kindle edition by Hale, Ana. Travel eBooks @ Harbourbooks.co.uk.</title></head><body>
      <div><span class="a-declarative"><a href="#">Learn more</a></span>
      <div class="a-popover-preload" id="a-popover-gift"><h1>Buying and sending eBooks to others</h1><p>Send to a friend.</p></div></div>
      <div><h1>Follow the author</h1><button>Follow</button></div>
      <h1 id="title">The Sea Atlas (Book 1)</h1><p>Sold by Harbourbooks.co.uk Services LLC.</p></body></html>`;
    const r = extractFromHtml(html, 'https://www.harbourbooks.co.uk/The-Sea-Atlas/dp/B0011UCPM4');
    expect(r.name).toBe('Harbourbooks.co.uk');
  });
});
