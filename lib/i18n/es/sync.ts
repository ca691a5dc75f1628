import type { sync as en } from '../en/sync';

export const sync: Record<keyof typeof en, string> = {};
