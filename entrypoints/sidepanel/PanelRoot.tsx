import { t } from '../../lib/i18n';
import type { WorkspaceController } from '../../lib/state/workspace-controller';
import { WorkspaceUnavailable } from '../../components/workspace/WorkspaceUnavailable';
import { downloadTextFile } from '../../components/common/download-file';
import { PartnerListPreview } from '../../components/partners/PartnerListPreview';
import { App } from './App';

/** Re-renders the app for whichever workspace is open; switching remounts it. */
export function Root({ controller }: { controller: WorkspaceController }) {
  const open = controller.current.value;
  const failed = controller.unavailable.value;
  if (failed) {
    return (
      <WorkspaceUnavailable
        name={failed.entry.name}
        kind={failed.kind}
        seconds={failed.seconds}
        detail={failed.detail}
        others={controller.registry.value.workspaces.filter((w) => w.id !== failed.entry.id)}
        onSwitch={(id) => void controller.switchTo(id)}
        onRetry={() => void controller.retryOpen()}
        onExport={() => controller.exportUnavailable()}
        onDownload={downloadTextFile}
        onLeave={() => void controller.leaveUnavailable()}
      />
    );
  }
  const preview = controller.preview.value;
  if (!open && preview)
    return (
      <PartnerListPreview view={preview} onOpen={(id) => (controller.previewChoice.value = id)} />
    );
  if (!open) return <p class="loading">{t('common.loading')}</p>;
  return (
    <App
      key={open.entry.id}
      session={open.session}
      fallbackName={open.entry.name}
      initialSettings={controller.personalSettings}
      workspaces={controller}
      sync={open.sync}
    />
  );
}
