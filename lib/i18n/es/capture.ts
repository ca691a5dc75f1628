import type { capture as en } from '../en/capture';

export const capture: Record<keyof typeof en, string> = {};
