import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../lib/capture/parse-html';
import {
  elementsByTag,
  elementsWithAttribute,
  jsonLdScripts,
  pageElements,
} from '../../../lib/capture/page-elements';

const html = `<!doctype html><html><head><title>T</title>
<link rel="icon" href="/a.png"><script type="application/ld+json">{}</script>
<script type="text/javascript"></script></head>
<body><div itemscope><p><b>Lead</b> text</p><span itemscope itemprop="x"></span></div>
<svg><title>drawn</title></svg><link rel="me" href="https://social.example/@x">
<script type="application/ld+json">[]</script></body></html>`;

describe('page elements', () => {
  it('lists every element in document order, as querySelectorAll("*") does', () => {
    const doc = parseDocument(html);
    expect(pageElements(doc)).toEqual(Array.from(doc.querySelectorAll('*')));
  });
  it('answers tag and attribute questions like the selectors they replace', () => {
    const doc = parseDocument(html);
    expect(elementsByTag(doc, 'LINK')).toEqual(Array.from(doc.querySelectorAll('link')));
    expect(elementsByTag(doc, 'TITLE')).toEqual(Array.from(doc.querySelectorAll('title')));
    expect(elementsWithAttribute(doc, 'itemscope')).toEqual(
      Array.from(doc.querySelectorAll('[itemscope]')),
    );
    expect(jsonLdScripts(doc)).toEqual(
      Array.from(doc.querySelectorAll('script[type="application/ld+json"]')),
    );
    expect(jsonLdScripts(doc)).toHaveLength(2);
  });
  it('keeps one listing per document', () => {
    const a = parseDocument(html);
    const b = parseDocument('<!doctype html><html><head></head><body><p>x</p></body></html>');
    expect(elementsByTag(a, 'P')).toHaveLength(1);
    expect(elementsByTag(b, 'LINK')).toHaveLength(0);
    expect(elementsByTag(a, 'LINK')).toBe(elementsByTag(a, 'LINK'));
  });
});
