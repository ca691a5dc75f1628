import type { settings as en } from '../en/settings';

export const settings: Record<keyof typeof en, string> = {
  'settings.you.title': 'Tú',
  'settings.you.intro':
    'Lo ven las personas con quienes compartes un espacio de trabajo. Se guarda solo en este navegador.',
  'settings.you.name': 'Tu nombre',
  'settings.you.colour': 'Tu color',
  'settings.you.colourN': 'Color {number}',
  'settings.you.save': 'Guardar la configuración',
  'settings.you.saved': 'Guardado en este dispositivo.',
  'settings.workspace.title': 'Este espacio de trabajo',
  'settings.workspace.name': 'Nombre de este espacio de trabajo',
  'settings.workspace.rename': 'Cambiar el nombre',
  'settings.workspace.renamed': 'Nombre del espacio de trabajo cambiado.',
  'settings.data.title': 'Dónde se guardan tus datos',
  'settings.data.intro':
    'Todo se guarda en este navegador (IndexedDB) y funciona sin conexión. Nada sale de este dispositivo a menos que compartas un espacio de trabajo con otras personas.',
  'settings.storage.title': 'Almacenamiento en este dispositivo',
  'settings.storage.checking': 'Comprobando el almacenamiento…',
  'settings.storage.persisted':
    'El navegador ha aceptado conservar estos datos aunque quede poco espacio en el disco.',
  'settings.storage.refused':
    'Tu navegador podría borrar estos datos si le falta espacio (cuando el disco se llena), porque no aceptó conservarlos.',
  'settings.storage.whatToDo': 'Qué puedes hacer:',
  'settings.storage.stepExport':
    'Exporta o haz una copia de seguridad de cada espacio de trabajo con regularidad y guarda el archivo en un lugar seguro.',
  'settings.storage.stepShare':
    'Comparte los espacios de trabajo importantes: el dispositivo de cada miembro guarda una copia completa.',
  'settings.storage.stepFree': 'Libera espacio en el disco y vuelve a preguntar.',
  'settings.storage.askAgain': 'Preguntar de nuevo al navegador',
  'settings.storage.usage': 'Se usan {used} de los {quota} que permite el navegador.',
  'settings.snapshots.title': 'Instantáneas',
  'settings.snapshots.intro':
    'Copias de este espacio de trabajo guardadas en este dispositivo: una al día, y antes de cada importación, restauración, actualización, salida y cambio de invitación. Las más antiguas se reducen a una por semana.',
  'settings.snapshots.loading': 'Leyendo las instantáneas…',
  'settings.snapshots.empty':
    'Aún no hay instantáneas. Se toma una automáticamente cada día que abres este espacio de trabajo.',
  'settings.snapshots.item': '{when} · {why}',
  'settings.snapshots.take': 'Tomar una instantánea',
  'settings.snapshots.restore': 'Restaurar',
  'settings.snapshots.confirmTitle': '¿Restaurar la instantánea del {when}?',
  'settings.snapshots.confirm': 'Sí, restaurar',
  'settings.snapshots.restoreConfirmation':
    'Todo lo que contiene esta instantánea vuelve como cambios nuevos que recibe cada miembro: los registros eliminados regresan y los campos modificados recuperan su valor. Los registros creados después se conservan y no se elimina nada. Antes se toma una instantánea del espacio de trabajo tal como está ahora, y Deshacer revierte la restauración.',
  'settings.snapshots.reason.daily': 'Diaria',
  'settings.snapshots.reason.manual': 'Tomada por ti',
  'settings.snapshots.reason.import': 'Antes de una importación',
  'settings.snapshots.reason.restore': 'Antes de una restauración',
  'settings.snapshots.reason.migration': 'Antes de una actualización',
  'settings.snapshots.reason.leave': 'Antes de salir',
  'settings.snapshots.reason.rotate': 'Antes de cambiar la invitación',
  'settings.snapshots.reason.bulkDeletion': 'Cuando alguien eliminó muchos registros',
  'settings.snapshots.count.partners': '{count, plural, one {# socio} other {# socios}}',
  'settings.snapshots.count.people': '{count, plural, one {# persona} other {# personas}}',
  'settings.snapshots.count.goals': '{count, plural, one {# meta} other {# metas}}',
  'settings.snapshots.count.checkins':
    '{count, plural, one {# registro de avance} other {# registros de avance}}',
  'settings.snapshots.count.log':
    '{count, plural, one {# entrada del registro de contactos} other {# entradas del registro de contactos}}',
  'settings.snapshots.count.followups':
    '{count, plural, one {# seguimiento} other {# seguimientos}}',
  'settings.snapshots.count.contributions':
    '{count, plural, one {# aportación} other {# aportaciones}}',
  'settings.snapshots.count.feedback': '{count, plural, one {# comentario} other {# comentarios}}',
  'settings.snapshots.count.stories': '{count, plural, one {# historia} other {# historias}}',
  'settings.snapshots.count.lessons': '{count, plural, one {# aprendizaje} other {# aprendizajes}}',
  'settings.snapshots.count.agreements': '{count, plural, one {# acuerdo} other {# acuerdos}}',
  'settings.snapshots.count.commitments':
    '{count, plural, one {# compromiso} other {# compromisos}}',
  'settings.snapshots.count.concerns': '{count, plural, one {# inquietud} other {# inquietudes}}',
  'settings.snapshots.count.boardColumns':
    '{count, plural, one {# columna del tablero} other {# columnas del tablero}}',
  'settings.snapshots.empty.counts': 'Vacía',
  'settings.snapshots.readError':
    'No se pudieron leer las instantáneas del almacenamiento de este dispositivo.',
  'settings.snapshots.taken': 'Instantánea tomada.',
  'settings.snapshots.notStored': 'No se pudo guardar la instantánea en este dispositivo.',
  'settings.snapshots.unreadable': 'No se pudo leer esta instantánea. No ha cambiado nada.',
  'settings.snapshots.error.unreadable': 'No se pudo leer la instantánea.',
  'settings.snapshots.nothingChanged': '{problem} No ha cambiado nada.',
  'settings.snapshots.noSafety':
    '{summary} No se pudo guardar en este dispositivo una instantánea del estado anterior; Deshacer sigue pudiendo revertirlo.',
  'settings.snapshots.restored': 'Restaurado: {parts}.',
  'settings.snapshots.restored.reinserted':
    '{count, plural, one {# registro recuperado} other {# registros recuperados}}',
  'settings.snapshots.restored.undeleted':
    '{count, plural, one {# registro deja de estar eliminado} other {# registros dejan de estar eliminados}}',
  'settings.snapshots.restored.updated':
    '{count, plural, one {# registro vuelve a su valor anterior} other {# registros vuelven a su valor anterior}}',
  'settings.snapshots.restored.nothing': 'Nada que restaurar: todo lo que contiene ya está aquí.',
  'settings.snapshots.restored.skipped':
    '{done} {count, plural, one {Se omitió # registro ilegible} other {Se omitieron # registros ilegibles}}.',
  'settings.snapshots.busy': 'Espera un momento: todavía se está trabajando.',
  'settings.backup.title': 'Copia de seguridad',
  'settings.backup.intro':
    'Una copia de seguridad es un solo archivo con todo lo que hay en este espacio de trabajo. Al restaurarla se fusiona de nuevo; aquí no se elimina nada.',
  'settings.backup.backUp': 'Hacer copia de seguridad',
  'settings.backup.restore': 'Restaurar una copia de seguridad',
  'settings.backup.file': 'Archivo',
  'settings.backup.downloaded': 'Copia de seguridad descargada.',
  'settings.backup.failed': 'No se pudo hacer la copia de seguridad: {reason}',
  'settings.backup.tooLarge':
    'Este archivo supera los {megabytes} MB: es demasiado grande para una copia de seguridad de Bridgework. No ha cambiado nada.',
  'settings.backup.unreadable': 'No se pudo leer este archivo. No ha cambiado nada.',
  'settings.backup.error.tooLarge':
    'Este archivo ocupa más de {megabytes} MB, demasiado para una copia de seguridad de Bridgework.',
  'settings.backup.error.notJson':
    'Este archivo no es una copia de seguridad de Bridgework: no es un JSON válido.',
  'settings.backup.error.notBackup': 'Este archivo no es una copia de seguridad de Bridgework.',
  'settings.backup.error.otherVersion':
    'Esta copia de seguridad se hizo con otra versión de Bridgework y no se puede leer aquí.',
  'settings.backup.error.missingParts':
    'Esta copia de seguridad está dañada: le faltan algunas partes.',
  'settings.backup.error.damagedData':
    'Esta copia de seguridad está dañada: no se pueden leer los datos del espacio de trabajo.',
  'settings.backup.confirmTitle': '¿Restaurar la copia de seguridad de «{name}» del {when}?',
  'settings.backup.confirm': 'Sí, restaurar la copia',
  'settings.backup.restoreConfirmation':
    'Todo lo que contiene esta copia de seguridad vuelve como cambios nuevos que recibe cada miembro: los registros eliminados regresan y los campos modificados recuperan su valor. Los registros creados después se conservan y no se elimina nada. Antes se toma una instantánea del espacio de trabajo tal como está ahora, y Deshacer revierte la restauración.',
  'settings.wipe.heading': 'Este dispositivo',
  'settings.wipe.button': 'Borrar todo en este dispositivo',
  'settings.wipe.title': '¿Borrar todo en este dispositivo?',
  'settings.wipe.what':
    'Se eliminan todos los espacios de trabajo, todas las instantáneas y toda la configuración que Bridgework guarda en este navegador. Esto no se puede deshacer aquí.',
  'settings.wipe.peers':
    'Las copias que tienen otros miembros se quedan con ellos: puedes volver a unirte a los espacios compartidos con una invitación de un miembro. Un espacio personal que no se sincroniza con nadie se pierde para siempre, salvo que tengas una copia de seguridad.',
  'settings.wipe.after': 'Después, el panel empieza de nuevo con un espacio personal vacío.',
  'settings.wipe.confirmWord': 'BORRAR',
  'settings.wipe.typeLabel': 'Escribe {word} para confirmar',
  'settings.wipe.confirm': 'Sí, borrar todo',
  'settings.wipe.working': 'Borrando…',
  'settings.wipe.reload': 'Empezar de nuevo',
  'settings.wipe.blocked':
    '{count, plural, one {Una base de datos aún no se pudo borrar porque otra ventana de Bridgework o el navegador la tiene abierta} other {# bases de datos aún no se pudieron borrar porque otra ventana de Bridgework o el navegador las tiene abiertas}} ({names}). Cierra las demás ventanas de Bridgework y vuelve a intentarlo, o reinicia el navegador.',
  'settings.wipe.settingsKept': 'No se pudo borrar la configuración guardada.',
  'settings.wipe.partial': 'Se borraron {deleted} de {total} bases de datos. {problems}',
  'settings.wipe.done':
    'Se borró todo en este dispositivo ({count, plural, one {# base de datos} other {# bases de datos}} y toda la configuración).',
};
