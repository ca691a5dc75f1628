import type {
  Candidate,
  CaptureResult,
  CaptureSource,
  CapturePerson,
} from '../../lib/capture/types';
import { t, type MessageKey } from '../../lib/i18n';
import type { PartnerKind } from '../../lib/model/partner';
import { isWebUrl } from '../../lib/model/validation';
import { formatListInput } from '../common/list-input';
import { EMPTY_PARTNER_FORM, type PartnerFormValues } from '../partners/partner-form-values';

/** Where a captured value was found, in words (the capture keeps only the source's code). */
const SOURCE_KEYS: Record<CaptureSource, MessageKey> = {
  'json-ld': 'capture.source.jsonLd',
  microdata: 'capture.source.microdata',
  rdfa: 'capture.source.rdfa',
  microformats: 'capture.source.microformats',
  meta: 'capture.source.meta',
  links: 'capture.source.links',
  text: 'capture.source.text',
  icon: 'capture.source.icon',
};

/** Everything the review form starts from: values, alternatives and where each came from. */
export interface CaptureDraft {
  values: PartnerFormValues;
  sources: Partial<Record<keyof PartnerFormValues | 'logo', string>>;
  alternatives: { names: string[]; emails: string[]; phones: string[]; logos: string[] };
  logo: string;
  people: CapturePerson[];
}

const unique = (values: string[]) => [...new Set(values.filter(Boolean))];

function candidateValues(candidates: Candidate[], field: 'name' | 'emails' | 'phones' | 'logo') {
  return unique(
    candidates
      .filter((c) => c.field === field)
      .map((c) => (typeof c.value === 'string' ? c.value : '')),
  );
}

/** The page's own address when the page names no website. */
function homePage(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    const home = `${url.origin}/`;
    return (url.protocol === 'http:' || url.protocol === 'https:') && isWebUrl(home) ? home : '';
  } catch {
    return '';
  }
}

/**
 * The partner kind the capture found (capture/rules/kind.ts), or a guess from what the entity is:
 * an organisation nothing more is said about is most often a business.
 */
export function kindFromCapture(result: CaptureResult): PartnerKind {
  // capture's kind codes are partner kinds: this assignment fails to compile if they drift apart
  const found: PartnerKind | undefined = result.kind;
  if (found) return found;
  return result.type === 'Organization' ? 'business' : 'other';
}

export function captureToDraft(result: CaptureResult, pageUrl: string): CaptureDraft {
  const source = (field: keyof CaptureResult['sources']) => {
    const found = result.sources[field];
    return found ? t('capture.source.foundIn', { source: t(SOURCE_KEYS[found]) }) : undefined;
  };
  // Only a website the partner form accepts is filled in (a page on a bare IP address is not one):
  // the review must never open on an error it made itself.
  const stated = result.url && isWebUrl(result.url) ? result.url : '';
  // on a page hosted by a platform (a ticketing site's event) the page's home is the platform's
  const website = stated || (result.hosted ? '' : homePage(pageUrl));
  const values: PartnerFormValues = {
    ...EMPTY_PARTNER_FORM,
    name: result.name ?? '',
    kind: kindFromCapture(result),
    website,
    emails: formatListInput(result.emails),
    phones: formatListInput(result.phones),
    description: result.description ?? '',
    street: result.address?.street ?? '',
    locality: result.address?.locality ?? '',
    region: result.address?.region ?? '',
    postalCode: result.address?.postalCode ?? '',
    country: result.address?.country ?? '',
    socials: result.socials.join('\n'),
  };
  const sources: CaptureDraft['sources'] = {
    name: source('name'),
    kind: result.kind ? source('kind') : t('capture.source.kindGuess'),
    website: stated ? source('url') : website ? t('capture.source.ownSite') : undefined,
    emails: source('emails'),
    phones: source('phones'),
    description: source('description'),
    street: source('address'),
    socials: source('socials'),
    logo: source('logo'),
  };
  return {
    values,
    sources,
    alternatives: {
      names: candidateValues(result.candidates, 'name').filter((n) => n !== result.name),
      emails: candidateValues(result.candidates, 'emails').filter(
        (e) => !result.emails.includes(e),
      ),
      phones: candidateValues(result.candidates, 'phones').filter(
        (p) => !result.phones.includes(p),
      ),
      logos: unique([result.logo ?? '', ...candidateValues(result.candidates, 'logo')]),
    },
    logo: result.logo ?? '',
    people: result.people,
  };
}
