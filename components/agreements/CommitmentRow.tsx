import { useState } from 'preact/hooks';
import { formatDateTime, formatDay, t } from '../../lib/i18n';
import {
  checkTransition,
  commitmentDaysOverdue,
  COMMITMENT_STATUSES,
  type Commitment,
  type CommitmentStatus,
} from '../../lib/model/commitment';
import { sideLabel, statusLabel } from './labels';
import type { AgreementActions, Notify } from './types';

interface Props {
  commitment: Commitment;
  today: number;
  /** The linked goal's title, when the goal still exists. */
  goalTitle?: string | undefined;
  /** Shown in lists of every partner's commitments. */
  partnerName?: string | undefined;
  actions: Pick<AgreementActions, 'changeStatus' | 'undo'>;
  notify: Notify;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}

/**
 * One commitment: what, whose, by when, whether it is overdue, and its status. Choosing another
 * status opens a note; going back needs one (checkTransition), moving on does not.
 */
export function CommitmentRow({
  commitment,
  today,
  goalTitle,
  partnerName,
  actions,
  notify,
  onEdit,
  onDelete,
}: Props) {
  const [staged, setStaged] = useState<CommitmentStatus | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const id = commitment.id;
  const overdue = commitmentDaysOverdue(commitment, today);
  const cancel = () => {
    setStaged(null);
    setNote('');
    setError('');
  };
  const save = (event: Event) => {
    event.preventDefault();
    if (!staged) return;
    const check = checkTransition(commitment.status, staged, note);
    if (!check.ok) {
      if (check.reason === 'unchanged') return cancel();
      setError(
        t('agreements.commitment.error.noteRequired', {
          from: statusLabel(commitment.status),
          to: statusLabel(staged),
        }),
      );
      document.getElementById(`cm-note-${id}`)?.focus();
      return;
    }
    actions.changeStatus(id, staged, note.trim() || undefined);
    notify({
      text: t('agreements.toast.status', { text: commitment.text, status: statusLabel(staged) }),
      actionLabel: t('common.undo'),
      onAction: actions.undo,
    });
    cancel();
  };
  return (
    <li class="commitment" aria-labelledby={`cm-title-${id}`}>
      <div class="commitment-head">
        <strong id={`cm-title-${id}`}>{commitment.text}</strong>
        <span class="commitment-actions">
          {onEdit && (
            <button
              type="button"
              class="button link small"
              aria-label={t('agreements.commitment.editLabel', { text: commitment.text })}
              onClick={onEdit}
            >
              {t('agreements.commitment.edit')}
            </button>
          )}
          {onDelete && (
            <button
              type="button"
              class="button link small danger"
              aria-label={t('agreements.commitment.deleteLabel', { text: commitment.text })}
              onClick={onDelete}
            >
              {t('agreements.commitment.delete')}
            </button>
          )}
        </span>
      </div>
      <p class="commitment-meta small">
        <span class={`agr-tag side-${commitment.side}`}>{sideLabel(commitment.side)}</span>
        {commitment.who && <span>{commitment.who}</span>}
        {partnerName && <span>{t('agreements.all.partner', { name: partnerName })}</span>}
        {commitment.due && (
          <span>{t('agreements.commitment.due.value', { date: formatDay(commitment.due) })}</span>
        )}
        {overdue > 0 && (
          <span class="agr-flag overdue">
            {t('agreements.commitment.overdue', { days: overdue })}
          </span>
        )}
        {goalTitle && <span>{t('agreements.commitment.goalLink', { title: goalTitle })}</span>}
      </p>
      <form class="commitment-status" onSubmit={save} noValidate>
        <div class="field">
          <label for={`cm-status-${id}`}>{t('agreements.commitment.status')}</label>
          <select
            id={`cm-status-${id}`}
            value={staged ?? commitment.status}
            onChange={(event) => {
              const next = (event.currentTarget as HTMLSelectElement).value as CommitmentStatus;
              setError('');
              setStaged(next === commitment.status ? null : next);
            }}
          >
            {COMMITMENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </div>
        {staged && (
          <>
            <div class={`field${error ? ' has-error' : ''}`}>
              <label for={`cm-note-${id}`}>{t('agreements.commitment.note')}</label>
              <p id={`cm-note-hint-${id}`} class="hint">
                {t('agreements.commitment.noteHint')}
              </p>
              <textarea
                id={`cm-note-${id}`}
                rows={2}
                maxLength={2000}
                value={note}
                aria-invalid={error ? true : undefined}
                aria-describedby={`cm-note-hint-${id}${error ? ` cm-note-error-${id}` : ''}`}
                onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
              />
              {error && (
                <p id={`cm-note-error-${id}`} class="error" role="alert">
                  {error}
                </p>
              )}
            </div>
            <div class="actions">
              <button type="submit" class="button primary small">
                {t('agreements.commitment.saveStatus')}
              </button>
              <button type="button" class="button small" onClick={cancel}>
                {t('agreements.commitment.cancel')}
              </button>
            </div>
          </>
        )}
      </form>
      {commitment.history.length > 0 && (
        <details class="commitment-history small">
          <summary>
            {t('agreements.commitment.history', { count: commitment.history.length })}
          </summary>
          <ol
            class="plain-list"
            aria-label={t('agreements.commitment.historyList', { text: commitment.text })}
          >
            {commitment.history.map((step, index) => (
              <li key={index}>
                {t('agreements.commitment.historyEntry', {
                  date: formatDateTime(step.at),
                  from: statusLabel(step.from ?? 'pledged'),
                  to: statusLabel(step.to),
                })}
                {step.by && ` · ${t('agreements.commitment.historyBy', { name: step.by })}`}
                {step.note && <p class="muted">{step.note}</p>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </li>
  );
}
