import { t } from '../../lib/i18n';
import { Modal } from './Modal';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A modal question; Escape or Cancel closes it, focus starts on Cancel. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <Modal id="confirm" title={title} describedBy="confirm-message" onCancel={onCancel}>
      <p id="confirm-message">{message}</p>
      <div class="actions">
        <button type="button" class="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" class="button danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
