/**
 * The Spanish catalogue (see catalog.ts). A chunk of its own: the panel fetches it when Spanish is
 * the interface language (`loadLanguage` in t.ts), so English readers do not load it.
 */
import type { MessageKey } from './catalog';
import { common as esCommon } from './es/common';
import { partners as esPartners } from './es/partners';
import { capture as esCapture } from './es/capture';
import { trust as esTrust } from './es/trust';
import { goals as esGoals } from './es/goals';
import { log as esLog } from './es/log';
import { reminders as esReminders } from './es/reminders';
import { exportTexts as esExports } from './es/exports';
import { settings as esSettings } from './es/settings';
import { workspace as esWorkspace } from './es/workspace';
import { sync as esSync } from './es/sync';
import { agreements as esAgreements } from './es/agreements';
import { concerns as esConcerns } from './es/concerns';
import { value as esValue } from './es/value';
import { dashboard as esDashboard } from './es/dashboard';
import { data as esData } from './es/data';
import { timeline as esTimeline } from './es/timeline';

export const es: Record<MessageKey, string> = {
  ...esCommon,
  ...esPartners,
  ...esCapture,
  ...esTrust,
  ...esGoals,
  ...esLog,
  ...esReminders,
  ...esExports,
  ...esSettings,
  ...esWorkspace,
  ...esSync,
  ...esAgreements,
  ...esConcerns,
  ...esValue,
  ...esDashboard,
  ...esData,
  ...esTimeline,
};
