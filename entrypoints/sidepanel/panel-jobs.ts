import { useCallback, useEffect, useState } from 'preact/hooks';
import { undoShortcut } from '../../components/undo-shortcut';
import {
  requestedFollowup,
  watchFollowupRequests,
  watchRecordRequests,
} from '../../lib/reminders/open-request';
import {
  requestedLogEntry,
  requestedLogTab,
  openPartnerRecord,
  requestedSection,
  type PanelSection,
} from '../../lib/state/navigation';
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
  useEffect(
    () =>
      later(() =>
        import('../../lib/reminders/panel').then((m) => m.startReminderSync(session, workspaceId)),
      ),
    [session, workspaceId],
  );
  useEffect(
    () =>
      later(() =>
        import('../../lib/state/snapshots-view').then((m) =>
          m.scheduleDailySnapshot(workspaceId, doc, () => m.historyForSnapshot(session.history)),
        ),
      ),
    [session, doc, workspaceId],
  );
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
  useEffect(() => watchRecordRequests(openPartnerRecord), []);
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

/**
 * Starts a job whose code is fetched after the first view (reminders read the log's index,
 * snapshots the backup code: neither belongs in the partners list's chunk). Returns its stop.
 */
function later(start: () => Promise<() => void>): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void start().then((job) => (stopped ? job() : (stop = job)));
  return () => {
    stopped = true;
    stop?.();
  };
}
