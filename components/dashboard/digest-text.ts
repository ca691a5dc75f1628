import { formatDay, formatList, formatNumber, t } from '../../lib/i18n';
import { escapeMarkdown } from '../../lib/model/export-markdown';
import type { Digest, DigestGoal } from './types';
import { contributionKindLabel, totalParts } from '../contributions/labels';

/**
 * A digest written out in the reader's language: Markdown to paste into an email or a newsletter,
 * and a printable HTML page (the browser's "Save as PDF" makes the PDF). Everything that came
 * from the workspace is escaped: a title a peer typed can never become markup in either.
 */

function progressText(goal: DigestGoal): string {
  if (goal.met) return t('dashboard.digest.goalMet');
  if (goal.fraction === null) return t('dashboard.digest.goalNoTarget');
  return t('goals.progress.percent', { fraction: goal.fraction });
}

function goalLine(goal: DigestGoal): string {
  const parts = [progressText(goal), t('dashboard.digest.goalCheckins', { count: goal.checkins })];
  if (goal.latest) {
    const value = goal.unit
      ? `${formatNumber(goal.latest.value)} ${goal.unit}`
      : formatNumber(goal.latest.value);
    parts.push(t('dashboard.digest.goalLatest', { value, date: formatDay(goal.latest.date) }));
  }
  return parts.join(' · ');
}

const day = (date: string) => formatDay(date.slice(0, 10));

/** The digest's sections as plain values, shared by both formats. */
function sections(digest: Digest) {
  const given = totalParts(digest.contributions.given);
  const received = totalParts(digest.contributions.received);
  const hasContributions =
    digest.contributions.given.count + digest.contributions.received.count > 0;
  return {
    goals: digest.goals.map((goal) => ({ title: goal.title, text: goalLine(goal), goal })),
    stories: digest.stories.map((story) => ({
      title: story.title,
      date: story.date ? day(story.date) : undefined,
      body: story.body,
      notes: [
        story.partners.length
          ? t('dashboard.digest.with', { partners: formatList(story.partners) })
          : '',
        story.thanks.length
          ? t('dashboard.digest.thanksTo', { people: formatList(story.thanks) })
          : '',
      ].filter(Boolean),
    })),
    contributions: hasContributions
      ? [
          ...(digest.contributions.given.count
            ? [t('dashboard.digest.given', { total: formatList(given) })]
            : []),
          ...(digest.contributions.received.count
            ? [t('dashboard.digest.received', { total: formatList(received) })]
            : []),
          ...digest.contributions.byKind.map(
            (row) => `${contributionKindLabel(row.kind)}: ${formatList(totalParts(row.total))}`,
          ),
        ]
      : [],
    upcoming: [
      ...digest.upcoming.meetings.map((m) =>
        t('dashboard.digest.meeting', {
          date: day(m.date),
          title: m.partners.length ? `${m.title} (${formatList(m.partners)})` : m.title,
        }),
      ),
      ...digest.upcoming.reviews.map((r) =>
        t('dashboard.digest.review', { date: day(r.date), partner: r.partner }),
      ),
    ],
    thanks: digest.thanks.length
      ? t('dashboard.digest.thanksLine', { partners: formatList(digest.thanks) })
      : '',
  };
}

export function digestTitle(workspace: string): string {
  return t('dashboard.digest.title', { workspace });
}

export function digestPeriod(digest: Pick<Digest, 'from' | 'to'>): string {
  return t('dashboard.digest.period', { from: formatDay(digest.from), to: formatDay(digest.to) });
}

