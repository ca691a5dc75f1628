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
  return document as unknown as Document;
}

export function extractFromHtml(html: string, url: string): CaptureResult {
  const src = html.length > MAX_HTML_BYTES ? html.slice(0, MAX_HTML_BYTES) : html;
  return extract(parseDocument(src), url, { html: src });
}
