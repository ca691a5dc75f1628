/**
 * A logo drawn by the page's own <style> block as the background of the header's logo element
 * (its text hidden), while a footer or hover rule and a class not shown in the header stay out.
 * Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.brackenmoorhospice.org.uk/contact/';
const page = (css: string, header: string, footer = '') =>
  `<!doctype html><html><head><title>Contact | Brackenmoor Hospice</title><style>${css}</style></head><body><header>${header}</header><main><h1>Contact</h1><p>We are here to help.</p></main><footer>${footer}</footer></body></html>`;

describe('a logo drawn by the page style block', () => {
  it("takes the background of the header's logo link", () => {
    const r = extractFromHtml(
      page(
        `body{margin:0}.site-logo a{display:block;width:200px;background:url("/wp-content/themes/bmh/img/bmh-logo.svg") no-repeat;text-indent:-9999px}@media (min-resolution:2dppx){.site-logo a{background-image:url(/wp-content/themes/bmh/img/bmh-logo@2x.png)}}`,
        '<div class="site-logo"><a href="/">Brackenmoor Hospice</a></div>',
      ),
      URL,
    );
    expect(r.logo).toBe(
      'https://www.brackenmoorhospice.org.uk/wp-content/themes/bmh/img/bmh-logo.svg',
    );
  });

  it('takes the background of a brand element under an id', () => {
    const r = extractFromHtml(
      page(
        `#brand{background-image:url('/img/mark.png')}`,
        '<a id="brand" href="/"><span>Brackenmoor Hospice</span></a>',
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.brackenmoorhospice.org.uk/img/mark.png');
  });

  it('leaves footer, hover and unused logo rules alone', () => {
    const r = extractFromHtml(
      page(
        `.footer-logo{background:url(/img/footer-mark.png)}.nav-logo:hover{background:url(/img/hover.png)}.old-logo{background:url(/img/old.png)}`,
        '<a href="/" class="wordmark">Brackenmoor Hospice</a><a class="nav-logo" href="/">Home</a>',
        '<div class="footer-logo"></div>',
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});
