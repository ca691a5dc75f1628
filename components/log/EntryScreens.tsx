import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { isDueOn } from '../../lib/model/cadence';
import type { Followup } from '../../lib/model/followup';
import type { LogEntry } from '../../lib/model/log-entry';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { returnFocusTo } from '../common/screen-focus';
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

/** The screens' words, read when shown so they follow the interface language. */
const TEXT = {
  gone: () => t('log.screens.gone'),
  deletedPartner: () => t('log.screens.deletedPartner'),
  saved: (title: string) => t('log.screens.saved', { title }),
  logged: (title: string) => t('log.screens.logged', { title }),
  deleted: (title: string) => t('log.screens.deleted', { title }),
  restored: (title: string) => t('log.screens.restored', { title }),
  confirmTitle: (title: string) => t('log.screens.confirmTitle', { title }),
  confirmMessage: () => t('log.screens.confirmMessage'),
  confirm: () => t('log.screens.confirm'),
  undo: () => t('log.screens.undo'),
  what: () => t('log.screens.what'),
  followupAdded: () => t('log.screens.followupAdded'),
  reopened: (text: string) => t('log.screens.followupReopened', { text }),
  done: (text: string) => t('log.screens.followupDone', { text }),
  checkinSaved: (goal: string) => t('log.toast.checkinSaved', { goal }),
};

/** Undo-able toasts and follow-up handlers, shared by every screen that shows follow-ups. */
export function followupHandlers(actions: LogActions, notify: Notify) {
  return {
    add: (input: Parameters<LogActions['addFollowup']>[0]) => {
      actions.addFollowup(input);
      notify({ text: TEXT.followupAdded(), actionLabel: TEXT.undo(), onAction: actions.undo });
    },
    toggle: (f: Followup) => {
      actions.setFollowupDone(f.id, !f.done);
      notify({
        text: f.done ? TEXT.reopened(f.text) : TEXT.done(f.text),
        actionLabel: TEXT.undo(),
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
        onCancel={() => {
          returnFocusTo('log-contact');
          back();
        }}
        onSave={(input) => {
          const id = actions.add(input);
          notify({
            text: TEXT.logged(input.title),
            actionLabel: TEXT.undo(),
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
        <p>{TEXT.gone()}</p>
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
        what={TEXT.what()}
        deletedAt={entry.deletedAt}
        deletedBy={entry.deletedBy}
        backLabel={backLabel}
        onBack={back}
        onRestore={() => {
          actions.restore(entry.id);
          notify({
            text: TEXT.restored(entry.title),
            actionLabel: TEXT.undo(),
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
        onCancel={() => {
          returnFocusTo('edit-entry');
          setScreen({ name: 'entry', id: entry.id });
        }}
        onSave={(input) => {
          actions.update(entry.id, input);
          notify({
            text: TEXT.saved(input.title),
            actionLabel: TEXT.undo(),
            onAction: actions.undo,
          });
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
          name: data.partnerName(id) ?? TEXT.deletedPartner(),
        }))}
        people={names.people}
        goals={names.goals}
        followups={data.followupsOf(entry.id)}
        assignees={data.assignees}
        daysOverdue={data.daysOverdue}
        isDueToday={(f) => isDueOn(f, data.today)}
        backLabel={backLabel}
        onBack={() => {
          returnFocusTo(`entry:${entry.id}`);
          back();
        }}
        onEdit={() => setScreen({ name: 'edit', id: entry.id })}
        onDelete={() => setConfirming(entry)}
        onOpenPartner={onOpenPartner}
        onAddFollowup={followups.add}
        onToggleFollowup={followups.toggle}
        onExport={(what) => exportEntry(entry, what, data, notify)}
        highlightedFollowup={screen.followup}
        agendaGoals={data.agendaGoals(entry)}
        onRecordCheckin={(goal, checkin) => {
          actions.recordCheckin({
            ...checkin,
            goalId: goal.goalId,
            logEntryId: entry.id,
            agendaItemId: goal.agendaItemId,
          });
          notify({
            text: TEXT.checkinSaved(goal.title),
            actionLabel: TEXT.undo(),
            onAction: actions.undo,
          });
        }}
      />
      {confirming && (
        <ConfirmDialog
          title={TEXT.confirmTitle(confirming.title)}
          message={TEXT.confirmMessage()}
          confirmLabel={TEXT.confirm()}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const deleted = confirming;
            setConfirming(null);
            actions.remove(deleted.id);
            returnFocusTo(`entry:${deleted.id}`);
            back();
            notify({
              text: TEXT.deleted(deleted.title),
              actionLabel: TEXT.undo(),
              onAction: actions.undo,
            });
          }}
        />
      )}
    </>
  );
}
