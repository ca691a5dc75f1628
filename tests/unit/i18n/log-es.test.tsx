// @vitest-environment happy-dom
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from 'vitest';
import * as Y from 'yjs';
import { exportLabels } from '../../../components/log/log-export';
import { LogView } from '../../../components/log/LogView';
import type { LogActions, LogData } from '../../../components/log/types';
import { formatRelativeDay, setLocale } from '../../../lib/i18n';
import { dayNumber } from '../../../lib/model/days';
import { agendaMarkdown, minutesMarkdown } from '../../../lib/model/export-markdown';
import type { Followup } from '../../../lib/model/followup';
import { addLogEntry, getLogEntry, type LogEntry } from '../../../lib/model/log-entry';

// wxt/utils/storage reads `globalThis.chrome` when first imported: fake browser first.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;

let background: typeof import('../../../lib/reminders/background');
let reminderSettings: typeof import('../../../lib/storage/reminder-settings');
let personal: typeof import('../../../lib/storage/settings');
let workspaces: typeof import('../../../lib/storage/workspaces');
let store: typeof import('../../../lib/reminders/summaries-store');

beforeAll(async () => {
  background = await import('../../../lib/reminders/background');
  reminderSettings = await import('../../../lib/storage/reminder-settings');
  personal = await import('../../../lib/storage/settings');
  workspaces = await import('../../../lib/storage/workspaces');
  store = await import('../../../lib/reminders/summaries-store');
});

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  cleanup();
  setLocale('en');
  vi.restoreAllMocks();
});

const TODAY = dayNumber('2026-11-23')!;

const CALL: LogEntry = {
  id: 'call',
  kind: 'call',
  title: 'Llamada con la biblioteca',
  date: '2026-11-20T10:00',
  decisions: [],
  partnerIds: [],
  personIds: [],
  goalIds: [],
  agenda: [],
  createdAt: 0,
};
const followup = (id: string, due?: string): Followup =>
  ({ id, text: `Seguimiento ${id}`, done: false, createdAt: 0, due }) as Followup;

/** A log with the given follow-ups open; only what LogView reads is filled in. */
function fakeData(open: Followup[]): LogData {
  const daysOverdue = (f: Followup) => (f.due ? Math.max(0, TODAY - dayNumber(f.due)!) : 0);
  return {
    ready: true,
    today: TODAY,
    me: '',
    size: 1,
    revision: 0,
    timeline: () => [CALL],
    timelineOf: () => [CALL],
    entry: (id) => (id === CALL.id ? CALL : undefined),
    partnerName: () => undefined,
    partnerIdByName: () => undefined,
    searchPartners: () => [],
    peopleOf: () => [],
    personName: () => undefined,
    goals: [],
    goalTitles: () => [],
    agendaGoals: () => [],
    suggest: () => [],
    assignees: [],
    openFollowups: open,
    overdueFollowups: open.filter((f) => daysOverdue(f) > 0),
    doneFollowups: () => [],
    followup: (id) => open.find((f) => f.id === id),
    followupsOf: () => [],
    openFollowupsOf: () => open,
    daysOverdue,
    contactStatusOf: (partner) => ({
      partnerId: partner.id,
      name: partner.name,
      cadenceDays: 30,
      daysSince: 0,
      daysOverdue: 0,
      overdue: false,
    }),
    dueForContact: () => [],
    notYetContacted: () => [],
  };
}

function renderLog(open: Followup[]) {
  const actions = new Proxy({}, { get: () => vi.fn() }) as unknown as LogActions;
  render(<LogView data={fakeData(open)} actions={actions} notify={vi.fn()} />);
}

