/**
 * A publication's name shaped like a person's ("Prairie Cloud Engineering Blog": capitalised words)
 * on a page whose text mentions engineers and authors is an organisation's blog, not a person.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a publication's name", () => {
  it('reads a company blog as an organisation, whatever its posts talk about', () => {
    const html = `<!doctype html><html><head>
<title>Prairie Cloud Engineering Blog: Faster cold starts</title>
<meta property="og:site_name" content="Prairie Cloud Engineering Blog">
<meta property="og:type" content="article">
</head><body>
<div class="header"><h2><a href="https://blog.prairiecloud.example/">Prairie Cloud Engineering Blog</a></h2></div>
<div class="post"><h3>Faster cold starts</h3>
<p>Posted by Lena Ortiz, Staff Engineer. Our developers cut cold starts by half.</p></div>
</body></html>`;
    const r = extractFromHtml(
      html,
      'https://blog.prairiecloud.example/2026/11/faster-cold-starts.html',
    );
    expect(r.name).toBe('Prairie Cloud Engineering Blog');
    expect(r.type).toBe('Organization');
  });
});
