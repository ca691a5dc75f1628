import { useCallback, useEffect, useState } from 'preact/hooks';
import { undoShortcut } from '../../components/undo-shortcut';
import { startReminderSync } from '../../lib/reminders/panel';
import { requestedFollowup, watchFollowupRequests } from '../../lib/reminders/open-request';
import {
  requestedLogEntry,
  requestedLogTab,
  requestedSection,
  type PanelSection,
} from '../../lib/state/navigation';
import { scheduleDailySnapshot } from '../../lib/state/snapshots-view';
import type { WorkspaceSession } from '../../lib/state/workspace-session';

/**
 * What runs while a workspace is open in the panel, besides drawing it: the badge and reminders
 * follow its follow-ups, a daily snapshot is taken when idle, a reminder's click opens the Log,
 * another view's request switches tab, and Ctrl/Cmd+Z undoes. Returns a number that changes
 * whenever the doc's meta (its name) does.
 */
export function usePanelJobs(
  session: WorkspaceSession,
  workspaceId: string,
  openSection: (section: PanelSection) => void,
): number {
  const openLog = useCallback(() => openSection('Log'), [openSection]);
  const { doc } = session;
  const [metaRevision, setMetaRevision] = useState(0);
  useEffect(() => startReminderSync(session, workspaceId), [session, workspaceId]);
  useEffect(() => scheduleDailySnapshot(workspaceId, doc), [doc, workspaceId]);
  useEffect(
    () =>
      watchFollowupRequests((id) => {
        requestedFollowup.value = id;
        openLog();
      }),
    [openLog],
  );
  useEffect(() => requestedLogEntry.subscribe((id) => id && openLog()), [openLog]);
  useEffect(() => requestedLogTab.subscribe((tab) => tab && openLog()), [openLog]);
  useEffect(
    () =>
      requestedSection.subscribe((section) => {
        if (!section) return;
        requestedSection.value = null;
        openSection(section);
      }),
    [openSection],
  );
  useEffect(() => {
    const onMeta = () => setMetaRevision((n) => n + 1);
    doc.getMap('meta').observe(onMeta);
    const onKey = (event: KeyboardEvent) => {
      const action = undoShortcut(event);
      if (!action) return;
      event.preventDefault();
      if (action === 'undo') session.undo();
      else session.redo();
    };
    window.addEventListener('keydown', onKey);
    return () => {
      doc.getMap('meta').unobserve(onMeta);
      window.removeEventListener('keydown', onKey);
    };
  }, [doc, session]);
  return metaRevision;
}
