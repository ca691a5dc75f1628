import { BulkDeletionBanner } from '../../../components/trust/BulkDeletionBanner';
import { RecentlyDeleted } from '../../../components/trust/RecentlyDeleted';
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
        const skipped = outcome.skipped
          ? ` ${outcome.skipped} could not be restored (deleted again, re-created or unreadable).`
          : '';
        notify({
          text: `Restored ${outcome.restored} ${outcome.restored === 1 ? 'record' : 'records'}.${skipped}`,
          actionLabel: 'Undo',
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
          text: `Restored ${record.title}.`,
          actionLabel: 'Undo',
          onAction: () => session.undo(),
        });
      }}
    />
  );
}
