import { ComingSoon } from '../../../components/common/ComingSoon';

export function LogSection() {
  return (
    <ComingSoon title="Contact log">
      Meetings, calls and emails with agendas, notes, decisions and follow-ups, and reminders when a
      partner goes quiet.
    </ComingSoon>
  );
}
