import { browser } from 'wxt/browser';
import { t } from '../i18n';

/**
 * Whether this context can capture the page in a tab: the extension's panel can (tabs and
 * scripting); the web app's `browser` (lib/platform/web-browser.ts) has neither, so its Capture
 * button says that capture needs the extension instead of failing on a missing API.
 */
export function canCapturePages(): boolean {
  const apis = browser as Partial<Pick<typeof browser, 'tabs' | 'scripting'>>;
  return (
    typeof apis.tabs?.query === 'function' && typeof apis.scripting?.executeScript === 'function'
  );
}

/** The capture state that says so, in the panel's language. */
export function captureNeedsExtension() {
  return { status: 'failed' as const, message: t('capture.problem.needsExtension') };
}
