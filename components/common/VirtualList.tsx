import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: T[];
  rowHeight: number;
  label: string;
  /** `labelId` must be the id of the element that names the row. */
  renderRow: (item: T, labelId: string) => ComponentChildren;
  getKey: (item: T) => string;
  /** Rows drawn above and below the visible window, so scrolling stays smooth. */
  overscan?: number;
  /** Drawn after the rows, inside the scroller (what comes after the list: earlier years). */
  footer?: ComponentChildren;
}

/**
 * Renders only the rows in view, so a list of 10,000 partners costs what a
 * list of 30 does. Rows share one fixed height.
 */
export function VirtualList<T>({
  items,
  rowHeight,
  label,
  renderRow,
  getKey,
  overscan = 8,
  footer,
}: Props<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    // Measured by the observer, which reports once at once and then on each resize, after the
    // browser's own layout: reading clientHeight here would force that layout inside the render's
    // task (a third of a cold first paint's 60 ms long task).
    const measure = () => setViewport(element.clientHeight || 600);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  const visible = items.slice(first, last);

  return (
    <div
      ref={scroller}
      class="virtual-scroller"
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <ul
        class="record-list"
        aria-label={label}
        style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}
      >
        {visible.map((item, offset) => (
          <li
            key={getKey(item)}
            class="record-row"
            style={{ top: `${(first + offset) * rowHeight}px`, height: `${rowHeight}px` }}
            aria-setsize={items.length}
            aria-posinset={first + offset + 1}
            aria-labelledby={`row-${getKey(item)}`}
          >
            {renderRow(item, `row-${getKey(item)}`)}
          </li>
        ))}
      </ul>
      {footer}
    </div>
  );
}