export function digestMarkdown(digest: Digest, workspace: string): string {
  const s = sections(digest);
  const md = escapeMarkdown;
  const lines = [`# ${md(digestTitle(workspace))}`, '', `_${md(digestPeriod(digest))}_`, ''];
  lines.push(md(t('dashboard.digest.contacts', { count: digest.contacts })), '');
  const section = (heading: string, body: string[]) => {
    lines.push(`## ${md(heading)}`, '');
    lines.push(...(body.length ? body : [`_${md(t('dashboard.digest.nothing'))}_`]), '');
  };
  section(
    t('dashboard.digest.goals'),
    s.goals.map((g) => `- **${md(g.title)}**: ${md(g.text)}`),
  );
  section(
    t('dashboard.digest.successes'),
    s.stories.flatMap((story) => [
      `### ${md(story.title)}${story.date ? ` (${md(story.date)})` : ''}`,
      '',
      ...(story.body
        ? story.body
            .split(/\r?\n/)
            .filter((line) => line.trim())
            .map((line) => md(line))
        : []),
      ...story.notes.map((note) => `_${md(note)}_`),
      '',
    ]),
  );
  section(
    t('dashboard.digest.contributions'),
    s.contributions.map((line) => `- ${md(line)}`),
  );
  section(
    t('dashboard.digest.upcoming'),
    s.upcoming.map((line) => `- ${md(line)}`),
  );
  if (s.thanks) section(t('dashboard.digest.thanks'), [md(s.thanks)]);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Goal progress as inline SVG bars: a page that prints as it looks, with no script or image. */
function goalChart(goals: DigestGoal[]): string {
  const measured = goals.filter((g) => g.fraction !== null || g.met);
  if (measured.length === 0) return '';
  const row = 22;
  const height = measured.length * row;
  const bars = measured
    .map((g, i) => {
      const fraction = g.met ? 1 : Math.max(0, Math.min(1, g.fraction ?? 0));
      const y = i * row;
      return (
        `<text x="0" y="${y + 14}">${escapeHtml(g.title.slice(0, 40))}</text>` +
        `<rect x="260" y="${y + 4}" width="300" height="12" rx="3" class="track"/>` +
        `<rect x="260" y="${y + 4}" width="${Math.round(fraction * 300)}" height="12" rx="3" class="fill"/>` +
        `<text x="568" y="${y + 14}">${escapeHtml(progressText(g))}</text>`
      );
    })
    .join('');
  const label = escapeHtml(t('dashboard.digest.chart'));
  return `<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 680 ${height}" width="100%">${bars}</svg>`;
}

const PAGE_CSS = `
body { font: 15px/1.5 system-ui, sans-serif; color: #1b2430; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0; }
h2 { font-size: 1.2rem; border-bottom: 1px solid #d9dee5; padding-bottom: .2rem; margin-top: 1.6rem; }
.period, .muted { color: #5b6675; }
.chart text { font-size: 12px; fill: #1b2430; }
.chart .track { fill: #e3f2ef; }
.chart .fill { fill: #0f6b5c; }
.print { margin: 1rem 0; }
@media print { .print { display: none; } body { margin: 0; } h2 { break-after: avoid; } li, article { break-inside: avoid; } }
`;

export function digestHtml(digest: Digest, workspace: string, locale: string): string {
  const s = sections(digest);
  const e = escapeHtml;
  const list = (items: string[]) =>
    items.length
      ? `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`
      : `<p class="muted">${e(t('dashboard.digest.nothing'))}</p>`;
  const section = (heading: string, body: string) =>
    `<section><h2>${e(heading)}</h2>${body}</section>`;
  const stories = s.stories.length
    ? s.stories
        .map(
          (story) =>
            `<article><h3>${e(story.title)}${story.date ? ` <span class="muted">(${e(story.date)})</span>` : ''}</h3>` +
            (story.body
              ? story.body
                  .split(/\r?\n/)
                  .filter((line) => line.trim())
                  .map((line) => `<p>${e(line)}</p>`)
                  .join('')
              : '') +
            story.notes.map((note) => `<p class="muted">${e(note)}</p>`).join('') +
            '</article>',
        )
        .join('')
    : `<p class="muted">${e(t('dashboard.digest.nothing'))}</p>`;
  return `<!doctype html>
<html lang="${e(locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${e(digestTitle(workspace))}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
<h1>${e(digestTitle(workspace))}</h1>
<p class="period">${e(digestPeriod(digest))}</p>
<p class="print muted">${e(t('dashboard.digest.print'))}</p>
<p>${e(t('dashboard.digest.contacts', { count: digest.contacts }))}</p>
${section(
  t('dashboard.digest.goals'),
  goalChart(digest.goals) +
    list(s.goals.map((g) => `<strong>${e(g.title)}</strong>: ${e(g.text)}`)),
)}
${section(t('dashboard.digest.successes'), stories)}
${section(t('dashboard.digest.contributions'), list(s.contributions.map(e)))}
${section(t('dashboard.digest.upcoming'), list(s.upcoming.map(e)))}
${s.thanks ? section(t('dashboard.digest.thanks'), `<p>${e(s.thanks)}</p>`) : ''}
</body>
</html>
`;
}
