import type { ContributionInput, ContributionPatch } from '../../lib/model/contribution';

/** The contribution screens' writes, each one undo step (lib/state/value-actions.ts makes them). */
export interface ContributionActions {
  addContribution: (input: Omit<ContributionInput, 'createdBy'>) => string;
  updateContribution: (id: string, patch: ContributionPatch) => void;
  removeContribution: (id: string) => void;
  undo: () => void;
}

/** A goal a record can be linked to, as a picker shows it. */
export interface GoalOption {
  id: string;
  title: string;
}
