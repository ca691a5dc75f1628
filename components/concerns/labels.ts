import { t, type MessageKey } from '../../lib/i18n';
import type { ConcernStatus, Side, TransitionProblem } from '../../lib/model/concern';

/** Catalogue keys for the concern model's codes: the model keeps only the code. */
const STATUS_KEYS: Record<ConcernStatus, MessageKey> = {
  raised: 'concerns.status.raised',
  'in-dialogue': 'concerns.status.inDialogue',
  mediated: 'concerns.status.mediated',
  resolved: 'concerns.status.resolved',
  withdrawn: 'concerns.status.withdrawn',
};

const SIDE_KEYS: Record<Side, MessageKey> = {
  school: 'concerns.side.school',
  partner: 'concerns.side.partner',
};

const PROBLEM_KEYS: Record<TransitionProblem | 'gone', MessageKey> = {
  sameStatus: 'concerns.problem.sameStatus',
  notAllowed: 'concerns.problem.notAllowed',
  noteRequired: 'concerns.problem.noteRequired',
  analysisRequired: 'concerns.problem.analysisRequired',
  gone: 'concerns.problem.gone',
};

export const statusLabel = (status: ConcernStatus) => t(STATUS_KEYS[status]);
export const sideLabel = (side: Side) => t(SIDE_KEYS[side]);
export const moveProblemText = (code: TransitionProblem | 'gone') => t(PROBLEM_KEYS[code]);
