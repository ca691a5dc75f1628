/**
 * On a hosted page (a network's group page, a ticketing site's event) the main content links the
 * subject's own accounts beside those of the people and places around it. An account is emitted
 * only when its handle names the subject (a word of its name, its initials, its website's domain)
 * or says "me" (rel=me); the others stay offered in `candidates`. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const URL = 'https://www.circlehub.example/groups/millrace-cycling-club/';
const page = (about: string, box = '') =>
  `<!doctype html><html><head><title>Millrace Cycling Club | CircleHub</title><meta property="og:site_name" content="CircleHub"><meta property="og:title" content="Millrace Cycling Club"></head><body><header><a href="https://www.circlehub.example/"><img src="https://static.circlehub.example/logo.svg" alt="CircleHub"></a></header><main><h1>Millrace Cycling Club</h1><section><h2>About us</h2><p>Weekly social rides from the Millrace bridge. Visit <a href="https://www.millracecc.org.uk/">millracecc.org.uk</a>. ${about}</p></section>${box}</main><footer><a href="https://www.facebook.com/circlehub">Facebook</a> <a href="https://twitter.com/circlehub">X</a></footer></body></html>`;
const ORGANISER =
  '<section><h2>Organisers</h2><div class="organiser"><p class="organiser-name">Priya Nandakumar</p><p>Organiser · member since 2021</p><p><a href="https://www.instagram.com/priya.rides.uk/">Instagram</a></p></div></section>';

const offered = (r: ReturnType<typeof extractFromHtml>): string[] =>
  r.candidates.filter((c) => c.field === 'socials').map((c) => String(c.value));

describe("a hosted page's accounts", () => {
  it("does not emit an organiser's personal account, but offers it", () => {
    const r = extractFromHtml(
      page(
        'Follow us on <a href="https://www.facebook.com/millracecycling">Facebook</a>.',
        ORGANISER,
      ),
      URL,
    );
    expect(r.hosted).toBe(true);
    expect(r.socials).toEqual(['https://www.facebook.com/millracecycling']);
    expect(offered(r)).toContain('https://www.instagram.com/priya.rides.uk/');
  });

  it("keeps accounts named by the subject's initials or its website", () => {
    const r = extractFromHtml(
      page(
        'Find us on <a href="https://www.facebook.com/mcc.riders">Facebook</a> and <a href="https://www.instagram.com/millracecc/">Instagram</a>.',
      ),
      URL,
    );
    expect(r.socials).toEqual([
      'https://www.facebook.com/mcc.riders',
      'https://www.instagram.com/millracecc/',
    ]);
  });

  it('keeps an account whose address carries no name (a numeric page id)', () => {
    const r = extractFromHtml(
      page(
        'We post rides on <a href="https://www.facebook.com/profile.php?id=100087654321098">Facebook</a>.',
      ),
      URL,
    );
    expect(r.socials).toEqual(['https://www.facebook.com/profile.php?id=100087654321098']);
  });

  it('keeps an account the page marks rel=me', () => {
    const r = extractFromHtml(
      page('<a rel="me" href="https://mastodon.example/@spokesandtea">Mastodon</a>'),
      URL,
    );
    expect(r.socials).toContain('https://mastodon.example/@spokesandtea');
  });
});
