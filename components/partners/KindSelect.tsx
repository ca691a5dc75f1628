import { PARTNER_KIND_LABELS, PARTNER_KINDS, type PartnerKind } from '../../lib/model/partner';

interface Props {
  value: PartnerKind;
  onChange: (kind: PartnerKind) => void;
}

/** The partner's kind, in the partner form and the capture review. */
export function KindSelect({ value, onChange }: Props) {
  return (
    <div class="field">
      <label for="partner-kind">Kind</label>
      <select
        id="partner-kind"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as PartnerKind)}
      >
        {PARTNER_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {PARTNER_KIND_LABELS[kind]}
          </option>
        ))}
      </select>
    </div>
  );
}
