/** Social profile recognition shared by the links, meta and structured-data rules. */
import {
  RESERVED_TWITTER,
  RESERVED_FB,
  RESERVED_IG,
  RESERVED_GH,
  RESERVED_YT,
} from './data/social-reserved-paths';
import { PLACEHOLDER_HANDLE } from './data/social-placeholders';

const SHARE_RE =
  /(sharer|share\.php|sharearticle|\/share\b|\/sharing\/|\/intent\/|\/dialog\/|\/plugins\/|[?&](url|u|text|shareurl)=|addtoany|\/pin\/create)/i;

/** facebook.com, its mobile and language sub-domains (de-de.facebook.com): where pages live. */
const FACEBOOK_PAGE_HOST =
  /^(?:(?:www|m|mobile|web|touch|[a-z]{2}(?:-[a-z]{2})?)\.)?facebook\.com$/;

const NOT_FEDI_HOSTS = /(^|\.)(tiktok\.com|threads\.net|threads\.com|medium\.com|youtube\.com)$/;

/**
 * When `href` is a social profile URL, return it (absolute, https, without share/tracking
 * parameters except an explicit profile id); otherwise ''. A theme's unfilled placeholder
 * ("facebook.com/yourpage") is no one's profile.
 */
export function classifySocial(href: string): string {
  const profile = classifyProfile(href);
  return profile && PLACEHOLDER_HANDLE.test(socialHandle(profile)) ? '' : profile;
}

