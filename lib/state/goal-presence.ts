import * as Y from 'yjs';
import { collection } from '../model/doc';
import { cursorRange, type PresencePeer } from '../sync/presence';

/** Someone else looking at (or typing in) a goal, as the goals UI shows them. */
export interface GoalPeer {
  clientId: number;
  name: string;
  colour: string;
  editing: boolean;
}

/** Someone else's caret or selection in a goal's description, as plain indexes into its text. */
export interface GoalCaret {
  clientId: number;
  name: string;
  colour: string;
  /** Where the selection starts and where the caret is (equal for a plain caret). */
  anchor: number;
  head: number;
}

/** Other people's focus, grouped by goal id (yourself left out), by name within a goal. */
export function peersByGoal(peers: readonly PresencePeer[]): Map<string, GoalPeer[]> {
  const byGoal = new Map<string, GoalPeer[]>();
  for (const peer of peers) {
    if (peer.self || !peer.focus) continue;
    const list = byGoal.get(peer.focus.goalId) ?? [];
    list.push({
      clientId: peer.clientId,
      name: peer.user.name,
      colour: peer.user.colour,
      editing: peer.focus.editing === true,
    });
    byGoal.set(peer.focus.goalId, list);
  }
  return byGoal;
}

function descriptionOf(doc: Y.Doc, goalId: string): Y.Text | null {
  const record = collection(doc, 'goals').get(goalId);
  const text = record instanceof Y.Map ? record.get('description') : undefined;
  return text instanceof Y.Text ? text : null;
}

/**
 * Other people's carets in a goal's description: their relative positions (which follow
 * concurrent edits) resolved against this doc now, clamped into the text. Carets of people
 * not editing this goal's description, or whose positions do not resolve, are left out.
 */
export function descriptionCarets(
  doc: Y.Doc,
  peers: readonly PresencePeer[],
  goalId: string,
): GoalCaret[] {
  const text = descriptionOf(doc, goalId);
  if (!text) return [];
  const length = text.length;
  const carets: GoalCaret[] = [];
  for (const peer of peers) {
    const focus = peer.focus;
    if (peer.self || !focus || focus.goalId !== goalId || focus.field !== 'description') continue;
    if (!focus.editing) continue;
    const range = cursorRange(doc, peer);
    if (!range) continue;
    const anchor = Math.min(Math.max(range.anchor, 0), length);
    const head = Math.min(Math.max(range.head, 0), length);
    carets.push({
      clientId: peer.clientId,
      name: peer.user.name,
      colour: peer.user.colour,
      anchor,
      head,
    });
  }
  return carets;
}