describe('the contact log in Spanish', () => {
  test('tabs, buttons and counts are in Spanish', () => {
    setLocale('es');
    renderLog([followup('a', '2026-11-20')]);
    expect(screen.getByRole('button', { name: 'Registrar contacto' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Añadir seguimiento' })).toBeTruthy();
    expect(screen.getByRole('tablist', { name: 'Vistas del registro de contactos' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Cronología' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Contacto pendiente' })).toBeTruthy();
    expect(screen.getByText('1 entrada')).toBeTruthy();
    expect(screen.getByLabelText('1 atrasado')).toBeTruthy();
    expect(screen.queryByText(/Contact log|Log contact|Timeline/)).toBeNull();
  });

  test('the follow-ups count takes the Spanish plural: 1 seguimiento, 2 seguimientos', () => {
    setLocale('es');
    renderLog([followup('a')]);
    fireEvent.click(screen.getByRole('tab', { name: /^Seguimientos/ }));
    expect(screen.getByText('1 seguimiento')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Todos los abiertos' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Marcar como hecho' })).toBeTruthy();
    cleanup();
    renderLog([followup('a'), followup('b')]);
    fireEvent.click(screen.getByRole('tab', { name: /^Seguimientos/ }));
    expect(screen.getByText('2 seguimientos')).toBeTruthy();
  });

  test('relative days are worded by Intl in the interface language', () => {
    setLocale('es');
    expect([0, -1, 1, -3, 2, 5].map((diff) => formatRelativeDay(TODAY + diff, TODAY))).toEqual([
      'hoy',
      'ayer',
      'mañana',
      'hace 3 días',
      'pasado mañana',
      'dentro de 5 días',
    ]);
  });

  test('the English names of the accessible names contract stay exactly as they are', () => {
    renderLog([followup('a')]);
    expect(screen.getByRole('button', { name: 'Log contact' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add follow-up' })).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /^Follow-ups/ }));
    expect(screen.getByText('1 follow-up')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark done' })).toBeTruthy();
  });
});

function meeting() {
  const doc = new Y.Doc();
  const { id } = addLogEntry(doc, {
    kind: 'meeting',
    date: '2026-11-23T10:00',
    title: 'Revisión trimestral',
    notes: 'Bien.',
    decisions: ['Renovar el convenio'],
    meeting: { format: 'in-person', attendeeNames: ['Zoë'], durationMinutes: 60 },
    agenda: [{ text: 'Lectura en pareja' }],
  });
  return getLogEntry(doc, id)!;
}
const NAMES = { partners: ['Biblioteca Riverside'], people: [] };
const DONE: Followup = {
  id: 'f',
  text: 'Enviar el acta',
  done: false,
  createdAt: 0,
  due: '2026-11-30',
} as Followup;

describe('Markdown exports', () => {
  test('in Spanish, headings and labels are Spanish and the data stays as typed', () => {
    setLocale('es');
    const entry = meeting();
    const agenda = agendaMarkdown(entry, NAMES, exportLabels());
    expect(agenda.split('\n')[0]).toBe('# Orden del día: Revisión trimestral');
    expect(agenda).toContain('- **Tipo:** Reunión');
    expect(agenda).toContain('- **Modalidad:** Presencial');
    expect(agenda).toContain('- **Socios:** Biblioteca Riverside');
    const minutes = minutesMarkdown(entry, NAMES, [DONE], exportLabels());
    expect(minutes.split('\n')[0]).toBe('# Acta: Revisión trimestral');
    expect(minutes).toContain('## Acuerdos');
    expect(minutes).toContain('- [ ] Enviar el acta, vence el 2026-11-30');
  });

  test('in English, labels from the catalogue give exactly the export made without labels', () => {
    const entry = meeting();
    expect(agendaMarkdown(entry, NAMES, exportLabels())).toBe(agendaMarkdown(entry, NAMES));
    expect(minutesMarkdown(entry, NAMES, [DONE], exportLabels())).toBe(
      minutesMarkdown(entry, NAMES, [DONE]),
    );
  });
});

describe('reminders in the personal language', () => {
  const NOW = new Date(2026, 10, 20, 12).getTime();

  async function dueOn(count: number, due = '2026-11-20') {
    const registry = await workspaces.loadWorkspaceRegistry();
    const id = registry.workspaces[0]!.id;
    await store.storeSummary(
      {
        workspaceId: id,
        updatedAt: NOW,
        followups: Array.from({ length: count }, (_, i) => ({
          id: `f${i}`,
          text: `Llamar a la familia ${i}`,
          due,
        })),
      },
      new Set([id]),
    );
    await reminderSettings.dailyRemindersItem.setValue(true);
    vi.spyOn(fakeBrowser.action, 'setBadgeText').mockResolvedValue();
    vi.spyOn(fakeBrowser.action, 'setBadgeBackgroundColor').mockResolvedValue();
    const setTitle = vi.spyOn(fakeBrowser.action, 'setTitle').mockResolvedValue();
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockResolvedValue('x');
    // The overload with an id comes first at run time; the spy's type knows only the other one.
    const options = (call: number) => (create.mock.calls[call] as unknown[])[1];
    return { options, setTitle };
  }

  test('a user who chose Español gets Spanish notification titles; the follow-up stays as typed', async () => {
    await personal.saveSettings({ language: 'es' });
    const { options } = await dueOn(1);
    await background.checkReminders(NOW);
    expect(options(0)).toMatchObject({
      title: 'Seguimiento que vence hoy',
      message: 'Llamar a la familia 0',
    });
  });

  test('several due today: one Spanish list notification with the plural', async () => {
    await personal.saveSettings({ language: 'es' });
    const { options } = await dueOn(4);
    await background.checkReminders(NOW);
    expect(options(0)).toMatchObject({
      title: '4 seguimientos vencen hoy',
      message: 'Abre Bridgework para verlos.',
    });
  });

  test('the badge tooltip counts overdue follow-ups in Spanish', async () => {
    await personal.saveSettings({ language: 'es' });
    const { setTitle } = await dueOn(2, '2026-11-19');
    await background.checkReminders(NOW);
    expect(setTitle).toHaveBeenLastCalledWith({ title: 'Bridgework: 2 seguimientos atrasados' });
  });

  test('an English user gets the English text', async () => {
    await personal.saveSettings({ language: 'en' });
    const { options } = await dueOn(4);
    await background.checkReminders(NOW);
    expect(options(0)).toMatchObject({ title: '4 follow-ups are due today' });
  });
});
