import type { Followup } from '../../lib/model/followup';
import { VirtualList } from '../common/VirtualList';
import { formatDay, t } from '../../lib/i18n';
import { overdueLabel } from './format';

export const FOLLOWUP_ROW_HEIGHT = 64;

export interface FollowupRowProps {
  followup: Followup;
  labelId: string;
  daysOverdue: number;
  dueToday: boolean;
  partnerName?: string | undefined;
  sourceTitle?: string | undefined;
  highlighted?: boolean;
  onToggle: (followup: Followup) => void;
  onOpenSource?: ((followup: Followup) => void) | undefined;
}

export function FollowupRow(props: FollowupRowProps) {
  const { followup: f, labelId } = props;
  const due = f.due
    ? props.daysOverdue > 0
      ? overdueLabel(props.daysOverdue)
      : props.dueToday
        ? t('log.followup.dueToday')
        : t('log.followup.due', { day: formatDay(f.due, { weekday: true }) })
    : '';
  return (
    <div
      class={`followup-row${f.done ? ' done' : ''}${props.highlighted ? ' highlighted' : ''}`}
      id={`followup-${f.id}`}
      tabIndex={props.highlighted ? -1 : undefined}
    >
      <div class="row-text">
        <span class="row-title" id={labelId}>
          {f.text}
        </span>
        <span class="row-detail">
          {due && <span class={props.daysOverdue > 0 ? 'overdue-text' : undefined}>{due}</span>}
          {f.assigneeName && <span> · {f.assigneeName}</span>}
          {props.partnerName && <span> · {props.partnerName}</span>}
          {props.sourceTitle && props.onOpenSource && (
            <>
              {' · '}
              <button
                type="button"
                class="button link inline"
                onClick={() => props.onOpenSource?.(f)}
              >
                {t('log.followup.from', { title: props.sourceTitle })}
              </button>
            </>
          )}
        </span>
      </div>
      <button
        type="button"
        class={`button small${f.done ? '' : ' done-button'}`}
        onClick={() => props.onToggle(f)}
        aria-describedby={labelId}
      >
        {f.done ? t('log.followup.reopen') : t('log.followup.markDone')}
      </button>
    </div>
  );
}

interface ListProps extends Omit<
  FollowupRowProps,
  | 'followup'
  | 'labelId'
  | 'daysOverdue'
  | 'dueToday'
  | 'partnerName'
  | 'sourceTitle'
  | 'highlighted'
> {
  followups: Followup[];
  label: string;
  daysOverdue: (f: Followup) => number;
  isDueToday: (f: Followup) => boolean;
  partnerName: (f: Followup) => string | undefined;
  sourceTitle: (f: Followup) => string | undefined;
  highlightedId?: string | undefined;
  /** Lists shorter than this render plainly (inside a page); longer ones are virtualised. */
  virtual?: boolean;
}

export function FollowupList(props: ListProps) {
  const row = (f: Followup, labelId: string) => (
    <FollowupRow
      followup={f}
      labelId={labelId}
      daysOverdue={props.daysOverdue(f)}
      dueToday={props.isDueToday(f)}
      partnerName={props.partnerName(f)}
      sourceTitle={props.sourceTitle(f)}
      highlighted={props.highlightedId === f.id}
      onToggle={props.onToggle}
      onOpenSource={props.onOpenSource}
    />
  );
  if (!props.virtual) {
    return (
      <ul class="plain-list" aria-label={props.label}>
        {props.followups.map((f) => (
          <li key={f.id} aria-labelledby={`fu-row-${f.id}`}>
            {row(f, `fu-row-${f.id}`)}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <VirtualList
      items={props.followups}
      rowHeight={FOLLOWUP_ROW_HEIGHT}
      label={props.label}
      getKey={(f) => f.id}
      renderRow={row}
    />
  );
}