function classifyProfile(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return '';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return '';
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const full = u.pathname + u.search;
  if (SHARE_RE.test(full)) return '';
  const segs = u.pathname.split('/').filter(Boolean);
  const s0 = (segs[0] ?? '').toLowerCase();
  const ok = (): string => {
    const id = u.searchParams.get('id');
    const clean = new URL(u.href);
    clean.search = id ? '?id=' + encodeURIComponent(id) : '';
    clean.hash = '';
    return clean.href;
  };
  if (host === 'twitter.com' || host === 'x.com') {
    if (segs.length !== 1 || RESERVED_TWITTER.has(s0)) return '';
    return /^[A-Za-z0-9_]{1,15}$/.test(segs[0]!) ? ok() : '';
  }
  // facebook's own sub-sites (developers., business., about.) hold no one's page; language and
  // mobile sub-domains do
  if (/(^|\.)facebook\.com$/.test(host) && !FACEBOOK_PAGE_HOST.test(host)) return '';
  if (/(^|\.)facebook\.com$/.test(host) || host === 'fb.com') {
    if (!segs.length || RESERVED_FB.has(s0)) return '';
    if (s0 === 'profile.php') return u.searchParams.get('id') ? ok() : '';
    if (s0 === 'pages' || s0 === 'groups' || s0 === 'people') return segs.length >= 2 ? ok() : '';
    if (segs.length > 1 && /^(posts|videos|photos|events|reviews|about)$/i.test(segs[1]!)) {
      return segs[2] ? '' : ok();
    }
    return segs.length <= 2 ? ok() : '';
  }
  if (/(^|\.)linkedin\.com$/.test(host)) {
    if (/^(company|in|pub|school|showcase|organization)$/.test(s0) && segs.length >= 2) {
      if (segs.length > 2 && s0 !== 'pub' && !/^(about|mycompany)$/.test(segs[2]!)) return '';
      return ok();
    }
    return '';
  }
  if (host === 'instagram.com' || host === 'instagr.am') {
    return segs.length === 1 && !RESERVED_IG.has(s0) ? ok() : '';
  }
  if (host === 'youtube.com') {
    if (/^(channel|user|c)$/.test(s0) && segs.length >= 2) {
      return segs.length === 2 || /^(videos|featured|about|playlists)$/.test(segs[2]!) ? ok() : '';
    }
    if (segs.length >= 1 && segs.length <= 2 && !RESERVED_YT.has(s0)) {
      return segs.length === 1 || /^(videos|featured|about)$/.test(segs[1]!) ? ok() : '';
    }
    return '';
  }
  if (host === 'tiktok.com') return segs.length === 1 && s0.startsWith('@') ? ok() : '';
  if (/(^|\.)pinterest\.[a-z.]+$/.test(host)) {
    if (segs.length !== 1 || /^(pin|search|ideas|today|business)$/.test(s0)) return '';
    return ok();
  }
  if (host === 'github.com') {
    if (s0 === 'orgs' && segs.length === 2) return ok();
    return segs.length === 1 && !RESERVED_GH.has(s0) ? ok() : '';
  }
  if (host === 'bsky.app') return s0 === 'profile' && segs.length === 2 ? ok() : '';
  if (host === 'threads.net' || host === 'threads.com') {
    return segs.length === 1 && s0.startsWith('@') ? ok() : '';
  }
  if (host === 't.me' || host === 'telegram.me') {
    return segs.length === 1 && !/^(share|joinchat|addstickers|iv|proxy)$/.test(s0) ? ok() : '';
  }
  if (host === 'flickr.com') {
    return (s0 === 'photos' || s0 === 'people') && segs.length === 2 ? ok() : '';
  }
  if (host === 'tumblr.com')
    return segs.length === 1 &&
      !/^(dashboard|explore|tagged|search|login|register|share|widgets)$/.test(s0)
      ? ok()
      : '';
  if (/^[a-z0-9-]+\.tumblr\.com$/.test(host) && host !== 'www.tumblr.com') {
    return segs.length === 0 ? ok() : '';
  }
  if (host === 'plus.google.com') {
    // a signed-in user's view of the page: /u/0/+Name
    if (s0 === 'u' && /^\d$/.test(segs[1] ?? '')) segs.splice(0, 2);
    if (!segs.length) return '';
    if (segs.length === 1 || (segs.length === 2 && /^(posts|about)$/.test(segs[1]!))) {
      return /^(\+|\d{10,})/.test(segs[0]!) ? ok() : '';
    }
    return '';
  }
  if (host === 'vimeo.com')
    return segs.length === 1 && /^[a-z][\w-]*$/i.test(segs[0]!) && !/^\d+$/.test(segs[0]!)
      ? ok()
      : '';
  if (host === 'soundcloud.com') return segs.length === 1 ? ok() : '';
  // creators' and streamers' profiles
  if (host === 'dribbble.com' || host === 'twitch.tv')
    return segs.length === 1 && !CREATOR_RESERVED.test(s0) ? ok() : '';
  if (host === 'snapchat.com') return s0 === 'add' && segs.length === 2 ? ok() : '';
  if (host === 'flipboard.com') return segs.length === 1 && s0.startsWith('@') ? ok() : '';
  if (host === 'medium.com') return segs.length === 1 && s0.startsWith('@') ? ok() : '';
  // a server named for Mastodon also answers an account's bare name (mastodon.social/name)
  if (
    /^mastodon\.[a-z.]+$/.test(host) &&
    segs.length === 1 &&
    /^[A-Za-z0-9_]{1,30}$/.test(s0) &&
    !MASTODON_PAGE.test(s0)
  ) {
    return ok();
  }
  // Mastodon and other fediverse servers: https://server/@user
  if (!NOT_FEDI_HOSTS.test(host) && segs.length === 1 && /^@[A-Za-z0-9_.]{1,64}$/.test(segs[0]!)) {
    return ok();
  }
  return '';
}

/**
 * The account a post on a social platform belongs to, read from the post's address:
 * x.com/name/status/1, t.me/channel/28542, facebook.com/page/posts/1, tiktok.com/@name/video/1,
 * threads.net/@name/post/x, bsky.app/profile/name/post/x, server/@name/1234 (fediverse).
 * '' when the address is not such a post (or is a profile already).
 */
export function postOwnerProfile(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return '';
  }
  const host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  const segs = u.pathname.split('/').filter(Boolean);
  const owner = (n: number): string =>
    classifySocial(`${u.protocol}//${u.host}/${segs.slice(0, n).join('/')}`);
  if (host === 'twitter.com' || host === 'x.com')
    return segs.length >= 3 && segs[1] === 'status' ? owner(1) : '';
  if (host === 't.me' || host === 'telegram.me')
    return segs.length === 2 && /^\d+$/.test(segs[1]!) ? owner(1) : '';
  if (/(^|\.)facebook\.com$/.test(host))
    return segs.length >= 3 && /^(posts|videos|photos)$/.test(segs[1]!) ? owner(1) : '';
  if (host === 'tiktok.com' || host === 'threads.net' || host === 'threads.com')
    return segs.length >= 3 && segs[0]!.startsWith('@') && /^(video|post)$/.test(segs[1]!)
      ? owner(1)
      : '';
  if (host === 'bsky.app')
    return segs.length >= 4 && segs[0] === 'profile' && segs[2] === 'post' ? owner(2) : '';
  // a story: instagram.com/stories/<handle>/<id>
  if (host === 'instagram.com' && segs[0] === 'stories' && segs.length === 3)
    return classifySocial(`${u.protocol}//${u.host}/${segs[1]}/`);
  if (
    !NOT_FEDI_HOSTS.test(host) &&
    segs.length === 2 &&
    /^@/.test(segs[0]!) &&
    /^\d+$/.test(segs[1]!)
  )
    return owner(1);
  return '';
}

