import { useState } from 'preact/hooks';
import { isDueOn } from '../../lib/model/cadence';
import type { Followup } from '../../lib/model/followup';
import type { LogEntry } from '../../lib/model/log-entry';
import { ConfirmDialog } from '../common/ConfirmDialog';
import type { ToastMessage } from '../common/Toast';
import { DeletedNotice } from '../trust/DeletedNotice';
import { exportEntry, entryNames } from './log-export';
import { entryToForm } from './log-form-values';
import { LogEntryDetail } from './LogEntryDetail';
import { LogEntryForm } from './LogEntryForm';
import type { EntryScreen, LogActions, LogData } from './types';

export type Notify = (toast: Omit<ToastMessage, 'id'>) => void;

interface Props {
  data: LogData;
  actions: LogActions;
  notify: Notify;
  screen: Exclude<EntryScreen, { name: 'none' }>;
  setScreen: (screen: EntryScreen) => void;
  /** Where Back goes, as the button says it ("Contact log", "Riverside timeline"). */
  backLabel: string;
  onOpenPartner?: ((id: string) => void) | undefined;
}

const TEXT = {
  gone: 'This entry no longer exists.',
  deletedPartner: 'Deleted partner',
  saved: (title: string) => `Saved ${title}.`,
  logged: (title: string) => `Logged ${title}.`,
  deleted: (title: string) => `Deleted ${title}.`,
  restored: (title: string) => `Restored ${title}.`,
  confirmTitle: (title: string) => `Delete ${title}?`,
  confirmMessage:
    'This deletes the entry for everyone in this workspace. Its follow-ups stay. You can undo it right after.',
  confirm: 'Delete',
  undo: 'Undo',
};

/** Undo-able toasts and follow-up handlers, shared by every screen that shows follow-ups. */
export function followupHandlers(actions: LogActions, notify: Notify) {
  return {
    add: (input: Parameters<LogActions['addFollowup']>[0]) => {
      actions.addFollowup(input);
      notify({ text: 'Follow-up added.', actionLabel: TEXT.undo, onAction: actions.undo });
    },
    toggle: (f: Followup) => {
      actions.setFollowupDone(f.id, !f.done);
      notify({
        text: f.done ? `Reopened “${f.text}”.` : `Done: “${f.text}”.`,
        actionLabel: TEXT.undo,
        onAction: actions.undo,
      });
    },
  };
}

/** New, edit and detail screens for one entry; shared by the Log section and the partner page. */
export function EntryScreens({
  data,
  actions,
  notify,
  screen,
  setScreen,
  backLabel,
  onOpenPartner,
}: Props) {
  const [confirming, setConfirming] = useState<LogEntry | null>(null);
  const back = () => setScreen({ name: 'none' });
  const followups = followupHandlers(actions, notify);

  if (screen.name === 'new') {
    return (
      <LogEntryForm
        initial={entryToForm(screen.prefill)}
        data={data}
        onCancel={back}
        onSave={(input) => {
          const id = actions.add(input);
          notify({
            text: TEXT.logged(input.title),
            actionLabel: TEXT.undo,
            onAction: actions.undo,
          });
          setScreen({ name: 'entry', id });
        }}
      />
    );
  }
  const entry = data.entry(screen.id);
  if (!entry) {
    return (
      <div class="empty-state">
        <p>{TEXT.gone}</p>
        <button type="button" class="button" onClick={back}>
          {backLabel}
        </button>
      </div>
    );
  }
  if (entry.deletedAt !== undefined) {
    return (
      <DeletedNotice
        title={entry.title}
        what="log entry"
        deletedAt={entry.deletedAt}
        deletedBy={entry.deletedBy}
        backLabel={backLabel}
        onBack={back}
        onRestore={() => {
          actions.restore(entry.id);
          notify({
            text: TEXT.restored(entry.title),
            actionLabel: TEXT.undo,
            onAction: actions.undo,
          });
        }}
      />
    );
  }
  if (screen.name === 'edit') {
    return (
      <LogEntryForm
        key={entry.id}
        initial={entryToForm(entry)}
        editingTitle={entry.title}
        data={data}
        onCancel={() => setScreen({ name: 'entry', id: entry.id })}
        onSave={(input) => {
          actions.update(entry.id, input);
          notify({ text: TEXT.saved(input.title), actionLabel: TEXT.undo, onAction: actions.undo });
          setScreen({ name: 'entry', id: entry.id });
        }}
      />
    );
  }
  const names = entryNames(entry, data);
  return (
    <>
      <LogEntryDetail
        entry={entry}
        partners={entry.partnerIds.map((id) => ({
          id,
          name: data.partnerName(id) ?? TEXT.deletedPartner,
        }))}
        people={names.people}
        goals={names.goals}
        followups={data.followupsOf(entry.id)}
        assignees={data.assignees}
        daysOverdue={data.daysOverdue}
        isDueToday={(f) => isDueOn(f, data.today)}
        backLabel={backLabel}
        onBack={back}
        onEdit={() => setScreen({ name: 'edit', id: entry.id })}
        onDelete={() => setConfirming(entry)}
        onOpenPartner={onOpenPartner}
        onAddFollowup={followups.add}
        onToggleFollowup={followups.toggle}
        onExport={(what) => exportEntry(entry, what, data, notify)}
        highlightedFollowup={screen.followup}
      />
      {confirming && (
        <ConfirmDialog
          title={TEXT.confirmTitle(confirming.title)}
          message={TEXT.confirmMessage}
          confirmLabel={TEXT.confirm}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const deleted = confirming;
            setConfirming(null);
            actions.remove(deleted.id);
            back();
            notify({
              text: TEXT.deleted(deleted.title),
              actionLabel: TEXT.undo,
              onAction: actions.undo,
            });
          }}
        />
      )}
    </>
  );
}
