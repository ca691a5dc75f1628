import type { agreements as en } from '../en/agreements';

export const agreements: Record<keyof typeof en, string> = {
  'agreements.section.title': 'Acuerdo y compromisos',
};
