import type { workspace as en } from '../en/workspace';

export const workspace: Record<keyof typeof en, string> = {};
