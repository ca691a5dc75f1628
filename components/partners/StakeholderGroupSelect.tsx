import { t } from '../../lib/i18n';
import { readStakeholderGroup, STAKEHOLDER_GROUPS } from '../../lib/model/stakeholder-group';
import { stakeholderGroupName } from './stakeholder-group-label';

interface Props {
  /** The stored value: a group code, free text from before the codes, or ''. */
  value: string;
  onChange: (value: string) => void;
}

/**
 * The partner's stakeholder group. Free text written before the groups existed stays one of the
 * options, shown as typed, so opening and saving the form never loses it.
 */
export function StakeholderGroupSelect({ value, onChange }: Props) {
  const stored = readStakeholderGroup(value);
  return (
    <div class="field">
      <label for="partner-stakeholderGroup">{t('value.group.label')}</label>
      <select
        id="partner-stakeholderGroup"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
      >
        <option value="">{t('value.group.none')}</option>
        {stored.type === 'text' && (
          <option value={value}>{t('value.group.typed', { text: stored.text })}</option>
        )}
        {STAKEHOLDER_GROUPS.map((group) => (
          <option key={group} value={group}>
            {stakeholderGroupName(group)}
          </option>
        ))}
      </select>
    </div>
  );
}
