/**
 * A platform's call to be listed on it ("List your practice", "Sell on …", "Create events",
 * "Claim this listing") beside a subject that is not the site's brand and has a contact of its
 * own marks the page hosted: the platform's logo, accounts and support lines are not the
 * subject's. Own sites with a heading that is not their name stay theirs. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const LISTING = 'https://www.physiobook.example/clinics/leeds/kirkstall-physio-rooms';
const listing = (nav: string, contact: string, claim = '') =>
  `<!doctype html><html lang="en-GB"><head><title>Kirkstall Physio Rooms – Physiotherapy in Leeds | Physiobook</title><meta property="og:site_name" content="Physiobook"><meta property="og:title" content="Kirkstall Physio Rooms – Physiotherapy in Leeds"></head><body><header><a href="/"><img src="https://www.physiobook.example/img/physiobook-logo.svg" alt="Physiobook"></a><nav><a href="/search">Find a physio</a> ${nav} <a href="/login">Log in</a></nav></header><main><h1>Kirkstall Physio Rooms</h1><p>Sports injuries · Back pain · Pilates rehab</p><section><h2>Practitioners</h2><p>Owen Hartley – Chartered physiotherapist</p></section><section><h2>Address</h2><p>3 Abbey Walk</p><p>Leeds LS5 3HB</p>${contact}</section>${claim}</main><footer><p><a href="/help">Help centre</a> <a href="/terms">Terms</a></p><p><a href="https://www.facebook.com/physiobookuk">Facebook</a> <a href="https://www.instagram.com/physiobook/">Instagram</a></p><p>© 2026 Physiobook Ltd · <a href="mailto:help@physiobook.example">help@physiobook.example</a> · 0113 496 0999</p></footer></body></html>`;
const PHONE = '<p>Phone: 0113 496 0571</p>';

const OWN = 'https://www.holbeckcommunityhub.org.uk/hire/';
const own = (nav: string, body: string, footer = '') =>
  `<!doctype html><html lang="en-GB"><head><title>Meeting rooms to hire | Holbeck Community Hub</title><meta property="og:site_name" content="Holbeck Community Hub"><meta property="og:title" content="Meeting rooms to hire"></head><body><header><a href="https://www.holbeckcommunityhub.org.uk/"><img src="https://www.holbeckcommunityhub.org.uk/img/hub-logo.png" alt="Holbeck Community Hub"></a><nav><a href="/whats-on/">What's on</a> ${nav}</nav></header><main><h1>Meeting rooms to hire</h1>${body}</main><footer>${footer}<p>Holbeck Community Hub, 40 Jenkinson Lawn, Leeds LS11 9QX · 0113 496 0100</p><p><a href="https://www.facebook.com/holbeckhub">Facebook</a></p></footer></body></html>`;

describe('a platform that invites providers to be listed', () => {
  it('reads a practice listed under "List your practice" as hosted', () => {
    const r = extractFromHtml(listing('<a href="/pro">List your practice</a>', PHONE), LISTING);
    expect(r.hosted).toBe(true);
    expect(r.name).toBe('Kirkstall Physio Rooms');
    expect(r.socials).toEqual([]);
    expect(r.logo).toBeUndefined();
    expect(r.emails).toEqual([]);
    expect(r.phones).toEqual(['0113 496 0571']);
  });

  it('reads a listing with a "Claim this listing" box and a written e-mail as hosted', () => {
    const r = extractFromHtml(
      listing(
        '',
        '<p>Email: kirkstallphysio@gmail.com</p>',
        '<p>Is this your practice? <a href="/claim/9921">Claim this listing</a></p>',
      ),
      LISTING,
    );
    expect(r.hosted).toBe(true);
    expect(r.emails).toEqual(['kirkstallphysio@gmail.com']);
    expect(r.socials).toEqual([]);
  });

  it('reads the call in a long menu of inline links', () => {
    const menu = Array.from(
      { length: 30 },
      (_, i) => `<a href="/c/${i}">Category number ${i}</a>`,
    ).join(' ');
    const r = extractFromHtml(
      listing(`${menu} <a href="/sell">Sell on Physiobook</a>`, PHONE),
      LISTING,
    );
    expect(r.hosted).toBe(true);
    expect(r.socials).toEqual([]);
  });

  it('needs the call: the same page without one is not read as hosted by it', () => {
    const r = extractFromHtml(listing('', PHONE), LISTING);
    expect(r.hosted ?? false).toBe(false);
  });

  it('needs a contact of the subject its frame does not carry', () => {
    const r = extractFromHtml(listing('<a href="/pro">List your practice</a>', ''), LISTING);
    expect(r.hosted ?? false).toBe(false);
  });
});

describe("an own site's page whose heading is not its name", () => {
  it('stays the site\'s with "List your business" in its menu but no contact of the page\'s own', () => {
    const r = extractFromHtml(
      own('<a href="/directory/add/">List your business</a>', '<p>Three rooms for 6 to 40.</p>'),
      OWN,
    );
    expect(r.hosted ?? false).toBe(false);
    expect(r.name).toBe('Holbeck Community Hub');
    expect(r.socials).toEqual(['https://www.facebook.com/holbeckhub']);
  });

  it('stays the site\'s when its text says it "sells on" a marketplace', () => {
    const r = extractFromHtml(
      own('', '<p>Our craft group also sells on Etsy. Bookings: call Jan on 0113 496 0155.</p>'),
      OWN,
    );
    expect(r.hosted ?? false).toBe(false);
    expect(r.name).toBe('Holbeck Community Hub');
  });

  it('stays the site\'s when its footer asks "Are you an event organiser?"', () => {
    const r = extractFromHtml(
      own(
        '',
        '<p>Bookings: call Jan on 0113 496 0155.</p>',
        '<p>Are you an event organiser? <a href="/hire/">Hire our hall</a></p>',
      ),
      OWN,
    );
    expect(r.hosted ?? false).toBe(false);
    expect(r.logo).toBe('https://www.holbeckcommunityhub.org.uk/img/hub-logo.png');
  });
});
