import type {
  Candidate,
  CaptureResult,
  CaptureSource,
  CapturePerson,
} from '../../lib/capture/types';
import { t, type MessageKey } from '../../lib/i18n';
import type { PartnerKind } from '../../lib/model/partner';
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
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.origin}/` : '';
  } catch {
    return '';
  }
}

/**
 * Words in a captured name or description that say what kind of partner it is, tried in order:
 * "library" before "school" (a school library is a library), "school district" before "school",
 * and parent groups last, so "Riverside School PTA" reads as a school.
 */
const KIND_WORDS: readonly (readonly [PartnerKind, RegExp])[] = [
  ['library', /\b(library|bibliothe)/],
  ['higher-ed', /\b(university|college|institute of technology)\b/],
  ['district', /\b(school district|unified district|public schools)\b/],
  ['school', /\b(school|academy|elementary|primary|secondary)\b/],
  ['faith', /\b(church|mosque|synagogue|temple|parish)\b/],
  [
    'nonprofit',
    /\b(foundation|nonprofit|non-profit|charity|ngo|association|alliance|coalition|society|club)\b/,
  ],
  ['government', /\b(city of|county|council|department of|ministry|municipal)\b/],
  ['family-group', /\b(pta|pto|parent)/],
];

export function kindFromCapture(result: CaptureResult): PartnerKind {
  const text = `${result.name ?? ''} ${result.description ?? ''}`.toLowerCase();
  const found = KIND_WORDS.find(([, words]) => words.test(text));
  if (found) return found[0];
  return result.type === 'Organization' ? 'business' : 'other';
}

export function captureToDraft(result: CaptureResult, pageUrl: string): CaptureDraft {
  const source = (field: keyof CaptureResult['sources']) => {
    const found = result.sources[field];
    return found ? t('capture.source.foundIn', { source: t(SOURCE_KEYS[found]) }) : undefined;
  };
  const website = result.url ?? homePage(pageUrl);
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
    website: result.url ? source('url') : t('capture.source.ownSite'),
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
