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
import { useFreshWorkspaceNotice } from './FreshWorkspaceSlot';
import { usePartnersFirstView } from './partner-rows';
import {
  PartnerAgreementSlot,
  PartnerConcernsSlot,
  PartnerGoalsSlot,
  PartnerLogSlot,
  PartnerValueSlot,
} from './PartnerSlots';

export function PartnersSection() {
  const { session, settings, notify } = usePanel();
  const { partners, peopleByPartner, contact, health, request } = usePartnersFirstView();
  const emptyState = useFreshWorkspaceNotice();
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
      peopleByPartner={peopleByPartner}
      actions={actions}
      notify={notify}
      onCapture={startCapture}
      canCapture={canCapturePages()}
      capture={capture}
      onCaptureClose={() => setCapture({ status: 'idle' })}
      partnerContact={contact}
      partnerHealth={health}
      emptyState={emptyState}
      renderContactLog={(partner) => <PartnerLogSlot partner={partner} />}
      renderGoals={(partner) => <PartnerGoalsSlot partner={partner} />}
      renderAgreement={(partner) => <PartnerAgreementSlot partner={partner} />}
      renderConcerns={(partner) => <PartnerConcernsSlot partner={partner} />}
      renderValue={(partner) => <PartnerValueSlot partner={partner} />}
      {...request}
    />
  );
}
