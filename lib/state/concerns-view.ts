import { singleDocHistory } from '../model/history-docs';
import type * as Y from 'yjs';
import { concernSchema, isOpenStatus, type Concern } from '../model/concern';
import { lessonSchema, type Lesson } from '../model/lesson';
import { PartnerRecords } from './partner-records';
import { RecordCache } from './record-cache';

/** Open concerns first, then closed; newest raised first within each. */
function compareConcerns(a: Concern, b: Concern): number {
  const open = Number(isOpenStatus(b.status)) - Number(isOpenStatus(a.status));
  if (open) return open;
  const [da, db] = [a.date ?? '', b.date ?? ''];
  if (da !== db) return da < db ? 1 : -1;
  return b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1);
}

/** A partner's concerns and the lessons they left, as the partner page and health read them. */
export class ConcernsView {
  readonly concerns: PartnerRecords<Concern>;
  readonly lessons: RecordCache<Lesson>;

  constructor(doc: Y.Doc) {
    this.concerns = new PartnerRecords(singleDocHistory(doc), 'concerns', concernSchema);
    this.lessons = new RecordCache(doc, 'lessons', lessonSchema);
  }

  /** The partner's concerns, open ones first. */
  concernsOf(partnerId: string): Concern[] {
    return this.concerns.ofPartner(partnerId).sort(compareConcerns);
  }

  /** How many of the partner's concerns are raised, in dialogue or mediated. */
  openConcernCount(partnerId: string): number {
    let count = 0;
    for (const concern of this.concerns.ofPartner(partnerId))
      if (isOpenStatus(concern.status)) count++;
    return count;
  }

  /** The live lesson, or undefined (never written, deleted, or unreadable). */
  lesson(id: string | undefined): Lesson | undefined {
    if (!id) return undefined;
    void this.lessons.changes.value;
    const lesson = this.lessons.get(id);
    return lesson && lesson.deletedAt === undefined ? lesson : undefined;
  }

  dispose() {
    this.concerns.dispose();
    this.lessons.dispose();
  }
}

export const CONCERNS_FEATURE = 'concerns';

export function concernsViewOf(session: {
  feature: <T extends { dispose: () => void }>(key: string, create: (doc: Y.Doc) => T) => T;
}): ConcernsView {
  return session.feature(CONCERNS_FEATURE, (doc) => new ConcernsView(doc));
}
