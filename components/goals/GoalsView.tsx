import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Checkin } from '../../lib/model/checkin';
import type { BoardColumn } from '../../lib/model/goal';
import { GOAL_TEMPLATES } from '../../lib/model/goal-templates';
import type { GoalCardView } from '../../lib/model/goal-view';
import type { BoardLayout, GoalFilters } from '../../lib/storage/goal-filters';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { focusKey, returnFocusTo, useScreenFocus } from '../common/screen-focus';
import type { ToastMessage } from '../common/Toast';
import { GoalBoard } from './GoalBoard';
import { GoalDetail } from './GoalDetail';
import { EMPTY_GOAL_FORM, GoalForm, templateToForm, type GoalFormValues } from './GoalForm';
import { goalToForm } from './goal-form-values';
import type { DescriptionEditor, GoalActions, MoveDirection, NamedRef, PeerOnGoal } from './types';
import { useStable } from './use-stable';
import { columnLabel, columnLabelById } from './column-label';
import { localTemplate } from './template-text';
import type { Earlier } from '../common/EarlierYears';

/** Below this width "auto" shows the list; the board needs room for columns. */
export const LIST_BELOW_PX = 560;

interface Props {
  columns: BoardColumn[];
  /** Cards after the filters, by column, in board order. */
  cardsByColumn: Map<string, GoalCardView[]>;
  totalCount: number;
  visibleCount: number;
  filters: GoalFilters;
  onFilters: (patch: Partial<GoalFilters>) => void;
  owners: string[];
  tags: string[];
  partners: NamedRef[];
  ownerSuggestions: string[];
  layout: BoardLayout | 'auto';
  onLayout: (layout: BoardLayout) => void;
  /** Any goal by id, deleted ones included. */
  getCard: (id: string) => GoalCardView | undefined;
  history: (id: string) => Checkin[];
  description: (id: string) => DescriptionEditor;
  actions: GoalActions;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
  /** Other people on each goal now (presence), by goal id. */
  peersByGoal?: Map<string, PeerOnGoal[]>;
  /** Called with the goal whose page is open (null on the board), so others can see it. */
  onViewGoal?: (id: string | null) => void;
  /** Meetings check-ins were recorded in: their titles, and opening one in the Log. */
  meetingTitle?: (logEntryId: string) => string | undefined;
  /** Older school years whose check-ins are not loaded (a split history); none by default. */
  earlierYears?: (() => Earlier) | undefined;
  onOpenMeeting?: (logEntryId: string) => void;
}

type Screen =
  | { name: 'board' }
  | { name: 'new'; initial: GoalFormValues }
  | { name: 'detail'; id: string }
  | { name: 'edit'; id: string };

