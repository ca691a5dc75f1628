import { useEffect } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface ToastMessage {
  id: number;
  text: string;
  actionLabel?: string;
  onAction?: () => void;
}

interface Props {
  toast: ToastMessage | null;
  onDismiss: () => void;
}

const VISIBLE_MS = 8000;

/** A short note at the bottom of the panel, read out politely, with an optional action. */
export function Toast({ toast, onDismiss }: Props) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div class="toast-region" aria-live="polite">
      {toast && (
        <div class="toast">
          <span>{toast.text}</span>
          {toast.actionLabel && toast.onAction && (
            <button
              type="button"
              class="button link"
              onClick={() => {
                toast.onAction?.();
                onDismiss();
              }}
            >
              {toast.actionLabel}
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
