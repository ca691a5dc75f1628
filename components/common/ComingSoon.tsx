import { t } from '../../lib/i18n';

interface Props {
  title: string;
  children: string;
}

/** An honest placeholder for a section that is not built yet. */
export function ComingSoon({ title, children }: Props) {
  return (
    <section class="empty-state" aria-labelledby="coming-soon-title">
      <h2 id="coming-soon-title">{title}</h2>
      <p>{children}</p>
      <p class="muted">{t('common.comingSoon')}</p>
    </section>
  );
}
