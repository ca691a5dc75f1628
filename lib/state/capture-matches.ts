import { createDuplicateIndex } from '../capture/match';
import { t } from '../i18n';
import type { Partner } from '../model/partner';

/** Why a partner may be the one captured, in the interface language when read. */
const REASON_KEYS = {
  domain: 'capture.duplicate.reason.domain',
  'email-domain': 'capture.duplicate.reason.emailDomain',
  name: 'capture.duplicate.reason.name',
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
      return partner ? [{ partner, reason: t(REASON_KEYS[match.reason]) }] : [];
    });
}
