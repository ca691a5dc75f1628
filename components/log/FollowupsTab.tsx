import { t, type MessageKey } from '../../lib/i18n';
import { isDueOn } from '../../lib/model/cadence';
import type { Followup } from '../../lib/model/followup';
import { followupHandlers, type Notify } from './EntryScreens';
import { FollowupForm } from './FollowupForm';
import { returnFocusTo } from '../common/screen-focus';
import { FollowupList, FollowupRow } from './FollowupList';
import type { EntryScreen, LogActions, LogData } from './types';

export type FollowupView = 'open' | 'mine' | 'overdue' | 'done';

export const FOLLOWUP_VIEWS: [FollowupView, MessageKey][] = [
  ['open', 'log.followups.view.open'],
  ['mine', 'log.followups.view.mine'],
  ['overdue', 'log.followups.view.overdue'],
  ['done', 'log.followups.view.done'],
];

/** The tab's words, read in render so they follow the interface language. */
const TEXT = {
  views: () => t('log.followups.views'),
  noName: () => t('log.followups.noName'),
  empty: (view: FollowupView) =>
    view === 'overdue'
      ? t('log.followups.empty.overdue')
      : view === 'done'
        ? t('log.followups.empty.done')
        : t('log.followups.empty.open'),
  reminder: () => t('log.followups.reminder'),
  fromReminder: () => t('log.followups.fromReminder'),
  reminderList: () => t('log.followups.reminderList'),
  count: (count: number) => t('log.followups.count', { count }),
};

/** Mine: assigned to me by name, or made by me and assigned to nobody; unassigned ones without a name. */
export function isMine(f: Followup, me: string): boolean {
  const name = me.trim().toLowerCase();
  return name ? (f.assigneeName ?? (f.createdBy || '')).toLowerCase() === name : !f.assigneeName;
}

export function followupsFor(view: FollowupView, data: LogData): Followup[] {
  if (view === 'overdue') return data.overdueFollowups;
  if (view === 'done') return data.doneFollowups();
  if (view === 'mine') return data.openFollowups.filter((f) => isMine(f, data.me));
  return data.openFollowups;
}

interface Props {
  data: LogData;
  actions: LogActions;
  notify: Notify;
  view: FollowupView;
  onView: (view: FollowupView) => void;
  adding: boolean;
  onAdding: (adding: boolean) => void;
  /** A follow-up a reminder pointed at, shown on top. */
  pinnedId: string | null;
  setScreen: (screen: EntryScreen) => void;
}

/** Every follow-up, in the views people ask for: all open, mine, overdue, done. */
export function FollowupsTab({
  data,
  actions,
  notify,
  view,
  onView,
  adding,
  onAdding,
  pinnedId,
  setScreen,
}: Props) {
  const handlers = followupHandlers(actions, notify);
  const followups = followupsFor(view, data);
  const overdueCount = data.overdueFollowups.length;
  const pinned = pinnedId ? data.followup(pinnedId) : undefined;
  const rowProps = {
    daysOverdue: data.daysOverdue,
    isDueToday: (f: Followup) => isDueOn(f, data.today),
    partnerName: (f: Followup) => {
      const partnerId =
        f.partnerId ?? (f.logEntryId ? data.entry(f.logEntryId)?.partnerIds[0] : undefined);
      return partnerId ? data.partnerName(partnerId) : undefined;
    },
    sourceTitle: (f: Followup) => (f.logEntryId ? data.entry(f.logEntryId)?.title : undefined),
    onToggle: handlers.toggle,
    onOpenSource: (f: Followup) =>
      f.logEntryId && setScreen({ name: 'entry', id: f.logEntryId, followup: f.id }),
  };
  return (
    <>
      {adding && (
        <div class="pad">
          <FollowupForm
            assignees={data.assignees}
            onCancel={() => {
              returnFocusTo('log-add-followup');
              onAdding(false);
            }}
            onSave={(input) => {
              handlers.add(input);
              returnFocusTo('log-add-followup');
              onAdding(false);
            }}
          />
        </div>
      )}
      {pinned && (
        <div class="pinned" role="region" aria-label={TEXT.reminder()}>
          <p class="small muted">{TEXT.fromReminder()}</p>
          <ul class="plain-list" aria-label={TEXT.reminderList()}>
            <li aria-labelledby="pinned-title">
              <FollowupRow
                followup={pinned}
                labelId="pinned-title"
                daysOverdue={data.daysOverdue(pinned)}
                dueToday={rowProps.isDueToday(pinned)}
                partnerName={rowProps.partnerName(pinned)}
                sourceTitle={rowProps.sourceTitle(pinned)}
                onToggle={handlers.toggle}
                onOpenSource={rowProps.onOpenSource}
                highlighted
              />
            </li>
          </ul>
        </div>
      )}
      <div class="fu-views" role="radiogroup" aria-label={TEXT.views()}>
        {FOLLOWUP_VIEWS.map(([key, label]) => (
          <label key={key} class={`segment${view === key ? ' selected' : ''}`}>
            <input
              type="radio"
              name="followup-view"
              checked={view === key}
              onChange={() => onView(key)}
            />
            {t(label)}
            {key === 'overdue' && overdueCount > 0 ? ` (${overdueCount})` : ''}
          </label>
        ))}
      </div>
      {view === 'mine' && !data.me.trim() && <p class="notice">{TEXT.noName()}</p>}
      {followups.length === 0 ? (
        <p class="empty-state">{TEXT.empty(view)}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            {TEXT.count(followups.length)}
          </p>
          <FollowupList
            virtual
            followups={followups}
            label={t(FOLLOWUP_VIEWS.find(([k]) => k === view)![1])}
            {...rowProps}
          />
        </>
      )}
    </>
  );
}
