import type { timeline as en } from '../en/timeline';

export const timeline: Record<keyof typeof en, string> = {
  'timeline.show': 'Mostrar',
  'timeline.show.all': 'Todo',
  'timeline.show.contacts': 'Contactos',
  'timeline.show.accountability': 'Rendición de cuentas',
  'timeline.show.value': 'Valor',
  'timeline.none': 'Aún no hay nada de este tipo con {name}.',

  'timeline.kind.agreement': 'Acuerdo',
  'timeline.kind.commitment': 'Compromiso',
  'timeline.kind.concern': 'Inquietud',
  'timeline.kind.feedback': 'Opinión',
  'timeline.kind.contribution': 'Aportación',
  'timeline.kind.story': 'Historia',
  'timeline.kind.lesson': 'Aprendizaje',
  'timeline.badge.agreement': 'Acdo',
  'timeline.badge.commitment': 'Comp',
  'timeline.badge.concern': 'Inq',
  'timeline.badge.feedback': 'Opin',
  'timeline.badge.contribution': 'Aport',
  'timeline.badge.story': 'Hist',
  'timeline.badge.lesson': 'Apre',

  'timeline.agreementSaved': 'Acuerdo guardado{hasText, select, yes {: {text}} other {}}',
  'timeline.agreementConfirmed': 'Acuerdo confirmado por {name} ({side})',
  'timeline.commitmentPledged': 'Compromiso ({side}): {text}',
  'timeline.statusChange': '{status}: {text}{hasNote, select, yes { — {note}} other {}}',
  'timeline.concernRaised': 'Planteada: {text}',
  'timeline.feedback': 'Puntuación {score} de 5{hasText, select, yes {: {text}} other {}}',
  'timeline.contributionGiven':
    'Aportado por el socio: {kind}, {value}{hasText, select, yes { — {text}} other {}}',
  'timeline.contributionReceived':
    'Aportado por la escuela: {kind}, {value}{hasText, select, yes { — {text}} other {}}',

  'timeline.search.records':
    '{count, plural, one {y # registro de otro tipo} other {y # registros de otros tipos}}',
} as const;
