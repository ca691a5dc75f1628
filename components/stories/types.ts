import type { LessonInput } from '../../lib/model/lesson';
import type { StoryInput } from '../../lib/model/story';
import type { NamedRef } from '../common/named-ref';

export type StoryFields = Omit<StoryInput, 'createdBy'>;
export type LessonFields = Omit<LessonInput, 'concernId' | 'createdBy'>;

/** The stories and lessons screens' writes, each one undo step (lib/state/value-actions.ts). */
export interface StoryActions {
  addStory: (input: StoryFields) => string;
  updateStory: (id: string, input: StoryFields) => void;
  removeStory: (id: string) => void;
  addLesson: (input: LessonFields) => string;
  updateLesson: (id: string, input: LessonFields) => void;
  removeLesson: (id: string) => void;
  undo: () => void;
}

/** How the stories screens find partners and goals (the workspace's, passed in). */
export interface StoryLinks {
  /** Partners whose name matches the query. */
  searchPartners: (query: string) => NamedRef[];
  /** The partner's name, or undefined when it is gone. */
  partnerName: (id: string) => string | undefined;
  goals: readonly { id: string; title: string }[];
}
