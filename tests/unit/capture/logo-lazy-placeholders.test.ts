/**
 * Lazy-loaded header logos whose src is a stand-in file (blank.gif, lazy-placeholder.png) rather
 * than a data: URI, with the real file in a loader's attribute (data-src, data-orig-src,
 * data-lazy-srcset) or in the <picture>'s <source>. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.copperbeechchoir.org/concerts/';
const page = (header: string) =>
  `<!doctype html><html><head><title>Concerts | Copper Beech Choir</title></head><body><header>${header}</header><main><h1>Concerts</h1></main></body></html>`;

describe('lazy logos behind a placeholder file', () => {
  it('takes data-src over a blank.gif src', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><img src="/images/blank.gif" data-src="/images/cbc-logo.png" alt="Copper Beech Choir"></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.copperbeechchoir.org/images/cbc-logo.png');
  });

  it("takes a theme's data-orig-src over a lazy placeholder", () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><img src="/wp-content/themes/t/lazy-placeholder.png" data-orig-src="/uploads/cbc.png" alt="Copper Beech Choir"></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.copperbeechchoir.org/uploads/cbc.png');
  });

  it("takes the <picture>'s source when the <img> only has a placeholder", () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><picture><source srcset="/media/cbc.webp"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Copper Beech Choir"></picture></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.copperbeechchoir.org/media/cbc.webp');
  });

  it('keeps a real src that merely has lazy attributes beside it', () => {
    const r = extractFromHtml(
      page(
        '<a href="/"><img src="/media/cbc-header.png" data-src="/media/cbc-header.png" alt="Copper Beech Choir"></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.copperbeechchoir.org/media/cbc-header.png');
  });
});
