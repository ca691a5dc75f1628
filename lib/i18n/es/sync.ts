import type { sync as en } from '../en/sync';

export const sync: Record<keyof typeof en, string> = {
  'sync.status.offline': 'Sin conexión',
  'sync.status.onThisDevice': 'En este dispositivo',
  'sync.status.connecting': 'Conectando',
  'sync.status.connected':
    '{peers, plural, one {Conectado · # dispositivo} other {Conectado · # dispositivos}}',
  'sync.lastExchange.never': 'Aún no se han intercambiado cambios con nadie',
  'sync.lastExchange.justNow': 'Último intercambio de cambios: ahora mismo',
  'sync.lastExchange.seconds': 'Último intercambio de cambios: hace {seconds} s',
  'sync.lastExchange.minutes': 'Último intercambio de cambios: hace {minutes} min',
  'sync.lastExchange.at': 'Último intercambio de cambios: {when}',
  'sync.settings.title': 'Sincronización',
  'sync.settings.pause': 'Pausar la sincronización',
  'sync.settings.pauseHint':
    'Mientras está en pausa, tus cambios se guardan en este dispositivo y se envían cuando la reanudes.',
  'sync.settings.signaling': 'Servidores de señalización',
  'sync.settings.signalingHint':
    'Una dirección ws:// o wss:// por línea. Presentan a los participantes entre sí y solo ven identificadores de sala y direcciones IP, nunca tus datos.',
  'sync.settings.ice': 'Servidores STUN/TURN',
  'sync.settings.iceHint':
    'Opcional, uno por línea, p. ej. stun:stun.example.org:3478 o turn:usuario:contraseña@turn.example.org:3478. Vacío: solo conexiones directas (misma red).',
  'sync.settings.save': 'Guardar la sincronización',
  'sync.settings.applied': 'Configuración de sincronización aplicada.',
  'sync.settings.badSignaling': 'No es una dirección ws:// o wss://: {addresses}',
  'sync.settings.badIce': 'No es un servidor stun: o turn:: {servers}',
  'sync.relay.title': 'Relé',
  'sync.relay.label': 'Servidores relé',
  'sync.relay.hint':
    'Opcional, solo para este espacio de trabajo: una dirección ws:// o wss:// por línea. Un relé guarda una copia del espacio de trabajo, así tus cambios llegan a los miembros que ahora no están conectados. Vacío: solo de dispositivo a dispositivo, como hasta ahora.',
  'sync.relay.reads':
    'Un relé tiene que leer el espacio de trabajo para combinar los cambios: quien lo gestiona puede ver todo lo que contiene (socios, personas, metas, notas) y cuándo y desde qué direcciones IP se sincronizan los miembros. Nunca ve el código de invitación; recibe una clave creada a partir de él en este dispositivo. Indica solo un relé gestionado por tu escuela o tu distrito.',
  'sync.relay.save': 'Guardar los servidores relé',
  'sync.relay.applied': 'Servidores relé aplicados.',
  'sync.relay.bad': 'No es una dirección ws:// o wss://: {addresses}',
  'sync.relay.tooMany': 'Como máximo {max} servidores relé por espacio de trabajo.',
  'sync.relay.statusLabel': 'Conexiones con el relé',
  'sync.relay.state.connected': 'conectado',
  'sync.relay.state.connecting': 'conectando',
  'sync.relay.state.refused': 'ha rechazado este espacio de trabajo',
  'sync.relay.state.offline': 'no disponible',
};
