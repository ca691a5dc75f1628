/** A microdata value is the text a reader sees: a style sheet or script inside it is not. */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('microdata text values', () => {
  it('leaves the style sheet and the script inside a value out of it', () => {
    const r = extractFromHtml(
      `<!doctype html><html><head><title>About</title></head><body>
<div itemscope itemtype="https://schema.org/Person">
  <p>My name is <span itemprop="name">Orla<style>body { color: red; }</style></span>.</p>
  <p>I live in <span itemprop="homeLocation"><script>var n = 1;</script>Galway</span>.</p>
</div></body></html>`,
      'https://orla.example.ie/about',
    );
    expect(r.name).toBe('Orla');
  });
});
