/**
 * A logo drawn as the inline CSS background of the header's home link whose class does not say
 * "logo" (Bootstrap's navbar-brand, a plain "home" link with its text hidden), while a background
 * photo elsewhere and a header link elsewhere stay out. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.saltmarshsailing.org.uk/join/';
const page = (header: string, main = '') =>
  `<!doctype html><html><head><title>Join | Saltmarsh Sailing Club</title></head><body><header>${header}</header><main><h1>Join the club</h1>${main}</main></body></html>`;

describe('logos drawn as the background of a header link', () => {
  it('takes the background of a navbar-brand home link', () => {
    const r = extractFromHtml(
      page(
        `<a class="navbar-brand" href="/" style="background-image: url('/assets/ssc-burgee.png')"><span class="sr-only">Saltmarsh Sailing Club</span></a>`,
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.saltmarshsailing.org.uk/assets/ssc-burgee.png');
  });

  it('takes the background of a plain home link in the header', () => {
    const r = extractFromHtml(
      page(
        `<a href="/" class="home" style="background: #fff url(/assets/ssc-mark.svg) no-repeat"><span class="visually-hidden">Saltmarsh Sailing Club</span></a>`,
      ),
      URL,
    );
    expect(r.logo).toBe('https://www.saltmarshsailing.org.uk/assets/ssc-mark.svg');
  });

  it('leaves a background photo in the content and a header link elsewhere alone', () => {
    const r = extractFromHtml(
      page(
        `<a href="https://www.rya.example/" style="background-image:url(/assets/rya-affiliated.png)">RYA</a>`,
        `<a href="/racing/" class="card" style="background-image:url(/media/regatta.jpg)">Racing</a>`,
      ),
      URL,
    );
    expect(r.logo).toBeUndefined();
  });
});
