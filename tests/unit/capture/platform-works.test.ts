/**
 * A work's page on a platform (a song on a streaming service, an episode on a podcast service, a
 * video) is its creator's: the title's credit or the work's own author names them, and the
 * platform's name, accounts and logo are the host's.
 */
import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';

const head = (title: string, meta: string) =>
  `<!doctype html><html><head><title>${title}</title>${meta}</head>`;

describe("a work's page on a platform", () => {
  it("names a song's artist from the title's credit, not the song or the service", () => {
    const r = extractFromHtml(
      `${head(
        'Harbour Lights - song and lyrics by The Quayside Choir | Spotify',
        `<meta property="og:site_name" content="Spotify"><meta property="og:title" content="Harbour Lights">
<meta property="og:type" content="music.song"><meta name="twitter:site" content="@spotify">`,
      )}<body><header><a href="/"><img src="/logo.svg" alt="Spotify"></a></header>
<main><h1>Harbour Lights</h1><p>The Quayside Choir · 2026 · 3:41</p></main>
<footer><a href="https://twitter.com/spotify">Twitter</a> <a href="https://www.facebook.com/Spotify">Facebook</a></footer></body></html>`,
      'https://open.spotify.com/track/7aa1bc2d3e',
    );
    expect(r.name).toBe('The Quayside Choir');
    expect(r.socials).not.toContain('https://twitter.com/spotify');
    expect(r.url).toBeUndefined();
  });

  it("names an episode's show from the title, after the episode's own title, whatever the markup calls the episode", () => {
    const r = extractFromHtml(
      `${head(
        'Why Tides Turn - The Estuary Hour | Podcast on Spotify',
        `<meta property="og:site_name" content="Spotify"><meta property="og:title" content="Why Tides Turn">
<meta property="og:type" content="music.song">`,
      )}<body><script type="application/ld+json">{"@context":"https://schema.org","@type":"MusicGroup","name":"Why Tides Turn","url":"https://open.spotify.com/episode/55bd21e"}</script>
<main><h1>Why Tides Turn</h1><p>The Estuary Hour</p></main></body></html>`,
      'https://open.spotify.com/episode/55bd21e',
    );
    expect(r.name).toBe('The Estuary Hour');
  });

  it("names a video's channel from the work's author, with the channel's profile", () => {
    const r = extractFromHtml(
      `${head(
        'Building the New Library Roof - YouTube',
        `<meta property="og:site_name" content="YouTube"><meta property="og:title" content="Building the New Library Roof">
<meta property="og:type" content="video.other"><meta name="twitter:site" content="@youtube">`,
      )}<body><div itemscope itemtype="http://schema.org/VideoObject"><meta itemprop="name" content="Building the New Library Roof">
<span itemprop="author" itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="http://www.youtube.com/@FernleyTownCouncil"><link itemprop="name" content="Fernley Town Council"></span></div>
<footer><a href="https://www.youtube.com/creators/">Creators</a> <a href="https://www.youtube.com/ads/">Advertise</a></footer></body></html>`,
      'https://www.youtube.com/watch?v=a1b2c3d4e5f',
    );
    expect(r.name).toBe('Fernley Town Council');
    expect(r.type).toBe('Organization');
    expect(r.socials).toContain('http://www.youtube.com/@FernleyTownCouncil');
    expect(r.socials).not.toContain('https://twitter.com/youtube');
  });

  it('reads a channel the platform types a Person as an organisation when its name says so', () => {
    const channel = (name: string) =>
      extractFromHtml(
        `${head(
          `${name} - YouTube`,
          `<meta property="og:site_name" content="YouTube"><meta property="og:title" content="${name}">`,
        )}<body><div itemscope itemtype="http://schema.org/Person"><link itemprop="url" href="https://www.youtube.com/channel/UCa1b2c3d4e5f6a7b8c9d0e1f2"><meta itemprop="name" content="${name}"></div>
<main><h1>${name}</h1><p>Videos every week.</p></main></body></html>`,
        'https://www.youtube.com/channel/UCa1b2c3d4e5f6a7b8c9d0e1f2',
      );
    expect(channel('Harbour Records').type).toBe('Organization');
    expect(channel('Ada Mensah').type).toBe('Person');
  });

  it("does not take a commenter for the video's channel", () => {
    const r = extractFromHtml(
      `${head(
        'Spring Concert 2027 - YouTube',
        `<meta property="og:site_name" content="YouTube"><meta property="og:title" content="Spring Concert 2027">
<meta property="og:type" content="video.other">`,
      )}<body><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        name: 'Spring Concert 2027',
        comment: [
          {
            '@type': 'Comment',
            text: 'Lovely!',
            author: {
              '@type': 'Person',
              name: '@viewer123',
              url: 'https://www.youtube.com/@viewer123',
            },
          },
        ],
        author: {
          '@type': 'Person',
          name: 'Ashby Youth Orchestra',
          url: 'https://www.youtube.com/@AshbyYouthOrchestra',
        },
      })}</script></body></html>`,
      'https://www.youtube.com/watch?v=z9y8x7w6v5u',
    );
    expect(r.name).toBe('Ashby Youth Orchestra');
    expect(r.socials).not.toContain('https://www.youtube.com/@viewer123');
  });

  it("reads a show's own page as the show, not its hosts", () => {
    const r = extractFromHtml(
      `${head(
        'The Estuary Hour | Podcast on Spotify',
        `<meta property="og:site_name" content="Spotify"><meta property="og:title" content="The Estuary Hour">
<meta property="og:type" content="website">`,
      )}<body><script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'PodcastSeries',
        name: 'The Estuary Hour',
        author: { '@type': 'Person', name: 'Ines Okafor and Tom Reyes' },
      })}</script><main><h1>The Estuary Hour</h1></main></body></html>`,
      'https://open.spotify.com/show/4kYCRYJ3yK',
    );
    expect(r.name).toBe('The Estuary Hour');
  });

  it("does not read a video's upload date under its heading as an event's", () => {
    const r = extractFromHtml(
      `${head(
        'Fernley Gala Highlights on Vimeo',
        `<meta property="og:site_name" content="Vimeo"><meta property="og:title" content="Fernley Gala Highlights">
<meta property="og:type" content="video.other">`,
      )}<body><main><h1>Fernley Gala Highlights</h1><p>Uploaded Sat 14 June 2027 at 18:30</p><p>Fernley Town Council</p></main></body></html>`,
      'https://vimeo.com/311983548',
    );
    expect(r.type).not.toBe('Event');
  });

  it("takes the creator's profile on the platform that the page links from the credit", () => {
    const r = extractFromHtml(
      `${head(
        'Low Tide [free download] by Marsh Lantern',
        `<meta property="og:site_name" content="SoundCloud"><meta property="og:title" content="Low Tide [free download]">
<meta property="og:type" content="music.song"><meta name="twitter:site" content="@SoundCloud">`,
      )}<body><main><h1>Low Tide [free download]</h1><a href="/marshlanternband">Marsh Lantern</a>
<a href="/marshlanternband"><img src="/avatar.jpg" alt=""></a><a href="/listener42">listener42</a>
<a href="/marshlanternband/low-tide/comments/1">1 comment</a></main>
<footer><a href="/pages/contact">Contact</a> <a href="https://twitter.com/SoundCloud">Twitter</a></footer></body></html>`,
      'https://soundcloud.com/marshlanternband/low-tide',
    );
    expect(r.name).toBe('Marsh Lantern');
    expect(r.socials).toEqual(['https://soundcloud.com/marshlanternband']);
  });

  it("takes a creator's own profile page on the platform as one of their profiles", () => {
    const r = extractFromHtml(
      `${head(
        'Tidewater Design Studio | Dribbble',
        `<meta property="og:site_name" content="Dribbble"><meta property="og:title" content="Tidewater Design Studio">
<meta property="og:type" content="website"><meta name="twitter:site" content="@dribbble">`,
      )}<body><header><a href="/"><img src="/logo.svg" alt="Dribbble"></a></header>
<main><h1>Tidewater Design Studio</h1><p>Brand and web design for charities.</p>
<a href="https://tidewaterdesign.example.com/">tidewaterdesign.example.com</a></main>
<footer><a href="https://twitter.com/dribbble">Twitter</a> <a href="https://instagram.com/dribbble">Instagram</a></footer></body></html>`,
      'https://dribbble.com/tidewaterdesign',
    );
    expect(r.name).toBe('Tidewater Design Studio');
    expect(r.socials).toContain('https://dribbble.com/tidewaterdesign');
    expect(r.socials).not.toContain('https://twitter.com/dribbble');
  });

  it("reads no creator from a title that only goes on after the work's own words", () => {
    const r = extractFromHtml(
      `${head(
        'Harbour Lights Gigography, Tour History &amp; Past Concerts – Songkick',
        '<meta property="og:site_name" content="Songkick"><meta property="og:title" content="Harbour Lights Gigography">',
      )}<body><main><h1>Harbour Lights</h1><p>Past concerts: 2 May 2026, Corn Exchange.</p></main></body></html>`,
      'https://www.songkick.com/artists/88-harbour-lights/gigography',
    );
    expect(r.name).not.toBe(', Tour History & Past Concerts');
    expect(r.name).toMatch(/^Harbour Lights/);
  });
});
