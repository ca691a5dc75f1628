import { storage } from 'wxt/utils/storage';
import type { CaptureOutcome } from './capture-tab';

/**
 * A capture started from the context menu or the shortcut, handed to the side
 * panel for review. Session storage: it never outlives the browser session.
 */
export const pendingCaptureItem = storage.defineItem<CaptureOutcome | null>(
  'session:pendingCapture',
  { fallback: null },
);
