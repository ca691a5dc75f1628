/**
 * People's own profiles on team and line-up cards are theirs, not the organisation's; an
 * organisation's own accounts listed side by side stay its own. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

describe("people's profiles on cards", () => {
  it("keeps board members' X accounts out of a trust's socials", () => {
    const html = `<!doctype html><html lang="en"><head><title>Trustees | Fenmoor Wildlife Trust</title>
      <meta property="og:site_name" content="Fenmoor Wildlife Trust"></head><body>
      <header><a href="/"><img src="/logo.png" alt="Fenmoor Wildlife Trust"></a></header>
      <main><h1>Our trustees</h1>
      <ul class="people">
      <li><h3>Priya Raman</h3><p>Chair</p><a href="https://x.com/priyaraman_eco">@priyaraman_eco</a></li>
      <li><h3>Tom Ashworth</h3><p>Treasurer</p><a href="https://x.com/tashworth">@tashworth</a></li>
      <li><h3>Gwen Harris</h3><p>Trustee</p></li></ul></main>
      <footer><a href="https://x.com/fenmoorwildlife">X</a> <a href="https://www.instagram.com/fenmoorwildlife/">Instagram</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.fenmoorwildlife.example/trustees/');
    expect(r.socials).toEqual([
      'https://x.com/fenmoorwildlife',
      'https://www.instagram.com/fenmoorwildlife/',
    ]);
    expect(r.candidates.some((c) => c.value === 'https://x.com/tashworth')).toBe(true);
  });

  it("keeps a band members' personal LinkedIn profiles out even without names read as people", () => {
    const html = `<!doctype html><html lang="en"><head><title>About | Greyfield Brass</title></head><body>
      <main><h1>Greyfield Brass</h1><p>A ten-piece brass band from Leeds.</p>
      <p><a href="https://www.instagram.com/greyfieldbrass/">Instagram</a></p>
      <div class="row"><div class="col"><p>MD</p><a href="https://www.linkedin.com/in/k-obi-music/">LinkedIn</a></div>
      <div class="col"><p>Tour manager</p><a href="https://www.linkedin.com/in/sallyrhodes88/">LinkedIn</a></div></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.greyfieldbrass.example/about');
    expect(r.socials).toEqual(['https://www.instagram.com/greyfieldbrass/']);
  });

  it("keeps an organisation's own accounts listed side by side", () => {
    const html = `<!doctype html><html lang="en"><head><title>Contact | Eastvale Rugby Club</title></head><body>
      <main><h1>Contact us</h1>
      <ul><li>Club news: <a href="https://x.com/eastvalerfc">@eastvalerfc</a></li>
      <li>Eastvale Rugby Club Juniors: <a href="https://x.com/eastvalejuniors">@eastvalejuniors</a></li></ul></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.eastvalerugby.example/contact');
    expect(r.socials).toEqual(['https://x.com/eastvalerfc', 'https://x.com/eastvalejuniors']);
  });

  it("keeps the organisation's own accounts set out as cards with headings", () => {
    const html = `<!doctype html><html lang="en"><head><title>Follow us | Eastvale Rugby Club</title></head><body>
      <main><h1>Follow us</h1>
      <div class="cards"><div class="card"><h3>Main Account</h3><a href="https://x.com/eastvalerfc">X</a></div>
      <div class="card"><h3>Youth Section</h3><a href="https://x.com/eastvale_youth">X</a></div></div></main></body></html>`;
    const r = extractFromHtml(html, 'https://www.eastvalerugby.example/follow');
    expect(r.socials).toEqual(['https://x.com/eastvalerfc', 'https://x.com/eastvale_youth']);
  });

  it("keeps staff profiles whose handles share only a topic word with the organisation's name", () => {
    const html = `<!doctype html><html lang="en"><head><title>Staff | Riverbend Literacy Council</title></head><body>
      <main><h1>Staff</h1>
      <div class="person"><h3>Jo Park</h3><p>Director</p><a href="https://www.linkedin.com/in/jo-park-literacy/">LinkedIn</a></div>
      <div class="person"><h3>Sam Lee</h3><p>Tutor lead</p><a href="https://www.linkedin.com/in/sam-lee-literacy/">LinkedIn</a></div></main>
      <footer><a href="https://www.facebook.com/riverbendliteracy">Facebook</a></footer></body></html>`;
    const r = extractFromHtml(html, 'https://www.riverbendliteracy.example/staff');
    expect(r.socials).toEqual(['https://www.facebook.com/riverbendliteracy']);
  });
});
