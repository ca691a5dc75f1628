import type { goals as en } from '../en/goals';

export const goals: Record<keyof typeof en, string> = {};
