/**
 * Title lead-ins: "About Riverside Trust" drops "About" before a name, but "About us | Riverside
 * Trust" keeps "About us" whole (a generic segment), so the page is not named "us". Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { titleSegments } from '../../../lib/capture/title';

describe('title lead-ins', () => {
  it('keeps "About us" whole and drops "About" before a capital', () => {
    expect(titleSegments('About us | Northwind Digital')).toEqual([
      'About us',
      'Northwind Digital',
    ]);
    expect(titleSegments('About Northwind Digital')).toEqual(['Northwind Digital']);
    expect(titleSegments('Welcome to the Harbour Club')).toEqual(['Harbour Club']);
  });

  it('does not name an "About us | Site" page "us"', () => {
    const html =
      '<!doctype html><html><head><title>About us | Fenwick Wool Co-operative</title></head><body><main><h1>About us</h1><p>Spinning since 1981.</p></main></body></html>';
    expect(extractFromHtml(html, 'https://www.fenwickwool.coop/about/').name).toBe(
      'Fenwick Wool Co-operative',
    );
  });
});
