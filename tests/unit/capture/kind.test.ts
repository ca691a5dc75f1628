import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { kindFromDescription, kindFromWords } from '../../../lib/capture/rules/kind';

const URL = 'https://www.eastside-youth.example.org/about';
const jsonLd = (node: Record<string, unknown>): string =>
  `<!doctype html><html><head><title>About us</title><script type="application/ld+json">${JSON.stringify(
    { '@context': 'https://schema.org', ...node },
  )}</script></head><body><h1>About us</h1></body></html>`;
const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('partner kind from schema.org types', () => {
  it('an NGO whose description talks about after-school and school districts is a nonprofit', () => {
    const r = extractFromHtml(
      jsonLd({
        '@type': 'NGO',
        name: 'Eastside Youth Alliance',
        description:
          'After-school tutoring and mentoring for students across the Eastside school district.',
      }),
      URL,
    );
    expect(r.kind).toBe('nonprofit');
    expect(r.sources.kind).toBe('json-ld');
  });

  it('the type wins over words in the name', () => {
    const r = extractFromHtml(
      jsonLd({ '@type': 'Library', name: 'Lincoln School Community Reading Room' }),
      URL,
    );
    expect(r.kind).toBe('library');
  });

  it('of several types the one naming a kind decides', () => {
    const r = extractFromHtml(
      jsonLd({ '@type': ['Organization', 'GovernmentOrganization'], name: 'Parks Alliance' }),
      URL,
    );
    expect(r.kind).toBe('government');
  });

  it.each([
    ['CollegeOrUniversity', 'Riverbend Learning Society', 'higher-ed'],
    ['ElementarySchool', 'Maple Grove Foundation', 'school'],
    ['SchoolDistrict', 'Northfield Learning', 'district'],
    ['Corporation', 'Northfield Education Foundation', 'business'],
    ['BookStore', 'The Reading Club', 'business'],
    ['Church', 'St. Anne Community Centre', 'faith'],
    ['SportsTeam', 'Eastside Strikers', 'community-group'],
  ])('a %s named "%s" is a %s partner', (type, name, kind) => {
    expect(extractFromHtml(jsonLd({ '@type': type, name }), URL).kind).toBe(kind);
  });

  it('nonprofitStatus says nonprofit even on a plain Organization', () => {
    const r = extractFromHtml(
      jsonLd({ '@type': 'Organization', name: 'Open Shelf', nonprofitStatus: 'Nonprofit501c3' }),
      URL,
    );
    expect(r.kind).toBe('nonprofit');
  });

  it('microdata and RDFa types decide as JSON-LD does', () => {
    const micro = page(
      '<title>Home</title>',
      '<div itemscope itemtype="https://schema.org/NGO"><h1 itemprop="name">Harbor Kids Academy Trust</h1><p itemprop="description">Free after-school clubs.</p></div>',
    );
    expect(extractFromHtml(micro, URL)).toMatchObject({
      kind: 'nonprofit',
      sources: { kind: 'microdata' },
    });
    const rdfa = page(
      '<title>Home</title>',
      '<div vocab="https://schema.org/" typeof="GovernmentOrganization"><h1 property="name">Riverside Schools Office</h1></div>',
    );
    expect(extractFromHtml(rdfa, URL)).toMatchObject({
      kind: 'government',
      sources: { kind: 'rdfa' },
    });
  });

  it('a generic type only hints: words in the name refine it', () => {
    const named = extractFromHtml(
      jsonLd({ '@type': 'EducationalOrganization', name: 'Riverside Reading Foundation' }),
      URL,
    );
    expect(named.kind).toBe('nonprofit');
    const bare = extractFromHtml(
      jsonLd({ '@type': 'EducationalOrganization', name: 'Bright Futures' }),
      URL,
    );
    expect(bare.kind).toBe('school');
  });

  it('a person has no partner kind, whatever the words', () => {
    const r = extractFromHtml(
      jsonLd({ '@type': 'Person', name: 'Ana Library', jobTitle: 'Librarian' }),
      URL,
    );
    expect(r.kind).toBeUndefined();
  });
});

describe('partner kind from words when nothing typed says', () => {
  it('reads the name, and says the kind was found where the name was', () => {
    const r = extractFromHtml(
      page(
        '<title>Riverside Public Library</title><meta property="og:site_name" content="Riverside Public Library">',
        '<h1>Welcome</h1>',
      ),
      'https://riversidelibrary.example.org/',
    );
    expect(r.kind).toBe('library');
    expect(r.sources.kind).toBe(r.sources.name);
  });

  it('reads what the description says the entity is, not what it runs or whom it serves', () => {
    expect(
      kindFromDescription('Eastside Youth Alliance is a nonprofit that runs after-school clubs.'),
    ).toBe('nonprofit');
    expect(kindFromDescription('A public elementary school in Springfield.')).toBe('school');
    expect(
      kindFromDescription('We run after-school programs for every school in the district.'),
    ).toBeUndefined();
    expect(
      kindFromDescription('Tutoring for students of the Eastside school district.'),
    ).toBeUndefined();
    expect(kindFromDescription('We are a volunteer-led after-school program.')).toBeUndefined();
    expect(kindFromDescription('Lakeside is the public library of Lake County.')).toBe('library');
  });

  it('"after-school" in a name is not a school', () => {
    expect(kindFromWords('Eastside After-School Club')).toBe('nonprofit');
    expect(kindFromWords('Northside Afterschool Program')).toBeUndefined();
    expect(kindFromWords('Lincoln Elementary School')).toBe('school');
  });

  it('keeps the order of the kind words', () => {
    expect(kindFromWords('Riverside Public Library')).toBe('library');
    expect(kindFromWords('State University')).toBe('higher-ed');
    expect(kindFromWords('Springfield Public Schools')).toBe('district');
    expect(kindFromWords('Lincoln School Library')).toBe('library');
    expect(kindFromWords('Maple Street PTA')).toBe('family-group');
    expect(kindFromWords('Lincoln School PTA')).toBe('school');
    expect(kindFromWords('Acme Widgets')).toBeUndefined();
  });

  it('an untyped page whose description says after-school is not filed as a school', () => {
    const r = extractFromHtml(
      page(
        '<title>Harbor Kids</title><meta property="og:site_name" content="Harbor Kids"><meta name="description" content="Free after-school homework help in every school district of the county.">',
        '<h1>Harbor Kids</h1>',
      ),
      'https://harborkids.example.org/',
    );
    expect(r.kind).not.toBe('school');
    expect(r.kind).not.toBe('district');
  });
});

