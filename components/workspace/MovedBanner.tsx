import { formatDateTime, t } from '../../lib/i18n';

/** Shown to anyone still in a room a member moved away from with `Rotate invite`. */
export function MovedBanner(props: { by: string | null; at: number }) {
  const who = props.by ?? t('workspace.moved.someone');
  const when = formatDateTime(props.at);
  return (
    <div class="notice moved-notice" role="status">
      <p>
        <strong>{t('workspace.moved.title', { who })}</strong>
      </p>
      <p class="small">{t('workspace.moved.detail', { when })}</p>
    </div>
  );
}
