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
};
