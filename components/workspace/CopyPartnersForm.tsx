import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

export interface CopySourceItem {
  id: string;
  name: string;
}

interface Props {
  /** The open workspace, which receives the copies. */
  targetName: string;
  /** The other workspaces on this device. */
  sources: CopySourceItem[];
  /** The one to propose first (the workspace just left), if known. */
  defaultSourceId?: string;
  /** Copies and resolves to what was done, in words; rejects with why nothing was. */
  onCopy: (sourceId: string) => Promise<string>;
}

type Outcome = { ok: boolean; text: string } | null;

/**
 * `Copy partners from…`: a button that opens, in place, a choice of workspace and `Copy
 * partners`. The result stays in a status line after the form closes (Undo takes it back).
 */
export function CopyPartnersForm(props: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const fallback = props.sources.some((s) => s.id === props.defaultSourceId)
    ? props.defaultSourceId!
    : (props.sources[0]?.id ?? '');
  const [sourceId, setSourceId] = useState(fallback);
  const select = useRef<HTMLSelectElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) select.current?.focus();
    else if (wasOpen.current) opener.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (props.sources.length === 0) return null;
  const chosen = props.sources.some((s) => s.id === sourceId) ? sourceId : fallback;
  const close = () => setOpen(false);
  return (
    <div class="copy-partners">
      {open ? (
        <form
          class="inline-form"
          aria-label={t('workspace.copy.title')}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && !busy) {
              event.preventDefault();
              close();
            }
          }}
          onSubmit={async (event) => {
            event.preventDefault();
            setBusy(true);
            setOutcome(null);
            try {
              setOutcome({ ok: true, text: await props.onCopy(chosen) });
              close();
            } catch (error) {
              const reason = error instanceof Error ? error.message : String(error);
              setOutcome({ ok: false, text: t('workspace.copy.failed', { reason }) });
            } finally {
              setBusy(false);
            }
          }}
        >
          <label for="copy-partners-source">{t('workspace.copy.source')}</label>
          <select
            id="copy-partners-source"
            ref={select}
            value={chosen}
            aria-describedby="copy-partners-hint"
            onChange={(event) => setSourceId(event.currentTarget.value)}
          >
            {props.sources.map((source) => (
              <option key={source.id} value={source.id}>
                {source.name}
              </option>
            ))}
          </select>
          <p id="copy-partners-hint" class="hint">
            {t('workspace.copy.hint', { name: props.targetName })}
          </p>
          <div class="actions">
            <button type="submit" class="button primary" disabled={busy}>
              {busy ? t('workspace.copy.copying') : t('workspace.copy.submit')}
            </button>
            <button type="button" class="button" disabled={busy} onClick={close}>
              {t('workspace.copy.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <button
          ref={opener}
          type="button"
          class="button"
          onClick={() => {
            setOutcome(null);
            setOpen(true);
          }}
        >
          {t('workspace.copy.open')}
        </button>
      )}
      {outcome && (
        <p
          class={outcome.ok ? 'copy-result' : 'copy-result error'}
          role={outcome.ok ? 'status' : 'alert'}
        >
          {outcome.text}
        </p>
      )}
    </div>
  );
}
