// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { DeleteEverything } from '../../../components/settings/DeleteEverything';
import { SettingsView } from '../../../components/settings/SettingsView';
import { SyncSettingsView } from '../../../components/settings/SyncSettingsView';
import { WorkspacesView } from '../../../components/workspace/WorkspacesView';
import { setLocale } from '../../../lib/i18n';
import { countsText, restoreSummaryText, snapshotRow } from '../../../lib/state/snapshots-view';
import { lastExchangeLabel, statusLabel } from '../../../lib/state/sync-status';
import type { SnapshotInfo } from '../../../lib/storage/snapshots';
import { supportDialogs } from '../../helpers/dialog';

beforeAll(supportDialogs);

afterEach(() => {
  cleanup();
  setLocale('en');
});

const COLOURS = ['#1d6fb8', '#b8431d'];
const counts = (values: Partial<SnapshotInfo['counts']>) => values as SnapshotInfo['counts'];

describe('Settings in Spanish', () => {
  test('the personal settings and the workspace name have Spanish names; typed data stays', () => {
    setLocale('es');
    render(
      <SettingsView
        settings={{ displayName: 'Ada', colour: COLOURS[0]!, language: 'es' }}
        colours={COLOURS}
        workspaceName="Riverside Elementary"
        onSave={async () => {}}
        onRenameWorkspace={() => {}}
        onLanguage={() => {}}
      />,
    );
    expect((screen.getByRole('textbox', { name: 'Tu nombre' }) as HTMLInputElement).value).toBe(
      'Ada',
    );
    const name = screen.getByRole('textbox', { name: 'Nombre de este espacio de trabajo' });
    expect((name as HTMLInputElement).value).toBe('Riverside Elementary');
    expect(screen.getByRole('radio', { name: 'Color 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Guardar la configuración' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBeTruthy();
    expect(screen.queryByText('Your name')).toBeNull();
  });

  test('sync settings: Spanish labels, and a bad address is refused in Spanish', async () => {
    setLocale('es');
    render(
      <SyncSettingsView
        values={{ signaling: 'wss://signal.example', ice: '', paused: false }}
        onSave={async () => 'No es una dirección ws:// o wss://: http://x'}
        onPause={() => {}}
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Servidores de señalización' })).toBeTruthy();
    expect(screen.getByRole('checkbox', { name: 'Pausar la sincronización' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Guardar la sincronización' }));
    expect((await screen.findByRole('alert')).textContent).toContain('No es una dirección');
  });

  test('Delete everything asks for the Spanish word, and only that word confirms', () => {
    setLocale('es');
    render(<DeleteEverything onDelete={vi.fn(async () => null)} onReload={() => {}} />);
    fireEvent.click(screen.getByRole('button', { name: 'Borrar todo en este dispositivo' }));
    const input = screen.getByRole('textbox', { name: 'Escribe BORRAR para confirmar' });
    const confirm = screen.getByRole('button', { name: 'Sí, borrar todo' }) as HTMLButtonElement;
    fireEvent.input(input, { target: { value: 'DELETE' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.input(input, { target: { value: 'BORRAR' } });
    expect(confirm.disabled).toBe(false);
  });
});

describe('Workspaces in Spanish', () => {
  test('the list, the invite actions and the state of each workspace are in Spanish', () => {
    setLocale('es');
    render(
      <WorkspacesView
        workspaces={[
          { id: 'a', name: 'My workspace', shared: false },
          { id: 'b', name: 'Riverside', shared: true },
        ]}
        activeId="b"
        invite="bridgework:v1:room.secret"
        onCreate={async () => {}}
        onJoin={async () => null}
        onSwitch={() => {}}
        onLeave={() => {}}
        onCopyInvite={async () => true}
        onRotate={async () => ({ ok: true, invite: 'x' })}
        hasUnsentEdits={() => false}
      />,
    );
    expect(screen.getByRole('heading', { name: 'Espacios de trabajo' })).toBeTruthy();
    // A name someone typed (or a default once stored) is data: never translated.
    expect(screen.getByRole('listitem', { name: 'My workspace, solo en este dispositivo' }));
    expect(screen.getByRole('listitem', { name: 'Riverside, compartido' }));
    for (const name of [
      'Crear el espacio de trabajo',
      'Unirse a un espacio de trabajo',
      'Copiar la invitación',
      'Cambiar la invitación',
      'Salir del espacio de trabajo',
    ])
      expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nombre del espacio de trabajo' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Unirse a un espacio de trabajo' }));
    expect(screen.getByRole('textbox', { name: 'Código de invitación' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Unirse' })).toBeTruthy();
  });

  test('an empty name is refused in Spanish', () => {
    setLocale('es');
    render(
      <WorkspacesView
        workspaces={[{ id: 'a', name: 'Mi espacio', shared: false }]}
        activeId="a"
        invite={null}
        onCreate={async () => {}}
        onJoin={async () => null}
        onSwitch={() => {}}
        onLeave={() => {}}
        onCopyInvite={async () => true}
        onRotate={undefined}
        hasUnsentEdits={() => false}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Crear el espacio de trabajo' }));
    expect(screen.getByText('Ponle un nombre al espacio de trabajo.')).toBeTruthy();
  });
});

describe('sync status plural', () => {
  test('English keeps its exact words; Spanish counts devices with its own plural', () => {
    expect(statusLabel({ state: 'connected', peers: 1 })).toBe('Connected · 1 peer');
    expect(statusLabel({ state: 'connected', peers: 2 })).toBe('Connected · 2 peers');
    setLocale('es');
    expect(statusLabel(null)).toBe('Sin conexión');
    expect(statusLabel(null, 'personal')).toBe('En este dispositivo');
    expect(statusLabel({ state: 'connecting', peers: 0 })).toBe('Conectando');
    expect(statusLabel({ state: 'connected', peers: 1 })).toBe('Conectado · 1 dispositivo');
    expect(statusLabel({ state: 'connected', peers: 2 })).toBe('Conectado · 2 dispositivos');
    expect(statusLabel({ state: 'connected', peers: 0 })).toBe('Conectado · 0 dispositivos');
    const now = 1_800_000_000_000;
    expect(lastExchangeLabel(now - 5 * 60_000, now)).toBe(
      'Último intercambio de cambios: hace 5 min',
    );
  });
});

describe('snapshot counts and reasons', () => {
  test('each collection has its plural in both languages', () => {
    const mixed = counts({ partners: 1, people: 2, log: 1, checkins: 3 });
    expect(countsText(mixed)).toBe('1 partner, 2 people, 3 check-ins, 1 log entry');
    setLocale('es');
    expect(countsText(mixed)).toBe(
      '1 socio, 2 personas, 3 registros de avance, 1 entrada del registro de contactos',
    );
    expect(countsText(counts({ partners: 2, goals: 1 }))).toBe('2 socios, 1 meta');
    expect(countsText(counts({}))).toBe('Vacía');
  });

  test('a row is worded in the language of the moment, reason included', () => {
    const info: SnapshotInfo = {
      id: 's',
      workspaceId: 'w',
      at: Date.UTC(2026, 8, 15, 12),
      reason: 'import',
      bytes: 2_000,
      counts: counts({ goals: 2 }),
    };
    expect(snapshotRow(info).why).toBe('Before an import');
    setLocale('es');
    const row = snapshotRow(info);
    expect(row.why).toBe('Antes de una importación');
    expect(row.counts).toBe('2 metas');
    expect(row.when).toMatch(/sept?/);
  });

  test('a restore summary has plurals', () => {
    const summary = { reinserted: 2, undeleted: 1, updated: 0, skipped: 1 };
    expect(restoreSummaryText(summary)).toBe(
      'Restored: 2 records brought back, 1 record undeleted. 1 unreadable record left out.',
    );
    setLocale('es');
    expect(restoreSummaryText(summary)).toBe(
      'Restaurado: 2 registros recuperados, 1 registro deja de estar eliminado. Se omitió 1 registro ilegible.',
    );
  });
});
