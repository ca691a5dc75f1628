import { NeedsAttention } from '../../../components/trust/NeedsAttention';
import '../../../components/trust/needs-attention.css';
import { downloadTextFile } from '../../../components/common/download-file';
import { t } from '../../../lib/i18n';
import { quarantineViewOf } from '../../../lib/state/quarantine-view';
import { usePanel } from '../panel-context';

/** "Needs attention" for the open workspace: shown above every section while records are set aside. */
export function QuarantineNotice({ initiallyOpen }: { initiallyOpen?: boolean }) {
  const { session, sync, notify } = usePanel();
  const view = quarantineViewOf(session);
  const names = new Map(sync.peers.value.map((peer) => [peer.clientId, peer.user.name]));
  return (
    <NeedsAttention
      records={view.items.value}
      initiallyOpen={initiallyOpen}
      nameOf={(clientId) => names.get(clientId)}
      onExport={(records) =>
        downloadTextFile(
          `bridgework-needs-attention-${new Date().toISOString().slice(0, 10)}.json`,
          view.exportJson(records),
          'application/json',
        )
      }
      onDelete={(record) => {
        const removed = session.act(() => view.remove(record));
        notify(
          removed
            ? {
                text: t('trust.attention.deleted'),
                actionLabel: t('common.undo'),
                onAction: () => session.undo(),
              }
            : { text: t('trust.attention.kept') },
        );
      }}
    />
  );
}
