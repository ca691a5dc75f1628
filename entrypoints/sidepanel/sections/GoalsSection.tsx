import { ComingSoon } from '../../../components/common/ComingSoon';

export function GoalsSection() {
  return (
    <ComingSoon title="Goals">
      A shared board of measurable goals with check-ins, co-edited live with your partners.
    </ComingSoon>
  );
}
