import { t } from '../../lib/i18n';
import type { Partner } from '../../lib/model/partner';

export interface DuplicateMatch {
  partner: Partner;
  reason: string;
}

interface Props {
  matches: readonly DuplicateMatch[];
  /** The id of the partner a merge goes into. */
  target: string;
  onChange: (partnerId: string) => void;
}

/** Partners the captured one may already be, to merge into; nothing when there are none. */
export function DuplicateChoice({ matches, target, onChange }: Props) {
  if (matches.length === 0) return null;
  return (
    <section class="duplicate" aria-labelledby="duplicate-title">
      <h3 id="duplicate-title">{t('capture.duplicate.title')}</h3>
      {matches.map((match) => (
        <label key={match.partner.id} class="choice">
          <input
            type="radio"
            name="merge-target"
            checked={target === match.partner.id}
            onChange={() => onChange(match.partner.id)}
          />
          <span>
            <strong>{match.partner.name}</strong>
            <span class="muted small"> · {match.reason}</span>
          </span>
        </label>
      ))}
      <p class="small muted">{t('capture.duplicate.explain')}</p>
    </section>
  );
}
