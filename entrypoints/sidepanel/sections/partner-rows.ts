import { firstViewPicture } from '../../../components/partners/first-view-picture';
import { FirstViewKeeper } from '../../../lib/state/first-view-keeper';
import { usePanel } from '../panel-context';
import { partnerRecordRequest } from './partner-record-request';
import { usePartnerStatus } from './PartnerStatus';

/**
 * The Partners view's side of its first view (lib/model/first-view.ts): keeps the list's first
 * screen beside the doc once the rows' status has loaded (so the next first paint shows what this
 * one ended up showing), and opens the partner someone clicked in the preview before the
 * workspace had loaded; otherwise the page a Log search hit asked for. Call it while rendering.
 */
export function usePartnersFirstView() {
  const { session, workspaces } = usePanel();
  const { contact, health, loaded } = usePartnerStatus();
  const partners = session.sortedPartners.value;
  const peopleByPartner = session.peopleByPartner.value;
  const keeper = session.feature(
    'first-view',
    () => new FirstViewKeeper(workspaces.firstViewWriter()),
  );
  // Noted while rendering, not in an effect: an effect waits for the next frame, and a panel
  // closed before it (the main thread busy loading the rest) would keep no picture at all.
  // Only a closure is stored; the picture is built when the write is due.
  if (loaded) {
    const peopleCount = (id: string) => peopleByPartner.get(id)?.length ?? 0;
    keeper.changed(() =>
      firstViewPicture({ partners, peopleCount, contactOf: contact, healthOf: health }),
    );
  }
  const recordRequest = partnerRecordRequest();
  const chosen = workspaces.previewChoice.value;
  const request = {
    requestedPartner: chosen ?? recordRequest.requestedPartner,
    onPartnerRequestHandled: () => {
      if (chosen) workspaces.previewChoice.value = null;
      else recordRequest.onPartnerRequestHandled();
    },
  };
  return { partners, peopleByPartner, contact, health, request };
}
