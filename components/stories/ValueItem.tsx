import type { ComponentChildren } from 'preact';
import { formatDay, formatList, t } from '../../lib/i18n';

interface Props {
  /** The list item's class (`story`, `value-lesson`). */
  class: string;
  /** The title's id: the item's accessible name, and where the timeline focuses it. */
  titleId: string;
  title: string;
  /** A marker after the title ("Celebrate", "From a concern"), when there is one. */
  pill?: string | undefined;
  date?: string | undefined;
  partners: string[];
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  /** Buttons before Edit (a story's Share texts). */
  actions?: ComponentChildren;
  /** What the item says under its title. */
  children?: ComponentChildren;
}

/** A story or a lesson in a list: title, marker, day and partners, its text, Edit and Delete. */
export function ValueItem(props: Props) {
  return (
    <li class={props.class} aria-labelledby={props.titleId}>
      <div class="story-main">
        <span id={props.titleId} class="story-title">
          {props.title}
        </span>
        {props.pill && (
          <>
            {' '}
            <span class="celebrate-pill">{props.pill}</span>
          </>
        )}
        <p class="muted small">
          {[props.date ? formatDay(props.date) : '', formatList(props.partners)]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {props.children}
      </div>
      <div class="story-actions">
        {props.actions}
        <button
          type="button"
          class="button small"
          aria-label={props.editLabel}
          onClick={props.onEdit}
        >
          {t('value.edit')}
        </button>
        <button
          type="button"
          class="button small danger"
          aria-label={props.deleteLabel}
          onClick={props.onDelete}
        >
          {t('value.delete')}
        </button>
      </div>
    </li>
  );
}
