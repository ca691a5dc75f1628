import { formatDeletedAt } from './DeletedNotice';
import './recently-deleted.css';

/** One soft-deleted record as the list shows it. */
export interface RecentlyDeletedItem {
  key: string;
  title: string;
  /** "partner", "log entry", … */
  kind: string;
  deletedAt: number;
  deletedBy: string | undefined;
}

const TEXT = {
  heading: 'Recently deleted',
  lead: 'Records anyone in this workspace deleted. Restoring brings one back for everyone.',
  empty: 'Nothing has been deleted.',
  restore: 'Restore',
  detail: (kind: string, by: string | undefined, when: string) =>
    `${kind[0]!.toUpperCase()}${kind.slice(1)} · deleted by ${by ?? 'someone'} on ${when}`,
};

interface Props {
  items: readonly RecentlyDeletedItem[];
  onRestore: (item: RecentlyDeletedItem) => void;
}

/** Every soft-deleted record, newest first, each with who deleted it, when, and Restore. */
export function RecentlyDeleted({ items, onRestore }: Props) {
  return (
    <section class="form recently-deleted" aria-labelledby="recently-deleted-heading">
      <h2 id="recently-deleted-heading">{TEXT.heading}</h2>
      <p class="small muted">{TEXT.lead}</p>
      {items.length === 0 ? (
        <p class="empty-state">{TEXT.empty}</p>
      ) : (
        <ul class="deleted-list">
          {items.map((item) => {
            const detail = TEXT.detail(item.kind, item.deletedBy, formatDeletedAt(item.deletedAt));
            return (
              <li key={item.key} aria-label={`${item.title}, ${detail}`}>
                <span class="row-text">
                  <span class="row-title">{item.title}</span>
                  <span class="row-detail">{detail}</span>
                </span>
                <button type="button" class="button" onClick={() => onRestore(item)}>
                  {TEXT.restore}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
