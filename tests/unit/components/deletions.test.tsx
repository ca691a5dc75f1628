// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { BulkDeletionBanner } from '../../../components/trust/BulkDeletionBanner';
import { DeletedNotice } from '../../../components/trust/DeletedNotice';
import { RecentlyDeleted } from '../../../components/trust/RecentlyDeleted';
import { PartnersView, type PartnerActions } from '../../../components/partners/PartnersView';
import { DEFAULT_CADENCE_DAYS, type Partner } from '../../../lib/model/partner';
import { preloadPartnerScreens } from '../../../components/partners/partner-screens';

// The partner page, form and capture review are chunks of their own in the panel.
beforeAll(() => preloadPartnerScreens());

afterEach(cleanup);

describe('RecentlyDeleted', () => {
  test('each item is named by its record and has its own Restore button', () => {
    const onRestore = vi.fn();
    const items = [
      { key: 'partners/1', title: 'Acme', kind: 'partner', deletedAt: 2, deletedBy: 'Sam' },
      { key: 'log/2', title: 'Kick-off', kind: 'log entry', deletedAt: 1, deletedBy: undefined },
    ];
    render(<RecentlyDeleted items={items} onRestore={onRestore} />);
    const region = screen.getByRole('region', { name: 'Recently deleted' });
    const acme = within(region).getByRole('listitem', { name: /^Acme, Partner · deleted by Sam/ });
    expect(
      within(region).getByRole('listitem', { name: /^Kick-off, Log entry · deleted by someone/ }),
    ).toBeTruthy();
    fireEvent.click(within(acme).getByRole('button', { name: 'Restore' }));
    expect(onRestore).toHaveBeenCalledWith(items[0]);
  });

  test('says so when nothing was deleted', () => {
    render(<RecentlyDeleted items={[]} onRestore={vi.fn()} />);
    expect(screen.getByText('Nothing has been deleted.')).toBeTruthy();
  });
});

describe('BulkDeletionBanner', () => {
  test('an alert says what was deleted by whom; Restore all and Dismiss act on that deletion', () => {
    const onRestoreAll = vi.fn();
    const onDismiss = vi.fn();
    render(
      <BulkDeletionBanner
        deletions={[{ key: 'b1', what: '25 partners and 3 people', by: 'Mallory', seenAt: 0 }]}
        onRestoreAll={onRestoreAll}
        onDismiss={onDismiss}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('25 partners and 3 people were deleted by Mallory');
    fireEvent.click(within(alert).getByRole('button', { name: 'Restore all' }));
    expect(onRestoreAll).toHaveBeenCalledWith('b1');
    fireEvent.click(within(alert).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledWith('b1');
  });

  test('an unknown deleter reads as a peer, and nothing shows without deletions', () => {
    const { container } = render(
      <BulkDeletionBanner deletions={[]} onRestoreAll={vi.fn()} onDismiss={vi.fn()} />,
    );
    expect(container.textContent).toBe('');
    render(
      <BulkDeletionBanner
        deletions={[{ key: 'b', what: '30 partners', by: undefined, seenAt: 0 }]}
        onRestoreAll={vi.fn()}
        onDismiss={vi.fn()}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('30 partners were deleted by a peer');
  });
});

describe('DeletedNotice', () => {
  test('a deleted record’s page says who deleted it and offers Restore', () => {
    const onRestore = vi.fn();
    render(
      <DeletedNotice
        title="Acme"
        what="partner"
        deletedAt={Date.UTC(2026, 0, 2, 12)}
        deletedBy="Sam"
        backLabel="← All partners"
        onBack={vi.fn()}
        onRestore={onRestore}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeTruthy();
    expect(screen.getByText(/This partner was deleted by Sam on .*2026/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(onRestore).toHaveBeenCalled();
  });
});

describe('a partner a peer deleted', () => {
  test('its page says who deleted it and when, and Restore restores it', () => {
    const live: Partner = {
      id: 'p1',
      name: 'Acme',
      kind: 'other',
      emails: [],
      phones: [],
      socials: [],
      tags: [],
      cadenceDays: DEFAULT_CADENCE_DAYS,
      createdAt: 0,
      archived: false,
    };
    // The list was drawn before the deletion arrived; the page reads the partner as it is now.
    const deleted = { ...live, deletedAt: Date.UTC(2026, 10, 2, 9), deletedBy: 'Sam' };
    const restore = vi.fn();
    const notify = vi.fn();
    render(
      <PartnersView
        totalCount={1}
        search={() => [live]}
        getPartner={() => deleted}
        peopleByPartner={new Map()}
        actions={{ restore, undo: vi.fn() } as unknown as PartnerActions}
        notify={notify}
      />,
    );
    fireEvent.click(within(screen.getByRole('listitem', { name: /^Acme/ })).getByRole('button'));
    expect(screen.getByRole('heading', { name: 'Acme' })).toBeTruthy();
    expect(screen.getByText(/This partner was deleted by Sam on .*2026/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Delete partner' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Restore' }));
    expect(restore).toHaveBeenCalledWith('p1');
    expect(notify).toHaveBeenCalledWith(expect.objectContaining({ text: 'Restored Acme.' }));
  });
});
