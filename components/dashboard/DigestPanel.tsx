import { useState } from 'preact/hooks';
import { formatDay, locale, t } from '../../lib/i18n';
import { downloadTextFile } from '../common/download-file';
import { Field } from '../common/Field';
import type { ToastMessage } from '../common/Toast';
import { digestHtml, digestMarkdown } from './digest-text';
import type { Digest } from './types';

interface Props {
  /** The default period (the last month). */
  initial: { from: string; to: string };
  workspaceName: string;
  /** May take a moment: a period in a school year not loaded yet loads it first. */
  create: (from: string, to: string) => Promise<Digest>;
  notify: (toast: Omit<ToastMessage, 'id'>) => void;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `Create digest` for a period, then copy or download it as Markdown or a printable page. */
export function DigestPanel({ initial, workspaceName, create, notify }: Props) {
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [error, setError] = useState<string | undefined>();
  const [digest, setDigest] = useState<{ digest: Digest; markdown: string } | null>(null);
  const [making, setMaking] = useState(false);
  const fileName = (extension: string) =>
    `digest-${digest?.digest.from ?? from}-${digest?.digest.to ?? to}.${extension}`;

  return (
    <section class="dashboard-card digest" aria-labelledby="digest-heading">
      <h3 id="digest-heading">{t('dashboard.digest.heading')}</h3>
      <p class="muted">{t('dashboard.digest.intro')}</p>
      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!DAY.test(from) || !DAY.test(to) || from > to) {
            setError(t('dashboard.digest.invalidRange'));
            return;
          }
          setError(undefined);
          setMaking(true);
          create(from, to).then(
            (made) => {
              setMaking(false);
              setDigest({ digest: made, markdown: digestMarkdown(made, workspaceName) });
            },
            (problem: unknown) => {
              setMaking(false);
              setError(
                t('dashboard.digest.failed', {
                  reason: problem instanceof Error ? problem.message : String(problem),
                }),
              );
            },
          );
        }}
      >
        <div class="field-row">
          <Field
            id="digest-from"
            label={t('dashboard.digest.from')}
            type="date"
            value={from}
            onInput={setFrom}
            error={error}
          />
          <Field
            id="digest-to"
            label={t('dashboard.digest.to')}
            type="date"
            value={to}
            onInput={setTo}
          />
        </div>
        <div class="actions">
          <button type="submit" class="button primary" disabled={making}>
            {t('dashboard.digest.create')}
          </button>
        </div>
      </form>
      <p role="status" class="muted">
        {making && t('dashboard.digest.making')}
        {!making &&
          digest &&
          t('dashboard.digest.ready', {
            from: formatDay(digest.digest.from),
            to: formatDay(digest.digest.to),
          })}
      </p>
      {digest && (
        <>
          <div class="actions wrap">
            <button
              type="button"
              class="button"
              onClick={() =>
                navigator.clipboard.writeText(digest.markdown).then(
                  () => notify({ text: t('dashboard.digest.copied') }),
                  () => notify({ text: t('dashboard.digest.noClipboard') }),
                )
              }
            >
              {t('dashboard.digest.copyMarkdown')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() => downloadTextFile(fileName('md'), digest.markdown, 'text/markdown')}
            >
              {t('dashboard.digest.downloadMarkdown')}
            </button>
            <button
              type="button"
              class="button"
              onClick={() =>
                downloadTextFile(
                  fileName('html'),
                  digestHtml(digest.digest, workspaceName, locale.value),
                  'text/html',
                )
              }
            >
              {t('dashboard.digest.downloadHtml')}
            </button>
          </div>
          <details class="digest-preview">
            <summary>{t('dashboard.digest.preview')}</summary>
            <pre>{digest.markdown}</pre>
          </details>
        </>
      )}
    </section>
  );
}
