/**
 * Several accounts on one platform in a site's frame: those named for the site are its own, the
 * others (a hotel group's, a network's) are not; sites whose handles match none of their names,
 * or whose accounts are all named for them, keep them all. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const page = (footer: string): string => `<!doctype html><html lang="en-GB"><head>
  <title>Rooms | The Anchor Hotel, Fowey</title>
  <meta property="og:site_name" content="The Anchor Hotel"></head><body>
  <header><a href="/"><img src="/anchor.png" alt="The Anchor Hotel"></a></header>
  <main><h1>Rooms</h1><p>Twelve rooms over the harbour.</p></main>
  <footer>${footer}</footer></body></html>`;
const url = 'https://www.anchorhotelfowey.example/rooms/';

describe('several accounts on one platform in the frame', () => {
  it("keeps a group's accounts beside the hotel's own out", () => {
    const r = extractFromHtml(
      page(`<p><a href="https://www.instagram.com/anchorhotelfowey/">Instagram</a>
        <a href="https://www.facebook.com/anchorhotelfowey">Facebook</a></p>
        <p>Stay with our family of hotels
        <a href="https://www.instagram.com/tidehousecollection/">Instagram</a>
        <a href="https://www.facebook.com/tidehousecollection">Facebook</a></p>`),
      url,
    );
    expect(r.socials).toEqual([
      'https://www.instagram.com/anchorhotelfowey/',
      'https://www.facebook.com/anchorhotelfowey',
    ]);
  });

  it('keeps every account when all or none are named for the site', () => {
    const all = extractFromHtml(
      page(
        `<a href="https://x.com/anchorfowey">X</a> <a href="https://x.com/anchorfowey_ev">X</a>`,
      ),
      url,
    );
    expect(all.socials).toHaveLength(2);
    const none = extractFromHtml(
      page(`<a href="https://x.com/tahfowey">X</a> <a href="https://x.com/tahfowey_bar">X</a>`),
      url,
    );
    expect(none.socials).toHaveLength(2);
  });

  it('reads a name in another script as naming no account, not every account', () => {
    const r = extractFromHtml(
      `<!doctype html><html lang="ru"><head><title>Контакты | Библиотека Пушкина</title>
      <meta property="og:site_name" content="Библиотека Пушкина"></head><body>
      <header><a href="/">Библиотека Пушкина</a></header>
      <main><h1>Контакты</h1><p>Открыто ежедневно.</p></main>
      <footer><p><a href="https://www.facebook.com/pushkinlib">Facebook</a>
      <a href="https://www.instagram.com/pushkinlib/">Instagram</a></p>
      <p>Сеть городских библиотек <a href="https://www.facebook.com/gorodskiebiblioteki">Facebook</a>
      <a href="https://www.instagram.com/gorodskiebiblioteki/">Instagram</a></p></footer>
      </body></html>`,
      'https://pushkinlib.example/kontakty/',
    );
    expect(r.socials).toEqual([
      'https://www.facebook.com/pushkinlib',
      'https://www.instagram.com/pushkinlib/',
    ]);
  });
});
