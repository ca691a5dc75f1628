import { paintFirstView } from './first-paint';
import './style.css';

/**
 * The first read of localStorage loads it from disk, synchronously (~35 ms after a browser
 * restart). Yjs's lib0 reads it while the app's modules evaluate, which made one long task of
 * both; the edit journal (lib/sync/edit-journal.ts) reads it as the workspace opens. Read here,
 * in a task of its own, once the first view is painted.
 */
function warmLocalStorage(): Promise<void> {
  return new Promise((done) =>
    setTimeout(() => {
      try {
        void localStorage.length;
      } catch {
        // Storage disabled: lib0 and the journal do without it.
      }
      done();
    }, 0),
  );
}

// The list as last shown first, from this small chunk; then the app, which takes over the root.
const root = document.getElementById('app')!;
void paintFirstView(root).then(async (painted) => {
  await warmLocalStorage();
  const { startPanel } = await import('./start-panel');
  return startPanel(root, painted);
});
