// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { charactersLeft, DescriptionField } from '../../../components/goals/DescriptionField';
import { LIMITS } from '../../../lib/model/fields';
import { Field } from '../../../components/common/Field';
import { addGoal, DESCRIPTION_LIMIT, readDescription } from '../../../lib/model/goal';
import { collection } from '../../../lib/model/doc';
import { DescriptionBinding } from '../../../lib/state/goals-description';

afterEach(() => cleanup());

describe('goal description cap', () => {
  test('the cap is the model’s long-text limit', () => {
    expect(DESCRIPTION_LIMIT).toBe(LIMITS.longText);
  });

  test('the textarea takes at most the limit and shows no counter well under it', () => {
    render(<DescriptionField id="d" label="Description" value="Short" onEdit={() => {}} />);
    const area = screen.getByLabelText('Description') as HTMLTextAreaElement;
    expect(area.maxLength).toBe(DESCRIPTION_LIMIT);
    expect(screen.queryByText(/characters? left/)).toBeNull();
  });

  test('near the limit a counter says how many characters are left, and follows typing', () => {
    const onEdit = vi.fn();
    const start = 'x'.repeat(DESCRIPTION_LIMIT - 1000);
    render(<DescriptionField id="d" label="Description" value={start} onEdit={onEdit} />);
    expect(screen.getByText('1,000 characters left')).toBeTruthy();
    const area = screen.getByLabelText('Description') as HTMLTextAreaElement;
    expect(area.getAttribute('aria-describedby')).toBe('d-counter');
    area.value = `${start}${'y'.repeat(999)}`;
    fireEvent.input(area);
    expect(screen.getByText('1 character left')).toBeTruthy();
  });

  test('charactersLeft never counts below zero', () => {
    expect(charactersLeft(10, 100)).toBeNull();
    expect(charactersLeft(95, 100)).toBe('5 characters left');
    expect(charactersLeft(150, 100)).toBe('0 characters left');
  });

  test('a peer’s description longer than the limit is read cut at the limit', () => {
    const doc = new Y.Doc();
    const id = addGoal(doc, { title: 'Reading' });
    const text = collection(doc, 'goals').get(id)!.get('description') as Y.Text;
    text.insert(0, 'z'.repeat(DESCRIPTION_LIMIT + 5000));
    expect(readDescription(text)).toHaveLength(DESCRIPTION_LIMIT);
    const binding = new DescriptionBinding(doc, id);
    expect(binding.value.value).toHaveLength(DESCRIPTION_LIMIT);
    binding.dispose();
  });

  test('readDescription reads strings and anything else as text', () => {
    expect(readDescription('plain')).toBe('plain');
    expect(readDescription(42)).toBe('');
    expect(readDescription(undefined)).toBe('');
  });
});

describe('Field caps typing at the model’s limit for its kind of text', () => {
  test.each([
    [{ multiline: true }, LIMITS.longText],
    [{ type: 'url' as const }, LIMITS.url],
    [{}, LIMITS.shortText],
    [{ maxLength: 120 }, 120],
  ])('%j takes at most %i characters', (props, limit) => {
    render(<Field id="f" label="Text" value="" onInput={() => {}} {...props} />);
    const input = screen.getByLabelText('Text') as HTMLInputElement;
    expect(input.maxLength).toBe(limit);
  });
});
