import { yearDocId } from '../model/history-years';
import { openLocalWorkspace } from '../sync/local-persistence';
import type { YearDocOpener } from './year-history';

/**
 * Year docs stored like workspaces, each in its own database (`bridgework-workspace-<id>.<year>`),
 * loaded a slice at a time and written through, with the same journal for edits not yet on disk.
 */
export function storedYears(workspaceId: string): YearDocOpener {
  return async (year, doc) => {
    const local = await openLocalWorkspace(yearDocId(workspaceId, year), { doc });
    return { close: local.close };
  };
}
