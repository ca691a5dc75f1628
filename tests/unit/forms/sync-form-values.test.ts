import { describe, expect, test } from 'vitest';
import {
  formToSyncServers,
  syncServersToForm,
} from '../../../components/settings/sync-form-values';

describe('sync settings form values', () => {
  test('syncServersToForm and formToSyncServers round trip the servers', () => {
    const servers = {
      signalingServers: ['wss://signal.school.example', 'ws://10.0.0.2:4444'],
      iceServers: [
        { urls: 'stun:stun.example.org:3478' },
        { urls: 'turn:turn.example.org:3478', username: 'ana', credential: 's3cr@t:x' },
      ],
    };
    expect(formToSyncServers(syncServersToForm(servers))).toEqual({ ok: true, value: servers });
  });

  test('"not a url" is one bad entry, named once', () => {
    expect(formToSyncServers({ signaling: 'not a url', ice: '' })).toEqual({
      ok: false,
      errors: { signaling: 'Not a ws:// or wss:// address: “not a url”' },
    });
  });

  test('each bad entry is named once, under the list it was typed in', () => {
    const result = formToSyncServers({
      signaling: 'wss://ok.example\nhttps://signal.example, signal.example',
      ice: 'stun:stun.example.org\nstun server please',
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        signaling: 'Not a ws:// or wss:// address: “https://signal.example” and “signal.example”',
        ice: 'Not a stun: or turn: server: “stun server please”',
      },
    });
  });

  test('empty lists are allowed: no signaling server means this device syncs with no one', () => {
    expect(formToSyncServers({ signaling: '\n \n', ice: '' })).toEqual({
      ok: true,
      value: { signalingServers: [], iceServers: [] },
    });
  });
});
