// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { NeedsAttention } from '../../../components/trust/NeedsAttention';
import { WorkspaceUnavailable } from '../../../components/workspace/WorkspaceUnavailable';
import { setLocale } from '../../../lib/i18n';
import { collection } from '../../../lib/model/doc';
import { listQuarantined, quarantineJson } from '../../../lib/model/quarantine';
import { openErrorText } from '../../../lib/state/open-failure';
import { saveProblemText } from '../../../lib/state/save-failure';
import { restoreErrorMessage, SnapshotsView } from '../../../lib/state/snapshots-view';
import {
  describeStorageError,
  storageProblem,
  WorkspaceOpenError,
} from '../../../lib/sync/local-persistence';

afterEach(() => {
  cleanup();
  setLocale('en');
});

const PARTNER_ID = '3f2b8c1e-6d4a-4f7b-9c2e-1a5d7e9b0c3f';

/** A doc holding one partner whose name is a number and one record nested too deep. */
function docWithBadRecords(): Y.Doc {
  const doc = new Y.Doc();
  const partners = collection(doc, 'partners');
  doc.transact(() => {
    const wrong = new Y.Map<unknown>();
    wrong.set('name', 42);
    partners.set(PARTNER_ID, wrong);
    let deep = new Y.Map<unknown>();
    const root = deep;
    for (let level = 0; level < 20; level++) {
      const next = new Y.Map<unknown>();
      deep.set('inner', next);
      deep = next;
    }
    partners.set('deep', root);
  });
  return doc;
}

function showProblems(doc: Y.Doc) {
  render(<NeedsAttention records={listQuarantined(doc)} onExport={vi.fn()} onDelete={vi.fn()} />);
}

describe('problems the model reports, worded in the interface language', () => {
  test('a record set aside says why in Spanish: the field by name, the depth as a number', () => {
    setLocale('es');
    showProblems(docWithBadRecords());
    fireEvent.click(screen.getByRole('button', { name: 'Mostrar' }));
    expect(screen.getByText('«name» tiene un valor que Bridgework no puede usar.')).toBeTruthy();
    expect(screen.getByText('Está anidado a más de 16 niveles de profundidad.')).toBeTruthy();
  });

  test('in English the field is named without zod’s own message', () => {
    showProblems(docWithBadRecords());
    fireEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByText('“name” has a value Bridgework cannot use.')).toBeTruthy();
    expect(screen.queryByText(/expected/i)).toBeNull();
  });

  test('the quarantine export keeps the problem in English, with its code', () => {
    // A technical file: one fixed language whatever the panel's, and a code to search for.
    setLocale('es');
    const doc = docWithBadRecords();
    const file = JSON.parse(quarantineJson(doc, listQuarantined(doc))) as {
      records: { problem: string; code: string }[];
    };
    expect(file.records).toContainEqual(
      expect.objectContaining({
        problem: '“name” has a value Bridgework cannot use.',
        code: 'invalidField',
      }),
    );
  });

  test('a file that is not a backup is refused in Spanish', () => {
    setLocale('es');
    const view = new SnapshotsView('w', new Y.Doc(), 'Fallback');
    expect(view.checkBackup('{"format":').message).toBe(
      'Este archivo no es una copia de seguridad de Bridgework: no es un JSON válido. No ha cambiado nada.',
    );
    expect(
      view.checkBackup(JSON.stringify({ format: 'bridgework-backup', version: 9 })).message,
    ).toBe(
      'Esta copia de seguridad se hizo con otra versión de Bridgework y no se puede leer aquí. No ha cambiado nada.',
    );
  });

  test('a snapshot that cannot be read is reported in Spanish', () => {
    setLocale('es');
    expect(restoreErrorMessage('unreadable')).toBe('No se pudo leer la instantánea.');
  });
});

describe('a workspace that cannot open, worded in the interface language', () => {
  const unavailable = (failure: {
    kind: 'timeout' | 'unavailable';
    seconds?: number;
    detail?: string;
  }) =>
    render(
      <WorkspaceUnavailable
        name="Escuela Norte"
        {...failure}
        others={[]}
        onSwitch={vi.fn()}
        onRetry={vi.fn()}
        onExport={vi.fn(async () => ({ ok: true as const, fileName: 'a.json', json: '{}' }))}
        onDownload={vi.fn()}
        onLeave={vi.fn()}
      />,
    );

  test('a timeout says how long it waited, with a Spanish plural', () => {
    setLocale('es');
    unavailable({ kind: 'timeout', seconds: 15 });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('No se pudo abrir «Escuela Norte»');
    expect(alert.textContent).toContain(
      'El almacenamiento de este dispositivo (IndexedDB) no respondió en 15 segundos.',
    );
    expect(alert.textContent).not.toMatch(/did not|seconds/);
  });

  test('storage that fails says so in Spanish and shows the browser’s own text as it came', () => {
    setLocale('es');
    unavailable({ kind: 'unavailable', detail: 'UnknownError: Internal error.' });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('El navegador informó: UnknownError: Internal error.');
    expect(alert.textContent).not.toContain('could not');
  });

  test('an open error met while exporting is worded from its kind, not its English message', () => {
    setLocale('es');
    const error = new WorkspaceOpenError('timeout', 'English for the log.', { seconds: 1 });
    expect(openErrorText(error)).toBe(
      'El almacenamiento de este dispositivo (IndexedDB) no respondió en 1 segundo.',
    );
  });
});

describe('changes that could not be saved, worded in the interface language', () => {
  const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  test('a full disk is named in Spanish, and stays as it was in English', () => {
    expect(saveProblemText(storageProblem(quota))).toBe(describeStorageError(quota));
    setLocale('es');
    expect(saveProblemText(storageProblem(quota))).toBe(
      'Este dispositivo no tiene espacio de almacenamiento libre para Bridgework.',
    );
  });

  test('another refusal keeps the browser’s own text inside the Spanish sentence', () => {
    setLocale('es');
    const refused = new DOMException('Disk I/O failed.', 'UnknownError');
    expect(saveProblemText(storageProblem(refused))).toBe(
      'El almacenamiento del navegador rechazó el cambio (Disk I/O failed.).',
    );
  });
});

describe('the side panel before its script runs', () => {
  test('the static page holds no text in any language, only a busy placeholder to word', () => {
    const html = readFileSync(join(process.cwd(), 'entrypoints/sidepanel/index.html'), 'utf8');
    const page = new DOMParser().parseFromString(html, 'text/html');
    const app = page.getElementById('app');
    expect(app?.getAttribute('aria-busy')).toBe('true');
    expect(app?.querySelector('.loading')).not.toBeNull();
    expect(page.body.textContent?.trim()).toBe('');
  });
});
