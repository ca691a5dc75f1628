/**
 * An app store's developer page is hosted: its "Developer contact" (or "Offered by") block names the
 * subject, so the store's share image and header logo are not taken as the developer's logo, and
 * its own site is the url. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://store.appvault.example/developer/greenhill-county-library';
const page = (label: string) =>
  `<!doctype html><html><head><title>Apps by Greenhill County Library | AppVault</title><meta property="og:site_name" content="AppVault"><meta property="og:title" content="Apps by Greenhill County Library"><meta property="og:image" content="https://store.appvault.example/static/appvault-logo-og.png"></head><body><header><a href="/"><img src="/static/appvault-logo.svg" alt="AppVault logo"></a></header><main><h1>Greenhill County Library</h1><ul><li><a href="/app/ghcl-reader">GHCL Reader</a></li></ul><h2>${label}</h2><p><a href="https://www.ghcl.org/">Website</a></p><p><a href="mailto:apps@ghcl.org">apps@ghcl.org</a></p></main><footer>© 2026 AppVault Ltd</footer></body></html>`;

describe("an app store's developer page", () => {
  for (const label of ['Developer contact', 'Offered by'])
    it(`does not take the store's logo under "${label}"`, () => {
      const r = extractFromHtml(page(label), URL);
      expect(r.logo ?? '').not.toMatch(/appvault/);
      expect(r.url).toBe('https://www.ghcl.org/');
    });
});
