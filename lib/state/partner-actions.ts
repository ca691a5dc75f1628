import type * as Y from 'yjs';
import { transactLocal } from '../model/doc';
import type { HistoryDocs } from '../model/history-docs';
import {
  addPartner,
  deletePartner,
  restorePartner,
  updatePartner,
  type PartnerInput,
} from '../model/partner';
import { mergeIntoPartner, type IncomingPerson } from '../model/partner-merge';
import { addPerson, deletePerson, updatePerson, type PersonInput } from '../model/person';

/** What the partner actions need of a workspace session. */
export interface PartnerSession {
  readonly doc: Y.Doc;
  /** The workspace's history docs: a partner's feedback and contributions per school year. */
  readonly history?: HistoryDocs;
  act: <T>(action: () => T) => T;
  undo: () => void;
}

/**
 * The partner screens' writes (PartnerActions in components/partners/PartnersView.tsx, matched
 * structurally since components may not import lib/state), each one undo step through lib/model.
 * `me` (the display name) marks who created or deleted what.
 */
export function partnerActions(session: PartnerSession, me: string) {
  const { doc } = session;
  const by = me || undefined;
  return {
    add: (input: PartnerInput) => session.act(() => addPartner(doc, { ...input, createdBy: by })),
    update: (id: string, input: PartnerInput) => session.act(() => updatePartner(doc, id, input)),
    remove: (id: string) =>
      session.act(() => deletePartner(doc, id, by, Date.now(), session.history?.all())),
    restore: (id: string) => session.act(() => restorePartner(doc, id, session.history?.all())),
    addPerson: (person: PersonInput) => session.act(() => addPerson(doc, person)),
    updatePerson: (id: string, person: Omit<PersonInput, 'partnerId'>) =>
      session.act(() => updatePerson(doc, id, person)),
    removePerson: (id: string) => session.act(() => deletePerson(doc, id, by)),
    undo: () => session.undo(),
    /** A captured partner and its people, as one step. */
    addCaptured: (input: PartnerInput, people: IncomingPerson[]) =>
      session.act(() =>
        transactLocal(doc, () => {
          const id = addPartner(doc, { ...input, createdBy: by });
          for (const person of people) addPerson(doc, { ...person, partnerId: id });
          return id;
        }),
      ),
    mergeCaptured: (id: string, input: PartnerInput, people: IncomingPerson[]) =>
      session.act(() => mergeIntoPartner(doc, id, input, people)),
  };
}
