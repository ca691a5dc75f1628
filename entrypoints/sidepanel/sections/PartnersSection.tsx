import { useCallback } from 'preact/hooks';
import { PartnersView, type PartnerActions } from '../../../components/partners/PartnersView';
import { addPartner, deletePartner, updatePartner } from '../../../lib/model/partner';
import { addPerson, deletePerson, updatePerson } from '../../../lib/model/person';
import { usePanel } from '../panel-context';

export function PartnersSection() {
  const { session, settings, notify } = usePanel();
  const { doc } = session;
  const partners = session.sortedPartners.value;
  const search = useCallback((query: string) => session.searchPartners(query), [session, partners]);
  const actions: PartnerActions = {
    add: (input) =>
      session.act(() =>
        addPartner(doc, { ...input, createdBy: settings.displayName || undefined }),
      ),
    update: (id, input) => session.act(() => updatePartner(doc, id, input)),
    remove: (id) => session.act(() => deletePartner(doc, id)),
    addPerson: (person) => session.act(() => addPerson(doc, person)),
    updatePerson: (id, person) => session.act(() => updatePerson(doc, id, person)),
    removePerson: (id) => session.act(() => deletePerson(doc, id)),
    undo: () => session.undo(),
  };
  return (
    <PartnersView
      totalCount={partners.length}
      search={search}
      getPartner={(id) => session.partners.get(id)}
      peopleByPartner={session.peopleByPartner.value}
      invalidCount={session.partners.invalidCount}
      actions={actions}
      notify={notify}
    />
  );
}