/**
 * The profile of an account named by its handle ("Willyrex (@willyrex) • Instagram photo") on
 * the platform a post's page is on, or ''.
 */
export function handleProfile(pageUrl: string, handle: string): string {
  let host = '';
  try {
    host = new URL(pageUrl).hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  } catch {
    return '';
  }
  const h = handle.replace(/^@/, '');
  if (!/^[\w.-]{1,64}$/.test(h)) return '';
  if (host === 'instagram.com') return classifySocial(`https://www.instagram.com/${h}/`);
  if (host === 'tiktok.com') return classifySocial(`https://www.tiktok.com/@${h}`);
  if (host === 'threads.net' || host === 'threads.com')
    return classifySocial(`https://www.${host}/@${h}`);
  if (host === 'x.com' || host === 'twitter.com') return classifySocial(`https://x.com/${h}`);
  if (host === 'bsky.app') return classifySocial(`https://bsky.app/profile/${h}`);
  return '';
}

/** Paths of dribbble.com and twitch.tv that are the platform's own pages, not profiles. */
const MASTODON_PAGE =
  /^(?:about|explore|public|tags|auth|settings|home|privacy-policy|terms|invites|web|api|search|directory)$/i;

const CREATOR_RESERVED =
  /^(?:shots|search|jobs|designers|tags|stories|session|signup|login|about|pro|directory|downloads|settings|subscriptions|p|videos|store|turbo|prime)$/i;

/** Posts whose address does not name their account: instagram.com/p/…, youtube.com/watch,
 * linkedin.com/posts/… and /pulse/…. */
const UNNAMED_POST =
  /^https?:\/\/(?:www\.|m\.)?(?:instagram\.com\/(?:p|reel|tv)\/|youtube\.com\/(?:watch|shorts\/)|linkedin\.com\/(?:posts|pulse|feed\/update)\/)/i;

/** Is the address one post (a status, a photo, a video, an article) on a social platform? */
export function isPlatformPost(href: string): boolean {
  return UNNAMED_POST.test(href) || !!postOwnerProfile(href);
}

/** Key used to dedupe socials (matches the way profiles are compared). */
export function socialKey(url: string): string {
  try {
    const u = new URL(url);
    let host = u.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
    host = host.replace(/^[a-z]{2}(-[a-z]{2})?\.(facebook|linkedin|pinterest)\.com$/, '$2.com');
    if (host === 'x.com') host = 'twitter.com';
    if (host === 'telegram.me') host = 't.me';
    if (host === 'fb.com') host = 'facebook.com';
    const id = u.searchParams.get('id');
    let path = u.pathname;
    try {
      path = decodeURI(path);
    } catch {
      /* keep */
    }
    return host + path.replace(/\/+$/, '').toLowerCase() + (id ? '?id=' + id : '');
  } catch {
    return url.toLowerCase();
  }
}

/** Platform of a profile URL ("twitter", "facebook" …), used to rank and to match handles. */
export function socialHandle(url: string): string {
  try {
    const u = new URL(url);
    const segs = u.pathname.split('/').filter(Boolean);
    const last = segs[segs.length - 1] ?? u.hostname.split('.')[0] ?? '';
    const h =
      segs[0] === 'in' || segs[0] === 'company' || segs[0] === 'school' || segs[0] === 'showcase'
        ? (segs[1] ?? last)
        : segs[1] && /^(channel|user|c|profile|photos|people|orgs|add)$/.test(segs[0]!)
          ? segs[1]
          : (segs[0] ?? last);
    return h.replace(/^[@+]/, '').toLowerCase();
  } catch {
    return '';
  }
}
