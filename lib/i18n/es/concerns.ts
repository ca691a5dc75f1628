import type { concerns as en } from '../en/concerns';

export const concerns: Record<keyof typeof en, string> = {
  'concerns.section.title': 'Inquietudes y opiniones',

  'concerns.heading': 'Inquietudes',
  'concerns.raise': 'Plantear inquietud',
  'concerns.none': 'No hay inquietudes. Cualquiera de las dos partes puede plantear una aquí.',
  'concerns.openCount':
    '{count, plural, =0 {Ninguna inquietud abierta} one {# inquietud abierta} other {# inquietudes abiertas}}',
  'concerns.closedHeading':
    '{count, plural, one {# inquietud cerrada} other {# inquietudes cerradas}}',
  'concerns.list': 'Inquietudes con {name}',

  'concerns.form.name': 'Plantear una inquietud',
  'concerns.form.text': 'Inquietud',
  'concerns.form.raisedBy': 'Planteada por',
  'concerns.form.side': 'Parte',
  'concerns.form.date': 'Fecha',
  'concerns.form.visibility':
    'Visible para todo el espacio de trabajo: todas las personas en él, de ambas partes, pueden leerla. Un espacio compartido entre dispositivos no puede mantener una inquietud en privado.',
  'concerns.form.save': 'Guardar inquietud',
  'concerns.form.cancel': 'Cancelar',
  'concerns.form.error.text': 'Di cuál es la inquietud.',
  'concerns.form.error.date': 'Escribe una fecha válida.',

  'concerns.side.school': 'Escuela',
  'concerns.side.partner': 'Socio',

  'concerns.status.raised': 'Planteada',
  'concerns.status.inDialogue': 'En diálogo',
  'concerns.status.mediated': 'Con mediación',
  'concerns.status.resolved': 'Resuelta',
  'concerns.status.withdrawn': 'Retirada',
  'concerns.item.meta': '{side} · planteada por {who} · {date}',
  'concerns.item.metaNoWho': '{side} · {date}',
  'concerns.item.status': 'Estado: {status}',
  'concerns.item.moveTo': 'Pasar a',
  'concerns.item.delete': 'Eliminar',
  'concerns.item.deleteLabel': 'Eliminar la inquietud {text}',
  'concerns.item.steps': 'Pasos',
  'concerns.item.step': '{date}: {from} → {to}',
  'concerns.item.people': 'Con {people}',

  'concerns.step.name': 'Pasar la inquietud a {status}',
  'concerns.step.date': 'Fecha',
  'concerns.step.note': 'Nota',
  'concerns.step.noteHint': 'Qué se dijo y qué se acordó.',
  'concerns.step.noteRequired': 'Para volver atrás hace falta una nota que diga por qué.',
  'concerns.step.people': 'Quiénes participaron',
  'concerns.step.peopleHint': 'Nombres, separados por comas.',
  'concerns.step.rootCause': 'Causa de fondo',
  'concerns.step.whatWeChange': 'Qué cambiamos',
  'concerns.step.analysisHint':
    'Para resolverla hace falta un breve análisis; se convierte en un aprendizaje.',
  'concerns.step.error.rootCause': 'Di qué la causó.',
  'concerns.step.error.whatWeChange': 'Di qué vas a cambiar.',
  'concerns.step.error.date': 'Escribe una fecha válida.',
  'concerns.step.save': 'Guardar paso',
  'concerns.step.cancel': 'Cancelar',
  'concerns.problem.sameStatus': 'La inquietud ya tiene este estado.',
  'concerns.problem.notAllowed': 'Una inquietud no puede pasar ahí desde su estado.',
  'concerns.problem.noteRequired': 'Para volver atrás hace falta una nota que diga por qué.',
  'concerns.problem.analysisRequired':
    'Para resolverla hace falta la causa de fondo y qué cambias.',
  'concerns.problem.gone': 'Esta inquietud ya no existe.',

  'concerns.lesson.heading': 'Aprendizaje',
  'concerns.lesson.rootCause': 'Causa de fondo',
  'concerns.lesson.change': 'Qué cambiamos',
  'concerns.lesson.from': 'De la inquietud: {text}',
  'concerns.lessons.heading': 'Aprendizajes de las inquietudes',

  'concerns.toast.raised': 'Inquietud planteada',
  'concerns.toast.moved': 'Inquietud pasada a {status}',
  'concerns.toast.resolved': 'Inquietud resuelta; aprendizaje guardado',
  'concerns.toast.deleted': 'Inquietud eliminada',
  'concerns.toast.undo': 'Deshacer',

  'concerns.feedback.heading': 'Opiniones',
  'concerns.feedback.record': 'Registrar opinión',
  'concerns.feedback.none':
    'Todavía no hay opiniones. Registra lo que te dijo un socio o una familia, o envía una encuesta.',
  'concerns.feedback.list': 'Opiniones de {name}',
  'concerns.feedback.form.name': 'Registrar una opinión',
  'concerns.feedback.form.score': 'Puntuación',
  'concerns.feedback.form.scoreOption': '{score} de 5',
  'concerns.feedback.form.scoreChoose': 'Elige de 1 a 5',
  'concerns.feedback.form.comment': 'Comentario',
  'concerns.feedback.form.channel': 'Canal',
  'concerns.feedback.form.date': 'Fecha',
  'concerns.feedback.form.from': 'De',
  'concerns.feedback.form.fromHint': 'Quién la dio: una persona, un grupo, «las familias».',
  'concerns.feedback.form.meeting': 'Reunión',
  'concerns.feedback.form.noMeeting': 'Sin reunión asociada',
  'concerns.feedback.form.save': 'Guardar opinión',
  'concerns.feedback.form.cancel': 'Cancelar',
  'concerns.feedback.form.error.score': 'Elige una puntuación de 1 a 5.',
  'concerns.feedback.form.error.date': 'Escribe una fecha válida.',
  'concerns.feedback.channel.survey': 'Encuesta',
  'concerns.feedback.channel.focusGroup': 'Grupo focal',
  'concerns.feedback.channel.meeting': 'Reunión',
  'concerns.feedback.channel.conversation': 'Conversación',
  'concerns.feedback.item.score': '{score} de 5',
  'concerns.feedback.item.meta': '{date} · {channel}',
  'concerns.feedback.item.from': 'de {from}',
  'concerns.feedback.item.delete': 'Eliminar',
  'concerns.feedback.item.deleteLabel': 'Eliminar la opinión del {date}',
  'concerns.feedback.toast.saved': 'Opinión guardada',
  'concerns.feedback.toast.deleted': 'Opinión eliminada',

  'concerns.feedback.trend.chart':
    'Puntuaciones en el tiempo: {count, plural, one {# valoración} other {# valoraciones}} del {first} al {last}, la última {latest} de 5',
  'concerns.feedback.trend.recent':
    'Últimos 90 días: media {average} ({count, plural, one {# valoración} other {# valoraciones}})',
  'concerns.feedback.trend.previous':
    '90 días anteriores: media {average} ({count, plural, one {# valoración} other {# valoraciones}})',
  'concerns.feedback.trend.emptyWindow': '{window}: sin opiniones',
  'concerns.feedback.trend.recentWindow': 'Últimos 90 días',
  'concerns.feedback.trend.previousWindow': '90 días anteriores',
  'concerns.feedback.trend.up': 'Tendencia: mejora',
  'concerns.feedback.trend.down': 'Tendencia: empeora',
  'concerns.feedback.trend.steady': 'Tendencia: estable',
  'concerns.feedback.trend.unknown': 'Tendencia: aún no hay opiniones suficientes para comparar',

  'concerns.survey.copy': 'Copiar encuesta',
  'concerns.survey.copyMarkdown': 'Copiar en Markdown',
  'concerns.survey.copied': 'Encuesta copiada',
  'concerns.survey.noClipboard': 'El portapapeles no está disponible aquí.',
  'concerns.survey.title': '¿Cómo va nuestra colaboración con {name}?',
  'concerns.survey.intro':
    'Unas preguntas rápidas. Tus respuestas nos ayudan a que esta colaboración funcione para todos.',
  'concerns.survey.q.rating':
    'En general, ¿qué tan bien funciona la colaboración? (1 = no funciona, 5 = muy bien)',
  'concerns.survey.q.expectation': 'Acordamos: «{text}». ¿Qué tan bien se está cumpliendo?',
  'concerns.survey.q.ourResponsibility':
    'La escuela se comprometió a: «{text}». ¿Qué tan bien lo hacemos?',
  'concerns.survey.q.partnerResponsibility':
    'Tú asumiste: «{text}». ¿Hay algo que lo haga más difícil de lo que debería?',
  'concerns.survey.q.purpose': 'La colaboración existe para que: «{text}». ¿Lo está consiguiendo?',
  'concerns.survey.q.communication':
    '¿Qué tan bien mantenemos el contacto y cómo te gustaría que lo hiciéramos?',
  'concerns.survey.q.progress': '¿Qué ha ido bien en la colaboración últimamente?',
  'concerns.survey.q.improve': '¿Qué es lo que más deberíamos cambiar o mejorar?',
  'concerns.survey.thanks': '¡Gracias!',

  'concerns.health.level.good': 'Saludable',
  'concerns.health.level.watch': 'Hay que vigilarla',
  'concerns.health.level.atRisk': 'En riesgo',
  'concerns.health.level.unknown': 'Aún no se sabe',
  'concerns.health.line': '{level}: {reasons}',
  'concerns.health.reason.noHistory': 'aún no hay contactos ni opiniones registrados',
  'concerns.health.reason.neverContacted': 'nunca contactado',
  'concerns.health.reason.contactOverdue':
    '{count, plural, one {contacto con # día de retraso} other {contacto con # días de retraso}}',
  'concerns.health.reason.commitmentsOverdue':
    '{count, plural, one {# compromiso vencido} other {# compromisos vencidos}}',
  'concerns.health.reason.openConcerns':
    '{count, plural, one {# inquietud abierta} other {# inquietudes abiertas}}',
  'concerns.health.reason.feedbackDown': 'las opiniones empeoran',
  'concerns.health.reason.contactOnTime': 'en contacto dentro de la frecuencia',
  'concerns.health.reason.feedbackUp': 'las opiniones mejoran',
  'concerns.health.reason.feedbackSteady': 'opiniones estables',
  'concerns.feedback.years.notLoaded':
    '{count, plural, one {Las opiniones de # curso anterior aún no están cargadas (la tendencia cuenta los últimos 180 días).} other {Las opiniones de # cursos anteriores aún no están cargadas (la tendencia cuenta los últimos 180 días).}}',
  'concerns.feedback.years.show': 'Mostrar las opiniones de {year}',
  'concerns.feedback.years.loading': 'Cargando las opiniones de {year}…',
  'concerns.feedback.years.failed': 'No se pudieron cargar las opiniones de {year}: {reason}',
};
