import type { LogEntryInput } from '../../lib/model/log-entry';

/** Webmail hosts: a page from one of these is logged as an email. */
const MAIL_HOSTS =
  /(^|\.)(mail\.google\.com|outlook\.(live|office|office365)\.com|mail\.yahoo\.com|proton\.me)$/;

const TITLE_LIMIT = 200;

function hostOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * Quick capture: a log entry prefilled from the page in front of the user (title, address, an
 * email when it is a webmail tab) and, when the page is a partner's website, that partner.
 */
export function pagePrefill(
  tab: { url?: string | undefined; title?: string | undefined } | undefined,
  partners: Iterable<{ id: string; website?: string | undefined }>,
  partnerId?: string,
): Partial<LogEntryInput> {
  const url = tab?.url && /^https?:/i.test(tab.url) ? tab.url : undefined;
  const host = hostOf(url);
  let match = partnerId;
  if (!match && host) {
    for (const partner of partners) {
      if (partner.website && hostOf(partner.website) === host) {
        match = partner.id;
        break;
      }
    }
  }
  return {
    kind: MAIL_HOSTS.test(host) ? 'email' : 'note',
    title: tab?.title?.slice(0, TITLE_LIMIT) ?? '',
    sourceUrl: url,
    partnerIds: match ? [match] : [],
  };
}
