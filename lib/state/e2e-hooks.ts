import * as Y from 'yjs';
import { setLocale, type Locale } from '../i18n';
import { addCheckin } from '../model/checkin';
import { addFollowup } from '../model/followup';
import { addGoal, DEFAULT_COLUMNS, moveGoal } from '../model/goal';
import { addLogEntry } from '../model/log-entry';
import { addPartner } from '../model/partner';
import { applyRemoteUpdate, type RemoteUpdateResult } from '../model/remote-update';

/**
 * Hooks that only the e2e build exposes (on `window.__bridgework.hooks`), for benchmarks that
 * need a district-size doc in a real browser. Everything goes through the model accessors.
 */
export const e2eHooks = {
  /**
   * Switches the interface language in this panel only (not the saved setting), so a test can
   * show the pseudo-locale `en-XA`, which the Language select does not offer.
   */
  setLocale(next: Locale) {
    setLocale(next);
  },

  /**
   * A little of everything the views show, for layout tests: a partner with a log entry and a
   * follow-up, a goal with check-ins, and one partner record no schema can read (it is listed
   * under "Needs attention"). Returns the readable partner's id.
   */
  seedViews(doc: Y.Doc, partnerName: string): string {
    const partnerId = addPartner(doc, {
      name: partnerName,
      kind: 'nonprofit',
      emails: ['hello@riverside.example'],
      description: 'Runs the after-school reading club with our grade 3 classes.',
    });
    const { id: logEntryId } = addLogEntry(doc, {
      kind: 'meeting',
      date: '2025-03-14',
      title: 'Planning the spring reading club',
      partnerIds: [partnerId],
      agenda: [{ text: 'Volunteer schedule', decisions: ['Two volunteers per session'] }],
    });
    addFollowup(doc, {
      text: 'Send the volunteer rota',
      due: '2025-03-21',
      logEntryId,
      partnerId,
    });
    this.seedGoals(doc, 2, 4);
    doc.transact(() => {
      const unreadable = new Y.Map<unknown>();
      unreadable.set('name', 42);
      doc.getMap('partners').set('unreadable-record', unreadable);
    }, 'remote');
    return partnerId;
  },

  /** Adds `goals` goals and `checkins` check-ins in one transaction; returns the goal ids. */
  seedGoals(doc: Y.Doc, goals: number, checkins: number): string[] {
    const ids: string[] = [];
    doc.transact(() => {
      for (let i = 0; i < goals; i++) {
        ids.push(
          addGoal(doc, {
            title: `Goal ${i}: ${['Reading', 'Attendance', 'Mentoring', 'Funding'][i % 4]}`,
            description: 'A shared goal with partners. '.repeat(4),
            column: DEFAULT_COLUMNS[i % DEFAULT_COLUMNS.length]!.id,
            owners: [`Owner ${i % 17}`],
            tags: [['literacy', 'stem', 'arts'][i % 3]!],
            metric: {
              baseline: 10,
              target: 100,
              direction: 'up',
              unit: 'hours',
              due: '2030-06-30',
            },
          }),
        );
      }
      for (let i = 0; i < checkins; i++) {
        const day = String((i % 28) + 1).padStart(2, '0');
        addCheckin(doc, { goalId: ids[i % goals]!, date: `2025-01-${day}`, value: i % 100 });
      }
    }, 'bench-seed');
    return ids;
  },

  /** A peer's move of goal `id` to `column`, made in a separate Y.Doc: the update to apply. */
  remoteMoveUpdate(doc: Y.Doc, id: string, column: string): Uint8Array {
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const before = Y.encodeStateVector(peer);
    moveGoal(peer, id, column, 0);
    const update = Y.encodeStateAsUpdate(peer, before);
    peer.destroy();
    return update;
  },

  applyRemote(doc: Y.Doc, update: Uint8Array) {
    Y.applyUpdate(doc, update, 'remote');
  },

  /** A peer's update as the panel should take it: checked first, never thrown (see the model). */
  applyRemoteChecked(doc: Y.Doc, update: Uint8Array): RemoteUpdateResult {
    return applyRemoteUpdate(doc, update, 'remote');
  },

  /** What the doc holds that a peer at `stateVector` lacks, as a sync provider would send it. */
  updateSince(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
    return Y.encodeStateAsUpdate(doc, stateVector);
  },
};

export type E2eHooks = typeof e2eHooks;
