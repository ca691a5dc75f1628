import { createDuplicateIndex } from '../capture/match';
import type { Partner } from '../model/partner';

const REASONS = {
  domain: 'same website',
  'email-domain': 'same email domain',
  name: 'similar name',
} as const;

/** Existing partners a capture probably describes, best first. */
export function findCaptureMatches(
  partners: Iterable<Partner>,
  candidate: { name?: string; website?: string; emails?: string[] },
  limit = 3,
): { partner: Partner; reason: string }[] {
  const byId = new Map<string, Partner>();
  for (const partner of partners) byId.set(partner.id, partner);
  const index = createDuplicateIndex([...byId.values()]);
  return index
    .find(candidate)
    .slice(0, limit)
    .flatMap((match) => {
      const partner = byId.get(match.id);
      return partner ? [{ partner, reason: REASONS[match.reason] }] : [];
    });
}
