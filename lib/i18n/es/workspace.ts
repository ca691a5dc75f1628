import type { workspace as en } from '../en/workspace';

export const workspace: Record<keyof typeof en, string> = {
  'workspace.list.title': 'Espacios de trabajo',
  'workspace.list.label': 'Tus espacios de trabajo',
  'workspace.list.itemShared': '{name}, compartido',
  'workspace.list.itemLocal': '{name}, solo en este dispositivo',
  'workspace.list.open': '(abierto)',
  'workspace.list.shared': 'compartido',
  'workspace.list.local': 'solo en este dispositivo',
  'workspace.list.recovered':
    'Recuperado de este dispositivo después de perderse la lista de espacios de trabajo. Si estaba compartido, ahora es una copia solo en este dispositivo: pide a un miembro una invitación nueva para volver a sincronizar.',
  'workspace.list.join': 'Unirse a un espacio de trabajo',
  'workspace.invite.warning':
    'Cualquier persona con la invitación puede leer y editar «{name}». Envíala solo a personas de confianza, por un medio de confianza.',
  'workspace.invite.copy': 'Copiar la invitación',
  'workspace.invite.copied': 'Invitación copiada. También aparece abajo.',
  'workspace.invite.copyByHand': 'Cópiala del cuadro de abajo.',
  'workspace.invite.rotate': 'Cambiar la invitación',
  'workspace.invite.toShare': 'Invitación para compartir',
  'workspace.invite.rotated':
    'Se cambió la invitación. Envía la nueva invitación de abajo a cada miembro que se queda: Copiar la invitación.',
  'workspace.invite.link': 'Enlace de invitación',
  'workspace.invite.linkHint':
    'Para socios sin la extensión: abre Bridgework en la web y ofrece unirse.',
  'workspace.webApp.label': 'Dirección de la aplicación web',
  'workspace.webApp.hint':
    'Dónde ofrece tu distrito Bridgework en la web (https://…). Las invitaciones llegan entonces también como un enlace que la abre, para socios sin la extensión.',
  'workspace.webApp.save': 'Guardar dirección de la aplicación web',
  'workspace.webApp.saved': 'Dirección de la aplicación web guardada.',
  'workspace.webApp.invalid':
    'Escribe una dirección web que empiece por https:// (http:// solo para este equipo).',
  'workspace.list.leave': 'Salir del espacio de trabajo',
  'workspace.list.localNote':
    '«{name}» se queda en este dispositivo. Crea un espacio de trabajo para compartirlo con tus socios.',
  'workspace.create.form': 'Nuevo espacio de trabajo compartido',
  'workspace.create.name': 'Nombre del espacio de trabajo',
  'workspace.create.hint':
    'Un espacio de trabajo nuevo y vacío que puedes compartir con tus socios mediante una invitación.',
  'workspace.create.nameMissing': 'Ponle un nombre al espacio de trabajo.',
  'workspace.create.submit': 'Crear el espacio de trabajo',
  'workspace.join.title': 'Unirse a un espacio de trabajo',
  'workspace.join.code': 'Código de invitación',
  'workspace.join.hint': 'Pega el código que te envió alguien del espacio de trabajo.',
  'workspace.join.fromLink':
    'Esta invitación venía en el enlace que abriste. Únete solo si confías en quien te lo envió.',
  'workspace.join.submit': 'Unirse',
  'workspace.join.failed': 'No se pudo unir: {reason}',
  'workspace.join.tooLong':
    'Esto es demasiado largo para ser un código de invitación. Pega solo el código.',
  'workspace.join.empty': 'Pega el código de invitación que te enviaron.',
  'workspace.join.notBridgework':
    'Esto no es un código de invitación de Bridgework. Debe empezar por «bridgework:v1:».',
  'workspace.join.damaged': 'Este código de invitación está incompleto o dañado. Pide uno nuevo.',
  'workspace.join.room':
    'La parte de la sala de este código de invitación está dañada. Pide uno nuevo.',
  'workspace.join.secret':
    'La parte secreta de este código de invitación está dañada. Pide uno nuevo.',
  'workspace.join.name': 'El nombre de este código de invitación está dañado. Pide uno nuevo.',
  'workspace.join.already': 'Ya estás en este espacio de trabajo («{name}»).',
  'workspace.join.oldInvite':
    'Es una invitación antigua: «{name}» se ha trasladado y ya está en este dispositivo.',
  'workspace.leave.title': 'Salir del espacio de trabajo',
  'workspace.leave.intro':
    'Dejarás de sincronizar «{name}» con los demás. ¿Quieres conservar una copia local de lo que hay en este dispositivo? Los demás conservan sus copias en cualquier caso.',
  'workspace.leave.unsent':
    'Tus últimos cambios aún no han llegado a nadie. Si sales, se quedan solo en este dispositivo; si lo borras, se pierden para siempre. Para ir a lo seguro, espera a que un miembro esté en línea.',
  'workspace.leave.confirmDelete':
    '¿Borrar «{name}» de este dispositivo? Tus últimos cambios no existen en ningún otro lugar y no se podrán recuperar.',
  'workspace.leave.deleteAnyway': 'Borrar de todos modos',
  'workspace.leave.keepCopy': 'Conservar una copia local',
  'workspace.leave.delete': 'Borrar de este dispositivo',
  'workspace.leave.keptToast': 'Saliste; aquí queda una copia local.',
  'workspace.leave.deletedToast': 'Saliste y se borró.',
  'workspace.leave.copyName': '{name} (copia local)',
  'workspace.rotate.title': 'Cambiar la invitación de «{name}»',
  'workspace.rotate.what':
    'Al cambiar la invitación, este espacio de trabajo pasa a una sala nueva con un secreto nuevo. Todo lo que contiene se traslada. Quien no reciba la nueva invitación queda fuera de lo que ocurra a partir de ahora.',
  'workspace.rotate.notProtected':
    'No puede recuperar nada: un miembro retirado conserva todo lo que ya tenía, en su propio dispositivo.',
  'workspace.rotate.stay':
    'Los miembros que se quedan necesitan la nueva invitación. Nadie la recibe automáticamente: envíasela tú a cada uno con Copiar la invitación. Hasta entonces verán que el espacio de trabajo se ha trasladado, y sus cambios ya no te llegarán.',
  'workspace.rotate.snapshot': 'Antes se toma una instantánea del espacio de trabajo.',
  'workspace.rotate.failed': 'No se cambió la invitación: {reason}',
  'workspace.rotate.moving': 'Trasladando…',
  'workspace.rotate.now': 'Cambiar ahora',
  'workspace.rotate.done': 'Trasladado a una invitación nueva. Envíala a quienes se quedan.',
  'workspace.rotate.notShared':
    'Solo un espacio de trabajo compartido tiene una invitación que cambiar.',
  'workspace.rotate.roomInUse': 'Esa sala ya se usa en este dispositivo.',
  'workspace.moved.someone': 'al miembro que lo trasladó',
  'workspace.moved.title':
    'Este espacio de trabajo se ha trasladado. Pide una invitación nueva a {who}.',
  'workspace.moved.detail':
    'Se trasladó a una invitación nueva el {when}. Puedes seguir trabajando aquí, pero tus cambios ya no llegan a los miembros que se trasladaron. Cuando tengas la nueva invitación, usa Unirse a un espacio de trabajo en Configuración.',
  'workspace.picker.label': 'Espacio de trabajo actual',
  'workspace.presence.label': 'En línea ahora',
  'workspace.presence.you': '{name} (tú)',
  'workspace.presence.activity': '{person}, {activity}',
  'workspace.presence.more': '{count, plural, one {# persona más} other {# personas más}} en línea',
  'workspace.change.created':
    'Creaste «{name}». {count, plural, =0 {«{previous}» sigue en este dispositivo.} one {# socio sigue en «{previous}».} other {# socios siguen en «{previous}».}}',
  'workspace.change.joined':
    'Te uniste a «{name}». {count, plural, =0 {«{previous}» sigue en este dispositivo.} one {# socio sigue en «{previous}».} other {# socios siguen en «{previous}».}}',
  'workspace.change.switched':
    'Cambiaste a «{name}». {count, plural, =0 {«{previous}» sigue en este dispositivo.} one {# socio sigue en «{previous}».} other {# socios siguen en «{previous}».}}',
  'workspace.change.switchBack': 'Volver',
  'workspace.fresh.created':
    '«{name}» es nuevo y está vacío. Tus socios de antes están en «{previous}».',
  'workspace.fresh.joined':
    '«{name}» aún no tiene socios aquí: llegan en cuanto un miembro esté en línea. Tus socios de antes están en «{previous}».',
  'workspace.fresh.empty':
    '«{name}» aún no tiene socios. Añade uno, captura una página o copia socios de otro espacio de trabajo de este dispositivo.',
  'workspace.fresh.switchTo': 'Cambiar a «{name}»',
  'workspace.copy.open': 'Copiar socios de…',
  'workspace.copy.title': 'Copiar socios de otro espacio de trabajo',
  'workspace.copy.source': 'Copiar de',
  'workspace.copy.hint':
    'Copia sus socios y sus personas a «{name}». Los socios que ya están aquí se omiten. El otro espacio de trabajo no cambia, y Deshacer retira la copia.',
  'workspace.copy.submit': 'Copiar socios',
  'workspace.copy.copying': 'Copiando…',
  'workspace.copy.cancel': 'Cancelar',
  'workspace.copy.done':
    'Se copiaron {partners, plural, one {# socio} other {# socios}} y {people, plural, one {# persona} other {# personas}} de «{source}».',
  'workspace.copy.noneCopied': 'No hay nada nuevo que copiar de «{source}».',
  'workspace.copy.skipped':
    '{count, plural, one {# socio ya estaba aquí y se omitió.} other {# socios ya estaban aquí y se omitieron.}}',
  'workspace.copy.failed': 'No se copió nada: {reason}',
  'workspace.copy.closed': 'Se cambió de espacio de trabajo durante la copia.',
  'workspace.unavailable.title': 'No se pudo abrir «{name}»',
  'workspace.unavailable.timeout': 'El almacenamiento de este dispositivo no respondió a tiempo.',
  'workspace.unavailable.unavailable': 'No se pudo leer el almacenamiento de este dispositivo.',
  'workspace.unavailable.timeoutAfter':
    'El almacenamiento de este dispositivo (IndexedDB) no respondió en {seconds, plural, one {# segundo} other {# segundos}}.',
  'workspace.unavailable.browserSaid': 'El navegador informó: {detail}',
  'workspace.unavailable.unchanged': 'No se ha cambiado ni borrado nada.',
  'workspace.unavailable.retry': 'Intentar de nuevo',
  'workspace.unavailable.switchLabel': 'Otro espacio de trabajo',
  'workspace.unavailable.switch': 'Cambiar',
  'workspace.unavailable.export': 'Exportar lo que se pueda leer',
  'workspace.unavailable.exporting': 'Leyendo lo que se pueda leer…',
  'workspace.unavailable.exported': 'Exportación descargada.',
  'workspace.unavailable.leave': 'Salir de este espacio de trabajo',
  'workspace.unavailable.leaveQuestion':
    '¿Quitar este espacio de trabajo de la lista de este dispositivo? Sus datos guardados se quedan como están, y los demás conservan sus copias.',
  'workspace.unavailable.confirmLeave': 'Salir',
  'workspace.unavailable.noneFailed': 'Ningún espacio de trabajo falló al abrirse.',
  'workspace.unavailable.nothingRead': 'No se pudo leer nada: {reason}',
  'workspace.unavailable.gone': 'Ese espacio de trabajo ya no está en este dispositivo.',
  'workspace.default.unnamed': 'Espacio de trabajo',
  'workspace.default.personal': 'Mi espacio de trabajo',
  'workspace.default.shared': 'Espacio de trabajo compartido',
  'workspace.default.recovered': 'Espacio de trabajo recuperado',
  'workspace.default.recoveredN': 'Espacio de trabajo recuperado {number}',
};
