import { t } from '../../lib/i18n';
import type { Partner, PartnerInput, PartnerKind } from '../../lib/model/partner';
import {
  firstInvalid,
  isEmail,
  isPhone,
  normaliseWebUrl,
  TEXT_CAPS,
} from '../../lib/model/validation';
import { itemTooLongError, tooLongErrors } from '../common/length-errors';
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
  /** A stakeholder group code, older free text kept as typed, or ''. */
  stakeholderGroup: string;
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
  stakeholderGroup: '',
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
    stakeholderGroup: partner.stakeholderGroup ?? '',
  };
}

/** Accepts "example.org" as well as "https://example.org/"; refuses other schemes. */
export const normaliseWebsite = normaliseWebUrl;

/** The most characters each text field takes: what the model keeps (lib/model/validation.ts). */
export const PARTNER_FIELD_CAPS: Partial<Record<keyof PartnerFormValues, number>> = {
  name: TEXT_CAPS.name,
  description: TEXT_CAPS.longText,
  street: TEXT_CAPS.shortText,
  locality: TEXT_CAPS.shortText,
  region: TEXT_CAPS.shortText,
  postalCode: TEXT_CAPS.postalCode,
  country: TEXT_CAPS.country,
};

/** Turns form values into a partner, or says what needs fixing. */
export function formToPartner(
  values: PartnerFormValues,
): { ok: true; partner: PartnerInput } | { ok: false; errors: PartnerFormErrors } {
  const errors: PartnerFormErrors = tooLongErrors(values, PARTNER_FIELD_CAPS);
  const name = values.name.trim();
  if (!name) errors.name = t('partners.error.name');
  const website = normaliseWebUrl(values.website);
  if (website === null) errors.website = t('partners.error.website');
  // Lower-cased before de-duplicating, so "A@x.org, a@x.org" is one address.
  const emails = parseListInput(values.emails.toLowerCase());
  const badEmail = firstInvalid(emails, isEmail);
  if (badEmail) errors.emails = t('partners.error.email', { value: badEmail });
  const phones = parseListInput(values.phones);
  const badPhone = firstInvalid(phones, isPhone);
  if (badPhone) errors.phones = t('partners.error.phone', { value: badPhone });
  const socials = values.socials
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => normaliseWebUrl(text));
  if (socials.some((url) => url === null)) errors.socials = t('partners.error.socials');
  const tags = parseListInput(values.tags);
  const longTag = itemTooLongError(tags, TEXT_CAPS.tag);
  if (longTag) errors.tags = longTag;
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
      tags,
      address: {
        street: values.street.trim() || undefined,
        locality: values.locality.trim() || undefined,
        region: values.region.trim() || undefined,
        postalCode: values.postalCode.trim() || undefined,
        country: values.country.trim() || undefined,
      },
      socials: socials.filter((url): url is string => Boolean(url)),
      cadenceDays: cadence,
      stakeholderGroup: values.stakeholderGroup.trim() || undefined,
    },
  };
}
