import { ComingSoon } from '../../../components/common/ComingSoon';

export function DashboardSection() {
  return (
    <ComingSoon title="Dashboard">
      Contributions, feedback, success stories and a digest to share with your community.
    </ComingSoon>
  );
}
