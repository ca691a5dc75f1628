import type * as Y from 'yjs';
import { newId, transactLocal } from './doc';
import { isSoftDeleted } from './deletion';
import type { Partner } from './partner';
import type { Person } from './person';
import { insertRecord } from './records';

/** Validated records read from another workspace: the partners to copy and people to go along. */
export interface CopySource {
  partners: readonly Partner[];
  people: readonly Person[];
}

export interface CopySummary {
  partners: number;
  people: number;
  /** Partners left out because the target already has them. */
  skipped: number;
}

/** Fields that belong to the record in its old workspace, not to what it says. */
const NOT_COPIED = ['id', 'deletedAt', 'deletedBy', 'deletedWith', 'createdAt', 'updatedAt'];

function copiedFields<T extends object>(record: T, now: number): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  for (const key of NOT_COPIED) delete fields[key];
  return { ...fields, createdAt: now, updatedAt: now };
}

/**
 * Copies partners from another workspace into `doc`, each with its people, as one local
 * transaction (one undo step). Records get new ids: the two workspaces stay independent, and a
 * copy made twice (or by two members) never collides with the first. A partner the target
 * already has (`alreadyHere`, the duplicate matching capture uses) is skipped with its people, so
 * copying again adds nothing twice and never overwrites what someone typed here. Soft-deleted
 * records stay behind; people follow only a partner that was copied.
 */
export function copyPartners(
  doc: Y.Doc,
  source: CopySource,
  alreadyHere: (partner: Partner) => boolean,
  now = Date.now(),
): CopySummary {
  const summary: CopySummary = { partners: 0, people: 0, skipped: 0 };
  const newIds = new Map<string, string>();
  const live = source.partners.filter((partner) => !isSoftDeleted(partner));
  const toCopy = live.filter((partner) => {
    if (!alreadyHere(partner)) return true;
    summary.skipped++;
    return false;
  });
  if (toCopy.length === 0) return summary;
  transactLocal(doc, () => {
    for (const partner of toCopy) {
      if (newIds.has(partner.id)) continue;
      const id = newId();
      newIds.set(partner.id, id);
      insertRecord(doc, 'partners', id, copiedFields(partner, now));
      summary.partners++;
    }
    for (const person of source.people) {
      const partnerId = person.partnerId && newIds.get(person.partnerId);
      if (!partnerId || isSoftDeleted(person)) continue;
      insertRecord(doc, 'people', newId(), { ...copiedFields(person, now), partnerId });
      summary.people++;
    }
  });
  return summary;
}
