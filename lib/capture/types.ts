/** Where a candidate value was found. */
export type CaptureSource =
  'json-ld' | 'microdata' | 'rdfa' | 'microformats' | 'meta' | 'links' | 'text' | 'icon';

export type EntityType = 'Organization' | 'Person' | 'Place' | 'Event' | 'Other';

/**
 * What kind of partner the entity is, in the partner model's own codes (components check at
 * compile time that each is a PartnerKind; capture may not import the model).
 */
export type OrgKind =
  | 'school'
  | 'district'
  | 'business'
  | 'nonprofit'
  | 'government'
  | 'higher-ed'
  | 'library'
  | 'faith'
  | 'community-group'
  | 'family-group';

export interface CaptureAddress {
  street?: string;
  locality?: string;
  region?: string;
  postalCode?: string;
  country?: string;
}

export interface CapturePerson {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

export type ScalarField = 'name' | 'url' | 'description' | 'logo' | 'type' | 'kind' | 'address';
export type ListField = 'emails' | 'phones' | 'socials' | 'people';
export type CaptureField = ScalarField | ListField;

interface CandidateBase {
  source: CaptureSource;
  /** 0..1 — how sure the rule is that this value belongs to the page's entity. */
  confidence: number;
  /** The host's or a vendor's value (host.ts): offered in the review, never chosen. */
  setAside?: boolean;
}

/** One value proposed by a rule. */
export type Candidate =
  | (CandidateBase & { field: 'name' | 'url' | 'description' | 'logo'; value: string })
  | (CandidateBase & { field: 'type'; value: EntityType })
  /** `generic`: a loose type (EducationalOrganization) that words in the name may overrule. */
  | (CandidateBase & { field: 'kind'; value: OrgKind; generic?: boolean })
  | (CandidateBase & { field: 'emails' | 'phones' | 'socials'; value: string })
  | (CandidateBase & { field: 'address'; value: CaptureAddress })
  | (CandidateBase & { field: 'people'; value: CapturePerson });

export interface CaptureResult {
  name?: string;
  url?: string;
  description?: string;
  logo?: string;
  emails: string[];
  phones: string[];
  address?: CaptureAddress;
  socials: string[];
  type?: EntityType;
  /** The partner kind, when the page's types or words say it (see rules/kind.ts). */
  kind?: OrgKind;
  people: CapturePerson[];
  /** The page is about someone other than the site it is on (host.ts): a ticketing site's event,
   * a directory's listing. The page's own home page is then the platform's, not the subject's. */
  hosted?: boolean;
  /** Which rule supplied each chosen field. */
  sources: Partial<Record<CaptureField, CaptureSource>>;
  /** Ranked alternatives, best first, for the UI to offer choices. */
  candidates: Candidate[];
}

/** Shared, precomputed view of the page that rules read. */
export interface PageContext {
  doc: Document;
  /** The page URL as given. */
  url: string;
  /** Base for resolving relative URLs (`<base href>` or the page URL). */
  base: string;
  /** Lower-case host of the page URL, without `www.` ('' when the URL is not http(s)). */
  host: string;
  /** `https://host/` of the page. */
  origin: string;
  /** Two-letter region guesses for phone parsing, best first. */
  countryHints: string[];
  /** Document title (cleaned). */
  title: string;
  /** og:site_name / application-name, when declared. */
  siteName?: string;
}
