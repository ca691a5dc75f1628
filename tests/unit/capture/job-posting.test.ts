/**
 * A job board's posting is about the employer (schema.org hiringOrganization), not the board whose
 * own Organization node, logo, accounts and support line frame the page. Page invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe('job postings on a job board', () => {
  it('takes the hiring organisation, and sets the board aside', () => {
    const html = `<!doctype html><html lang="en"><head><title>Library Assistant - Jobnest</title>
      <meta property="og:site_name" content="Jobnest">
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Jobnest","url":"https://www.jobnest.example/","logo":"https://www.jobnest.example/logo.png","sameAs":["https://twitter.com/jobnest"]}</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Library Assistant","hiringOrganization":{"@type":"Organization","name":"Fernvale Public Library","sameAs":"https://www.fernvalelibrary.org","logo":"https://cdn.jobnest.example/logos/fernvale.png"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","streetAddress":"20 Elm Street","addressLocality":"Fernvale","addressRegion":"TN","postalCode":"37062"}}}</script>
      </head><body>
      <header><a href="/"><img src="/logo.png" alt="Jobnest"></a></header>
      <main><h1>Library Assistant</h1><p>Fernvale Public Library · Fernvale, TN</p></main>
      <footer><a href="https://twitter.com/jobnest">Twitter</a> <a href="mailto:help@jobnest.example">help@jobnest.example</a> · 1-800-555-0123</footer>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.jobnest.example/jobs/88121');
    expect(r.name).toBe('Fernvale Public Library');
    expect(r.url).toBe('https://www.fernvalelibrary.org/');
    expect(r.logo).toBe('https://cdn.jobnest.example/logos/fernvale.png');
    expect(r.socials).toEqual([]);
    expect(r.emails).toEqual([]);
    expect(r.phones).toEqual([]);
  });

  it("keeps an employer's own site on its careers page, its address written without a scheme", () => {
    const html = `<!doctype html><html lang="en"><head><title>Junior developer – Careers</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Junior developer","hiringOrganization":{"@type":"Organization","name":"Orbital Systems Inc.","url":"www.pinecrest.example"}}</script>
      </head><body><main><h1>Junior developer</h1><p>Join our tooling team.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.pinecrest.example/careers/junior-developer');
    expect(r.name).toBe('Orbital Systems Inc.');
    expect(r.url).toBe('https://www.pinecrest.example/');
  });
});
