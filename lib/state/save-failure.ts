import { t } from '../i18n';
import type { SaveProblem } from '../sync/local-persistence';

/**
 * Why the latest changes were not saved, in the interface language. The browser's own error
 * text is shown as it came: a technical detail for whoever looks into it, not ours to translate.
 */
export function saveProblemText(problem: SaveProblem): string {
  if (problem.code === 'noSpace') return t('trust.notSaved.noSpace');
  return problem.detail
    ? t('trust.notSaved.refusedDetail', { detail: problem.detail })
    : t('trust.notSaved.refused');
}
