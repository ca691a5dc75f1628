import { revealRecord } from '../../../components/timeline/reveal-record';
import { requestedPartnerRecord } from '../../../lib/state/navigation';

/**
 * The Partners view's side of "open this record" (a Log search hit): the partner whose page to
 * show, and, once it is shown, the record to bring into view and focus as soon as it is drawn.
 * Reads a signal: call it while rendering.
 */
export function partnerRecordRequest() {
  return {
    requestedPartner: requestedPartnerRecord.value?.partnerId,
    onPartnerRequestHandled: () => {
      const request = requestedPartnerRecord.value;
      requestedPartnerRecord.value = null;
      if (request) revealRecord(request.section, request.recordId);
    },
  };
}
