// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { QuarantinedRecord } from '../../../lib/model/quarantine';
import { NeedsAttention } from '../../../components/trust/NeedsAttention';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);

afterEach(() => cleanup());

const deep: QuarantinedRecord = {
  collection: 'partners',
  id: 'deep',
  label: 'deep',
  problem: 'It holds nested more than 16 levels.',
  reason: { code: 'tooDeep', values: { levels: 16 } },
  writers: [4242],
};
const badId: QuarantinedRecord = {
  collection: 'goals',
  id: 'a\nb',
  label: 'a\uFFFDb',
  problem: 'Its id is not one Bridgework makes (letters, digits, - and _).',
  reason: { code: 'badId' },
  writers: [],
  createdBy: 'Sam',
};

function renderList(records: QuarantinedRecord[]) {
  const onExport = vi.fn();
  const onDelete = vi.fn();
  render(
    <NeedsAttention
      records={records}
      nameOf={(id) => (id === 4242 ? 'Robin' : undefined)}
      onExport={onExport}
      onDelete={onDelete}
    />,
  );
  return { onExport, onDelete };
}

describe('NeedsAttention', () => {
  test('renders nothing when no record needs attention', () => {
    renderList([]);
    expect(screen.queryByRole('region', { name: 'Needs attention' })).toBeNull();
  });

  test('a labelled region that opens to list each record, what was wrong and who wrote it', () => {
    renderList([deep, badId]);
    const region = screen.getByRole('region', { name: 'Needs attention' });
    expect(region.textContent).toContain('2 records could not be read');
    const toggle = within(region).getByRole('button', { name: 'Show' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const items = within(region).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-labelledby'))).toHaveLength(2);
    expect(items[0]!.textContent).toContain('Partner “deep”');
    expect(items[0]!.textContent).toContain('nested more than 16 levels');
    expect(items[0]!.textContent).toContain('Written by: Robin');
    expect(items[1]!.textContent).toContain('Goal “a\uFFFDb”');
    expect(items[1]!.textContent).toContain('Written by: created by “Sam”');
  });

  test('Export JSON exports one record; Export all exports every record', () => {
    const { onExport } = renderList([deep, badId]);
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const [first] = screen.getAllByRole('listitem');
    fireEvent.click(within(first!).getByRole('button', { name: 'Export JSON' }));
    expect(onExport).toHaveBeenLastCalledWith([deep]);
    fireEvent.click(screen.getByRole('button', { name: 'Export all as JSON' }));
    expect(onExport).toHaveBeenLastCalledWith([deep, badId]);
  });

  test('Delete asks first; Cancel keeps the record, Delete in the dialog removes it', () => {
    const { onDelete } = renderList([deep]);
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    const item = screen.getByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('dialog', { name: 'Delete this record?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onDelete).not.toHaveBeenCalled();
    fireEvent.click(within(item).getByRole('button', { name: 'Delete' }));
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Delete this record?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    expect(onDelete).toHaveBeenCalledWith(deep);
  });
});
