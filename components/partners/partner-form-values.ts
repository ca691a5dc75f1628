import { t } from '../../lib/i18n';
import type { Partner, PartnerInput, PartnerKind } from '../../lib/model/partner';
import { formatListInput, parseListInput } from '../common/list-input';

/** The partner form's fields, as the user typed them. */
export interface PartnerFormValues {
  name: string;
  kind: PartnerKind;
  website: string;
  emails: string;
  phones: string;
  description: string;
  tags: string;
  street: string;
  locality: string;
  region: string;
  postalCode: string;
  country: string;
  socials: string;
  cadenceDays: string;
}

export type PartnerFormErrors = Partial<Record<keyof PartnerFormValues, string>>;

export const EMPTY_PARTNER_FORM: PartnerFormValues = {
  name: '',
  kind: 'other',
  website: '',
  emails: '',
  phones: '',
  description: '',
  tags: '',
  street: '',
  locality: '',
  region: '',
  postalCode: '',
  country: '',
  socials: '',
  cadenceDays: '30',
};

export function partnerToForm(partner: Partner): PartnerFormValues {
  return {
    name: partner.name,
    kind: partner.kind,
    website: partner.website ?? '',
    emails: formatListInput(partner.emails),
    phones: formatListInput(partner.phones),
    description: partner.description ?? '',
    tags: formatListInput(partner.tags),
    street: partner.address?.street ?? '',
    locality: partner.address?.locality ?? '',
    region: partner.address?.region ?? '',
    postalCode: partner.address?.postalCode ?? '',
    country: partner.address?.country ?? '',
    socials: partner.socials.join('\n'),
    cadenceDays: String(partner.cadenceDays),
  };
}

const EMAIL = /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+\.[^\s@<>()[\],;:"]+$/;
const PHONE = /^[+()\d\s./-]{3,40}(\s*(x|ext\.?)\s*\d{1,6})?$/i;

/** Accepts "example.org" as well as "https://example.org/"; refuses other schemes. */
export function normaliseWebsite(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed) return '';
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Turns form values into a partner, or says what needs fixing. */
export function formToPartner(
  values: PartnerFormValues,
): { ok: true; partner: PartnerInput } | { ok: false; errors: PartnerFormErrors } {
  const errors: PartnerFormErrors = {};
  const name = values.name.trim();
  if (!name) errors.name = t('partners.error.name');
  const website = normaliseWebsite(values.website);
  if (website === null) errors.website = t('partners.error.website');
  // Lower-cased before de-duplicating, so "A@x.org, a@x.org" is one address.
  const emails = parseListInput(values.emails.toLowerCase());
  const badEmail = emails.find((email) => !EMAIL.test(email));
  if (badEmail) errors.emails = t('partners.error.email', { value: badEmail });
  const phones = parseListInput(values.phones);
  const badPhone = phones.find((phone) => !PHONE.test(phone));
  if (badPhone) errors.phones = t('partners.error.phone', { value: badPhone });
  const socials = values.socials
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => normaliseWebsite(text));
  if (socials.some((url) => url === null)) errors.socials = t('partners.error.socials');
  const cadence = Number(values.cadenceDays);
  if (!Number.isInteger(cadence) || cadence < 1 || cadence > 3650) {
    errors.cadenceDays = t('partners.error.cadence');
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    partner: {
      name,
      kind: values.kind,
      website: website || undefined,
      emails,
      phones,
      description: values.description.trim() || undefined,
      tags: parseListInput(values.tags),
      address: {
        street: values.street.trim() || undefined,
        locality: values.locality.trim() || undefined,
        region: values.region.trim() || undefined,
        postalCode: values.postalCode.trim() || undefined,
        country: values.country.trim() || undefined,
      },
      socials: socials.filter((url): url is string => Boolean(url)),
      cadenceDays: cadence,
    },
  };
}
