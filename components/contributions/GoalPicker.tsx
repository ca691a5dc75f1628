import type { GoalOption } from './types';

interface Props {
  id: string;
  legend: string;
  goals: readonly GoalOption[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/** Checkboxes for the goals a record serves; nothing when the workspace has no goals. */
export function GoalPicker({ id, legend, goals, selected, onChange }: Props) {
  if (goals.length === 0) return null;
  const toggle = (goalId: string, on: boolean) =>
    onChange(on ? [...selected, goalId] : selected.filter((chosen) => chosen !== goalId));
  return (
    <fieldset class="field choice-list" id={id}>
      <legend>{legend}</legend>
      {goals.map((goal) => (
        <label key={goal.id} class="choice">
          <input
            type="checkbox"
            checked={selected.includes(goal.id)}
            onChange={(event) => toggle(goal.id, event.currentTarget.checked)}
          />{' '}
          {goal.title}
        </label>
      ))}
    </fieldset>
  );
}
