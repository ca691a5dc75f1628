/** Strings of the dashboard area. Keys start with 'dashboard.'. */
export const dashboard = {
  'dashboard.heading': 'Dashboard',
  'dashboard.loading': 'Counting…',
  'dashboard.showTable': 'Show as table',
  'dashboard.showChart': 'Show as chart',
  'dashboard.goals.title': 'Goal progress',
  'dashboard.goals.summary':
    '{total, plural, =0 {No goals yet.} one {# goal} other {# goals}}{total, plural, =0 {} other {: {met} met, {underway} under way, {overdue} overdue, {unmeasured} without a target.}}',
  'dashboard.goals.stale':
    '{count, plural, one {# goal needs a check-in.} other {# goals need a check-in.}}',
  'dashboard.goals.chart': 'Progress of the goals with a target, least progress first',
  'dashboard.goals.goal': 'Goal',
  'dashboard.goals.progress': 'Progress',
  'dashboard.goals.met': 'met',
  'dashboard.goals.open': 'Open the goals board',
  'dashboard.activity.title': 'Contact activity',
  'dashboard.activity.summary':
    '{count, plural, =0 {No contacts logged in the last 12 months.} one {# contact logged in the last 12 months.} other {# contacts logged in the last 12 months.}}',
  'dashboard.activity.chart': 'Contacts logged per month over the last 12 months',
  'dashboard.activity.month': 'Month',
  'dashboard.activity.count': 'Contacts',
  'dashboard.attention.title': 'Follow up now',
  'dashboard.attention.due':
    '{count, plural, =0 {Every partner was contacted within their cadence.} one {# partner is due for contact} other {# partners are due for contact}}',
  'dashboard.attention.followups':
    '{count, plural, =0 {No overdue follow-ups.} one {# follow-up is overdue} other {# follow-ups are overdue}}',
  'dashboard.attention.commitments':
    '{count, plural, =0 {No overdue commitments.} one {# commitment is overdue} other {# commitments are overdue}}',
  'dashboard.attention.openDue': 'See who is due',
  'dashboard.attention.openFollowups': 'See overdue follow-ups',
  'dashboard.contributions.title': 'Contributions',
  'dashboard.contributions.none': 'No contributions recorded in {year}.',
  'dashboard.contributions.year': 'School year {year}',
  'dashboard.contributions.chart': 'Contributions by kind in school year {year}',
  'dashboard.contributions.kind': 'Kind',
  'dashboard.contributions.total': 'Total',
  'dashboard.inclusion.title': 'Inclusion',
  'dashboard.inclusion.summary':
    '{engaged} of {groups} groups engaged in the last 90 days (a logged contact, a contribution or feedback).',
  'dashboard.inclusion.missing': 'Not engaged: {groups}.',
  'dashboard.inclusion.allEngaged': 'Every group was engaged.',
  'dashboard.inclusion.chart': 'Partners engaged in the last 90 days, by stakeholder group',
  'dashboard.inclusion.group': 'Group',
  'dashboard.inclusion.engaged': 'Engaged',
  'dashboard.inclusion.partners': 'Partners',
  'dashboard.inclusion.noPartners': 'no partner yet',
  'dashboard.inclusion.engagedOf': '{engaged} of {partners}',
  'dashboard.stories.title': 'Recent stories',
  'dashboard.stories.none': 'No success stories yet.',
  'dashboard.stories.celebrate': 'Celebrate',
} as const;
