interface Bar {
  key: string;
  label: string;
  /** What is written beside the bar ("500 USD · 12 h", "3 of 5"). */
  text: string;
  /** 0…1: the bar's length. */
  fraction: number;
  /** Drawn in the "done" colour (a met goal, an engaged group). */
  done?: boolean;
  /** Drawn as a gap (a group nobody engaged). */
  missing?: boolean;
}

/**
 * Horizontal bars with the label on its own line above each bar, so long names stay readable in a
 * 360 px panel. Decorative inside ChartFigure, which names the chart and offers the table.
 */
export function BarList({ bars }: { bars: Bar[] }) {
  return (
    <ul class="bar-list" aria-hidden="true">
      {bars.map((bar) => (
        <li key={bar.key} class={bar.missing ? 'missing' : bar.done ? 'done' : undefined}>
          <span class="bar-label">{bar.label}</span>
          <span class="bar-row">
            <span class="bar-track">
              <span
                class="bar-fill"
                style={{
                  inlineSize: `${Math.round(Math.min(1, Math.max(0, bar.fraction)) * 100)}%`,
                }}
              />
            </span>
            <span class="bar-text">{bar.text}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
