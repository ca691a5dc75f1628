import type { common as en } from '../en/common';

export const common: Record<keyof typeof en, string> = {
  'common.appName': 'Bridgework',
  'common.tab.partners': 'Socios',
  'common.tab.goals': 'Metas',
  'common.tab.log': 'Registro',
  'common.tab.dashboard': 'Panel',
  'common.tab.settings': 'Ajustes',
  'common.sections': 'Secciones',
  'common.undo': 'Deshacer',
  'common.redo': 'Rehacer',
  'common.cancel': 'Cancelar',
  'common.save': 'Guardar',
  'common.close': 'Cerrar',
  'common.delete': 'Eliminar',
  'common.restore': 'Restaurar',
  'common.dismiss': 'Descartar',
  'common.back': 'Volver',
  'common.edit': 'Editar',
  'common.loading': 'Abriendo tu espacio de trabajo…',
  'common.loadingView': 'Cargando…',
  'common.loadingViewFailed':
    'No se pudo cargar esta vista ({reason}). Cierra y vuelve a abrir el panel.',
  'common.language': 'Idioma',
  'common.language.auto': 'Idioma del navegador ({language})',
  'common.records': '{count, plural, =0 {Ningún registro} one {# registro} other {# registros}}',
  'common.undoShortcut': 'Deshacer (Ctrl+Z)',
  'common.redoShortcut': 'Rehacer (Mayús+Ctrl+Z)',
  'common.savedOnDevice': 'Los cambios se guardan en este dispositivo',
  'common.input.count': '{count, number} / {max, number}',
  'common.input.tooLong': 'Tiene {count, number} caracteres; déjalo en {max, number} o menos.',
  'common.input.pasteTooLong':
    'No se pegó: ese texto tiene {count, number} caracteres y este campo admite {max, number}.',
  'common.input.itemTooLong':
    '“{value}” tiene {count, number} caracteres; deja cada uno en {max, number} o menos.',
  'common.input.day': 'Escribe una fecha real, como 2026-11-30.',
  'common.input.pastDay': 'Esta fecha ya pasó ({date}). Puedes guardarla igualmente.',
  'common.presence.editingGoal': 'editando una meta',
  'common.presence.viewingGoal': 'viendo una meta',
  'common.fatal':
    'Bridgework no pudo abrir tu espacio de trabajo: {reason}. Tus datos no han cambiado; prueba a cerrar y volver a abrir el panel.',
};
