// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { NeedsAttention } from '../../../components/trust/NeedsAttention';
import { setLocale } from '../../../lib/i18n';
import { collection } from '../../../lib/model/doc';
import { listQuarantined, quarantineJson } from '../../../lib/model/quarantine';
import { restoreErrorMessage, SnapshotsView } from '../../../lib/state/snapshots-view';

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
