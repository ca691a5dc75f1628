import { useState } from 'preact/hooks';
import { formatNumber, t } from '../../lib/i18n';
import type { GoalCardView } from '../../lib/model/goal-view';
import { describeMetric } from './metric-text';
import { ProgressBar } from './ProgressBar';

interface Props {
  partnerName: string;
  /** Goals linked to this partner. */
  goals: GoalCardView[];
  /** Live goals not linked yet, to link one. */
  otherGoals: { id: string; title: string }[];
  columnName: (columnId: string) => string;
  onCreate: (title: string) => void;
  onLink: (goalId: string) => void;
  onUnlink: (goalId: string) => void;
}

/** The goals a partner is linked to, on the partner's page; add or link one there. */
export function PartnerGoals(props: Props) {
  const [title, setTitle] = useState('');
  const [linking, setLinking] = useState('');
  return (
    <section class="section partner-goals" aria-labelledby="partner-goals-title">
      <div class="section-header">
        <h3 id="partner-goals-title">
          {t('goals.partner.title', { count: formatNumber(props.goals.length) })}
        </h3>
      </div>
      {props.goals.length === 0 && (
        <p class="muted">{t('goals.partner.none', { name: props.partnerName })}</p>
      )}
      <ul
        class="partner-goals-list"
        aria-label={t('goals.partner.list', { name: props.partnerName })}
      >
        {props.goals.map((card) => (
          <li
            key={card.goal.id}
            class="partner-goal"
            aria-labelledby={`partner-goal-${card.goal.id}`}
          >
            <div class="partner-goal-head">
              <strong id={`partner-goal-${card.goal.id}`}>{card.goal.title}</strong>
              <span class="tag">{props.columnName(card.column)}</span>
            </div>
            <ProgressBar
              progress={card.progress}
              label={t('goals.card.progressOf', { title: card.goal.title })}
            />
            <div class="goal-card-meta">
              <span class="muted">{describeMetric(card)}</span>
              {card.overdue && <span class="goal-flag overdue">{t('goals.flag.overdue')}</span>}
              {card.stale && <span class="goal-flag stale">{t('goals.flag.stale')}</span>}
              <button
                type="button"
                class="button link small"
                aria-label={t('goals.partner.unlinkLabel', { title: card.goal.title })}
                onClick={() => props.onUnlink(card.goal.id)}
              >
                {t('goals.partner.unlink')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      <form
        class="partner-goal-add"
        onSubmit={(event) => {
          event.preventDefault();
          if (!title.trim()) return;
          props.onCreate(title.trim());
          setTitle('');
        }}
      >
        <input
          aria-label={t('goals.partner.newLabel', { name: props.partnerName })}
          placeholder={t('goals.partner.newPlaceholder')}
          value={title}
          onInput={(event) => setTitle((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="button" disabled={!title.trim()}>
          {t('goals.partner.add')}
        </button>
      </form>
      {props.otherGoals.length > 0 && (
        <div class="partner-goal-add">
          <select
            aria-label={t('goals.partner.linkLabel')}
            value={linking}
            onChange={(event) => setLinking((event.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{t('goals.partner.linkPrompt')}</option>
            {props.otherGoals.map((goal) => (
              <option key={goal.id} value={goal.id}>
                {goal.title}
              </option>
            ))}
          </select>
          <button
            type="button"
            class="button"
            disabled={!linking}
            onClick={() => {
              props.onLink(linking);
              setLinking('');
            }}
          >
            {t('goals.partner.link')}
          </button>
        </div>
      )}
    </section>
  );
}
