import { render } from 'preact';
import { loadSettings, normaliseSettings, settingsItem } from '../../lib/storage/settings';
import { loadLanguage, resolveLanguage, setLocale, t } from '../../lib/i18n';
import { requestPersistentStorage } from '../../lib/sync/local-persistence';
import { WorkspaceController } from '../../lib/state/workspace-controller';
import { WorkspaceUnavailable } from '../../components/workspace/WorkspaceUnavailable';
import { downloadTextFile } from '../../components/common/download-file';
import { PartnerListPreview } from '../../components/partners/PartnerListPreview';
import { App } from './App';

/** Re-renders the app for whichever workspace is open; switching remounts it. */
function Root({ controller }: { controller: WorkspaceController }) {
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

/** The HTML's placeholder is empty (it has no language of its own): word it here. */
function showOpening(root: HTMLElement) {
  const placeholder = root.querySelector('.loading');
  if (placeholder) placeholder.textContent = t('common.loading');
}

/**
 * Opens the panel in `root`: the language, the workspace controller, then the app. Shared by the
 * extension's side panel (main.tsx) and the web app (web/main.tsx); a failure is shown in place.
 */
export function startPanel(root: HTMLElement): Promise<void> {
  return start(root).catch((error: unknown) => {
    console.error(error);
    root.removeAttribute('aria-busy');
    root.innerHTML = '';
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.className = 'fatal';
    message.textContent = t('common.fatal', {
      reason: error instanceof Error ? error.message : String(error),
    });
    root.append(message);
  });
}

async function start(root: HTMLElement) {
  // At once in the browser's language, then again in the one chosen once settings are read.
  setLocale(resolveLanguage(undefined));
  showOpening(root);
  void requestPersistentStorage();
  const settings = await loadSettings();
  // The interface language is personal; a change made in another panel applies here too.
  // Spanish is a chunk of its own: fetched before the first view so that it never shows English.
  await loadLanguage(resolveLanguage(settings.language));
  setLocale(resolveLanguage(settings.language));
  showOpening(root);
  settingsItem.watch((next) => setLocale(resolveLanguage(normaliseSettings(next).language)));
  const controller = new WorkspaceController(settings);
  // Rendered before the workspace opens: the list as last shown paints while the doc loads.
  // Preact would keep the static "Opening…" placeholder beside the app.
  root.textContent = '';
  render(<Root controller={controller} />, root);
  await controller.start();
  // The e2e build lets benchmarks reach the open doc; production builds drop this branch.
  if (import.meta.env.MODE === 'e2e') {
    const { e2eHooks } = await import('../../lib/state/e2e-hooks');
    Object.assign(window, { __bridgework: Object.assign(controller, { hooks: e2eHooks }) });
  }
  root.removeAttribute('aria-busy');
  window.addEventListener('pagehide', () => controller.dispose());
}
