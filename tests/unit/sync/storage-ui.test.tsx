// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { NotSavedBanner } from '../../../components/common/NotSavedBanner';
import { StorageStatus } from '../../../components/settings/StorageStatus';
import { WorkspaceUnavailable } from '../../../components/workspace/WorkspaceUnavailable';

afterEach(() => cleanup());

describe('Not saved banner', () => {
  test('is an alert starting "Not saved" whose Export downloads the export', () => {
    const onDownload = vi.fn();
    render(
      <NotSavedBanner
        reason="This device has no storage space left for Bridgework."
        since={Date.now()}
        onExport={() => ({ fileName: 'w.json', json: '{"a":1}' })}
        onDownload={onDownload}
      />,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved/);
    expect(screen.getByRole('alert').textContent).toContain('no storage space');
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(onDownload).toHaveBeenCalledWith({ fileName: 'w.json', json: '{"a":1}' });
  });

  test('an export that throws is reported, not thrown', () => {
    render(
      <NotSavedBanner
        reason="x"
        since={0}
        onExport={() => {
          throw new Error('boom');
        }}
        onDownload={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('status').textContent).toContain('boom');
  });
});

describe('storage status', () => {
  test('a refusal says the browser may clear the data and what to do', () => {
    const onAskAgain = vi.fn();
    render(<StorageStatus persisted={false} estimate={null} onAskAgain={onAskAgain} />);
    expect(
      screen.getByText(/^Your browser may clear this data under storage pressure/),
    ).toBeTruthy();
    expect(screen.getByText('What you can do:')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ask the browser again' }));
    expect(onAskAgain).toHaveBeenCalled();
  });

  test('when granted there is no warning', () => {
    render(<StorageStatus persisted estimate={{ usage: 2e6, quota: 1e9 }} onAskAgain={() => {}} />);
    expect(screen.queryByText(/may clear this data/)).toBeNull();
    expect(screen.getByText('Using 2 MB of the 1 GB the browser allows.')).toBeTruthy();
  });
});

describe('workspace unavailable', () => {
  const props = () => ({
    name: 'School A',
    kind: 'timeout' as const,
    seconds: 15,
    others: [
      { id: 'b', name: 'Personal' },
      { id: 'c', name: 'Library' },
    ],
    onSwitch: vi.fn(),
    onRetry: vi.fn(),
    onExport: vi.fn(async () => ({ ok: true as const, fileName: 'a.json', json: '{}' })),
    onDownload: vi.fn(),
    onLeave: vi.fn(),
  });

  test('says why, and switches to the workspace chosen', () => {
    const p = props();
    render(<WorkspaceUnavailable {...p} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('“School A” could not open');
    expect(alert.textContent).toContain('did not answer within 15 seconds');
    fireEvent.change(screen.getByLabelText('Another workspace'), { target: { value: 'c' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch' }));
    expect(p.onSwitch).toHaveBeenCalledWith('c');
  });

  test('exports what can be read, and leaving asks first', async () => {
    const p = props();
    render(<WorkspaceUnavailable {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export what can be read' }));
    await waitFor(() => expect(p.onDownload).toHaveBeenCalledWith('a.json', '{}'));
    fireEvent.click(screen.getByRole('button', { name: 'Leave this workspace' }));
    expect(p.onLeave).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Leave' }));
    expect(p.onLeave).toHaveBeenCalled();
  });

  test('an export that cannot read anything says so', async () => {
    const p = {
      ...props(),
      onExport: async () => ({ ok: false as const, error: 'Nothing could be read: gone' }),
    };
    render(<WorkspaceUnavailable {...p} />);
    fireEvent.click(screen.getByRole('button', { name: 'Export what can be read' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Nothing could be read: gone'),
    );
  });
});
