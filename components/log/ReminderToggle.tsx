interface Props {
  enabled: boolean | null;
  onChange: (enabled: boolean) => void;
}

/** Opt-in daily notification for follow-ups due today (personal, this browser only). */
export function ReminderToggle({ enabled, onChange }: Props) {
  return (
    <section class="form" aria-labelledby="reminders-title">
      <h2 id="reminders-title">Reminders</h2>
      <label class="check">
        <input
          type="checkbox"
          checked={enabled === true}
          disabled={enabled === null}
          aria-describedby="reminders-hint"
          onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
        />
        Daily reminders
      </label>
      <p id="reminders-hint" class="muted small">
        Once a day, a browser notification lists the follow-ups due that day, even with the panel
        closed. The toolbar badge always shows how many follow-ups are overdue. Stored only in this
        browser.
      </p>
    </section>
  );
}
