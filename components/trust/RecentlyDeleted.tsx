import { t } from '../../lib/i18n';
import { formatDeletedAt } from './DeletedNotice';
import './recently-deleted.css';

/** One soft-deleted record as the list shows it. */
export interface RecentlyDeletedItem {
  key: string;
  title: string;
  /** "partner", "log entry", … in the interface language. */
  kind: string;
  deletedAt: number;
  deletedBy: string | undefined;
}

function detailOf(item: RecentlyDeletedItem): string {
  const values = {
    kind: `${item.kind.charAt(0).toUpperCase()}${item.kind.slice(1)}`,
    when: formatDeletedAt(item.deletedAt),
  };
  return item.deletedBy
    ? t('trust.recent.detail', { ...values, by: item.deletedBy })
    : t('trust.recent.detailUnknown', values);
}

interface Props {
  items: readonly RecentlyDeletedItem[];
  onRestore: (item: RecentlyDeletedItem) => void;
}

/** Every soft-deleted record, newest first, each with who deleted it, when, and Restore. */
export function RecentlyDeleted({ items, onRestore }: Props) {
  return (
    <section class="form recently-deleted" aria-labelledby="recently-deleted-heading">
      <h2 id="recently-deleted-heading">{t('trust.recent.heading')}</h2>
      <p class="small muted">{t('trust.recent.lead')}</p>
      {items.length === 0 ? (
        <p class="empty-state">{t('trust.recent.empty')}</p>
      ) : (
        <ul class="deleted-list">
          {items.map((item) => {
            const detail = detailOf(item);
            return (
              <li
                key={item.key}
                aria-label={t('trust.recent.label', { title: item.title, detail })}
              >
                <span class="row-text">
                  <span class="row-title">{item.title}</span>
                  <span class="row-detail">{detail}</span>
                </span>
                <button type="button" class="button" onClick={() => onRestore(item)}>
                  {t('common.restore')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
