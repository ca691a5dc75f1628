import * as Y from 'yjs';
import { storeWorkspace } from '../../scripts/lib/stored-workspace';
import { activeWorkspaceId, type ExtensionBrowser } from './harness';

/**
 * Replaces the panel's own workspace with a split one (lib/model/history-years.ts): the
 * workspace doc and a doc per school year, stored as the app stores them, for the panel's next
 * open. Returns the workspace's id.
 */
export async function storeSplitWorkspace(
  browser: ExtensionBrowser,
  main: Y.Doc,
  years: ReadonlyMap<number, Y.Doc>,
): Promise<string> {
  const panel = await browser.openPanel();
  const workspaceId = await activeWorkspaceId(panel);
  await panel.close();
  await storeWorkspace(browser.context, workspaceId, Y.encodeStateAsUpdate(main));
  for (const [year, doc] of years)
    await storeWorkspace(browser.context, `${workspaceId}.${year}`, Y.encodeStateAsUpdate(doc));
  return workspaceId;
}

/** A school year as the panel names it with a September start: "2024–25". */
export const schoolYearLabel = (year: number) => `${year}–${String(year + 1).slice(-2)}`;
