import { browser } from 'wxt/browser';

/**
 * Whether daily reminders can run here: the extension has alarms, notifications and a toolbar
 * badge; the web app's `browser` (lib/platform/web-browser.ts) has none of them, so it does not
 * offer a setting that would do nothing.
 */
export function canRemind(): boolean {
  const apis = browser as Partial<Pick<typeof browser, 'alarms' | 'notifications'>>;
  return (
    typeof apis.alarms?.create === 'function' && typeof apis.notifications?.create === 'function'
  );
}
