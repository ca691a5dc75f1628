import { t } from '../../lib/i18n';
import { PARTNER_KINDS, type PartnerKind } from '../../lib/model/partner';
import { kindLabel } from './kind-label';

interface Props {
  value: PartnerKind;
  onChange: (kind: PartnerKind) => void;
}

/** The partner's kind, in the partner form and the capture review. */
export function KindSelect({ value, onChange }: Props) {
  return (
    <div class="field">
      <label for="partner-kind">{t('partners.field.kind')}</label>
      <select
        id="partner-kind"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as PartnerKind)}
      >
        {PARTNER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {kindLabel(kind)}
          </option>
        ))}
      </select>
    </div>
  );
}
