/**
 * Other organisations' mailboxes on an own site (a designer's credit, a regulator, a board, a
 * ticketing widget's help desk) are theirs, with the numbers on their lines; the site's own
 * mailboxes, free-mail ones and one person's mailbox on two domains stay. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("other organisations' mailboxes", () => {
  it("keeps a designer's credit and a regulator's address out of a bakery's e-mails", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Quarry Lane Bakery</title></head><body>
      <header><a href="/"><img src="/img/qlb-logo.png" alt="Quarry Lane Bakery"></a></header>
      <main><h1>Contact</h1><p>Orders: <a href="mailto:orders@quarrylanebakery.example">orders@quarrylanebakery.example</a>
      · <a href="tel:01632960222">01632 960222</a></p>
      <p>Unhappy with how we use your data? Write to the Data Ombudsman at cases@dataombudsman.example or ring 01632 960999.</p></main>
      <footer><p>Site by Thistle Web | hi@thistleweb.example | 01632 960111</p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.quarrylanebakery.example/contact/');
    expect(r.emails).toEqual(['orders@quarrylanebakery.example']);
    expect(r.phones).toEqual(['01632 960222']);
    expect(r.candidates.some((c) => c.value === 'hi@thistleweb.example')).toBe(true);
  });

  it('leaves a club whose only mailboxes are free-mail and elsewhere alone', () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Holm Chess Club</title></head><body>
      <main><h1>Contact</h1><p>Secretary: <a href="mailto:holmchess@gmail.com">holmchess@gmail.com</a></p>
      <p>League fixtures: <a href="mailto:fixtures@northleague.example">fixtures@northleague.example</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.holmchess.example/contact');
    expect(r.emails).toEqual(['holmchess@gmail.com', 'fixtures@northleague.example']);
  });

  it("keeps a mailbox on a domain the site's name spells (a council's .gov.uk)", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact | Ellerby Parish Council</title></head><body>
      <main><h1>Contact</h1><p>Clerk: <a href="mailto:clerk@ellerbypc.gov.example">clerk@ellerbypc.gov.example</a></p>
      <p>Allotments: <a href="mailto:plots@ellerbyparish.example">plots@ellerbyparish.example</a></p></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.ellerbyparish.example/contact/');
    expect(r.emails).toEqual(['clerk@ellerbypc.gov.example', 'plots@ellerbyparish.example']);
  });

  it("keeps a listed group's mailbox on a domain its heading spells", () => {
    const html = `<!doctype html><html lang="en"><head><title>Group details – Craft Circles</title></head><body>
      <main><h1>Fenwick Quilters</h1><p>Email <a href="mailto:hello@fenwickquilters.example">hello@fenwickquilters.example</a></p></main>
      <footer><p>Craft Circles directory · <a href="mailto:listings@craftcircles.example">listings@craftcircles.example</a></p></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.craftcircles.example/groups/fenwick-quilters');
    expect(r.emails).toContain('hello@fenwickquilters.example');
  });

  it("sets a platform's care number aside beside its set-aside mailbox on a hosted page", () => {
    const html = `<!doctype html><html lang="en-IE"><head><title>Moyvalley Apple Day | Gatepass</title>
      <meta property="og:site_name" content="Gatepass"><meta property="og:title" content="Moyvalley Apple Day"></head><body>
      <header><a href="https://www.gatepass.example/"><img src="/logo.svg" alt="Gatepass"></a></header>
      <main><h1>Moyvalley Apple Day</h1><p>Organised by Moyvalley Orchard Society.</p>
      <p>Organiser: <a href="mailto:apples@moyvalleyorchard.example">apples@moyvalleyorchard.example</a> · 046 955 0182</p>
      <p>Ticket problems? Gatepass Care: <a href="mailto:care@gatepass.example">care@gatepass.example</a> · 01 555 0177</p></main>
      <footer><a href="mailto:hello@gatepass.example">hello@gatepass.example</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.gatepass.example/e/moyvalley-apple-day-5521');
    expect(r.phones).toEqual(['046 955 0182']);
  });

  it("keeps one person's name-built mailbox on two domains", () => {
    const html = `<!doctype html><html><head><title>Amal Osei</title></head><body><p>Amal Osei, Lecturer</p>
      <p><a href="mailto:amal-osei@wexford-uni.example">amal-osei@wexford-uni.example</a></p>
      <p>Visiting: <a href="mailto:amal-osei@harbourinstitute.example">amal-osei@harbourinstitute.example</a></p></body></html>`;
    const r = extractFromHtml(html, 'https://www.wexford-uni.example/staff/aosei.html');
    expect(r.emails).toContain('amal-osei@harbourinstitute.example');
  });
});
