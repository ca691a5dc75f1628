import type { exportTexts as en } from '../en/exports';

export const exportTexts: Record<keyof typeof en, string> = {
  'exports.markdown.agendaTitle': 'Orden del día',
  'exports.markdown.minutesTitle': 'Acta',
  'exports.markdown.agenda': 'Orden del día',
  'exports.markdown.noAgendaItems': 'Todavía no hay puntos en el orden del día.',
  'exports.markdown.agendaItems': 'Puntos del orden del día',
  'exports.markdown.decisions': 'Acuerdos',
  'exports.markdown.followups': 'Seguimientos',
  'exports.markdown.checkins': 'Registros de avance',
  'exports.markdown.noNotes': 'Sin notas.',
  'exports.markdown.notes': 'Notas',
  'exports.markdown.date': 'Fecha',
  'exports.markdown.kind': 'Tipo',
  'exports.markdown.format': 'Modalidad',
  'exports.markdown.where': 'Lugar',
  'exports.markdown.partners': 'Socios',
  'exports.markdown.attendees': 'Asistentes',
  'exports.markdown.goals': 'Metas',
  'exports.markdown.due': 'vence el {day}',
};