export function GoalsView(props: Props) {
  const { actions, notify, columns } = props;
  const [screen, setScreen] = useState<Screen>({ name: 'board' });
  const [focusGoalId, setFocusGoalId] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<GoalCardView | null>(null);
  const [showFilters, setShowFilters] = useState(false);
  const [width, setWidth] = useState(() =>
    typeof window === 'undefined' ? 1000 : window.innerWidth || 1000,
  );
  const root = useRef<HTMLDivElement>(null);
  const boardHeading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(boardHeading, { focus: 'returning' });
  const onBoard = screen.name === 'board';
  const viewing = screen.name === 'detail' || screen.name === 'edit' ? screen.id : null;
  const onViewGoal = props.onViewGoal;
  useEffect(() => {
    onViewGoal?.(viewing);
  }, [viewing]);
  useEffect(() => () => onViewGoal?.(null), []);

  useLayoutEffect(() => {
    const element = root.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(element.clientWidth || window.innerWidth || 1000);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [onBoard]);
  const layout: BoardLayout =
    props.layout === 'auto' ? (width < LIST_BELOW_PX ? 'list' : 'board') : props.layout;

  const partnerNames = useMemo(
    () => new Map(props.partners.map((p) => [p.id, p.name])),
    [props.partners],
  );
  const columnName = (id: string) => columnLabelById(columns, id) ?? t('goals.view.theBoard');
  const backToBoard = (focus: string | null = null) => {
    setFocusGoalId(focus);
    setScreen({ name: 'board' });
  };

  const move = useStable((id: string, direction: MoveDirection) => {
    const card = props.getCard(id);
    if (!card) return;
    const columnIndex = columns.findIndex((c) => c.id === card.column);
    const cards = props.cardsByColumn.get(card.column) ?? [];
    const index = cards.findIndex((c) => c.goal.id === id);
    if (direction === 'left' || direction === 'right') {
      const target = columns[columnIndex + (direction === 'left' ? -1 : 1)];
      if (!target) return;
      actions.move(id, target.id, null);
      notify({
        text: t('goals.toast.moved', { title: card.goal.title, column: columnLabel(target) }),
      });
    } else {
      if (index < 0) return;
      if (direction === 'up' && index > 0) actions.move(id, card.column, cards[index - 1]!.goal.id);
      if (direction === 'down' && index < cards.length - 1)
        actions.move(id, card.column, cards[index + 2]?.goal.id ?? null);
    }
    setFocusGoalId(null);
    // Focus follows the card to its new place, on the next render.
    queueMicrotask(() => setFocusGoalId(id));
  });
  const open = useStable((id: string) => setScreen({ name: 'detail', id }));
  const drop = useStable((id: string, columnId: string, beforeId: string | null) => {
    const card = props.getCard(id);
    actions.move(id, columnId, beforeId);
    if (card && card.column !== columnId) {
      notify({
        text: t('goals.toast.moved', { title: card.goal.title, column: columnName(columnId) }),
      });
    }
  });

  if (screen.name === 'new') {
    return (
      <GoalForm
        heading={t('goals.form.newHeading')}
        initial={screen.initial}
        columns={columns}
        partners={props.partners}
        ownerSuggestions={props.ownerSuggestions}
        templates={GOAL_TEMPLATES.map(localTemplate)}
        onCancel={() => {
          returnFocusTo('new-goal');
          backToBoard();
        }}
        onSave={(input) => {
          const id = actions.add(input);
          notify({
            text: t('goals.toast.added', {
              title: input.title,
              column: columnName(input.column ?? columns[0]!.id),
            }),
          });
          backToBoard(id);
        }}
      />
    );
  }

  const current = screen.name === 'board' ? undefined : props.getCard(screen.id);
  if (screen.name !== 'board' && (!current || current.goal.deletedAt !== undefined)) {
    const by = current?.goal.deletedBy;
    return (
      <section class="detail" aria-labelledby="goal-gone-title">
        <div class="notice goal-gone" role="alert">
          <h2 id="goal-gone-title">{current ? current.goal.title : t('goals.gone.title')}</h2>
          <p>
            {current
              ? by
                ? t('goals.gone.deletedBy', { name: by })
                : t('goals.gone.deletedBySomeone')
              : t('goals.gone.missing')}{' '}
            {current ? t('goals.gone.restoreHint') : ''}
          </p>
        </div>
        <div class="actions">
          <button type="button" class="button" onClick={() => backToBoard()}>
            {t('goals.detail.back')}
          </button>
        </div>
      </section>
    );
  }

  if (screen.name === 'edit' && current) {
    const { goal } = current;
    return (
      <GoalForm
        heading={t('goals.form.editHeading', { title: goal.title })}
        editing
        initial={goalToForm(goal, current.column)}
        columns={columns}
        partners={props.partners}
        ownerSuggestions={props.ownerSuggestions}
        onCancel={() => {
          returnFocusTo('edit-goal');
          setScreen({ name: 'detail', id: goal.id });
        }}
        onSave={(input) => {
          const { column, ...patch } = input;
          actions.update(goal.id, patch);
          if (column && column !== current.column) actions.move(goal.id, column, null);
          notify({ text: t('goals.toast.saved', { title: input.title }) });
          setScreen({ name: 'detail', id: goal.id });
        }}
      />
    );
  }

  if (screen.name === 'detail' && current) {
    const { goal } = current;
    return (
      <>
        <GoalDetail
          card={current}
          history={props.history(goal.id)}
          columns={columns}
          partners={props.partners}
          description={props.description(goal.id)}
          peers={props.peersByGoal?.get(goal.id)}
          onBack={() => backToBoard(goal.id)}
          onEdit={() => setScreen({ name: 'edit', id: goal.id })}
          onDelete={() => setConfirming(current)}
          onMoveTo={(columnId) => {
            actions.move(goal.id, columnId, null);
            notify({
              text: t('goals.toast.moved', { title: goal.title, column: columnName(columnId) }),
            });
          }}
          onAddCheckin={(checkin) => {
            actions.addCheckin({ goalId: goal.id, ...checkin });
            notify({ text: t('goals.toast.checkinSaved') });
          }}
          meetingTitle={props.meetingTitle}
          onOpenMeeting={props.onOpenMeeting}
          earlier={props.earlierYears?.()}
        />
        {confirming && (
          <ConfirmDialog
            title={t('goals.delete.title')}
            message={t('goals.delete.message', { title: confirming.goal.title })}
            confirmLabel={t('goals.delete.confirm')}
            onCancel={() => setConfirming(null)}
            onConfirm={() => {
              actions.remove(confirming.goal.id);
              setConfirming(null);
              returnFocusTo(`goal:${confirming.goal.id}`);
              backToBoard();
              notify({
                text: t('goals.toast.deleted', { title: confirming.goal.title }),
                actionLabel: t('common.undo'),
                onAction: actions.undo,
              });
            }}
          />
        )}
      </>
    );
  }

  const { filters } = props;
  const filtering = Object.values(filters).some(Boolean);
  const newGoal = (initial = EMPTY_GOAL_FORM) => setScreen({ name: 'new', initial });
  return (
    <div class="goals" ref={root}>
      <h2 class="visually-hidden" ref={boardHeading} tabIndex={-1}>
        {t('goals.view.heading')}
      </h2>
      <div class="toolbar goals-toolbar">
        <input
          type="search"
          class="search"
          aria-label={t('goals.view.search')}
          placeholder={t('goals.view.search')}
          value={filters.query}
          onInput={(event) =>
            props.onFilters({ query: (event.currentTarget as HTMLInputElement).value })
          }
        />
        <div class="toolbar-actions">
          <button
            type="button"
            class="button primary"
            {...focusKey('new-goal')}
            onClick={() => newGoal()}
          >
            {t('goals.view.newGoal')}
          </button>
          <button
            type="button"
            class={`button${filtering ? ' is-active' : ''}`}
            aria-expanded={showFilters}
            aria-controls="goal-filters"
            onClick={() => setShowFilters(!showFilters)}
          >
            {t('goals.view.filters')}
            {filtering ? ' •' : ''}
          </button>
          <div class="segmented" role="group" aria-label={t('goals.view.layout')}>
            {(['board', 'list'] as const).map((option) => (
              <button
                key={option}
                type="button"
                class="button small"
                aria-pressed={layout === option}
                onClick={() => props.onLayout(option)}
              >
                {option === 'board' ? t('goals.view.layout.board') : t('goals.view.layout.list')}
              </button>
            ))}
          </div>
        </div>
      </div>
      {showFilters && (
        <div
          id="goal-filters"
          class="goal-filters"
          role="group"
          aria-label={t('goals.view.filters')}
        >
          <FilterSelect
            id="filter-partner"
            label={t('goals.filter.partner')}
            value={filters.partnerId}
            options={props.partners.map((p) => [p.id, p.name])}
            onChange={(partnerId) => props.onFilters({ partnerId })}
          />
          <FilterSelect
            id="filter-owner"
            label={t('goals.filter.owner')}
            value={filters.owner}
            options={props.owners.map((o) => [o, o])}
            onChange={(owner) => props.onFilters({ owner })}
          />
          <FilterSelect
            id="filter-tag"
            label={t('goals.filter.tag')}
            value={filters.tag}
            options={props.tags.map((t) => [t, t])}
            onChange={(tag) => props.onFilters({ tag })}
          />
          <FilterSelect
            id="filter-column"
            label={t('goals.filter.column')}
            value={filters.column}
            options={columns.map((c) => [c.id, columnLabel(c)])}
            onChange={(column) => props.onFilters({ column })}
          />
          <FilterSelect
            id="filter-flagged"
            label={t('goals.filter.show')}
            value={filters.flagged}
            allLabel={t('goals.filter.allGoals')}
            options={[
              ['overdue', t('goals.filter.overdue')],
              ['stale', t('goals.filter.stale')],
            ]}
            onChange={(flagged) =>
              props.onFilters({
                flagged: flagged === 'overdue' || flagged === 'stale' ? flagged : '',
              })
            }
          />
          {filtering && (
            <button
              type="button"
              class="button link"
              onClick={() =>
                props.onFilters({
                  query: '',
                  partnerId: '',
                  owner: '',
                  tag: '',
                  column: '',
                  flagged: '',
                })
              }
            >
              {t('goals.filter.clear')}
            </button>
          )}
        </div>
      )}
      <p class="count" aria-live="polite">
        {filtering
          ? t('goals.view.countFiltered', {
              visible: props.visibleCount,
              total: props.totalCount,
            })
          : t('goals.view.count', { count: props.totalCount })}
      </p>
      {props.totalCount === 0 && (
        <section class="empty-state goal-empty" aria-labelledby="goal-empty-title">
          <h2 id="goal-empty-title">{t('goals.empty.title')}</h2>
          <p class="muted">{t('goals.empty.intro')}</p>
          <div class="goal-templates">
            {GOAL_TEMPLATES.map(localTemplate).map((template) => (
              <button
                key={template.key}
                type="button"
                class="chip"
                onClick={() => newGoal(templateToForm(template, EMPTY_GOAL_FORM))}
              >
                {template.label}
              </button>
            ))}
          </div>
        </section>
      )}
      <GoalBoard
        columns={columns}
        cardsByColumn={props.cardsByColumn}
        layout={layout}
        partnerNames={partnerNames}
        focusGoalId={focusGoalId}
        peersByGoal={props.peersByGoal}
        onOpen={open}
        onMove={move}
        onDrop={drop}
        onRenameColumn={actions.renameColumn}
        onMoveColumn={actions.moveColumn}
        onAddColumn={actions.addColumn}
      />
    </div>
  );
}

interface FilterProps {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  allLabel?: string;
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, value, options, allLabel, onChange }: FilterProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{allLabel ?? t('goals.filter.any')}</option>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
