import { t } from '../../lib/i18n';
import type { Progress } from '../../lib/model/progress';

interface Props {
  progress: Progress;
  label: string;
  large?: boolean;
}

/** A progress bar with its percentage; "no target" when progress can't be told. */
export function ProgressBar({ progress, label, large }: Props) {
  const percent = progress.fraction === null ? null : Math.round(progress.fraction * 100);
  const text = percent === null ? null : t('goals.progress.percent', { fraction: percent / 100 });
  return (
    <div class={`goal-progress${large ? ' large' : ''}${progress.met ? ' met' : ''}`}>
      <div
        class="goal-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent ?? undefined}
        aria-valuetext={text ?? t('goals.progress.noTarget')}
      >
        <span class="goal-progress-fill" style={{ width: `${percent ?? 0}%` }} />
      </div>
      <span class="goal-progress-value">{text ?? '–'}</span>
    </div>
  );
}
