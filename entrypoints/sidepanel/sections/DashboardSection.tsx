import { ComingSoon } from '../../../components/common/ComingSoon';
import { t } from '../../../lib/i18n';
import { StoriesSlot } from './ValueSection';

export function DashboardSection() {
  return (
    <>
      <ComingSoon title={t('common.tab.dashboard')}>{t('common.dashboard.body')}</ComingSoon>
      <StoriesSlot />
    </>
  );
}
