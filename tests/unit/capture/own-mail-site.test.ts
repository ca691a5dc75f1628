/**
 * An own site's inner page named only by its title, whose domain does not spell the name, is still
 * the entity's site when its own mailbox is on that domain: the home page is its url. A page
 * whose mail is elsewhere gets no such guess. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (mail: string): string => `<!doctype html><html lang="en"><head>
  <title>About | Tern Valley Federal Credit Union</title></head><body>
  <header><nav><a href="/">Home</a> <a href="/about/">About</a></nav></header>
  <main><h1>About</h1><p>Member-owned since 1961.</p></main>
  <footer><p><a href="mailto:${mail}">${mail}</a></p></footer></body></html>`;

describe("an own site's inner page with its own mailbox", () => {
  it('takes the home page as the url', () => {
    const r = extractFromHtml(
      page('hello@tvfcu-members.example'),
      'https://www.tvfcu-members.example/about/',
    );
    expect(r.name).toBe('Tern Valley Federal Credit Union');
    expect(r.url).toBe('https://www.tvfcu-members.example/');
  });

  it('guesses nothing when the mailbox is elsewhere', () => {
    const r = extractFromHtml(
      page('ternvalley@gmail.com'),
      'https://www.tvfcu-members.example/about/',
    );
    expect(r.url).toBeUndefined();
  });
});
