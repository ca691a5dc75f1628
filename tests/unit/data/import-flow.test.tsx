// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { DataSection } from '../../../components/data/DataSection';
import { addPartner, listPartners } from '../../../lib/model/partner';
import { listPeople } from '../../../lib/model/person';
import { createUndoManager } from '../../../lib/model/undo';
import { ImportFlow } from '../../../lib/state/data-import';

afterEach(() => cleanup());

function setup(snapshotStored = true) {
  const doc = new Y.Doc();
  addPartner(doc, { name: 'Riverside Library', website: 'https://riverside.example/' });
  const undo = createUndoManager(doc);
  const snapshot = vi.fn(async () => snapshotStored);
  const flow = new ImportFlow({
    doc,
    partners: () => listPartners(doc).items,
    snapshot,
    undoBoundary: () => undo.stopCapturing(),
    revert: () => undo.undo(),
    pause: () => Promise.resolve(),
  });
  return { doc, undo, flow, snapshot };
}

const SHEET = [
  'Organisation;Contact;Email;Phone',
  'Corner Bakery;Bob Ode;bob@bakery.example;555 0100',
  'Bad Mail;Eve;eve@nowhere;',
  'Riverside Library;Ana Ruiz;ana@riverside.example;',
  ';;;',
  ';Loose Lu;lu@lu.example;',
].join('\r\n');

describe('the import flow', () => {
  test('reads UTF-16 bytes, guesses the columns, previews and imports after a snapshot, as one Undo step', async () => {
    const { doc, undo, flow, snapshot } = setup();
    const units = [...SHEET].map((c) => c.charCodeAt(0));
    const bytes = new Uint8Array([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    await flow.readFile({ size: bytes.length, arrayBuffer: async () => bytes.buffer });
    expect(flow.step.value).toBe('mapping');
    expect(flow.found.value).toBe('4 rows in 4 columns, separated by semicolons, read as UTF-16.');
    expect(flow.mapping.value).toEqual(['organisation', 'person', 'email', 'phone']);
    await flow.preview();
    const plan = flow.plan.value!;
    expect(plan.errors).toEqual([
      { rowNumber: 3, problems: [{ code: 'email', value: 'eve@nowhere' }] },
    ]);
    expect(plan.partners.map((p) => [p.input.name, p.match?.name ?? null])).toEqual([
      ['Corner Bakery', null],
      ['Riverside Library', 'Riverside Library'],
    ]);
    await flow.confirm();
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(flow.result.value!.summary).toMatchObject({
      rowsImported: 3,
      partnersAdded: 1,
      partnersMerged: 1,
    });
    expect(listPartners(doc).items).toHaveLength(2);
    expect(
      listPeople(doc)
        .items.map((p) => p.name)
        .sort(),
    ).toEqual(['Ana Ruiz', 'Bob Ode', 'Loose Lu']);
    undo.undo();
    expect(listPartners(doc).items.map((p) => p.name)).toEqual(['Riverside Library']);
    expect(listPeople(doc).items).toEqual([]);
  });

  test('a mapping that names no one cannot be previewed', async () => {
    const { flow } = setup();
    await flow.readText('Email,Phone\na@b.example,555 0100\n');
    expect(flow.mapping.value).toEqual(['email', 'phone']);
    await flow.preview();
    expect(flow.step.value).toBe('mapping');
    expect(flow.error.value).toBe('Choose a column for the organisation or the contact name.');
    flow.setField(0, 'person');
    await flow.preview();
    expect(flow.step.value).toBe('preview');
  });

  test('a vCard file skips the columns step; a broken one says why', async () => {
    const { flow } = setup();
    await flow.readText(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\nORG:Corner Bakery\r\nEND:VCARD\r\n',
    );
    expect(flow.step.value).toBe('preview');
    expect(flow.plan.value!.partners[0]!.people[0]!.name).toBe('Bob');
    await flow.readText('BEGIN:VCARD\r\nFN Bob\r\n');
    expect(flow.step.value).toBe('choose');
    expect(flow.error.value).toMatch(/^This vCard file could not be read: /);
  });
});

describe('Settings → Your data', () => {
  test('Import → paste → Preview → Import shows “Imported N” and the left-out rows as “Row N”', async () => {
    const { flow } = setup();
    render(<DataSection flow={flow} onExport={() => 'file.csv'} />);
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    const panel = screen.getByRole('region', { name: 'Import partners and people' });
    expect(within(panel).getByLabelText('File')).toHaveProperty('type', 'file');
    fireEvent.input(within(panel).getByLabelText('Or paste the rows'), {
      target: { value: SHEET },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Read the pasted rows' }));
    const mapping = await screen.findByRole('region', { name: 'Columns' });
    expect(within(mapping).getByLabelText('Contact')).toHaveProperty('value', 'person');
    fireEvent.click(within(mapping).getByRole('button', { name: 'Preview' }));
    const preview = await screen.findByRole('region', { name: 'Preview' });
    expect(within(preview).getByText('Row 3: not an email address: eve@nowhere')).toBeTruthy();
    const choice = within(preview).getByLabelText('What to do with “Riverside Library”');
    fireEvent.change(choice, { target: { value: 'skip' } });
    fireEvent.click(within(preview).getByRole('button', { name: 'Import' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status.textContent).toContain('Imported 2 rows'));
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Row 3: not an email address: eve@nowhere']);
    expect(status.textContent).toContain('1 row skipped as duplicates.');
  });

  test('Export offers every file and says which it downloaded', () => {
    const { flow } = setup();
    const onExport = vi.fn(() => 'bridgework-partners.csv');
    render(<DataSection flow={flow} onExport={onExport} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    for (const name of [
      'Partners (CSV)',
      'People (CSV)',
      'Log entries (CSV)',
      'Follow-ups (CSV)',
      'Goals with latest progress (CSV)',
      'Check-ins (CSV)',
      'Contributions (CSV)',
      'People (vCard)',
      'Upcoming meetings and follow-ups (.ics)',
    ]) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
    fireEvent.change(screen.getByLabelText('vCard version'), { target: { value: '3.0' } });
    fireEvent.click(screen.getByRole('button', { name: 'People (vCard)' }));
    expect(onExport).toHaveBeenCalledWith({ kind: 'vcard', version: '3.0' });
    expect(screen.getByRole('status').textContent).toBe('Downloaded bridgework-partners.csv.');
  });
});
