import { t } from '../i18n';
import { WorkspaceOpenError, type OpenFailure } from '../sync/local-persistence';

/**
 * Why a workspace did not open, in the interface language: the storage layer gives a kind, how
 * long it waited and the browser's own error text (shown as it came, a technical detail that
 * helps whoever looks into it; it is not Bridgework's to translate). The unavailable screen
 * (components/workspace/WorkspaceUnavailable.tsx, which may not import state) words the same keys.
 */
export function openFailureLines(failure: OpenFailure): string[] {
  if (failure.kind === 'timeout') {
    return [
      failure.seconds === undefined
        ? t('workspace.unavailable.timeout')
        : t('workspace.unavailable.timeoutAfter', { seconds: failure.seconds }),
    ];
  }
  const lines = [t('workspace.unavailable.unavailable')];
  if (failure.detail)
    lines.push(t('workspace.unavailable.browserSaid', { detail: failure.detail }));
  return lines;
}

/** Any error from opening or reading a workspace, as one line in the interface language. */
export function openErrorText(error: unknown): string {
  if (error instanceof WorkspaceOpenError) return openFailureLines(error).join(' ');
  return error instanceof Error ? error.message : String(error);
}
