import '../../../components/log/log.css';
import '../../../components/timeline/timeline.css';
import { useMemo } from 'preact/hooks';
import { LogView, type RecordQuery } from '../../../components/log/LogView';
import { revealRecord } from '../../../components/timeline/reveal-record';
import { sectionOf, type RecordHit } from '../../../lib/model/timeline';
import { pagePrefill } from '../../../components/log/page-prefill';
import { PartnerLog } from '../../../components/log/PartnerLog';
import type { Partner } from '../../../lib/model/partner';
import { findPageTab } from '../../../lib/extension/capture-tab';
import { requestedFollowup } from '../../../lib/reminders/open-request';
import { logActions, logScreenData } from '../../../lib/state/log-actions';
import {
  openPartnerRecord,
  openSection,
  requestedLogEntry,
  requestedLogTab,
} from '../../../lib/state/navigation';
import { logViewOf } from '../../../lib/state/log-view';
import { partnerTimelineOf } from '../../../lib/state/partner-timeline';
import { usePanel } from '../panel-context';
import { CommitmentsSlot } from './AgreementsSection';

/** The log's data and actions for this panel: the session's log, written as the user. */
function useLog() {
  const { session, settings, notify } = usePanel();
  const me = settings.displayName;
  // Stable while the session and the name are: the data's getters read signals when rendered.
  return useMemo(() => {
    const actions = {
      ...logActions(session, me, logViewOf(session)),
      prefillFromPage: async (partnerId?: string) =>
        pagePrefill(
          await findPageTab().catch(() => undefined),
          partnerId ? [] : session.partners.live(),
          partnerId,
        ),
    };
    return { data: logScreenData(session, logViewOf(session), me), actions, notify };
  }, [session, me, notify]);
}

/** Opens a record the Log's search found on its partner's page (no partner: the Dashboard's). */
function openRecordHit(hit: RecordHit) {
  const section = sectionOf(hit);
  if (hit.partnerId)
    openPartnerRecord({ partnerId: hit.partnerId, section, recordId: hit.recordId });
  else {
    openSection('Dashboard');
    revealRecord(section, hit.recordId);
  }
}

export function LogSection() {
  const log = useLog();
  const records = partnerTimelineOf(usePanel().session);
  const searchRecords = useMemo(
    () => (query: RecordQuery) => records.search(query.query, query),
    [records],
  );
  return (
    <LogView
      {...log}
      searchRecords={searchRecords}
      recordsRevision={records.revision}
      onOpenRecord={openRecordHit}
      requestedFollowup={requestedFollowup.value}
      onRequestHandled={() => (requestedFollowup.value = null)}
      commitmentsTab={<CommitmentsSlot />}
      requestedEntry={requestedLogEntry.value}
      requestedTab={requestedLogTab.value}
      onTabRequestHandled={() => (requestedLogTab.value = null)}
      onEntryRequestHandled={() => (requestedLogEntry.value = null)}
    />
  );
}

/** The partner page's contact log, its timeline merged with the partner's records. */
export function PartnerLogSlot({ partner }: { partner: Partner }) {
  const log = useLog();
  const records = partnerTimelineOf(usePanel().session).eventsOf(partner.id);
  return <PartnerLog partner={partner} {...log} recordEvents={records} />;
}
