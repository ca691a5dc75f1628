import type { trust as en } from '../en/trust';

export const trust: Record<keyof typeof en, string> = {
  'trust.kind.partners': 'socio',
  'trust.kind.people': 'persona',
  'trust.kind.goals': 'meta',
  'trust.kind.checkins': 'registro de avance',
  'trust.kind.log': 'entrada del registro de contactos',
  'trust.kind.followups': 'seguimiento',
  'trust.kind.contributions': 'aporte',
  'trust.kind.feedback': 'comentario',
  'trust.kind.stories': 'historia',
  'trust.kind.lessons': 'lección',
  'trust.kind.agreements': 'acuerdo',
  'trust.kind.commitments': 'compromiso',
  'trust.kind.concerns': 'inquietud',
  'trust.kind.boardColumns': 'columna del tablero',
  'trust.count.partners': '{count, plural, one {# socio} other {# socios}}',
  'trust.count.people': '{count, plural, one {# persona} other {# personas}}',
  'trust.count.goals': '{count, plural, one {# meta} other {# metas}}',
  'trust.count.checkins':
    '{count, plural, one {# registro de avance} other {# registros de avance}}',
  'trust.count.log':
    '{count, plural, one {# entrada del registro de contactos} other {# entradas del registro de contactos}}',
  'trust.count.followups': '{count, plural, one {# seguimiento} other {# seguimientos}}',
  'trust.count.contributions': '{count, plural, one {# aporte} other {# aportes}}',
  'trust.count.feedback': '{count, plural, one {# comentario} other {# comentarios}}',
  'trust.count.stories': '{count, plural, one {# historia} other {# historias}}',
  'trust.count.lessons': '{count, plural, one {# lección} other {# lecciones}}',
  'trust.count.agreements': '{count, plural, one {# acuerdo} other {# acuerdos}}',
  'trust.count.commitments': '{count, plural, one {# compromiso} other {# compromisos}}',
  'trust.count.concerns': '{count, plural, one {# inquietud} other {# inquietudes}}',
  'trust.count.boardColumns':
    '{count, plural, one {# columna del tablero} other {# columnas del tablero}}',

  'trust.deleted.by': '{by} eliminó este elemento ({what}) el {when}.',
  'trust.deleted.byUnknown': 'Alguien eliminó este elemento ({what}) el {when}.',
  'trust.deleted.untitled': 'Sin título ({kind})',

  'trust.recent.heading': 'Eliminados recientemente',
  'trust.recent.lead':
    'Registros que alguien de este espacio de trabajo eliminó. Al restaurar uno, vuelve para todos.',
  'trust.recent.empty': 'No se ha eliminado nada.',
  'trust.recent.detail': '{kind} · lo eliminó {by} el {when}',
  'trust.recent.detailUnknown': '{kind} · lo eliminó alguien el {when}',
  'trust.recent.label': '{title}, {detail}',
  'trust.recent.restored': 'Se restauró {title}.',

  'trust.bulk.lead': '{by} eliminó {what} (visto a las {time}).',
  'trust.bulk.leadUnknown': 'Otra persona del espacio eliminó {what} (visto a las {time}).',
  'trust.bulk.advice': 'Si no debía pasar, restáuralos para todos en este espacio de trabajo.',
  'trust.bulk.restoreAll': 'Restaurar todo',
  'trust.bulk.restored':
    'Se {count, plural, one {restauró # registro} other {restauraron # registros}}.',
  'trust.bulk.restoredSkipped':
    'Se {count, plural, one {restauró # registro} other {restauraron # registros}}. {skipped} no se pudieron restaurar (se eliminaron de nuevo, se volvieron a crear o no se pueden leer).',

  'trust.attention.title': 'Requiere atención',
  'trust.attention.summary':
    '{count, plural, one {No se pudo leer # registro. Se dejó aparte sin cambios.} other {No se pudieron leer # registros. Se dejaron aparte sin cambios.}}',
  'trust.attention.show': 'Mostrar',
  'trust.attention.hide': 'Ocultar',
  'trust.attention.exportAll': 'Exportar todo como JSON',
  'trust.attention.exportOne': 'Exportar JSON',
  'trust.attention.writtenBy': 'Escrito por: {writers}',
  'trust.attention.unknownWriter': 'no se sabe',
  'trust.attention.peer': 'otra persona conectada (cliente {clientId})',
  'trust.attention.createdBy': 'creado por «{name}»',
  'trust.attention.record': '{kind} «{label}»',
  'trust.attention.confirmTitle': '¿Eliminar este registro?',
  'trust.attention.confirmMessage':
    '{what} se quita de este espacio de trabajo para todos. Deshacer lo recupera; si quieres una copia, expórtalo antes.',
  'trust.attention.deleted': 'Registro eliminado.',
  'trust.problem.badId':
    'Su identificador no es de los que crea Bridgework (letras, dígitos, - y _).',
  'trust.problem.notARecord': 'No es un registro.',
  'trust.problem.tooManyValues': 'Contiene más de {limit, number} valores.',
  'trust.problem.tooManyChars': 'Contiene más de {limit, number} caracteres.',
  'trust.problem.tooDeep': 'Está anidado a más de {levels} niveles de profundidad.',
  'trust.problem.listTooLong': 'Contiene una lista demasiado larga para leerla.',
  'trust.problem.unknownSharedType': 'Contiene un tipo de valor compartido que Bridgework no usa.',
  'trust.problem.unreadable': 'No se pudo leer.',
  'trust.problem.invalidField': '«{field}» tiene un valor que Bridgework no puede usar.',
  'trust.problem.invalidRecord': 'Tiene un valor que Bridgework no puede usar.',
  'trust.attention.kept': 'Ese registro ya se puede leer, así que se conservó.',

  'trust.notSaved.lead': 'Sin guardar: los cambios desde las {since} solo están en este panel.',
  'trust.notSaved.noSpace':
    'Este dispositivo no tiene espacio de almacenamiento libre para Bridgework.',
  'trust.notSaved.refused': 'El almacenamiento del navegador rechazó el cambio.',
  'trust.notSaved.refusedDetail': 'El almacenamiento del navegador rechazó el cambio ({detail}).',
  'trust.notSaved.advice':
    'Bridgework lo sigue intentando. Exporta una copia ahora para no perder nada si se cierra el panel; liberar espacio en disco o reiniciar el navegador puede ayudar.',
  'trust.notSaved.export': 'Exportar',
  'trust.notSaved.exportFailed': 'No se pudo hacer la exportación: {reason}',
  'trust.notSaved.exported': 'Exportación descargada.',
};
