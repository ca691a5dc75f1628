import type { PartnershipHealth } from '../../lib/model/health';
import { healthLine } from './health-text';
import './concerns.css';

/**
 * A partnership's health as one line of words, level first, then why: never a bare score or a
 * colour alone (the colour repeats what the words say).
 */
export function HealthLine({ health }: { health: PartnershipHealth }) {
  return <p class={`health-line health-${health.level}`}>{healthLine(health)}</p>;
}