describe('an h-card named like an organisation', () => {
  it('is an organisation without a p-org', () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Contact</title></head><body>
      <div class="h-card"><p class="p-name">Glenmore Community Centre</p>
      <p class="p-adr h-adr"><span class="p-street-address">4 Park Road</span>, <span class="p-locality">Belfast</span> <span class="p-postal-code">BT5 6AA</span></p></div>
      </body></html>`;
    const r = extractFromHtml(html, 'https://www.glenmorecc.org.uk/contact');
    expect(r.type).toBe('Organization');
  });
});

describe("a name the page's data types elsewhere", () => {
  it('reads a band named like a park as the band its concerts name as performer', () => {
    const concert = (date: string, venue: string) => ({
      '@context': 'https://schema.org',
      '@type': 'MusicEvent',
      name: `Harbour Park at ${venue}`,
      startDate: date,
      location: { '@type': 'Place', name: venue },
      performer: [{ '@type': 'MusicGroup', name: 'Harbour Park' }],
    });
    const html = page(
      `<title>Harbour Park Gigography, Tour History &amp; Past Concerts – Songkick</title>
       <meta property="og:site_name" content="Songkick">
       <meta property="og:title" content="Harbour Park Gigography">
       <script type="application/ld+json">${JSON.stringify([
         concert('2026-05-02', 'Corn Exchange'),
         concert('2026-05-09', 'Old Fire Station'),
       ])}</script>`,
      `<header><a href="/">Songkick</a></header><main><h1>Harbour Park</h1>
       <h2>Past concerts</h2><ul><li>2 May 2026 Corn Exchange</li><li>9 May 2026 Old Fire Station</li></ul></main>`,
    );
    const r = extractFromHtml(html, 'https://www.songkick.com/artists/88-harbour-park/gigography');
    expect(r.name).toBe('Harbour Park');
    expect(r.type).toBe('Organization');
  });
});

describe('a role word deep in an article', () => {
  it("does not make a magazine named like a person a person's site", () => {
    const story = Array.from(
      { length: 20 },
      (_, i) => `<p>Paragraph ${i + 1} of the interview about funding and growth.</p>`,
    ).join('');
    const html = page(
      `<title>How we found our first customers | Harbor Dispatch</title>
       <meta property="og:site_name" content="Harbor Dispatch"><meta property="og:type" content="article">`,
      `<header><a href="/">Harbor Dispatch</a></header><main><article><h1>How we found our first customers</h1>
       ${story}<p>The author thanks everyone who answered.</p></article></main>`,
    );
    const r = extractFromHtml(html, 'https://www.harbordispatch.example/stories/first-customers');
    expect(r.name).toBe('Harbor Dispatch');
    expect(r.type).toBe('Organization');
  });

  it("still reads a designer's own site, whose first lines say so, as a person's", () => {
    const html = page(
      `<title>Mara Quint</title><meta name="description" content="Mara Quint, designer in Leeds.">`,
      `<header><a href="/">Mara Quint</a></header><main><h1>Mara Quint</h1><p>Selected projects.</p></main>`,
    );
    const r = extractFromHtml(html, 'https://maraquint.example/');
    expect(r.type).toBe('Person');
  });

  it("types a sole trader's first-person home page named for the trade as an organisation", () => {
    const html = `<!doctype html><html lang="en-GB"><head><title>Harlow Electrical | Domestic electrician in Reading</title></head><body>
      <header><a href="/">Harlow Electrical</a></header>
      <main><h1>Harlow Electrical</h1><p>I'm Tom, a fully qualified electrician. I rewire homes and fit EV chargers, and my customers get a certificate for every job.</p>
      <p>Call me on 07700 900118.</p></main></body></html>`;
    expect(extractFromHtml(html, 'https://www.harlowelectrical.example/').type).toBe(
      'Organization',
    );
  });

  it('does not count French pronouns ("me") as a person\'s first person', () => {
    const html = `<!doctype html><html lang="fr"><head><title>Mentions légales | Rivages Solidaires</title></head><body>
      <header><a href="/">Rivages Solidaires</a></header>
      <main><h1>Mentions légales</h1><p>Pour me signaler un contenu, écrivez à la présidente, qui peut me répondre. Vous pouvez me joindre par courrier.</p></main>
      </body></html>`;
    expect(
      extractFromHtml(html, 'https://www.rivages-solidaires.example/mentions-legales').type,
    ).toBe('Organization');
  });
});
