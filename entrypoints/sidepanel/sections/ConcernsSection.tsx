import { useMemo } from 'preact/hooks';
import { PartnerConcerns } from '../../../components/concerns/PartnerConcerns';
import { PartnerFeedback } from '../../../components/feedback/PartnerFeedback';
import type { Partner } from '../../../lib/model/partner';
import { agreementsViewOf } from '../../../lib/state/agreements-view';
import { concernActions } from '../../../lib/state/concern-actions';
import { concernsViewOf } from '../../../lib/state/concerns-view';
import { earlierYears } from '../../../lib/state/earlier-years';
import { feedbackActions } from '../../../lib/state/feedback-actions';
import { partnerMeetings } from '../../../lib/state/feedback-meetings';
import { feedbackViewOf } from '../../../lib/state/feedback-view';
import { logViewOf } from '../../../lib/state/log-view';
import { sharedToday } from '../../../lib/state/today';
import { usePanel } from '../panel-context';

/** The partner page's concerns and feedback: rendered into PartnerDetail's concerns slot. */
export function PartnerConcernsSlot({ partner }: { partner: Partner }) {
  const { session, settings, notify } = usePanel();
  const me = settings.displayName;
  const concerns = concernsViewOf(session);
  const feedback = feedbackViewOf(session);
  const today = sharedToday();
  const actions = useMemo(() => concernActions(session, me), [session, me]);
  const pulseActions = useMemo(
    () => feedbackActions(session, feedback.history, me),
    [session, feedback, me],
  );
  return (
    <>
      <PartnerConcerns
        partnerId={partner.id}
        partnerName={partner.name}
        concerns={concerns.concernsOf(partner.id)}
        lessonOf={(id) => concerns.lesson(id)}
        today={today.string.value}
        me={me}
        actions={actions}
        notify={notify}
      />
      <PartnerFeedback
        partnerId={partner.id}
        partnerName={partner.name}
        pulses={feedback.pulsesOf(partner.id)}
        trend={feedback.trendOf(partner.id, today.number.value)}
        meetings={partnerMeetings(logViewOf(session), partner.id)}
        agreement={agreementsViewOf(session).agreementOf(partner.id).current ?? undefined}
        today={today.string.value}
        actions={pulseActions}
        notify={notify}
        earlier={earlierYears(session.history)}
      />
    </>
  );
}
