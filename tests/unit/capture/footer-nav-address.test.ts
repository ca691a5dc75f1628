/**
 * A site that puts its <address> in a column of its footer's navigation still states its address.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('an <address> inside a footer <nav>', () => {
  it('is read as the site owner’s address', () => {
    const html = `<!doctype html><html><head><title>Shipping faster queues | Larkspur Blog</title>
<meta property="og:site_name" content="Larkspur"></head><body>
<main><h1>Shipping faster queues</h1><p>How we moved our queue off a single host.</p></main>
<footer>
  <nav class="Footer-unit"><h4>Resources</h4><a href="/docs">Docs</a><a href="/blog">Blog</a></nav>
  <nav class="Footer-unit"><h4>Contact</h4><p><a href="/write">Write for us</a></p>
    <address>210 Harbor Street<br>Oakland, CA 94607</address></nav>
  <div>&copy; 2027 Larkspur</div>
</footer></body></html>`;
    const r = extractFromHtml(html, 'https://larkspur.example/blog/faster-queues');
    expect(r.address).toMatchObject({
      street: '210 Harbor Street',
      locality: 'Oakland',
      region: 'CA',
      postalCode: '94607',
    });
  });
});
