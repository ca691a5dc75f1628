import { useEffect, useState } from 'preact/hooks';
import { usePanel } from '../panel-context';

type StatusModule = typeof import('./partner-status-sources');

/**
 * Partner rows' last contact and health line. Their code and view models are fetched after the
 * partners list has painted, so neither the chunk nor a district's log index delays it; until
 * then both are undefined and the rows show names only.
 */
export function usePartnerStatus() {
  const { session } = usePanel();
  const [status, setStatus] = useState<StatusModule | null>(null);
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(() => {
      void import('./partner-status-sources').then((module) => alive && setStatus(module));
    }, 0);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, []);
  return status
    ? { ...status.readPartnerStatus(session), loaded: true }
    : { contact: undefined, health: undefined, loaded: false };
}
