import type { ComponentChildren } from 'preact';
import { formatDay, formatList, formatMonth, formatNumber, t } from '../../lib/i18n';
import { BarList } from './BarList';
import { ChartFigure } from './ChartFigure';
import { ColumnChart } from './ColumnChart';
import type { DashboardFigures, DashboardLinks } from './types';

interface Props {
  figures: DashboardFigures;
  links: DashboardLinks;
  /** Extra content below the figures (the stories and lessons lists). */
  children?: ComponentChildren;
}

/** One named region per figure, so a screen reader's landmarks list is the dashboard's outline. */
function Region(props: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="dashboard-card" role="region" aria-labelledby={`dash-${props.id}`}>
      <h3 id={`dash-${props.id}`}>{props.title}</h3>
      {props.children}
    </section>
  );
}

const percent = (fraction: number) => t('goals.progress.percent', { fraction });

/** The partnership at a glance: goals, contact, what needs doing, contributions and inclusion. */
export function DashboardView({ figures, links, children }: Props) {
  const { goals, activity } = figures;
  const contacts = activity.reduce((sum, month) => sum + month.count, 0);
  const engagedGroups = figures.inclusion.filter((g) => g.engaged > 0);
  const missing = figures.inclusion.filter((g) => g.engaged === 0).map((g) => g.label);
  return (
    <section class="dashboard" aria-labelledby="dashboard-heading">
      <h2 id="dashboard-heading" class="visually-hidden">
        {t('dashboard.heading')}
      </h2>

      <Region id="attention" title={t('dashboard.attention.title')}>
        <ul class="attention-list">
          <li>
            {t('dashboard.attention.due', { count: figures.dueForContact })}
            {figures.dueForContact > 0 && (
              <>
                {' '}
                <button type="button" class="button link inline" onClick={links.openDueForContact}>
                  {t('dashboard.attention.openDue')}
                </button>
              </>
            )}
          </li>
          <li>
            {t('dashboard.attention.followups', { count: figures.overdueFollowups })}
            {figures.overdueFollowups > 0 && (
              <>
                {' '}
                <button
                  type="button"
                  class="button link inline"
                  onClick={links.openOverdueFollowups}
                >
                  {t('dashboard.attention.openFollowups')}
                </button>
              </>
            )}
          </li>
          <li>{t('dashboard.attention.commitments', { count: figures.overdueCommitments })}</li>
        </ul>
      </Region>

      <Region id="goals" title={t('dashboard.goals.title')}>
        <p>
          {t('dashboard.goals.summary', {
            total: goals.total,
            met: goals.met,
            underway: goals.underway,
            overdue: goals.overdue,
            unmeasured: goals.unmeasured,
          })}
          {goals.stale > 0 && ` ${t('dashboard.goals.stale', { count: goals.stale })}`}
        </p>
        {goals.rows.length > 0 && (
          <ChartFigure
            caption={t('dashboard.goals.chart')}
            table={{
              head: [t('dashboard.goals.goal'), t('dashboard.goals.progress')],
              rows: goals.rows.map((row) => [
                row.title,
                row.met ? t('dashboard.goals.met') : percent(row.fraction ?? 0),
              ]),
            }}
          >
            <BarList
              bars={goals.rows.map((row) => ({
                key: row.id,
                label: row.title,
                text: row.met ? t('dashboard.goals.met') : percent(row.fraction ?? 0),
                fraction: row.fraction ?? 0,
                done: row.met,
              }))}
            />
          </ChartFigure>
        )}
        <button type="button" class="button link" onClick={links.openGoals}>
          {t('dashboard.goals.open')}
        </button>
      </Region>

      <Region id="activity" title={t('dashboard.activity.title')}>
        <p>{t('dashboard.activity.summary', { count: contacts })}</p>
        <ChartFigure
          caption={t('dashboard.activity.chart')}
          table={{
            head: [t('dashboard.activity.month'), t('dashboard.activity.count')],
            rows: activity.map((m) => [formatMonth(m.month), formatNumber(m.count)]),
          }}
        >
          <ColumnChart
            columns={activity.map((m) => ({
              key: m.month,
              label: formatMonth(m.month, { year: false }),
              value: m.count,
            }))}
          />
        </ChartFigure>
      </Region>

      {figures.contributions && (
        <Region id="contributions" title={t('dashboard.contributions.title')}>
          <p class="muted">
            {t('dashboard.contributions.year', { year: figures.contributions.year })}
          </p>
          {figures.contributions.rows.length === 0 ? (
            <p>{t('dashboard.contributions.none', { year: figures.contributions.year })}</p>
          ) : (
            <ChartFigure
              caption={t('dashboard.contributions.chart', { year: figures.contributions.year })}
              table={{
                head: [t('dashboard.contributions.kind'), t('dashboard.contributions.total')],
                rows: figures.contributions.rows.map((row) => [row.label, row.total]),
              }}
            >
              <BarList
                bars={figures.contributions.rows.map((row) => ({
                  key: row.kind,
                  label: row.label,
                  text: row.total,
                  fraction: row.weight,
                }))}
              />
            </ChartFigure>
          )}
        </Region>
      )}

      <Region id="inclusion" title={t('dashboard.inclusion.title')}>
        <p>
          {t('dashboard.inclusion.summary', {
            engaged: engagedGroups.length,
            groups: figures.inclusion.length,
          })}{' '}
          {missing.length > 0
            ? t('dashboard.inclusion.missing', { groups: formatList(missing) })
            : t('dashboard.inclusion.allEngaged')}
        </p>
        <ChartFigure
          caption={t('dashboard.inclusion.chart')}
          table={{
            head: [
              t('dashboard.inclusion.group'),
              t('dashboard.inclusion.engaged'),
              t('dashboard.inclusion.partners'),
            ],
            rows: figures.inclusion.map((g) => [
              g.label,
              formatNumber(g.engaged),
              formatNumber(g.partners),
            ]),
          }}
        >
          <BarList
            bars={figures.inclusion.map((g) => ({
              key: g.group,
              label: g.label,
              text:
                g.partners === 0
                  ? t('dashboard.inclusion.noPartners')
                  : t('dashboard.inclusion.engagedOf', {
                      engaged: g.engaged,
                      partners: g.partners,
                    }),
              fraction: g.partners === 0 ? 0 : g.engaged / g.partners,
              done: g.engaged > 0,
              missing: g.engaged === 0,
            }))}
          />
        </ChartFigure>
      </Region>

      <Region id="stories" title={t('dashboard.stories.title')}>
        {figures.stories.length === 0 ? (
          <p class="muted">{t('dashboard.stories.none')}</p>
        ) : (
          <ul class="story-list">
            {figures.stories.map((story) => (
              <li key={story.id}>
                <strong>{story.title}</strong>
                {story.date && <span class="muted small"> · {formatDay(story.date)}</span>}
                {story.celebrate && (
                  <span class="tag celebrate"> {t('dashboard.stories.celebrate')}</span>
                )}
              </li>
            ))}
          </ul>
        )}
      </Region>
      {children}
    </section>
  );
}
