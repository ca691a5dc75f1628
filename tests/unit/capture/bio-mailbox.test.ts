/**
 * A reporter's or columnist's own address at the foot of their bio is theirs, not the
 * publication's; a contact line that only names a person keeps its address. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("a person's mailbox in their bio", () => {
  it("keeps a staff writer's address out of a newspaper's e-mails", () => {
    const html = `<!doctype html><html lang="en"><head><title>Library opens a maker space | Harbor Ledger</title>
      <meta property="og:site_name" content="Harbor Ledger"></head><body>
      <header><a href="/">Harbor Ledger</a></header>
      <main><h1>Library opens a maker space</h1><p>The branch now lends 3D printers.</p>
      <div><em><p>Nadia Brooks is a Harbor Ledger staff writer. Email:
        <a href="mailto:nbrooks@harborledger.example">nbrooks@harborledger.example</a></p></em></div>
      <div class="bio"><p>Nadia Brooks, an education reporter for the Ledger, covers schools.</p>
        <p>She can be reached at <a href="mailto:nbrooks@harborledger.example">nbrooks@harborledger.example</a>.</p></div></main>
      <footer><a href="mailto:newsroom@harborledger.example">newsroom@harborledger.example</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.harborledger.example/news/maker-space');
    expect(r.emails).toEqual(['newsroom@harborledger.example']);
  });

  it("keeps a contact person's address on a club's page", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Elm Park Rowing Club</title></head><body>
      <main><h1>Contact</h1><p>Questions about juniors? Contact Maria Lopez at
      <a href="mailto:mlopez@elmparkrowing.example">mlopez@elmparkrowing.example</a>.</p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.elmparkrowing.example/contact');
    expect(r.emails).toEqual(['mlopez@elmparkrowing.example']);
  });

  it("keeps an organisation's address after the sentence that introduces it", () => {
    const html = `<!doctype html><html lang="en"><head><title>Start here</title></head><body>
      <main><h1>Start here</h1><div><div>Northside Mutual Aid is a volunteer network of neighbours.</div>
      <div>Email: northsidemutualaid@proton.example</div></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://pages.example.com/northside-start-here');
    expect(r.emails).toEqual(['northsidemutualaid@proton.example']);
  });
});
