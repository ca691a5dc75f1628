import type { dashboard as en } from '../en/dashboard';

export const dashboard: Record<keyof typeof en, string> = {
  'dashboard.heading': 'Panel',
  'dashboard.loading': 'Contando…',
  'dashboard.showTable': 'Ver como tabla',
  'dashboard.showChart': 'Ver como gráfico',
  'dashboard.goals.title': 'Avance de las metas',
  'dashboard.goals.summary':
    '{total, plural, =0 {Aún no hay metas.} one {# meta} other {# metas}}{total, plural, =0 {} other {: {met} cumplidas, {underway} en marcha, {overdue} vencidas, {unmeasured} sin objetivo.}}',
  'dashboard.goals.stale':
    '{count, plural, one {# meta necesita un registro de avance.} other {# metas necesitan un registro de avance.}}',
  'dashboard.goals.chart': 'Avance de las metas con objetivo, de menor a mayor avance',
  'dashboard.goals.goal': 'Meta',
  'dashboard.goals.progress': 'Avance',
  'dashboard.goals.met': 'cumplida',
  'dashboard.goals.open': 'Abrir el tablero de metas',
  'dashboard.activity.title': 'Actividad de contacto',
  'dashboard.activity.summary':
    '{count, plural, =0 {Ningún contacto registrado en los últimos 12 meses.} one {# contacto registrado en los últimos 12 meses.} other {# contactos registrados en los últimos 12 meses.}}',
  'dashboard.activity.chart': 'Contactos registrados por mes en los últimos 12 meses',
  'dashboard.activity.month': 'Mes',
  'dashboard.activity.count': 'Contactos',
  'dashboard.attention.title': 'Pendiente ahora',
  'dashboard.attention.due':
    '{count, plural, =0 {Todos los socios fueron contactados según su frecuencia.} one {# socio necesita contacto} other {# socios necesitan contacto}}',
  'dashboard.attention.followups':
    '{count, plural, =0 {Ningún seguimiento vencido.} one {# seguimiento vencido} other {# seguimientos vencidos}}',
  'dashboard.attention.commitments':
    '{count, plural, =0 {Ningún compromiso vencido.} one {# compromiso vencido} other {# compromisos vencidos}}',
  'dashboard.attention.openDue': 'Ver a quién contactar',
  'dashboard.attention.openFollowups': 'Ver seguimientos vencidos',
  'dashboard.contributions.title': 'Aportaciones',
  'dashboard.contributions.none': 'No hay aportaciones registradas en {year}.',
  'dashboard.contributions.year': 'Curso escolar {year}',
  'dashboard.contributions.chart': 'Aportaciones por tipo en el curso escolar {year}',
  'dashboard.contributions.kind': 'Tipo',
  'dashboard.contributions.total': 'Total',
  'dashboard.inclusion.title': 'Inclusión',
  'dashboard.inclusion.summary':
    '{engaged} de {groups} grupos con participación en los últimos 90 días (un contacto registrado, una aportación o una valoración).',
  'dashboard.inclusion.missing': 'Sin participación: {groups}.',
  'dashboard.inclusion.allEngaged': 'Todos los grupos participaron.',
  'dashboard.inclusion.chart': 'Socios con participación en los últimos 90 días, por grupo',
  'dashboard.inclusion.group': 'Grupo',
  'dashboard.inclusion.engaged': 'Con participación',
  'dashboard.inclusion.partners': 'Socios',
  'dashboard.inclusion.noPartners': 'aún sin socios',
  'dashboard.inclusion.engagedOf': '{engaged} de {partners}',
  'dashboard.stories.title': 'Historias recientes',
  'dashboard.stories.none': 'Aún no hay historias de éxito.',
  'dashboard.stories.celebrate': 'Celebrar',
};
