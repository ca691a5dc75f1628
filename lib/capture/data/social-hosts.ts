/**
 * Hosts of the social platforms whose pages are profiles: on such a page the platform is not the
 * entity (its name, home page and other accounts are not the profile owner's). One list for the
 * meta rule and the merge, which once kept two and disagreed about threads.com.
 */
export const SOCIAL_PLATFORM_HOST =
  /(^|\.)(twitter\.com|x\.com|facebook\.com|instagram\.com|linkedin\.com|youtube\.com|tiktok\.com|pinterest\.com|github\.com|bsky\.app|threads\.net|threads\.com|t\.me|flickr\.com|tumblr\.com|mastodon\.social)$/;
