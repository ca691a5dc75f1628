import { BulkDeletionBanner } from '../../../components/trust/BulkDeletionBanner';
import { RecentlyDeleted } from '../../../components/trust/RecentlyDeleted';
import { t } from '../../../lib/i18n';
import { deletionsViewOf } from '../../../lib/state/deletions-view';
import { usePanel } from '../panel-context';

/** Peers' bulk deletions, above every section, with one-click restore (one Undo step). */
export function BulkDeletionSlot() {
  const { session, notify } = usePanel();
  const view = deletionsViewOf(session);
  return (
    <BulkDeletionBanner
      deletions={view.pendingBulk.value}
      onRestoreAll={(key) => {
        const outcome = session.act(() => view.restoreBulk(key));
        if (!outcome) return;
        const count = outcome.restored;
        notify({
          text: outcome.skipped
            ? t('trust.bulk.restoredSkipped', { count, skipped: outcome.skipped })
            : t('trust.bulk.restored', { count }),
          actionLabel: t('common.undo'),
          onAction: () => session.undo(),
        });
      }}
      onDismiss={(key) => view.dismissBulk(key)}
    />
  );
}

/** Settings → Recently deleted. */
export function RecentlyDeletedSection() {
  const { session, notify } = usePanel();
  const view = deletionsViewOf(session);
  return (
    <RecentlyDeleted
      items={view.recentlyDeleted.value.map((record) => ({
        ...record,
        key: `${record.collection}/${record.id}`,
      }))}
      onRestore={(item) => {
        const record = view.recentlyDeleted.value.find(
          (r) => `${r.collection}/${r.id}` === item.key,
        );
        if (!record) return;
        session.act(() => view.restore(record));
        notify({
          text: t('trust.recent.restored', { title: record.title }),
          actionLabel: t('common.undo'),
          onAction: () => session.undo(),
        });
      }}
    />
  );
}
