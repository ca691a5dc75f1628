import { useState } from 'preact/hooks';
import { formatCurrency, formatDay, t } from '../../lib/i18n';
import type { Contribution } from '../../lib/model/contribution';
import type { GivenAndReceived } from '../../lib/model/contribution-totals';
import { EarlierYears, type Earlier, type EarlierYearsTexts } from '../common/EarlierYears';
import type { ToastMessage } from '../common/Toast';
import { contributionToForm, emptyContributionForm } from './contribution-form-values';
import { ContributionForm } from './ContributionForm';
import { contributionKindLabel, hoursText, totalParts } from './labels';
import type { ContributionActions, GoalOption } from './types';
import './contributions.css';

interface Props {
  partnerId: string;
  partnerName: string;
  /** The partner's contributions, newest first. */
  contributions: readonly Contribution[];
  totals: GivenAndReceived;
  goals: readonly GoalOption[];
  today: string;
  actions: ContributionActions;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  /** Older school years whose contributions are not loaded yet (a split history). */
  earlier?: Earlier | undefined;
}

const YEAR_TEXTS: EarlierYearsTexts = {
  notLoaded: (count) => t('value.years.notLoaded', { count }),
  show: (year) => t('value.years.show', { year }),
  loading: (year) => t('value.years.loading', { year }),
  failed: (year, reason) => t('value.years.failed', { year, reason }),
};

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; id: string };

/** What one contribution was worth: its amount and/or hours. */
function worth(record: Contribution): string {
  const parts: string[] = [];
  if (record.amount !== undefined && record.currency !== undefined)
    parts.push(formatCurrency(record.amount, record.currency));
  if (record.hours !== undefined) parts.push(hoursText(record.hours));
  return parts.join(' · ');
}

/** The partner page's contributions: totals given and received, the ledger, and its form. */
export function PartnerContributions(props: Props) {
  const { contributions, actions, notify } = props;
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  // The currency of the newest contribution with money: the one a school types again.
  const lastCurrency = contributions.find((record) => record.currency)?.currency ?? '';
  const close = () => setEditing({ mode: 'closed' });
  const saved = () =>
    notify({
      text: t('value.contributions.toast.saved'),
      actionLabel: t('value.undo'),
      onAction: actions.undo,
    });
  const editedRecord =
    editing.mode === 'edit' ? contributions.find((record) => record.id === editing.id) : undefined;
  return (
    <section class="section partner-contributions" aria-labelledby="contributions-title">
      <div class="section-header">
        <h3 id="contributions-title">{t('value.contributions.heading')}</h3>
        {editing.mode === 'closed' && (
          <button type="button" class="button" onClick={() => setEditing({ mode: 'new' })}>
            {t('value.contributions.add')}
          </button>
        )}
      </div>
      <dl class="contribution-totals">
        <div>
          <dt>{t('value.contributions.given')}</dt>
          <dd>{totalParts(props.totals.given).join(' · ')}</dd>
        </div>
        <div>
          <dt>{t('value.contributions.received')}</dt>
          <dd>{totalParts(props.totals.received).join(' · ')}</dd>
        </div>
      </dl>
      {editing.mode === 'new' && (
        <ContributionForm
          initial={emptyContributionForm(props.today, lastCurrency)}
          goals={props.goals}
          onSave={(input) => {
            actions.addContribution({ ...input, partnerId: props.partnerId });
            close();
            saved();
          }}
          onCancel={close}
        />
      )}
      {editedRecord && (
        <ContributionForm
          key={editedRecord.id}
          initial={contributionToForm(editedRecord)}
          goals={props.goals}
          onSave={(input) => {
            actions.updateContribution(editedRecord.id, input);
            close();
            saved();
          }}
          onCancel={close}
        />
      )}
      {contributions.length === 0 && editing.mode === 'closed' && (
        <p class="muted">
          {t(props.earlier?.next ? 'value.contributions.noneLoaded' : 'value.contributions.none')}
        </p>
      )}
      {contributions.length > 0 && (
        <ul
          class="contribution-list"
          aria-label={t('value.contributions.list', { name: props.partnerName })}
        >
          {contributions.map((record) => {
            const date = formatDay(record.date);
            const kind = contributionKindLabel(record.kind);
            return (
              <li
                key={record.id}
                class={`contribution ${record.direction}`}
                aria-labelledby={`contribution-${record.id}`}
              >
                <div class="contribution-main">
                  <span id={`contribution-${record.id}`} class="contribution-kind">
                    {kind}
                  </span>{' '}
                  <span class="contribution-worth">{worth(record)}</span>
                  <p class="muted small">
                    {record.direction === 'from-partner'
                      ? t('value.contributions.item.fromPartner')
                      : t('value.contributions.item.toPartner')}
                    {' · '}
                    {date}
                  </p>
                  {record.note && <p class="small contribution-note">{record.note}</p>}
                </div>
                <div class="contribution-actions">
                  <button
                    type="button"
                    class="button small"
                    aria-label={t('value.contributions.item.editLabel', { date })}
                    onClick={() => setEditing({ mode: 'edit', id: record.id })}
                  >
                    {t('value.edit')}
                  </button>
                  <button
                    type="button"
                    class="button small danger"
                    aria-label={t('value.contributions.item.deleteLabel', { date })}
                    onClick={() => {
                      actions.removeContribution(record.id);
                      notify({
                        text: t('value.contributions.toast.deleted'),
                        actionLabel: t('value.undo'),
                        onAction: actions.undo,
                      });
                    }}
                  >
                    {t('value.delete')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {props.earlier && <EarlierYears earlier={props.earlier} texts={YEAR_TEXTS} />}
    </section>
  );
}
