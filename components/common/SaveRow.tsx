interface Props {
  /** The submit button's text. */
  label: string;
  /** Said after a save ("Saved."), politely, beside the button; empty otherwise. */
  message: string;
  /** The form's main action, drawn as such. */
  primary?: boolean;
}

/** A settings form's last row: its Save button and what the last save said. */
export function SaveRow({ label, message, primary }: Props) {
  return (
    <div class="actions">
      <button type="submit" class={primary ? 'button primary' : 'button'}>
        {label}
      </button>
      <span aria-live="polite" class="muted small">
        {message}
      </span>
    </div>
  );
}
