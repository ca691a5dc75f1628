import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  PartnersView,
  type CaptureState,
  type PartnerActions,
} from '../../../components/partners/PartnersView';
import type { CaptureOutcome } from '../../../lib/extension/capture-tab';
import { captureProblemText, captureTab, findPageTab } from '../../../lib/extension/capture-tab';
import { canCapturePages, captureNeedsExtension } from '../../../lib/extension/capture-support';
import { t } from '../../../lib/i18n';
import { pendingCaptureItem } from '../../../lib/extension/pending-capture';
import { partnerActions } from '../../../lib/state/partner-actions';
import { usePanel } from '../panel-context';
import { partnerRecordRequest } from './partner-record-request';
import { useFreshWorkspaceNotice } from './FreshWorkspaceSlot';
import { usePartnerStatus } from './PartnerStatus';
import {
  PartnerAgreementSlot,
  PartnerConcernsSlot,
  PartnerGoalsSlot,
  PartnerLogSlot,
  PartnerValueSlot,
} from './PartnerSlots';

export function PartnersSection() {
  const { session, settings, notify } = usePanel();
  const { contact: partnerContact, health: partnerHealth } = usePartnerStatus();
  const emptyState = useFreshWorkspaceNotice();
  const partners = session.sortedPartners.value;
  const search = useCallback((query: string) => session.searchPartners(query), [session, partners]);
  const [capture, setCapture] = useState<CaptureState>({ status: 'idle' });

  const review = useCallback(
    (outcome: CaptureOutcome) => {
      if (!outcome.ok) {
        setCapture({ status: 'failed', message: captureProblemText(outcome) });
        return;
      }
      void import('./capture-review-state').then(
        (module) => setCapture(module.captureReviewState(session, outcome.page)),
        (error: unknown) =>
          setCapture({
            status: 'failed',
            message: t('capture.problem.failed', { reason: String(error) }),
          }),
      );
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
    if (!canCapturePages()) return setCapture(captureNeedsExtension());
    setCapture({ status: 'capturing' });
    void findPageTab()
      .then(captureTab)
      .then(review, (error: unknown) =>
        setCapture({
          status: 'failed',
          message: t('capture.problem.failed', { reason: String(error) }),
        }),
      );
  };

  const actions: PartnerActions = partnerActions(session, settings.displayName);
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
      partnerHealth={partnerHealth}
      emptyState={emptyState}
      renderContactLog={(partner) => <PartnerLogSlot partner={partner} />}
      renderGoals={(partner) => <PartnerGoalsSlot partner={partner} />}
      renderAgreement={(partner) => <PartnerAgreementSlot partner={partner} />}
      renderConcerns={(partner) => <PartnerConcernsSlot partner={partner} />}
      renderValue={(partner) => <PartnerValueSlot partner={partner} />}
      {...partnerRecordRequest()}
    />
  );
}
