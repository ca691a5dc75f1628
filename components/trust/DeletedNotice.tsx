const TEXT = {
  deletedBy: (what: string, by: string | undefined, when: string) =>
    `This ${what} was deleted by ${by ?? 'someone'} on ${when}.`,
  restore: 'Restore',
};

/** "26 Nov 2026, 10:42" in the user's locale. */
export function formatDeletedAt(at: number): string {
  return new Date(at).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
}

interface Props {
  title: string;
  /** "partner", "log entry", … */
  what: string;
  deletedAt: number;
  deletedBy: string | undefined;
  backLabel: string;
  onRestore: () => void;
  onBack: () => void;
}

/** The page of a record someone deleted: who, when, and Restore (anyone can). */
export function DeletedNotice(props: Props) {
  return (
    <section class="detail" aria-labelledby="deleted-record-title">
      <div class="notice" role="status">
        <h2 id="deleted-record-title">{props.title}</h2>
        <p>{TEXT.deletedBy(props.what, props.deletedBy, formatDeletedAt(props.deletedAt))}</p>
      </div>
      <div class="actions">
        <button type="button" class="button" onClick={props.onBack}>
          {props.backLabel}
        </button>
        <button type="button" class="button primary" onClick={props.onRestore}>
          {TEXT.restore}
        </button>
      </div>
    </section>
  );
}
