/**
 * A numbered item of a site's series ("117: Guest on Topic", "#42 – …", "Episode 12: …") is an
 * episode's or an issue's page on the site's own domain: the site is the subject, not a guest
 * named in the item's title. Pages invented.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { isGenericSegment } from '../../../lib/capture/title';

const episode = (title: string): string => `<!doctype html><html lang="en"><head>
  <title>${title} | Hallway Track</title>
  <meta property="og:site_name" content="Hallway Track">
  <meta property="og:title" content="${title} | Hallway Track"></head><body>
  <header><a href="/">Hallway Track</a></header>
  <main><h1>${title}</h1><p>We talk local-first software with Rosa Imbert.</p>
  <h2>Featuring</h2><p>Rosa Imbert — <a href="https://rosa-imbert.example/">Website</a><br>
  Kofi Mensah — <a href="https://kofi.example/">Website</a></p></main>
  <footer><a href="https://twitter.com/hallwaytrackfm">Twitter</a></footer></body></html>`;

describe('numbered items of a series', () => {
  it.each(['117: Rosa Imbert on CRDTs', '#117 – Rosa Imbert on CRDTs', 'Episode 117: Rosa Imbert'])(
    'reads "%s" as the show\'s own page',
    (title) => {
      const r = extractFromHtml(episode(title), 'https://hallwaytrack.example/episodes/117');
      expect(r.name).toBe('Hallway Track');
      expect(r.url).toBe('https://hallwaytrack.example/');
    },
  );

  it("reads a course's numbered lecture as the school's page, past the course's name", () => {
    const html = `<!doctype html><html lang="en"><head>
      <title>Lecture 12: Graphs and networks | Linear Algebra | Northgate Open Courses</title></head><body>
      <main><h1>Lecture 12: Graphs and networks</h1><p>These video lectures were recorded in 2019.</p>
      <h2>About Northgate Open Courses</h2></main></body></html>`;
    const r = extractFromHtml(
      html,
      'https://www.northgateopencourses.example/linear-algebra/lecture-12/',
    );
    expect(r.name).toBe('Northgate Open Courses');
  });

  it('leaves names that start with a number and a point, as clubs write them', () => {
    expect(isGenericSegment('1. FC Köln')).toBe(false);
    expect(isGenericSegment('7:30 Club')).toBe(false);
    expect(isGenericSegment('42: The Answer')).toBe(true);
  });
});
