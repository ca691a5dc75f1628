import type { reminders as en } from '../en/reminders';

export const reminders: Record<keyof typeof en, string> = {};
