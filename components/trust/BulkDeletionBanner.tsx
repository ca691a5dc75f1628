/** A peer's bulk deletion, as the banner shows it. */
export interface BulkDeletionNotice {
  key: string;
  /** "25 partners and 25 people". */
  what: string;
  by: string | undefined;
  seenAt: number;
}

const TEXT = {
  lead: (what: string, by: string | undefined, time: string) =>
    `${what} were deleted by ${by ?? 'a peer'} (seen at ${time}).`,
  advice: 'If that was not meant to happen, restore them for everyone in this workspace.',
  restoreAll: 'Restore all',
  dismiss: 'Dismiss',
};

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
        const time = new Date(deletion.seenAt).toLocaleTimeString([], {
          hour: '2-digit',
          minute: '2-digit',
        });
        return (
          <div key={deletion.key} class="notice error-notice bulk-deletion" role="alert">
            <div>
              <p>
                <strong>{TEXT.lead(deletion.what, deletion.by, time)}</strong>
              </p>
              <p>{TEXT.advice}</p>
            </div>
            <div class="actions">
              <button
                type="button"
                class="button primary"
                onClick={() => onRestoreAll(deletion.key)}
              >
                {TEXT.restoreAll}
              </button>
              <button type="button" class="button" onClick={() => onDismiss(deletion.key)}>
                {TEXT.dismiss}
              </button>
            </div>
          </div>
        );
      })}
    </>
  );
}
