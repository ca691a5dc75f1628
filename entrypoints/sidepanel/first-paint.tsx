import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PartnerListPreview } from '../../components/partners/PartnerListPreview';
import { FIRST_VIEW_KEY, readFirstView, type FirstView } from '../../lib/model/first-view';
import { afterPaint, readBeside } from '../../lib/sync/beside-store';
import { databaseNameFor } from '../../lib/sync/workspace-database';

export interface FirstPaint {
  view: FirstView | null;
  /** A row clicked before the app had loaded. */
  chosen: string | null;
}

/**
 * Paints the active workspace's first-view picture (lib/model/first-view.ts) before the panel's
 * own code has loaded, and lets the browser show it. The registry is read raw (`workspaces` in
 * storage.local, as lib/storage/workspaces.ts stores it) so that this chunk stays small; anything
 * unexpected means no picture, never an error.
 */
export async function paintFirstView(root: HTMLElement): Promise<FirstPaint> {
  const painted: FirstPaint = { view: null, chosen: null };
  try {
    const stored: Record<string, unknown> = await browser.storage.local.get('workspaces');
    const registry = stored.workspaces as { activeId?: unknown } | null | undefined;
    if (typeof registry?.activeId !== 'string') return painted;
    painted.view = readFirstView(
      await readBeside(databaseNameFor(registry.activeId), FIRST_VIEW_KEY),
    );
    if (!painted.view) return painted;
    render(<PartnerListPreview view={painted.view} onOpen={(id) => (painted.chosen = id)} />, root);
    await afterPaint();
  } catch (error) {
    console.warn('Bridgework: no first view to paint', error);
  }
  return painted;
}
