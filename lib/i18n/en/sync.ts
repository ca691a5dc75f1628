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
  'sync.relay.title': 'Relay',
  'sync.relay.label': 'Relay servers',
  'sync.relay.hint':
    'Optional, for this workspace only: one ws:// or wss:// address per line. A relay keeps a copy of the workspace, so your edits reach members who are offline now. Empty: peer to peer only, as before.',
  'sync.relay.reads':
    'A relay must read the workspace to merge edits: whoever runs it can see everything in it (partners, people, goals, notes) and when and from which IP addresses members sync. It never sees the invite code; it gets a key made from it on this device. Name only a relay run by your school or district.',
  'sync.relay.save': 'Save relay servers',
  'sync.relay.applied': 'Relay servers applied.',
  'sync.relay.bad': 'Not a ws:// or wss:// address: {addresses}',
  'sync.relay.tooMany': 'At most {max} relay servers per workspace.',
  'sync.relay.statusLabel': 'Relay connections',
  'sync.relay.state.connected': 'connected',
  'sync.relay.state.connecting': 'connecting',
  'sync.relay.state.refused': 'refused this workspace',
  'sync.relay.state.offline': 'not reachable',
} as const;
