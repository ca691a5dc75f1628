import { captureToDraft } from '../../../components/capture/capture-draft';
import { parseListInput } from '../../../components/common/list-input';
import type { CaptureState } from '../../../components/partners/PartnersView';
import type { CapturedPage } from '../../../lib/extension/capture-tab';
import { findCaptureMatches } from '../../../lib/state/capture-matches';
import type { WorkspaceSession } from '../../../lib/state/workspace-session';

/**
 * A captured page as a draft to review, with the partners it may duplicate. Its own chunk,
 * fetched on the first capture: the draft and the matching carry the input rules and the public
 * suffix list, which the partners list does not need.
 */
export function captureReviewState(session: WorkspaceSession, page: CapturedPage): CaptureState {
  const { result, url, at } = page;
  const draft = captureToDraft(result, url);
  const matches = findCaptureMatches(session.partners.live(), {
    name: draft.values.name,
    website: draft.values.website,
    emails: parseListInput(draft.values.emails),
  });
  return { status: 'review', draft, pageUrl: url, at, matches };
}
