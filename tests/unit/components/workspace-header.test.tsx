// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Shell } from '../../../components/Shell';
import { setLocale, t } from '../../../lib/i18n';
import { Toast } from '../../../components/common/Toast';
import { CopyPartnersForm } from '../../../components/workspace/CopyPartnersForm';
import { FreshWorkspaceNotice } from '../../../components/workspace/FreshWorkspaceNotice';
import { PresenceList } from '../../../components/workspace/PresenceList';
import { WorkspacePicker } from '../../../components/workspace/WorkspacePicker';

afterEach(() => cleanup());

const LONG = 'Parent Teacher Association of Eastside Elementary 2026–2027';
const WORKSPACES = [
  { id: 'mine', name: 'My workspace', shared: false },
  { id: 'pta', name: 'PTA', shared: true },
];

/** The declarations of one rule of the side panel's stylesheet. */
function cssRule(selector: string): string {
  const css = readFileSync(resolve(__dirname, '../../../entrypoints/sidepanel/style.css'), 'utf8');
  const start = css.indexOf(`\n${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  return css.slice(start, css.indexOf('}', start));
}

function shell(props: {
  picker?: preact.ComponentChildren;
  syncDetail?: string;
  syncStatus?: string;
  syncState?: 'connected' | 'connecting' | 'offline' | 'local';
}) {
  return render(
    <Shell
      workspaceName="PTA"
      syncStatus={props.syncStatus ?? 'Connected · 2 peers'}
      syncState={props.syncState}
      syncDetail={props.syncDetail}
      workspacePicker={props.picker}
      presence={
        <PresenceList people={[{ clientId: 1, name: 'Ana Ruiz', colour: '#a33', self: false }]} />
      }
      section="Partners"
      onSection={() => {}}
      canUndo={false}
      canRedo={false}
      onUndo={() => {}}
      onRedo={() => {}}
    >
      <p>content</p>
    </Shell>,
  );
}

describe('the header names the open workspace', () => {
  test('the picker shows the whole name as its value and its tooltip, under its usual name', () => {
    render(
      <WorkspacePicker
        workspaces={WORKSPACES}
        activeId="pta"
        activeName={LONG}
        onSwitch={() => {}}
      />,
    );
    const picker = screen.getByRole('combobox', { name: 'Current workspace' }) as HTMLSelectElement;
    expect(picker.selectedOptions[0]?.textContent).toBe(LONG);
    expect(picker.title).toBe(LONG);
  });

  test('with one workspace the name is plain text with the whole name as tooltip', () => {
    render(
      <WorkspacePicker
        workspaces={WORKSPACES.slice(0, 1)}
        activeId="mine"
        activeName={LONG}
        onSwitch={() => {}}
      />,
    );
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.getByTitle(LONG).textContent).toBe(LONG);
  });

  test('switching picks the chosen workspace', () => {
    const onSwitch = vi.fn();
    render(
      <WorkspacePicker
        workspaces={WORKSPACES}
        activeId="pta"
        activeName="PTA"
        onSwitch={onSwitch}
      />,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Current workspace' }), {
      target: { value: 'mine' },
    });
    expect(onSwitch).toHaveBeenCalledWith('mine');
  });

  test('the name has a row of its own, apart from the sync status and the sync sentence', () => {
    const { container } = shell({
      picker: <p class="workspace-name">PTA</p>,
      syncDetail: 'Last exchanged changes just now',
    });
    const row = container.querySelector('.header-workspace')!;
    expect(row.querySelector('.workspace-name')?.textContent).toBe('PTA');
    expect(row.querySelector('.presence')).not.toBeNull();
    expect(row.contains(screen.getByRole('status'))).toBe(false);
    const detail = container.querySelector('#sync-detail')!;
    expect(row.contains(detail)).toBe(false);
    expect(container.querySelector('.header-bar')?.contains(detail)).toBe(false);
    expect(screen.getByRole('status').getAttribute('aria-describedby')).toBe('sync-detail');
  });

  test('the status dot follows the sync state, in any language', () => {
    shell({ syncStatus: 'Conectado · 1 dispositivo', syncState: 'connected' });
    expect(screen.getByRole('status').dataset.state).toBe('connected');
  });

  test('without a picker the shell names the workspace itself', () => {
    const { container } = shell({});
    expect(
      container.querySelector('.header-workspace .workspace-name')?.getAttribute('title'),
    ).toBe('PTA');
  });

  test('the name takes the row’s free width and a long one ends in an ellipsis', () => {
    const rule = cssRule('.workspace-picker');
    expect(rule).toMatch(/flex: 1 1 auto;/);
    expect(rule).toMatch(/min-width: 0;/);
    expect(rule).toMatch(/text-overflow: ellipsis;/);
    expect(rule).toMatch(/white-space: nowrap;/);
    expect(cssRule('.presence')).toMatch(/flex: none;/);
  });
});

describe('presence beside the name', () => {
  const people = ['Ana Ruiz', 'Ben Ode', 'Cleo Baker', 'Dev Patel', 'Eve Moss', 'Fay Li'].map(
    (name, i) => ({
      clientId: i,
      name,
      colour: '#345',
      self: i === 0,
    }),
  );

  test('shows at most four faces; the rest are one “+N” named in words', () => {
    render(<PresenceList people={people} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[0]?.getAttribute('aria-label')).toBe('Ana Ruiz (you)');
    expect(items[3]?.textContent).toBe('+3');
    expect(items[3]?.getAttribute('aria-label')).toBe('3 more people online');
    expect(items[3]?.getAttribute('title')).toContain('Dev Patel, Eve Moss, and Fay Li');
  });

  test('four people are four faces', () => {
    render(<PresenceList people={people.slice(0, 4)} />);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'AR',
      'BO',
      'CB',
      'DP',
    ]);
  });
});

describe('Copy partners from…', () => {
  const sources = [
    { id: 'mine', name: 'My workspace' },
    { id: 'old', name: 'Old PTA' },
  ];

  test('proposes the workspace just left, copies from the one chosen and says what it did', async () => {
    const onCopy = vi.fn(async (id: string) => `Copied 1 partner and 0 people from “${id}”.`);
    render(
      <CopyPartnersForm targetName="PTA" sources={sources} defaultSourceId="old" onCopy={onCopy} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy partners from…' }));
    const source = screen.getByRole('combobox', { name: 'Copy from' }) as HTMLSelectElement;
    expect(source.value).toBe('old');
    expect(document.activeElement).toBe(source);
    fireEvent.change(source, { target: { value: 'mine' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy partners' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Copied 1 partner and 0 people from “mine”.',
      ),
    );
    expect(onCopy).toHaveBeenCalledWith('mine');
    expect(screen.queryByRole('form')).toBeNull();
  });

  test('a failed copy says why and keeps the form open', async () => {
    render(
      <CopyPartnersForm
        targetName="PTA"
        sources={sources}
        onCopy={() => Promise.reject(new Error('storage refused'))}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy partners from…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy partners' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('Nothing was copied: storage refused'),
    );
    expect(screen.getByRole('button', { name: 'Copy partners' })).toBeTruthy();
  });

  test('Escape closes the form and focus returns to the button that opened it', () => {
    render(<CopyPartnersForm targetName="PTA" sources={sources} onCopy={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy partners from…' }));
    fireEvent.keyDown(screen.getByRole('combobox', { name: 'Copy from' }), { key: 'Escape' });
    expect(document.activeElement).toBe(
      screen.getByRole('button', { name: 'Copy partners from…' }),
    );
  });

  test('with no other workspace there is nothing to offer', () => {
    const { container } = render(
      <CopyPartnersForm targetName="PTA" sources={[]} onCopy={vi.fn()} />,
    );
    expect(container.textContent).toBe('');
  });
});

describe('a new workspace’s empty Partners view', () => {
  test('says the workspace is new and where the earlier partners are, with a way back', () => {
    const onSwitch = vi.fn();
    render(
      <FreshWorkspaceNotice
        name="PTA 2026"
        kind="created"
        previous={{ id: 'mine', name: 'My workspace' }}
        onSwitch={onSwitch}
        copy={<button type="button">copy</button>}
      />,
    );
    expect(
      screen.getByText('“PTA 2026” is new and empty. Your earlier partners are in “My workspace”.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Switch to “My workspace”' }));
    expect(onSwitch).toHaveBeenCalledWith('mine');
  });

  test('without knowing where the panel came from, it offers the copy and no way back', () => {
    render(<FreshWorkspaceNotice name="PTA 2026" kind="empty" onSwitch={vi.fn()} copy={null} />);
    expect(screen.getByText(/^“PTA 2026” has no partners yet/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });
});

describe('the workspace-change toast', () => {
  test('is worded again in a language chosen while it shows', () => {
    setLocale('en');
    const reword = () => ({
      text: t('workspace.change.switched', { name: 'PTA', previous: 'Mine', count: 1 }),
      actionLabel: t('workspace.change.switchBack'),
    });
    render(
      <Toast toast={{ id: 1, ...reword(), reword, onAction: () => {} }} onDismiss={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Switch back' })).toBeTruthy();
    act(() => setLocale('es'));
    try {
      expect(screen.getByRole('status').textContent).toContain(
        'Cambiaste a «PTA». 1 socio sigue en «Mine».',
      );
      expect(screen.getByRole('button', { name: 'Volver' })).toBeTruthy();
    } finally {
      act(() => setLocale('en'));
    }
  });

  test('may take two lines, still cut after them', () => {
    render(
      <Toast toast={{ id: 1, text: 'Created “PTA”.', twoLines: true }} onDismiss={() => {}} />,
    );
    expect(screen.getByTitle('Created “PTA”.').dataset.lines).toBe('2');
    const rule = cssRule(".toast-text[data-lines='2']");
    expect(rule).toMatch(/-webkit-line-clamp: 2;/);
    expect(rule).toMatch(/white-space: normal;/);
  });
});
