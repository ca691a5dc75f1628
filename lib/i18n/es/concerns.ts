import type { concerns as en } from '../en/concerns';

export const concerns: Record<keyof typeof en, string> = {
  'concerns.section.title': 'Inquietudes y opiniones',
};
