import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { emailIsNamed } from '../../../lib/capture/person-name';

const URL = 'https://www.eastside-youth.example.org/team/';
const page = (body: string, title = 'Our team – Eastside Youth Alliance'): string =>
  `<!doctype html><html lang="en-US"><head><title>${title}</title></head><body>${body}</body></html>`;
const footer = `<footer><p>Eastside Youth Alliance · 12 Harbor Street, Springfield, IL 62701</p>
  <p><a href="mailto:info@eastside-youth.example.org">info@eastside-youth.example.org</a> · <a href="tel:+12175550100">(217) 555-0100</a></p></footer>`;

const cards = `<main><h1>Our team</h1><div class="grid">
  <div class="card"><h3>Maria Lopez</h3><p>Program Director</p><a href="mailto:maria@eastside-youth.example.org">maria@eastside-youth.example.org</a></div>
  <div class="card"><h3>James Carter</h3><p>Family Engagement Specialist</p><a href="mailto:jcarter@eastside-youth.example.org">Email James</a><p>(217) 555-0142</p></div>
  <div class="card"><h3>Dr. Aisha Bello</h3><p>Board Chair</p><a href="mailto:a.bello@eastside-youth.example.org">a.bello@eastside-youth.example.org</a></div>
</div></main>${footer}`;

describe('staff cards become people', () => {
  it('offers each card as a person with name, role, email and phone', () => {
    const r = extractFromHtml(page(cards), URL);
    expect(r.people).toEqual(
      expect.arrayContaining([
        {
          name: 'Maria Lopez',
          role: 'Program Director',
          email: 'maria@eastside-youth.example.org',
        },
        {
          name: 'James Carter',
          role: 'Family Engagement Specialist',
          email: 'jcarter@eastside-youth.example.org',
          phone: '(217) 555-0142',
        },
        {
          name: 'Dr. Aisha Bello',
          role: 'Board Chair',
          email: 'a.bello@eastside-youth.example.org',
        },
      ]),
    );
  });

  it('keeps their own emails and phones out of the organisation’s, but not the generic ones', () => {
    const r = extractFromHtml(page(cards), URL);
    expect(r.emails).toEqual(['info@eastside-youth.example.org']);
    expect(r.phones).toEqual(['(217) 555-0100']);
    // still offered in the review, one click away
    const offered = r.candidates.filter((c) => c.field === 'emails').map((c) => c.value);
    expect(offered).toContain('maria@eastside-youth.example.org');
  });

  it('reads list items with the name, role and email on one line', () => {
    const html = page(`<h2>Staff</h2><ul>
      <li><strong>Maria Lopez</strong>, Program Director – <a href="mailto:mlopez@eastside-youth.example.org">mlopez@eastside-youth.example.org</a></li>
      <li><strong>James Carter</strong>, Outreach Coordinator – <a href="mailto:james.carter@eastside-youth.example.org">james.carter@eastside-youth.example.org</a></li>
      <li><strong>Lena Park</strong>, Volunteer Manager – <a href="mailto:lpark@eastside-youth.example.org">lpark@eastside-youth.example.org</a></li>
    </ul>${footer}`);
    const r = extractFromHtml(html, URL);
    expect(r.people.map((p) => [p.name, p.role, p.email])).toEqual(
      expect.arrayContaining([
        ['Maria Lopez', 'Program Director', 'mlopez@eastside-youth.example.org'],
        ['James Carter', 'Outreach Coordinator', 'james.carter@eastside-youth.example.org'],
        ['Lena Park', 'Volunteer Manager', 'lpark@eastside-youth.example.org'],
      ]),
    );
    expect(r.emails).toEqual(['info@eastside-youth.example.org']);
  });

  it('reads table rows under a header row', () => {
    const html = page(
      `<table><thead><tr><th>Name</th><th>Role</th><th>Email</th><th>Phone</th></tr></thead><tbody>
      <tr><td>Maria Lopez</td><td>Principal</td><td>maria.lopez@lincoln.example.edu</td><td>(217) 555-0121</td></tr>
      <tr><td>Tom Nguyen</td><td>Assistant Principal</td><td>tnguyen@lincoln.example.edu</td><td>(217) 555-0122</td></tr>
    </tbody></table><p>Main office: <a href="mailto:office@lincoln.example.edu">office@lincoln.example.edu</a>, (217) 555-0120</p>`,
      'Staff directory – Lincoln Elementary',
    );
    const r = extractFromHtml(html, 'https://lincoln.example.edu/staff');
    expect(r.people).toEqual(
      expect.arrayContaining([
        {
          name: 'Maria Lopez',
          role: 'Principal',
          email: 'maria.lopez@lincoln.example.edu',
          phone: '(217) 555-0121',
        },
        {
          name: 'Tom Nguyen',
          role: 'Assistant Principal',
          email: 'tnguyen@lincoln.example.edu',
          phone: '(217) 555-0122',
        },
      ]),
    );
    expect(r.emails).toEqual(['office@lincoln.example.edu']);
    expect(r.phones.map((p) => p.replace(/\D/g, ''))).toEqual(['2175550120']);
  });

  it('a shared number or a role mailbox on every card stays the organisation’s', () => {
    const html = page(`<section>
      <div class="member"><h4>Maria Lopez</h4><p>Program Director</p><p>programs@eastside-youth.example.org</p><p>(217) 555-0100 ext. 12</p></div>
      <div class="member"><h4>James Carter</h4><p>Outreach Coordinator</p><p>outreach@eastside-youth.example.org</p><p>(217) 555-0100 ext. 14</p></div>
    </section>`);
    const r = extractFromHtml(html, URL);
    expect(r.people.map((p) => p.name)).toEqual(['Maria Lopez', 'James Carter']);
    expect(r.emails).toEqual(
      expect.arrayContaining([
        'programs@eastside-youth.example.org',
        'outreach@eastside-youth.example.org',
      ]),
    );
    expect(r.phones.length).toBeGreaterThan(0);
  });

  it('a single "Contact us" block invents no people and keeps its email', () => {
    const html =
      page(`<h1>Contact us</h1><div class="contact"><h3>Maria Lopez</h3><p>Program Director</p>
      <a href="mailto:maria@eastside-youth.example.org">maria@eastside-youth.example.org</a></div>
      <div class="contact"><h3>Visit us</h3><p>12 Harbor Street, Springfield, IL 62701</p><p>Open Monday to Friday</p></div>`);
    const r = extractFromHtml(html, URL);
    expect(r.emails).toContain('maria@eastside-youth.example.org');
    expect(r.people.filter((p) => p.email)).toEqual([]);
  });

  it('repeated blocks that are not people (locations, programmes) give no people', () => {
    const html = page(`<div class="locations">
      <div class="loc"><h3>North Campus</h3><p>Site Coordinator</p><a href="mailto:north@eastside-youth.example.org">north@eastside-youth.example.org</a></div>
      <div class="loc"><h3>South Campus</h3><p>Site Coordinator</p><a href="mailto:south@eastside-youth.example.org">south@eastside-youth.example.org</a></div>
      <div class="loc"><h3>Eastside Campus</h3><p>Program Coordinator on site</p><a href="mailto:east@eastside-youth.example.org">east@eastside-youth.example.org</a></div>
      <div class="loc"><h3>Riverside Library Branch</h3><p>Program Director on site</p><a href="mailto:river@eastside-youth.example.org">river@eastside-youth.example.org</a></div>
    </div>`);
    const r = extractFromHtml(html, URL);
    expect(r.people).toEqual([]);
    expect(r.emails).toEqual(
      expect.arrayContaining([
        'north@eastside-youth.example.org',
        'south@eastside-youth.example.org',
        'river@eastside-youth.example.org',
        'east@eastside-youth.example.org',
      ]),
    );
  });

  it('an address also given outside the cards stays the organisation’s', () => {
    const html =
      page(`<div><div class="person"><h3>Maria Lopez</h3><p>Executive Director</p><p>maria@eastside-youth.example.org</p></div>
      <div class="person"><h3>James Carter</h3><p>Treasurer</p><p>james@eastside-youth.example.org</p></div></div>
      <footer>Write to our director: <a href="mailto:maria@eastside-youth.example.org">maria@eastside-youth.example.org</a></footer>`);
    const r = extractFromHtml(html, URL);
    expect(r.emails).toEqual(['maria@eastside-youth.example.org']);
  });
});

