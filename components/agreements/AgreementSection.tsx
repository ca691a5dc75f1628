import { useState } from 'preact/hooks';
import { formatDay, formatDateTime, t } from '../../lib/i18n';
import {
  isReviewDueOn,
  isReviewOverdue,
  sidesAgreed,
  type Agreement,
  type AgreementHistory,
} from '../../lib/model/agreement';
import { COMMITMENT_SIDES, type CommitmentSide } from '../../lib/model/commitment';
import { AgreementForm } from './AgreementForm';
import { agreementToForm } from './agreement-form-values';
import { sideLabel } from './labels';
import type { AgreementActions, Notify } from './types';

interface Props {
  partner: { id: string; name: string; cadenceDays: number };
  history: AgreementHistory;
  today: number;
  me: string;
  actions: Pick<AgreementActions, 'saveAgreement' | 'confirmAgreement' | 'undo'>;
  notify: Notify;
}

/** The agreement's fields as a description list; empty ones are left out. */
function AgreementText({ version }: { version: Agreement }) {
  const rows: [string, string | undefined][] = [
    [t('agreements.agreement.purpose'), version.purpose],
    [t('agreements.agreement.ours'), version.ourResponsibilities],
    [t('agreements.agreement.theirs'), version.partnerResponsibilities],
    [t('agreements.agreement.expectations'), version.expectations],
    [t('agreements.agreement.communication'), version.communication],
    [
      t('agreements.agreement.cadenceShort'),
      version.cadenceDays
        ? t('agreements.agreement.cadenceValue', { count: version.cadenceDays })
        : undefined,
    ],
    [t('agreements.agreement.start'), version.startDate && formatDay(version.startDate)],
    [t('agreements.agreement.review'), version.reviewDate && formatDay(version.reviewDate)],
  ];
  return (
    <dl class="agreement-text">
      {rows
        .filter(([, value]) => value)
        .map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function savedLine(version: Agreement): string {
  const date = formatDateTime(version.createdAt);
  return version.savedBy
    ? t('agreements.agreement.savedBy', { date, name: version.savedBy })
    : t('agreements.agreement.saved', { date });
}

function AgreedBy({ version, labelId }: { version: Agreement; labelId: string }) {
  const sides = sidesAgreed(version);
  const status =
    sides.size === 2
      ? t('agreements.agreement.bothSides')
      : sides.has('school')
        ? t('agreements.agreement.waitingPartner')
        : sides.has('partner')
          ? t('agreements.agreement.waitingSchool')
          : t('agreements.agreement.unconfirmed');
  return (
    <>
      <p class="small">{status}</p>
      {version.agreedBy.length > 0 && (
        <ul class="plain-list small" aria-labelledby={labelId}>
          {version.agreedBy.map((entry, index) => (
            <li key={index}>
              {t('agreements.agreement.agreedEntry', {
                name: entry.name,
                side: sideLabel(entry.side),
                date: formatDay(entry.date),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Who confirms, for which side: the current user for the school by default. */
function ConfirmForm(props: {
  me: string;
  onConfirm: (name: string, side: CommitmentSide) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(props.me);
  const [side, setSide] = useState<CommitmentSide>('school');
  const [error, setError] = useState('');
  return (
    <form
      class="form inset"
      aria-label={t('agreements.agreement.confirmForm')}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!name.trim()) {
          setError(t('agreements.form.error.name'));
          document.getElementById('agreement-confirm-name')?.focus();
          return;
        }
        props.onConfirm(name.trim(), side);
      }}
    >
      <div class="field-row">
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="agreement-confirm-name">{t('agreements.agreement.confirmedBy')}</label>
          <input
            id="agreement-confirm-name"
            value={name}
            maxLength={100}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'agreement-confirm-error' : undefined}
            onInput={(event) => setName((event.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p id="agreement-confirm-error" class="error">
              {error}
            </p>
          )}
        </div>
        <div class="field">
          <label for="agreement-confirm-side">{t('agreements.agreement.side')}</label>
          <select
            id="agreement-confirm-side"
            value={side}
            onChange={(event) =>
              setSide((event.currentTarget as HTMLSelectElement).value as CommitmentSide)
            }
          >
            {COMMITMENT_SIDES.map((value) => (
              <option key={value} value={value}>
                {sideLabel(value)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="button primary">
          {t('agreements.agreement.saveConfirmation')}
        </button>
        <button type="button" class="button" onClick={props.onCancel}>
          {t('agreements.form.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The partner's agreement on its page: the current version, who agreed, earlier versions. */
export function AgreementSection({ partner, history, today, me, actions, notify }: Props) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const current = history.current;
  const focus = (id: string) => setTimeout(() => document.getElementById(id)?.focus(), 0);
  return (
    <section class="section agreement" aria-labelledby="agreement-title">
      <div class="section-header">
        <h3 id="agreement-title">{t('agreements.agreement.heading')}</h3>
        {mode === 'view' && (
          <button type="button" class="button" id="agreement-edit" onClick={() => setMode('edit')}>
            {t('agreements.agreement.edit')}
          </button>
        )}
      </div>
      {mode === 'edit' ? (
        <AgreementForm
          partnerName={partner.name}
          initial={agreementToForm(current, partner.cadenceDays)}
          onCancel={() => {
            setMode('view');
            focus('agreement-edit');
          }}
          onSave={(input) => {
            const saved = actions.saveAgreement(partner.id, input);
            setMode('view');
            focus('agreement-edit');
            notify(
              saved
                ? {
                    text: t('agreements.toast.saved'),
                    actionLabel: t('common.undo'),
                    onAction: actions.undo,
                  }
                : { text: t('agreements.toast.unchanged') },
            );
          }}
        />
      ) : !current ? (
        <p class="muted">{t('agreements.agreement.none')}</p>
      ) : (
        <>
          {history.concurrent.length > 0 && (
            <p class="notice" role="status">
              {t('agreements.agreement.concurrent', { count: history.concurrent.length })}
            </p>
          )}
          <AgreementText version={current} />
          {isReviewOverdue(current, today) && (
            <p>
              <span class="agr-flag overdue">{t('agreements.agreement.reviewOverdue')}</span>
            </p>
          )}
          {isReviewDueOn(current, today) && (
            <p>
              <span class="agr-flag">{t('agreements.agreement.reviewToday')}</span>
            </p>
          )}
          <p class="muted small">{savedLine(current)}</p>
          <h4 id="agreement-agreed-by">{t('agreements.agreement.agreedBy')}</h4>
          <AgreedBy version={current} labelId="agreement-agreed-by" />
          {mode === 'confirm' ? (
            <ConfirmForm
              me={me}
              onCancel={() => {
                setMode('view');
                focus('agreement-confirm');
              }}
              onConfirm={(name, side) => {
                actions.confirmAgreement(current.id, name, side);
                setMode('view');
                focus('agreement-confirm');
                notify({
                  text: t('agreements.toast.confirmed'),
                  actionLabel: t('common.undo'),
                  onAction: actions.undo,
                });
              }}
            />
          ) : (
            <div class="actions">
              <button
                type="button"
                class="button"
                id="agreement-confirm"
                onClick={() => setMode('confirm')}
              >
                {t('agreements.agreement.confirm')}
              </button>
            </div>
          )}
          {history.earlier.length > 0 && (
            <details class="agreement-versions">
              <summary>
                {t('agreements.agreement.earlier', { count: history.earlier.length })}
              </summary>
              <ol class="plain-list" aria-label={t('agreements.agreement.earlierList')}>
                {history.earlier.map((version) => (
                  <li key={version.id} aria-labelledby={`agreement-version-${version.id}`}>
                    <h4 id={`agreement-version-${version.id}`}>{savedLine(version)}</h4>
                    <AgreementText version={version} />
                    <AgreedBy version={version} labelId={`agreement-version-${version.id}`} />
                  </li>
                ))}
              </ol>
            </details>
          )}
        </>
      )}
    </section>
  );
}
