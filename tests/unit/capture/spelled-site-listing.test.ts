/**
 * A listing on a site that declares no brand (its name only in the header logo): the entry's own
 * website, spelled by its heading, makes the page the entry's, so the site's footer number and
 * logo are set aside; a partner's site that the heading does not spell does not. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (site: string): string => `<!doctype html><html lang="en-GB"><head>
  <title>Hartley Scouts - Local groups</title></head><body>
  <div id="header"><a href="https://www.hartleyparishcouncil.example/"><img src="/img/hpc.png" alt="Hartley Parish Council"></a></div>
  <div id="main"><h1>Hartley Scouts</h1><p>Beavers, Cubs and Scouts on Tuesday evenings.</p>
  <p>Contact: Group Scout Leader, 07700 900 461</p>
  <p><a href="${site}">Visit website</a></p></div>
  <div id="footer">Hartley Parish Council · The Village Hall · 0161 496 0310</div></body></html>`;
const url = 'https://www.hartleyparishcouncil.example/groups/hartley-scouts';

describe('a listing whose site is spelled by its heading', () => {
  it("is the entry's page", () => {
    const r = extractFromHtml(page('https://www.hartleyscouts.org.uk/'), url);
    expect(r.name).toBe('Hartley Scouts');
    expect(r.url).toBe('https://www.hartleyscouts.org.uk/');
    expect(r.phones).not.toContain('0161 496 0310');
  });

  it("stays the site's page when the linked site names someone else", () => {
    const r = extractFromHtml(page('https://www.scoutsnational.org.uk/'), url);
    expect(r.hosted).toBeFalsy();
  });
});
