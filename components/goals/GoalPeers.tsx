import { t } from '../../lib/i18n';
import { personInitials } from '../common/initials';
import type { PeerOnGoal } from './types';

export function peerActivity(peer: PeerOnGoal): string {
  return t(peer.editing ? 'goals.detail.peerEditing' : 'goals.detail.peerViewing', {
    name: peer.name,
  });
}

/** Coloured initials of the other people on a goal; the text says who and what they do. */
export function GoalPeers({ peers, label }: { peers: readonly PeerOnGoal[]; label: string }) {
  if (peers.length === 0) return null;
  return (
    <ul class="goal-peers" aria-label={label}>
      {peers.map((peer) => {
        const text = peerActivity(peer);
        return (
          <li
            key={peer.clientId}
            class={`goal-peer${peer.editing ? ' is-editing' : ''}`}
            title={text}
            style={{ '--peer': peer.colour }}
          >
            <span aria-hidden="true">{personInitials(peer.name)}</span>
            <span class="visually-hidden">{text}</span>
          </li>
        );
      })}
    </ul>
  );
}
