import { describe, expect, it } from 'vitest';
import { extractFromHtml } from '../../../lib/capture/parse-html';
import { classifySocial } from '../../../lib/capture/social';

/** A Threads profile page that links its owner, another account, and the owner's Instagram. */
const threadsProfile = (host: string) =>
  `<!doctype html><html><head><title>Riverside Trust (@riverside) • Threads</title>
  <meta property="og:title" content="Riverside Trust (@riverside) on Threads"></head>
  <body><p>Riverside Trust</p>
  <a href="https://${host}/@riverside">Profile</a>
  <a href="https://${host}/@someoneelse">someone else</a>
  <a href="https://www.instagram.com/riverside">Instagram</a></body></html>`;

describe('social platform pages', () => {
  it.each(['www.threads.net', 'www.threads.com'])(
    'on a %s profile, other accounts on the same platform are not taken as the owner’s profiles',
    (host) => {
      const result = extractFromHtml(threadsProfile(host), `https://${host}/@riverside`);
      expect(result.name).toBe('Riverside Trust');
      // the profile itself is the owner's account (as og:type=profile pages already gave it)
      expect(result.socials).toEqual([
        `https://${host}/@riverside`,
        'https://www.instagram.com/riverside',
      ]);
    },
  );
});

describe("creators' and streamers' profiles", () => {
  it('reads dribbble.com/<name> and twitch.tv/<name> as profiles, not their own pages', () => {
    expect(classifySocial('https://dribbble.com/phenomenonstudio')).toBe(
      'https://dribbble.com/phenomenonstudio',
    );
    expect(classifySocial('https://www.twitch.tv/bona_rl')).toBe('https://www.twitch.tv/bona_rl');
    expect(classifySocial('https://dribbble.com/shots')).toBe('');
    expect(classifySocial('https://www.twitch.tv/directory')).toBe('');
  });
});
