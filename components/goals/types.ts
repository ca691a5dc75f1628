import type { CheckinInput } from '../../lib/model/checkin';
import type { GoalInput, GoalPatch } from '../../lib/model/goal';

/** What the goals UI can ask of the workspace; the section wires these to lib/model. */
export interface GoalActions {
  add: (input: GoalInput) => string;
  update: (id: string, patch: GoalPatch) => void;
  /** Puts the goal in `columnId` just before `beforeId`, or at the end for null. */
  move: (id: string, columnId: string, beforeId: string | null) => void;
  remove: (id: string) => void;
  restore: (id: string) => void;
  addCheckin: (input: Omit<CheckinInput, 'author'>) => void;
  addColumn: (name: string) => void;
  renameColumn: (id: string, name: string) => void;
  moveColumn: (id: string, index: number) => void;
  undo: () => void;
}

/** A plain-string view of a goal's collaborative description. */
export interface DescriptionEditor {
  value: string;
  edit: (next: string) => void;
  /** Other people's carets in this text, as plain indexes (resolved in lib/state). */
  carets?: PeerCaret[];
  /** Your caret/selection while the field has focus, null when it loses focus. */
  onCaret?: (selection: { anchor: number; head: number } | null) => void;
}

/** Someone else looking at or editing a goal. */
export interface PeerOnGoal {
  clientId: number;
  name: string;
  colour: string;
  editing: boolean;
}

/** Someone else's caret in a shared text: `head` is where it blinks. */
export interface PeerCaret {
  clientId: number;
  name: string;
  colour: string;
  anchor: number;
  head: number;
}

export type MoveDirection = 'left' | 'right' | 'up' | 'down';

export type { NamedRef } from '../common/named-ref';
