import { formatList, t, type MessageKey } from '../../lib/i18n';
import type {
  HealthLevel,
  HealthReason,
  HealthReasonCode,
  PartnershipHealth,
} from '../../lib/model/health';

const LEVEL_KEYS: Record<HealthLevel, MessageKey> = {
  good: 'concerns.health.level.good',
  watch: 'concerns.health.level.watch',
  'at-risk': 'concerns.health.level.atRisk',
  unknown: 'concerns.health.level.unknown',
};

const REASON_KEYS: Record<HealthReasonCode, MessageKey> = {
  noHistory: 'concerns.health.reason.noHistory',
  neverContacted: 'concerns.health.reason.neverContacted',
  contactOverdue: 'concerns.health.reason.contactOverdue',
  commitmentsOverdue: 'concerns.health.reason.commitmentsOverdue',
  openConcerns: 'concerns.health.reason.openConcerns',
  feedbackDown: 'concerns.health.reason.feedbackDown',
  contactOnTime: 'concerns.health.reason.contactOnTime',
  feedbackUp: 'concerns.health.reason.feedbackUp',
  feedbackSteady: 'concerns.health.reason.feedbackSteady',
};

export const healthLevelLabel = (level: HealthLevel) => t(LEVEL_KEYS[level]);

export const healthReasonText = (reason: HealthReason) =>
  t(REASON_KEYS[reason.code], { count: reason.count ?? 0 });

/** The health line: "At risk: 2 commitments overdue and 1 open concern". */
export function healthLine(health: PartnershipHealth): string {
  return t('concerns.health.line', {
    level: healthLevelLabel(health.level),
    reasons: formatList(health.reasons.map(healthReasonText)),
  });
}
