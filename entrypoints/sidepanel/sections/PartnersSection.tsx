import { useCallback, useEffect, useState } from 'preact/hooks';
import { captureToDraft } from '../../../components/capture/capture-draft';
import {
  PartnersView,
  type CaptureState,
  type PartnerActions,
} from '../../../components/partners/PartnersView';
import { parseListInput } from '../../../components/common/list-input';
import type { CaptureOutcome } from '../../../lib/extension/capture-tab';
import { captureTab, findPageTab } from '../../../lib/extension/capture-tab';
import { pendingCaptureItem } from '../../../lib/extension/pending-capture';
import {
  addPartner,
  deletePartner,
  restorePartner,
  updatePartner,
} from '../../../lib/model/partner';
import { mergeIntoPartner } from '../../../lib/model/partner-merge';
import { addPerson, deletePerson, updatePerson } from '../../../lib/model/person';
import { transactLocal } from '../../../lib/model/doc';
import { findCaptureMatches } from '../../../lib/state/capture-matches';
import { usePanel } from '../panel-context';
import { PartnerGoalsSlot } from './GoalsSection';
import { PartnerLogSlot, usePartnerContact } from './LogSection';

export function PartnersSection() {
  const { session, settings, notify } = usePanel();
  const partnerContact = usePartnerContact();
  const { doc } = session;
  const partners = session.sortedPartners.value;
  const search = useCallback((query: string) => session.searchPartners(query), [session, partners]);
  const [capture, setCapture] = useState<CaptureState>({ status: 'idle' });

  const review = useCallback(
    (outcome: CaptureOutcome) => {
      if (!outcome.ok) {
        setCapture({ status: 'failed', message: outcome.message });
        return;
      }
      const { result, url, at } = outcome.page;
      const draft = captureToDraft(result, url);
      const matches = findCaptureMatches(session.partners.live(), {
        name: draft.values.name,
        website: draft.values.website,
        emails: parseListInput(draft.values.emails),
      });
      setCapture({ status: 'review', draft, pageUrl: url, at, matches });
    },
    [session],
  );

  // Captures started from the context menu or the keyboard shortcut arrive here.
  useEffect(() => {
    const take = (outcome: CaptureOutcome | null) => {
      if (!outcome) return;
      void pendingCaptureItem.setValue(null);
      review(outcome);
    };
    void pendingCaptureItem.getValue().then(take);
    return pendingCaptureItem.watch(take);
  }, [review]);

  const startCapture = () => {
    setCapture({ status: 'capturing' });
    void findPageTab()
      .then(captureTab)
      .then(review, (error: unknown) =>
        setCapture({ status: 'failed', message: `The page could not be read: ${String(error)}` }),
      );
  };

  const createdBy = settings.displayName || undefined;
  const actions: PartnerActions = {
    add: (input) => session.act(() => addPartner(doc, { ...input, createdBy })),
    update: (id, input) => session.act(() => updatePartner(doc, id, input)),
    remove: (id) => session.act(() => deletePartner(doc, id, createdBy)),
    restore: (id) => session.act(() => restorePartner(doc, id)),
    addPerson: (person) => session.act(() => addPerson(doc, person)),
    updatePerson: (id, person) => session.act(() => updatePerson(doc, id, person)),
    removePerson: (id) => session.act(() => deletePerson(doc, id, createdBy)),
    undo: () => session.undo(),
    addCaptured: (input, people) =>
      session.act(() =>
        transactLocal(doc, () => {
          const id = addPartner(doc, { ...input, createdBy });
          for (const person of people) addPerson(doc, { ...person, partnerId: id });
          return id;
        }),
      ),
    mergeCaptured: (id, input, people) =>
      session.act(() => mergeIntoPartner(doc, id, input, people)),
  };
  return (
    <PartnersView
      totalCount={partners.length}
      search={search}
      getPartner={(id) => session.partners.get(id)}
      peopleByPartner={session.peopleByPartner.value}
      actions={actions}
      notify={notify}
      onCapture={startCapture}
      capture={capture}
      onCaptureClose={() => setCapture({ status: 'idle' })}
      partnerContact={partnerContact}
      renderContactLog={(partner) => <PartnerLogSlot partner={partner} />}
      renderGoals={(partner) => <PartnerGoalsSlot partner={partner} />}
    />
  );
}
