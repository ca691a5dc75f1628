import type { partners as en } from '../en/partners';

export const partners: Record<keyof typeof en, string> = {};
