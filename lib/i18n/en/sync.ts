/** Strings of the sync area. Keys start with 'sync.'. */
export const sync = {
  'sync.status.offline': 'Offline',
  'sync.status.onThisDevice': 'On this device',
  'sync.status.connecting': 'Connecting',
  'sync.status.connected': '{peers, plural, one {Connected · # peer} other {Connected · # peers}}',
  'sync.lastExchange.never': 'Not yet exchanged changes with anyone',
  'sync.lastExchange.justNow': 'Last exchanged changes just now',
  'sync.lastExchange.seconds': 'Last exchanged changes {seconds} s ago',
  'sync.lastExchange.minutes': 'Last exchanged changes {minutes} min ago',
  'sync.lastExchange.at': 'Last exchanged changes {when}',
  'sync.settings.title': 'Sync',
  'sync.settings.pause': 'Pause sync',
  'sync.settings.pauseHint':
    'While paused, your edits are kept on this device and go out when you resume.',
  'sync.settings.signaling': 'Signaling servers',
  'sync.settings.signalingHint':
    'One ws:// or wss:// address per line. They introduce peers to each other and see only room ids and IP addresses, never your data.',
  'sync.settings.ice': 'STUN/TURN servers',
  'sync.settings.iceHint':
    'Optional, one per line, e.g. stun:stun.example.org:3478 or turn:user:password@turn.example.org:3478. Empty: direct connections only (same network).',
  'sync.settings.save': 'Save sync settings',
  'sync.settings.applied': 'Sync settings applied.',
  'sync.settings.badSignaling': 'Not a ws:// or wss:// address: {addresses}',
  'sync.settings.badIce': 'Not a stun: or turn: server: {servers}',
} as const;
