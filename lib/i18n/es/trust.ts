import type { trust as en } from '../en/trust';

export const trust: Record<keyof typeof en, string> = {};
