/**
 * Registrable domains of platforms whose pages are about someone else: ticketing and event
 * listings, marketplaces, fundraising, reviews and directories, creator and link-in-bio pages.
 * Only ONE signal that a page is hosted (lib/capture/host.ts): a platform missing here is still
 * recognised by its structured data, its brand and the subject's own links.
 */
export const HOSTING_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
  // tickets and events
  'eventbrite.com',
  'eventbrite.co.uk',
  'eventbrite.com.au',
  'eventbrite.ca',
  'eventbrite.ie',
  'ticketmaster.com',
  'ticketmaster.co.uk',
  'tickettailor.com',
  'universe.com',
  'dice.fm',
  'seetickets.com',
  'skiddle.com',
  'songkick.com',
  'bandsintown.com',
  'meetup.com',
  'allevents.in',
  'ticketsource.co.uk',
  'humanitix.com',
  'lu.ma',
  // marketplaces and creator pages
  'etsy.com',
  'folksy.com',
  'notonthehighstreet.com',
  'bandcamp.com',
  'soundcloud.com',
  'patreon.com',
  'ko-fi.com',
  'linktr.ee',
  'kickstarter.com',
  'indiegogo.com',
  // fundraising and charity registers
  'gofundme.com',
  'justgiving.com',
  'givebutter.com',
  'donorbox.org',
  'globalgiving.org',
  'charitynavigator.org',
  'guidestar.org',
  'candid.org',
  'idealist.org',
  'volunteermatch.org',
  // reviews, maps and directories
  'yelp.com',
  'yelp.co.uk',
  'tripadvisor.com',
  'tripadvisor.co.uk',
  'yellowpages.com',
  'yell.com',
  'bbb.org',
  'foursquare.com',
  'nextdoor.com',
]);
