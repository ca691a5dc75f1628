/** Node-side entry: parse HTML with linkedom, then extract. Kept apart so browser bundles never
 * pull linkedom in (the content script passes the live `document` to `extract`). */
import { parseHTML } from 'linkedom';
import { extract } from './extract';
import type { CaptureResult } from './types';

export const MAX_HTML_BYTES = 8_000_000;

export function parseDocument(html: string): Document {
  const src = html.length > MAX_HTML_BYTES ? html.slice(0, MAX_HTML_BYTES) : html;
  // linkedom needs a full document to give us <html>/<head>/<body>
  const full = /<html[\s>]/i.test(src.slice(0, 5000))
    ? src
    : `<!doctype html><html><head></head><body>${src}</body></html>`;
  const { document } = parseHTML(full);
  if (MIXED_CASE_ATTRIBUTE.test(full)) lowerCaseAttributes(document as unknown as Document);
  return document as unknown as Document;
}

/** An attribute written with capitals (`itemProp="logo"`, `itemType`, as some renderers write
 * them): browsers read attribute names in lower case, linkedom keeps them as written. */
const MIXED_CASE_ATTRIBUTE = /<[a-z][^>]*?\s[a-z]+[A-Z][\w-]*\s*=/;

/** Every attribute's name in lower case, as a browser's parser gives it, so the rules' selectors
 * (`[itemprop]`, `[itemtype]`) see what a user's browser sees. */
function lowerCaseAttributes(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll('*'))) {
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower === name || el.hasAttribute(lower)) continue;
      el.setAttribute(lower, el.getAttribute(name) ?? '');
      el.removeAttribute(name);
    }
  }
}

export function extractFromHtml(html: string, url: string): CaptureResult {
  const src = html.length > MAX_HTML_BYTES ? html.slice(0, MAX_HTML_BYTES) : html;
  return extract(parseDocument(src), url, { html: src });
}