describe('schema.org contact points that are people', () => {
  it('offer the person and keep the address named after them out of the organisation’s', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'NGO',
      name: 'Eastside Youth Alliance',
      email: 'info@eastside-youth.example.org',
      contactPoint: [
        {
          '@type': 'Person',
          name: 'Maria Lopez',
          jobTitle: 'Program Director',
          email: 'maria.lopez@eastside-youth.example.org',
        },
        {
          '@type': 'ContactPoint',
          contactType: 'volunteering',
          email: 'volunteer@eastside-youth.example.org',
        },
      ],
    };
    const r = extractFromHtml(
      `<!doctype html><html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body></body></html>`,
      URL,
    );
    expect(r.people).toEqual([
      {
        name: 'Maria Lopez',
        role: 'Program Director',
        email: 'maria.lopez@eastside-youth.example.org',
      },
    ]);
    expect(r.emails.sort()).toEqual([
      'info@eastside-youth.example.org',
      'volunteer@eastside-youth.example.org',
    ]);
  });
});

describe('emailIsNamed', () => {
  it('knows addresses built from the name from role and shared mailboxes', () => {
    expect(emailIsNamed('maria@x.org', 'Maria Lopez')).toBe(true);
    expect(emailIsNamed('mlopez@x.org', 'Maria Lopez')).toBe(true);
    expect(emailIsNamed('m.lopez@x.org', 'Maria López')).toBe(true);
    expect(emailIsNamed('awu@x.org', 'Al Wu')).toBe(true);
    expect(emailIsNamed('arn@x.org', 'Arnold Kim')).toBe(true);
    expect(emailIsNamed('info@x.org', 'Maria Lopez')).toBe(false);
    expect(emailIsNamed('programs@x.org', 'Maria Lopez')).toBe(false);
  });

  it("keeps an office's number for the organisation, whatever its directions name", () => {
    const html = `<!doctype html><html lang="en-IE"><head><title>Contact | Tacú Carers Network</title></head><body>
      <main><h1>Contact</h1>
      <section class="offices"><h2>Our offices</h2><h3>Dublin – Head Office</h3>
      <address>28 Queen Street<br>Dublin 7<br>D07 K2W8</address>
      <p>Tel: <a href="tel:+35315550192">+353 1 555 0192</a><br>Email: <a href="mailto:hello@tacucarers.example">hello@tacucarers.example</a></p>
      <p>Luas Red Line: Smithfield stop.</p></section>
      <section class="media"><h2>Media</h2><p>Orla Brennan, Communications Manager</p>
      <p><a href="mailto:orla.brennan@tacucarers.example">orla.brennan@tacucarers.example</a> · <a href="tel:0875556620">087 555 6620</a></p></section>
      </main></body></html>`;
    const r = extractFromHtml(html, 'https://www.tacucarers.example/contact');
    expect(r.phones).toContain('+353 1 555 0192');
  });
});
