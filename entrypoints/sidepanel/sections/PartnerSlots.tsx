import { lazyView } from '../../../components/common/lazy-view';

// The partner page's feature slots, each fetched with its feature the first time a page opens,
// so the partners list does not carry the log, goals, agreements, concerns or value code.
export const PartnerLogSlot = lazyView(() => import('./LogSection').then((m) => m.PartnerLogSlot));
export const PartnerGoalsSlot = lazyView(() =>
  import('./GoalsSection').then((m) => m.PartnerGoalsSlot),
);
export const PartnerAgreementSlot = lazyView(() =>
  import('./AgreementsSection').then((m) => m.PartnerAgreementSlot),
);
export const PartnerConcernsSlot = lazyView(() =>
  import('./ConcernsSection').then((m) => m.PartnerConcernsSlot),
);
export const PartnerValueSlot = lazyView(() =>
  import('./ValueSection').then((m) => m.PartnerValueSlot),
);
