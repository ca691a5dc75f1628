import { render } from 'preact';
import { loadSettings } from '../../lib/storage/settings';
import { loadWorkspaceRegistry } from '../../lib/storage/workspaces';
import { openLocalWorkspace, requestPersistentStorage } from '../../lib/sync/local-persistence';
import { WorkspaceSession } from '../../lib/state/workspace-session';
import { App } from './App';
import './style.css';

async function start(root: HTMLElement) {
  void requestPersistentStorage();
  const [registry, settings] = await Promise.all([loadWorkspaceRegistry(), loadSettings()]);
  const entry = registry.workspaces.find((w) => w.id === registry.activeId)!;
  const workspace = await openLocalWorkspace(entry.id);
  const session = new WorkspaceSession(workspace.doc);
  root.removeAttribute('aria-busy');
  render(
    <App
      session={session}
      fallbackName={entry.name}
      initialSettings={settings}
    />,
    root,
  );
}

const root = document.getElementById('app')!;
start(root).catch((error: unknown) => {
  console.error(error);
  root.removeAttribute('aria-busy');
  root.innerHTML = '';
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.className = 'fatal';
  message.textContent = `Bridgework could not open your workspace: ${error instanceof Error ? error.message : String(error)}. Your data has not been changed; try closing and reopening the panel.`;
  root.append(message);
});
