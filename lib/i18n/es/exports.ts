import type { exportTexts as en } from '../en/exports';

export const exportTexts: Record<keyof typeof en, string> = {};
