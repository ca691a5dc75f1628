import { render } from 'preact';
import { loadSettings, normaliseSettings, settingsItem } from '../../lib/storage/settings';
import { loadLanguage, resolveLanguage, setLocale, t } from '../../lib/i18n';
import { requestPersistentStorage } from '../../lib/sync/local-persistence';
import { WorkspaceController } from '../../lib/state/workspace-controller';
import type { FirstPaint } from './first-paint';
import { Root } from './PanelRoot';

/** The HTML's placeholder is empty (it has no language of its own): word it here. */
function showOpening(root: HTMLElement) {
  const placeholder = root.querySelector('.loading');
  if (placeholder) placeholder.textContent = t('common.loading');
}

/**
 * Opens the panel in `root`: the language, the workspace controller, then the app. Shared by the
 * extension's side panel (main.tsx) and the web app (web/main.tsx); a failure is shown in place.
 */
export function startPanel(root: HTMLElement, painted?: FirstPaint): Promise<void> {
  return start(root, painted).catch((error: unknown) => {
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

async function start(root: HTMLElement, painted?: FirstPaint) {
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
  // The e2e build lets tests and benchmarks reach the controller as soon as the app can be seen;
  // production builds drop this branch.
  if (import.meta.env.MODE === 'e2e') {
    const { e2eHooks } = await import('../../lib/state/e2e-hooks');
    Object.assign(window, { __bridgework: Object.assign(controller, { hooks: e2eHooks }) });
  }
  // Keeps showing the picture main.tsx painted, and a row clicked in it, until the workspace opens.
  controller.preview.value = painted?.view ?? null;
  controller.previewChoice.value = painted?.chosen ?? null;
  // Rendered before the workspace opens: the list as last shown paints while the doc loads.
  // Preact would keep the static "Opening…" placeholder beside the app.
  root.textContent = '';
  render(<Root controller={controller} />, root);
  // Before the start resolves: a district's start runs on well after its rows show, and a panel
  // closed meanwhile must still keep its first view (and close its databases).
  window.addEventListener('pagehide', () => controller.dispose());
  await controller.start();
  root.removeAttribute('aria-busy');
}
