import { formatTime, t } from '../../lib/i18n';

/** A peer's bulk deletion, as the banner shows it. */
export interface BulkDeletionNotice {
  key: string;
  /** "25 partners and 25 people". */
  what: string;
  by: string | undefined;
  seenAt: number;
}

const lead = (what: string, by: string | undefined, time: string) =>
  by ? t('trust.bulk.lead', { what, by, time }) : t('trust.bulk.leadUnknown', { what, time });

interface Props {
  deletions: readonly BulkDeletionNotice[];
  onRestoreAll: (key: string) => void;
  onDismiss: (key: string) => void;
}

/**
 * Shown when a peer deletes many records in one go. One click brings them all back; Dismiss keeps
 * the deletion (the records stay in "Recently deleted" when they were soft-deleted).
 */
export function BulkDeletionBanner({ deletions, onRestoreAll, onDismiss }: Props) {
  if (deletions.length === 0) return null;
  return (
    <>
      {deletions.map((deletion) => {
        const time = formatTime(deletion.seenAt);
        return (
          <div key={deletion.key} class="notice error-notice bulk-deletion" role="alert">
            <div>
              <p>
                <strong>{lead(deletion.what, deletion.by, time)}</strong>
              </p>
              <p>{t('trust.bulk.advice')}</p>
            </div>
            <div class="actions">
              <button
                type="button"
                class="button primary"
                onClick={() => onRestoreAll(deletion.key)}
              >
                {t('trust.bulk.restoreAll')}
              </button>
              <button type="button" class="button" onClick={() => onDismiss(deletion.key)}>
                {t('common.dismiss')}
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
