import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
  /**
   * Up to two lines instead of one, for a message that is only useful whole (which workspace is
   * open now and where the old one's data is). Still cut past two lines.
   */
  twoLines?: boolean;
  /** Words it again on each render, so a language chosen while it shows applies to it too. */
  reword?: () => { text: string; actionLabel?: string };
}

interface Props {
  toast: ToastMessage | null;
  onDismiss: () => void;
}

const VISIBLE_MS = 8000;

/**
 * A short note at the bottom of the panel, read out politely, with an optional action.
 * It is one line: a long text is cut with an ellipsis on screen, while the whole text stays in
 * the status region (read out in full) and in the tooltip. The shell places it below the
 * scrolling content, not over it, so it never covers a sticky Save bar.
 */
export function Toast({ toast, onDismiss }: Props) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  const words = toast?.reword?.() ?? toast;
  return (
    <div class="toast-region" role="status">
      {toast && words && (
        <div class="toast">
          <span class="toast-text" data-lines={toast.twoLines ? '2' : undefined} title={words.text}>
            {words.text}
          </span>
          {words.actionLabel && toast.onAction && (
            <button
              type="button"
              class="button link"
              onClick={() => {
                toast.onAction?.();
                onDismiss();
              }}
            >
              {words.actionLabel}
            </button>
          )}
          <button
            type="button"
            class="icon-button"
            aria-label={t('common.dismiss')}
            onClick={onDismiss}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}
