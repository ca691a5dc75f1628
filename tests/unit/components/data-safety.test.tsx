// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { BackupControls, type BackupCheck } from '../../../components/settings/BackupControls';
import { DeleteEverything } from '../../../components/settings/DeleteEverything';
import { SnapshotsView, type SnapshotItem } from '../../../components/settings/SnapshotsView';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);

afterEach(() => cleanup());

const SNAPSHOTS: SnapshotItem[] = [
  {
    id: 'new',
    when: '27 Nov 2026, 12:00',
    isoTime: '2026-11-27T12:00:00.000Z',
    why: 'Daily',
    size: '2.0 KB',
    counts: '3 partners',
  },
  {
    id: 'old',
    when: '20 Nov 2026, 09:00',
    isoTime: '2026-11-20T09:00:00.000Z',
    why: 'Before an import',
    size: '1.0 KB',
    counts: 'Empty',
  },
];

describe('Snapshots', () => {
  function renderView(onRestore = vi.fn(async () => ({ ok: true, message: 'Restored: 3.' }))) {
    const onOpen = vi.fn();
    render(
      <SnapshotsView
        snapshots={SNAPSHOTS}
        loadError={null}
        busy={false}
        confirmation="Records created since are kept."
        onOpen={onOpen}
        onTakeSnapshot={async () => ({ ok: true, message: 'Snapshot taken.' })}
        onRestore={onRestore}
      />,
    );
    return { onOpen, onRestore };
  }

  test('the Snapshots button opens the list: when, why, size and counts of each', () => {
    const { onOpen } = renderView();
    expect(screen.queryByRole('list')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Snapshots' }));
    expect(onOpen).toHaveBeenCalledOnce();
    const items = screen.getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('aria-label'))).toEqual([
      '27 Nov 2026, 12:00 · Daily',
      '20 Nov 2026, 09:00 · Before an import',
    ]);
    expect(items[0]!.textContent).toMatch(/2\.0 KB.*3 partners/);
  });

  test('Restore asks first; cancelling restores nothing', () => {
    const { onRestore } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Snapshots' }));
    fireEvent.click(
      within(screen.getAllByRole('listitem')[1]!).getByRole('button', { name: 'Restore' }),
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/20 Nov 2026.*Records created since are kept/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(onRestore).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  test('confirming restores that snapshot and reports the result', async () => {
    const { onRestore } = renderView();
    fireEvent.click(screen.getByRole('button', { name: 'Snapshots' }));
    fireEvent.click(
      within(screen.getAllByRole('listitem')[1]!).getByRole('button', { name: 'Restore' }),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Yes, restore' }));
    expect(onRestore).toHaveBeenCalledWith('old');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored: 3.'));
  });
});

describe('Backup', () => {
  function renderControls(
    check: BackupCheck = { ok: true, message: '', name: 'Riverside', createdAt: 0 },
  ) {
    const props = {
      onBackup: vi.fn(),
      onCheck: vi.fn(() => check),
      onRestore: vi.fn(async () => ({ ok: true, message: 'Restored: 1 record brought back.' })),
    };
    render(
      <BackupControls busy={false} maxBytes={1000} confirmation="Nothing is deleted." {...props} />,
    );
    return props;
  }

  const choose = (file: File) =>
    fireEvent.change(screen.getByLabelText('File'), { target: { files: [file] } });

  test('Back up workspace hands the download to its callback', () => {
    const { onBackup } = renderControls();
    fireEvent.click(screen.getByRole('button', { name: 'Back up workspace' }));
    expect(onBackup).toHaveBeenCalledOnce();
  });

  test('Restore backup opens the file picker', () => {
    renderControls();
    const input = screen.getByLabelText('File') as HTMLInputElement;
    const click = vi.spyOn(input, 'click');
    fireEvent.click(screen.getByRole('button', { name: 'Restore backup' }));
    expect(click).toHaveBeenCalledOnce();
  });

  test('a file over the size limit is refused unread', async () => {
    const { onCheck } = renderControls();
    choose(new File(['x'.repeat(2000)], 'big.json'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/too large/));
    expect(onCheck).not.toHaveBeenCalled();
  });

  test('a file that is not a backup shows why and restores nothing', async () => {
    const { onRestore } = renderControls({
      ok: false,
      message: 'Not a backup. Nothing changed.',
    });
    choose(new File(['nope'], 'a.json'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Not a backup. Nothing changed.'),
    );
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onRestore).not.toHaveBeenCalled();
  });

  test('a good file is restored after confirmation', async () => {
    const { onRestore } = renderControls();
    choose(new File(['{"backup":1}'], 'a.json'));
    const dialog = await screen.findByRole('dialog');
    expect(dialog.textContent).toMatch(/Riverside.*Nothing is deleted/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, restore backup' }));
    expect(onRestore).toHaveBeenCalledWith('{"backup":1}');
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Restored/));
  });
});

describe('Delete everything on this device', () => {
  test('says what happens and needs DELETE typed before it deletes', async () => {
    const onDelete = vi.fn(async () => null);
    render(<DeleteEverything onDelete={onDelete} onReload={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    const dialog = screen.getByRole('dialog');
    expect(dialog.textContent).toMatch(/every snapshot and every setting/);
    expect(dialog.textContent).toMatch(/Copies that other members have stay with them/);
    expect(dialog.textContent).toMatch(/joined again with an invite/);
    const confirm = within(dialog).getByRole('button', { name: 'Yes, delete everything' });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(within(dialog).getByLabelText('Type DELETE to confirm'), {
      target: { value: 'delete' },
    });
    expect((confirm as HTMLButtonElement).disabled).toBe(true);
    fireEvent.input(within(dialog).getByLabelText('Type DELETE to confirm'), {
      target: { value: 'DELETE' },
    });
    fireEvent.click(confirm);
    expect(onDelete).toHaveBeenCalledOnce();
  });

  test('a database that could not be deleted is named, with a way to start again', async () => {
    const onReload = vi.fn();
    render(
      <DeleteEverything
        onDelete={async () => 'One database could not be deleted yet.'}
        onReload={onReload}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything on this device' }));
    fireEvent.input(screen.getByLabelText('Type DELETE to confirm'), {
      target: { value: 'DELETE' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete everything' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be deleted yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    expect(onReload).toHaveBeenCalledOnce();
  });
});
